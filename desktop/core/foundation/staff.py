"""Staff of the site and the roles each holds (several: table ``staff_role``).

Nobody is ever deleted (the audit trail and the records name them): a person who left
is deactivated, a role taken away is made inactive. Only an administrator changes staff
and roles; the laptop always keeps an active administrator.
"""

from collections.abc import Iterable

from sqlite_utils import Database

from db import staff as staff_queries
from db.records import Writer, write_transaction
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.records import Staff
from desktop.core.domain.text import NAME_MAX, nfc, too_long
from desktop.core.domain.vocabulary import StaffRole
from desktop.core.foundation.base_service import Service
from desktop.core.foundation.events import EventBus, Topic
from desktop.core.foundation.session import Session
from desktop.core.foundation.settings import SettingsService

ROLES = tuple(StaffRole)
# ``staff.role`` before several roles (frozen, see db.schema m0022): the values it allows.
LEGACY_ROLES = (StaffRole.ADMIN, StaffRole.CLERK, StaffRole.DOCTOR, StaffRole.NURSE,
                StaffRole.CERTIFICATE)  # fmt: skip


def role_set(roles: str | Iterable[str]) -> frozenset[str]:
    """``roles`` as a set of codes (one code alone is a set of one)."""
    return frozenset([roles] if isinstance(roles, str) else roles)


class StaffService(Service):
    def __init__(
        self, db: Database, bus: EventBus, session: Session, settings: SettingsService
    ) -> None:
        super().__init__(db, bus, session)
        self.settings = settings

    def active(self) -> list[Staff]:
        return [Staff.from_row(row) for row in staff_queries.active_staff(self.db)]

    def everyone(self) -> list[Staff]:
        """Every staff member, the active first, the deactivated after them."""
        return [Staff.from_row(row) for row in staff_queries.all_staff(self.db)]

    def holders(self, *roles: StaffRole) -> list[Staff]:
        """The active people holding any of ``roles``, by name."""
        return [Staff.from_row(row) for row in staff_queries.holders(self.db, roles)]

    def get(self, staff_id: str) -> Staff:
        row = staff_queries.get(self.db, staff_id)
        if row is None:
            raise UserError(Problem("staff_not_found"))
        return Staff.from_row(row)

    def problems(self, full_name: str, roles: str | Iterable[str]) -> list[Problem]:
        """What is wrong with a staff member's name and roles (nothing saved)."""
        name = nfc(full_name)
        problems = []
        if not name:
            problems.append(Problem("required", field="full_name"))
        elif problem := too_long(name, NAME_MAX, "full_name"):
            problems.append(problem)
        held = role_set(roles)
        if not held or not held <= set(ROLES):
            problems.append(Problem("required", field="roles"))
        return problems

    def add(self, full_name: str, roles: str | Iterable[str]) -> Staff:
        """A new staff member holding ``roles`` (administrator only); the person signed
        in stays who it was."""
        self.session.require(StaffRole.ADMIN)
        held = role_set(roles)
        if problems := self.problems(full_name, held):
            raise UserError(*problems)
        with write_transaction(self.db, self.session.actor) as w:
            row = w.insert("staff", {"full_name": nfc(full_name), "role": _legacy_role(held)})
            write_roles(w, row["id"], held)
        self.bus.publish(Topic.STAFF)
        return self.get(row["id"])

    def update(self, staff_id: str, full_name: str, roles: str | Iterable[str]) -> Staff:
        """Correct a staff member's name or roles (administrator only; audited with the
        values before). A role taken away is made inactive, never deleted."""
        self.session.require(StaffRole.ADMIN)
        member = self.get(staff_id)
        held = role_set(roles)
        if problems := self.problems(full_name, held):
            raise UserError(*problems)
        if StaffRole.ADMIN not in held:
            self._keep_an_administrator(member)
        with write_transaction(self.db, self.session.actor) as w:
            w.update("staff", member.id, {"full_name": nfc(full_name), "role": _legacy_role(held)})
            write_roles(w, member.id, held)
        updated = self.get(staff_id)
        if self.session.actor.staff_id == updated.id:  # their new name and roles, now
            self.session.sign_in(updated.id, updated.full_name, updated.roles)
        self.bus.publish(Topic.STAFF)
        return updated

    def set_active(self, staff_id: str, active: bool) -> Staff:
        """Deactivate a person who no longer works here, or take them back
        (administrator only).

        The person signed in cannot deactivate themselves (someone else signs in first,
        so the laptop is never left without anyone), nor the last administrator be.
        """
        self.session.require(StaffRole.ADMIN)
        member = self.get(staff_id)
        if not active:
            if self.session.actor.staff_id == member.id:
                raise UserError(Problem("staff_is_operator", {"name": member.full_name}))
            self._keep_an_administrator(member)
        with write_transaction(self.db, self.session.actor) as w:
            w.update("staff", member.id, {"active": 1 if active else 0})
        self.bus.publish(Topic.STAFF)
        return self.get(staff_id)

    def sign_in(self, staff: Staff) -> None:
        """Make ``staff`` the person signed in, with the roles they hold now: every later
        write is recorded in their name and checked against those roles. The core
        primitive the sign-in flow calls once it has checked their credentials."""
        member = self.get(staff.id)
        if not member.active:
            raise UserError(Problem("staff_inactive", {"name": member.full_name}))
        self.session.sign_in(member.id, member.full_name, member.roles)
        self.bus.publish(Topic.STAFF)  # the screens show who is signed in

    def _keep_an_administrator(self, member: Staff) -> None:
        """Refuse to leave the laptop without an active administrator."""
        admins = [s for s in self.holders(StaffRole.ADMIN) if s.id != member.id]
        if member.active and StaffRole.ADMIN in member.roles and not admins:
            raise UserError(Problem("last_administrator", {"name": member.full_name}))


def write_roles(w: Writer, staff_id: str, held: frozenset[str]) -> None:
    """Make ``held`` the person's active roles: a new role gets its row (its id made
    from the person and the role), one held before is made active again, the others
    inactive."""
    rows = staff_queries.role_rows(w.db, staff_id)
    for role in ROLES:
        wanted = 1 if role in held else 0
        row = rows.get(role)
        if row is None and wanted:
            w.insert("staff_role", {"id": staff_queries.role_id(staff_id, role),
                                    "staff_id": staff_id, "role": role})  # fmt: skip
        elif row is not None:
            w.update("staff_role", row["id"], {"active": wanted})


def _legacy_role(held: frozenset[str]) -> str:
    """What the frozen ``staff.role`` column gets: the first of the person's roles it
    allows (a reader of the raw file sees a sensible value; the app reads staff_role)."""
    return next((role for role in LEGACY_ROLES if role in held), StaffRole.CLERK)
