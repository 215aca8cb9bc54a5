"""Who is operating this laptop right now; every write is recorded in their name, and
a service writes only for a person holding a role that may (``require``)."""

from collections.abc import Iterable

from db.records import Actor
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.vocabulary import StaffRole

SYSTEM_ACTOR = Actor(staff_id=None, name="HMTN Desk")


class Session:
    """Nobody is signed in until ``sign_in``: the application itself (SYSTEM_ACTOR)
    holds no role, so every service refuses to write for it."""

    def __init__(self, actor: Actor = SYSTEM_ACTOR, roles: Iterable[StaffRole] = ()) -> None:
        self.actor = actor
        self.roles: frozenset[StaffRole] = frozenset(roles)

    def sign_in(self, staff_id: str, full_name: str, roles: Iterable[StaffRole] = ()) -> None:
        self.actor = Actor(staff_id=staff_id, name=full_name)
        self.roles = frozenset(roles)

    def sign_out(self) -> None:
        self.actor, self.roles = SYSTEM_ACTOR, frozenset()

    def holds(self, *roles: StaffRole) -> bool:
        """Whether the person signed in holds any of ``roles``."""
        return not self.roles.isdisjoint(roles)

    def require(self, *roles: StaffRole) -> None:
        """Refuse (UserError ``role_required``, nothing written) unless the person signed
        in holds one of ``roles``; the problem names them, in this order."""
        if not self.holds(*roles):
            raise UserError(Problem("role_required", {"roles": [str(r) for r in roles]}))
