"""Who is operating this laptop right now; every write is recorded in their name, and
a service writes only for a person holding a role that may (``require``).

Long work (an import, an export, a backup, a print run) belongs to the person who
started it: the screen may lock (nobody signed in) or another person take the desk
while it runs. Such work acts on an ``Acting`` snapshot of the person and their roles
taken when it starts (``Session.acting``, pinned to the thread that runs it); every
role check and every write of that work reads the snapshot, never the live desk. The
worker every long job of the interface runs on pins every session when the job starts
(``acting_everywhere``), and the core's long jobs pin on their own when called directly.
"""

import threading
import weakref
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from functools import wraps
from typing import ParamSpec, TypeVar

from db.records import Actor
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.vocabulary import StaffRole

SYSTEM_ACTOR = Actor(staff_id=None, name="HMTN Desk")

P = ParamSpec("P")
R = TypeVar("R")


@dataclass(frozen=True)
class Acting:
    """The person a piece of work acts for, and their roles, as they were when it began."""

    actor: Actor
    roles: frozenset[StaffRole]


_sessions: "weakref.WeakSet[Session]" = weakref.WeakSet()


class Session:
    """Nobody is signed in until ``sign_in``: the application itself (SYSTEM_ACTOR)
    holds no role, so every service refuses to write for it."""

    def __init__(self, actor: Actor = SYSTEM_ACTOR, roles: Iterable[StaffRole] = ()) -> None:
        self._live = Acting(actor, frozenset(roles))
        self._pinned = threading.local()  # .acting: this thread's job's Acting, if any
        _sessions.add(self)

    @property
    def actor(self) -> Actor:
        return self.now().actor

    @actor.setter
    def actor(self, actor: Actor) -> None:
        self._live = Acting(actor, self._live.roles)

    @property
    def roles(self) -> frozenset[StaffRole]:
        return self.now().roles

    def now(self) -> Acting:
        """Whom this thread acts for: its job's starter, or else the person at the desk."""
        pinned: Acting | None = getattr(self._pinned, "acting", None)
        return pinned if pinned is not None else self._live

    def sign_in(self, staff_id: str, full_name: str, roles: Iterable[StaffRole] = ()) -> None:
        self._live = Acting(Actor(staff_id=staff_id, name=full_name), frozenset(roles))

    def sign_out(self) -> None:
        self._live = Acting(SYSTEM_ACTOR, frozenset())

    @contextmanager
    def acting(self, acting: Acting | None = None) -> Iterator[Acting]:
        """Within it, this thread acts for ``acting`` (by default: whom it acts for
        now, so work nested in a job stays that job's), whoever signs in or locks the
        desk meanwhile."""
        before: Acting | None = getattr(self._pinned, "acting", None)
        chosen = acting or self.now()
        self._pinned.acting = chosen
        try:
            yield chosen
        finally:
            self._pinned.acting = before

    def holds(self, *roles: StaffRole) -> bool:
        """Whether the person signed in holds any of ``roles``."""
        return not self.roles.isdisjoint(roles)

    def require(self, *roles: StaffRole) -> None:
        """Refuse (UserError ``role_required``, nothing written) unless the person signed
        in holds one of ``roles``; the problem names them, in this order."""
        if not self.holds(*roles):
            raise UserError(Problem("role_required", {"roles": [str(r) for r in roles]}))


def long_job(method: Callable[P, R]) -> Callable[P, R]:
    """A service method that is long work: it acts for whom its caller acts for when
    it is called, to its end (see the module docstring). The service has ``session``."""

    @wraps(method)
    def pinned(*args: P.args, **kwargs: P.kwargs) -> R:
        session: Session = args[0].session  # type: ignore[attr-defined]
        with session.acting():
            return method(*args, **kwargs)

    return pinned


class Pinned:
    """Every session's ``Acting`` at one moment, to be worked under on another thread."""

    def __init__(self) -> None:
        self._each = [(session, session.now()) for session in list(_sessions)]

    @contextmanager
    def applied(self) -> Iterator[None]:
        with ExitStack() as stack:
            for session, acting in self._each:
                stack.enter_context(session.acting(acting))
            yield


def acting_everywhere() -> Pinned:
    """Whom every session acts for now: a worker runs its job under it (``applied``)."""
    return Pinned()
