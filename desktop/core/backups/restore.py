"""Restoring a checked backup into the database file, once nothing holds it.

1. The current file is kept aside, through SQLite's backup API, as
   ``<name>.before-restore-<YYYYMMDD-HHMMSS><suffix>`` beside it (``-2``, ``-3``...
   after the time for another restore in the same second; with its key file as
   ``<that name>.keys``); it is never deleted.
2. The backup is copied into the database file through the backup API, in one
   transaction of the file: interrupted, it opens at its old content.
3. The file is opened as the app opens it (an older backup is upgraded), and, on a
   site's laptop, starts a new incarnation above every epoch it or its exports used, so
   the center never sees a change number twice; the restore is audited in it.
4. On a site's laptop, the numbers it gave after the backup (read in the file kept
   aside) are reserved, or a margin when there is no such file (``reserve``).
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from db import backup_copy, installation, open_files
from db.records import Actor, write_transaction
from desktop.core.backups.checks import CheckedBackup
from desktop.core.backups.reserve import Reservation, reserve
from desktop.core.domain.audit_notes import AuditNote as N
from desktop.core.domain.audit_notes import audit_note
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.vocabulary import AuditAction, InstallationRole
from desktop.core.exchange.incarnation import new_incarnation, read_marker
from desktop.core.foundation.key_file import key_file_path, write_private
from desktop.core.foundation.progress import QUIET, Progress

RESTORE_ACTION = AuditAction.RESTORE


@dataclass(frozen=True)
class RestoreReport:
    aside: Path | None  # the file as it was before (None: there was none)
    incarnation: str  # the restored database's incarnation now ("" at the center)
    epoch: int
    numbers: Reservation | None = None  # what the restore kept unused (None: the center)


@dataclass
class Restorer:
    path: Path
    key: bytes | None
    actor: Actor
    epoch: int  # the current database's epoch: the restored one starts above it
    open_database: Callable[[Path], Database]

    def run(self, checked: CheckedBackup, progress: Progress = QUIET) -> RestoreReport:
        """Restore ``checked`` into ``path``; refused while this process holds it."""
        if open_files.is_open(self.path):
            raise UserError(Problem("restore_database_open"))
        aside = self._keep_aside(progress) if self.path.exists() else None
        self._copy_in(checked, progress)
        progress.reached("open", 0, 0)
        db = self.open_database(self.path)
        try:
            return self._renew(db, checked, aside)
        finally:
            db.close()

    def _keep_aside(self, progress: Progress) -> Path:
        aside = self._aside_name()
        with backup_copy.opened(self.path, self.key) as live:
            backup_copy.copy_to_new_file(
                live, aside, self.key, lambda d, t: progress.step("aside", d, t)
            )
        keys = key_file_path(self.path)
        if keys.exists():
            write_private(key_file_path(aside), keys.read_bytes())
        return aside

    def _aside_name(self) -> Path:
        """``<name>.before-restore-<YYYYMMDD-HHMMSS><suffix>``, ``-2``, ``-3``... after
        the time when a restore in the same second kept one aside already."""
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        name = f"{self.path.stem}.before-restore-{stamp}"
        aside, again = self.path.with_name(f"{name}{self.path.suffix}"), 1
        while aside.exists() or key_file_path(aside).exists():
            again += 1
            aside = self.path.with_name(f"{name}-{again}{self.path.suffix}")
        return aside

    def _copy_in(self, checked: CheckedBackup, progress: Progress) -> None:
        with backup_copy.opened(checked.database, self.key, read_only=True) as source:
            if not self.path.exists():
                backup_copy.copy_to_new_file(source, self.path, self.key)
            else:
                with backup_copy.opened(self.path, self.key) as target:
                    backup_copy.copy_into(
                        source, target, lambda d, t: progress.reached("restore", d, t)
                    )
        keys = key_file_path(self.path)
        if checked.key_file is not None and not keys.exists():  # a laptop set up anew
            write_private(keys, checked.key_file.read_bytes())

    def _renew(self, db: Database, checked: CheckedBackup, aside: Path | None) -> RestoreReport:
        row = installation.current(db)
        numbers = None
        if row["role"] == InstallationRole.SITE:
            marker = read_marker(row["device_id"])
            above = max(self.epoch, marker.epoch if marker else 0)
            made = f"{checked.made_at:%Y-%m-%d %H:%M:%S}"
            note = audit_note(N.RESTORED_FROM, source=checked.source, made=made)
            row = new_incarnation(db, self.actor, note, above_epoch=above)
        with write_transaction(db, self.actor) as w:
            if row["role"] == InstallationRole.SITE:  # numbers given after the backup
                numbers = reserve(w, aside, self.key)
            w.log(
                RESTORE_ACTION,
                "installation",
                row["id"],
                audit_note(N.RESTORED, source=checked.source, aside=aside or ""),
            )
        incarnation = row["incarnation"] if row["role"] == InstallationRole.SITE else ""
        return RestoreReport(aside, incarnation, row["epoch"], numbers)
