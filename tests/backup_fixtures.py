"""Helpers of the backup tests: an administrator signed in, a desk writing on a thread
of its own, what a database holds."""

import datetime as dt
import threading
from pathlib import Path

from db.connection import connect
from desktop.core.domain.records import Staff
from desktop.core.domain.vocabulary import StaffRole
from desktop.core.foundation.events import EventBus
from desktop.core.foundation.session import Session
from desktop.core.services import Services
from desktop.core.stations.donors import DonorForm, DonorService
from tests.factories import MALE, cccd_for
from tests.people import by_everyone, sign_in_as


def sign_in_admin(services: Services, name: str = "Quản Trị Viên") -> None:
    """A staff member holding the administrator's role, signed in."""
    sign_in_as(services, StaffRole.ADMIN, name=name)


def sign_in_nurse(services: Services) -> None:
    sign_in_as(services, StaffRole.NURSE, name="Y Tá Lan")


def register_donors(services: Services, count: int, first: int = 1) -> None:
    with by_everyone(services):  # at reception
        for serial in range(first, first + count):
            services.donors.register(_form(serial), not_a_duplicate=True)


def register_elsewhere(path: Path, clerk: Staff, count: int, first: int) -> None:
    """Register donors on a connection of its own (another program on the same file)."""
    db = connect(path)
    try:
        session = Session()
        session.sign_in(clerk.id, clerk.full_name, clerk.roles)
        donors = DonorService(db, EventBus(), session)
        for serial in range(first, first + count):
            donors.register(_form(serial), not_a_duplicate=True)
    finally:
        db.close()


def _form(serial: int) -> DonorForm:
    birth = dt.date(1990, 1, 1)
    return DonorForm(
        national_id=cccd_for(birth, MALE, serial),
        full_name="Nguyễn Văn An",
        birth_date=birth.strftime("%d/%m/%Y"),
        sex=MALE,
        phone="",
    )


class DeskWriter(threading.Thread):
    """Registers donors on a connection of its own, one audited transaction each,
    until stopped: the desk working while a backup runs."""

    def __init__(self, path: Path, clerk: Staff, first: int = 10_000) -> None:
        super().__init__(daemon=True)
        self.session = Session()  # the desk's own, signed in as ``clerk``
        self.session.sign_in(clerk.id, clerk.full_name, clerk.roles)
        self.path, self.next = path, first
        self.stop = threading.Event()
        self.saved = 0
        self.error: BaseException | None = None

    def run(self) -> None:
        db = connect(self.path)
        try:
            donors = DonorService(db, EventBus(), self.session)
            while not self.stop.is_set():
                donors.register(_form(self.next), not_a_duplicate=True)
                self.next += 1
                self.saved += 1
        except BaseException as error:  # reported to the test
            self.error = error
        finally:
            db.close()


def consistency(conn) -> dict:
    """What must agree in a sound copy: SQLite's check, and each donor with its audited
    insert (and no audited insert without its donor)."""
    donors = conn.execute("SELECT count(*) FROM donor").fetchone()[0]
    audited = conn.execute(
        "SELECT count(*) FROM audit_log WHERE table_name = 'donor' AND action = 'insert'"
    ).fetchone()[0]
    orphans = conn.execute(
        "SELECT count(*) FROM audit_log a WHERE a.table_name = 'donor' AND a.action = 'insert'"
        " AND NOT EXISTS (SELECT 1 FROM donor d WHERE d.id = a.record_id)"
    ).fetchone()[0]
    check = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    return {"check": check, "donors": donors, "audited": audited, "orphans": orphans}
