"""Staff of the site: who can be chosen as the operator of this laptop."""

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

    def add(self, full_name: str, role: str) -> Staff:
        name = nfc(full_name)
        problems = []
        if not name:
            problems.append(Problem("required", field="full_name"))
        elif problem := too_long(name, NAME_MAX, "full_name"):
            problems.append(problem)
        if role not in ROLES:
            problems.append(Problem("required", field="role"))
        if problems:
            raise UserError(*problems)
        with write_transaction(self.db, self.session.actor) as w:
            row = w.insert("staff", {"full_name": name, "role": role})
        self.bus.publish(Topic.STAFF)
        return Staff.from_row(row)

    def sign_in(self, staff: Staff) -> None:
        """Make ``staff`` the operator; every later write is recorded in their name."""
        self.session.sign_in(staff.id, staff.full_name)
        if self.settings.get(LAST_OPERATOR_KEY) != staff.id:
            self.settings.set(LAST_OPERATOR_KEY, staff.id)
