"""Staff of the site: who can be chosen as the operator, the doctor or the phlebotomist.

Nobody is ever deleted (the audit trail and the records name them): a person who left
is deactivated, and no longer appears as operator, doctor or phlebotomist.
"""

from sqlite_utils import Database

from db import staff as staff_queries
from db.records import write_transaction
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.records import Staff
from desktop.core.domain.text import NAME_MAX, nfc, too_long
from desktop.core.domain.vocabulary import StaffRole
from desktop.core.foundation.base_service import Service
from desktop.core.foundation.events import EventBus, Topic
from desktop.core.foundation.session import SYSTEM_ACTOR, Session
from desktop.core.foundation.settings import SettingsService

ROLES = tuple(StaffRole)
DEFAULT_ADMIN_NAME = "Quản trị viên"
LAST_OPERATOR_KEY = "last_operator"


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

    def get(self, staff_id: str) -> Staff:
        row = staff_queries.get(self.db, staff_id)
        if row is None:
            raise UserError(Problem("staff_not_found"))
        return Staff.from_row(row)

    def ensure_someone(self) -> Staff:
        """The operator to start with: whoever used this laptop last, else the first
        staff member; on a new database, the administrator created now."""
        staff = self.active()
        last = self.settings.get(LAST_OPERATOR_KEY)
        for member in staff:
            if member.id == last:
                return member
        if staff:
            return staff[0]
        with write_transaction(self.db, SYSTEM_ACTOR) as w:
            row = w.insert("staff", {"full_name": DEFAULT_ADMIN_NAME, "role": StaffRole.ADMIN})
        self.bus.publish(Topic.STAFF)
        return Staff.from_row(row)

    def problems(self, full_name: str, role: str) -> list[Problem]:
        """What is wrong with a staff member's name and role (nothing saved)."""
        name = nfc(full_name)
        problems = []
        if not name:
            problems.append(Problem("required", field="full_name"))
        elif problem := too_long(name, NAME_MAX, "full_name"):
            problems.append(problem)
        if role not in ROLES:
            problems.append(Problem("required", field="role"))
        return problems

    def add(self, full_name: str, role: str) -> Staff:
        """A new staff member; the operator stays who it was."""
        problems = self.problems(full_name, role)
        if problems:
            raise UserError(*problems)
        with write_transaction(self.db, self.session.actor) as w:
            row = w.insert("staff", {"full_name": nfc(full_name), "role": role})
        self.bus.publish(Topic.STAFF)
        return Staff.from_row(row)

    def update(self, staff_id: str, full_name: str, role: str) -> Staff:
        """Correct a staff member's name or role (audited with the values before)."""
        member = self.get(staff_id)
        problems = self.problems(full_name, role)
        if problems:
            raise UserError(*problems)
        with write_transaction(self.db, self.session.actor) as w:
            w.update("staff", member.id, {"full_name": nfc(full_name), "role": role})
        updated = self.get(staff_id)
        if self.session.actor.staff_id == updated.id:
            self.session.sign_in(updated.id, updated.full_name)  # sign in the new name
        self.bus.publish(Topic.STAFF)
        return updated

    def set_active(self, staff_id: str, active: bool) -> Staff:
        """Deactivate a person who no longer works here (or take them back).

        The operator cannot deactivate themselves: someone else signs in first, so the
        laptop is never left without an operator.
        """
        member = self.get(staff_id)
        if not active and self.session.actor.staff_id == member.id:
            raise UserError(Problem("staff_is_operator", {"name": member.full_name}))
        with write_transaction(self.db, self.session.actor) as w:
            w.update("staff", member.id, {"active": 1 if active else 0})
        self.bus.publish(Topic.STAFF)
        return self.get(staff_id)

    def sign_in(self, staff: Staff) -> None:
        """Make ``staff`` the operator; every later write is recorded in their name."""
        if not self.get(staff.id).active:
            raise UserError(Problem("staff_inactive", {"name": staff.full_name}))
        # The person's role goes on the session (H-B's several roles replace this line).
        self.session.sign_in(staff.id, staff.full_name, [StaffRole(staff.role)])
        if self.settings.get(LAST_OPERATOR_KEY) != staff.id:
            self.settings.set(LAST_OPERATOR_KEY, staff.id)
