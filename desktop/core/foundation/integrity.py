"""The database file's full check, in the background: at open only a fast check is
made (``db.connection.fast_check``: a moment whatever the size), and the whole file is
read and checked once a day, once the window is up, on a connection of its own.

A check that finds the file sound is kept (the day, in the settings), so the next one
is a day later; damage is never kept as checked: it is said at every start until the
file is replaced by a sound backup. What the check found is recorded in the audited
settings (who was signed in, when, the first lines SQLite gave).
"""

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from db import connection
from db import settings as settings_queries
from db.records import write_transaction
from desktop.core.foundation.base_service import ANYONE, Service, storage_refusals
from desktop.core.foundation.events import EventBus
from desktop.core.foundation.progress import Cancelled, Progress
from desktop.core.foundation.session import Session, long_job
from desktop.core.foundation.settings import put_setting

LAST_FULL_CHECK_KEY = "last_full_check"  # the day (ISO) the file was last found sound
DAMAGE_FOUND_KEY = "full_check_damage"  # the day and the first lines of damage found
CHECK_EVERY = dt.timedelta(days=1)
DAMAGE_LINES = 5
log = logging.getLogger("hmtn")


@dataclass(frozen=True)
class IntegrityReport:
    damage: tuple[str, ...]  # SQLite's lines about what is wrong; () when sound

    @property
    def ok(self) -> bool:
        return not self.damage


class IntegrityService(Service):
    def __init__(
        self,
        db: Database,
        bus: EventBus,
        session: Session,
        *,
        path: Path,
        key: bytes | None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(db, bus, session)
        self.path = path
        self.key = key
        self.today = today

    def due(self) -> bool:
        """No sound check of the whole file today, or the last one is older than a day."""
        row = settings_queries.setting(self.db, LAST_FULL_CHECK_KEY)
        try:
            last = dt.date.fromisoformat(row["value"]) if row else None
        except ValueError:  # not a day: the file is checked again, the safe side
            log.exception("the day of the last full check is not a date: %r", row["value"])
            last = None
        return last is None or self.today() - last >= CHECK_EVERY

    @long_job
    def check(self, progress: Progress) -> IntegrityReport:
        """The whole file checked, on any thread (a read-only connection of its own);
        a cancel stops it (``Cancelled``)."""
        cancelled: list[bool] = []

        def asked() -> bool:
            try:
                progress.check()
            except Cancelled:
                cancelled.append(True)
                return True
            return False

        try:
            damage = connection.full_check(self.path, self.key, asked)
        except connection.sqlite3.OperationalError:
            if cancelled:
                progress.check()  # raises Cancelled
            raise
        return IntegrityReport(tuple(damage))

    def record(self, report: IntegrityReport) -> None:
        """Keep what the check found (audited): a sound file's day, or the damage.
        UserError when the database is busy or the disk full (damage is said anyway)."""
        self.session.require(*ANYONE)
        day = self.today().isoformat()
        with storage_refusals(), write_transaction(self.db, self.session.actor) as w:
            if report.ok:
                put_setting(w, LAST_FULL_CHECK_KEY, day)
            else:
                lines = "; ".join(report.damage[:DAMAGE_LINES])
                put_setting(w, DAMAGE_FOUND_KEY, f"{day} {lines}")
