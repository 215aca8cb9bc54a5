"""Backups of the open database: automatic ones in rotation, one for a USB stick on
demand, and the checks before a restore (the restore itself: ``restore``)."""

import datetime as dt
import json
import logging
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

from sqlite_utils import Database

from db import backup_copy, installation
from db import settings as settings_queries
from db.driver import sqlite3
from db.records import DiskFull, StorageFailure, storage_failure, write_transaction
from desktop.core.backups import budget, rotation, usb
from desktop.core.backups.budget import DiskSpace
from desktop.core.backups.checks import CheckedBackup, check_database
from desktop.core.backups.restore import Restorer
from desktop.core.backups.rotation import Backup, BackupReason
from desktop.core.domain.audit_notes import AuditNote as N
from desktop.core.domain.audit_notes import audit_note
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.vocabulary import AuditAction, StaffRole
from desktop.core.exchange.incarnation import data_dir
from desktop.core.exchange.sealing import write_problem
from desktop.core.exchange.site import CENTER_RECIPIENT_KEY
from desktop.core.foundation.base_service import Service
from desktop.core.foundation.events import EventBus
from desktop.core.foundation.key_file import key_file_path, write_private
from desktop.core.foundation.progress import QUIET, Progress
from desktop.core.foundation.session import Session, long_job
from desktop.core.foundation.settings import SettingsService

BACKUP_ACTION = AuditAction.BACKUP
INTERVAL_KEY = "backup_interval_minutes"
DEFAULT_INTERVAL_MINUTES = 15
ADMIN_RECIPIENT_KEY = "backup_admin_recipient"

log = logging.getLogger("hmtn")


class BackupService(Service):
    """``connect`` opens a connection of the calling thread's own to the database (with
    its key): a backup runs on a worker thread and never uses the desk's connection."""

    def __init__(
        self,
        db: Database,
        bus: EventBus,
        session: Session,
        settings: SettingsService,
        path: Path,
        *,
        connect: Callable[[], Database],
        open_database: Callable[[Path], Database],
        key: bytes | None = None,
    ) -> None:
        super().__init__(db, bus, session)
        self.settings = settings
        self.path = Path(path)
        self.connect = connect
        self.open_database = open_database
        self.key = key
        self._lock = threading.Lock()  # one backup at a time
        self._saved_through: int | None = None  # the change sequence the last one holds
        self._skipping = False  # the last backup was skipped for want of room
        # The disk the rotation is on, measured before each backup (a test gives a
        # small one to see a backup skipped).
        self.disk_space: Callable[[Path], DiskSpace] = DiskSpace.of

    # --- settings --------------------------------------------------------------------

    def interval_minutes(self) -> int:
        """Minutes between automatic backups while the app runs (0: none)."""
        try:
            return max(0, int(self.settings.get(INTERVAL_KEY) or DEFAULT_INTERVAL_MINUTES))
        except ValueError:
            return DEFAULT_INTERVAL_MINUTES

    def folder(self, db: Database | None = None) -> Path:
        """The rotation's folder (``db``: the calling thread's connection)."""
        return rotation.folder(installation.device_id(db or self.db))

    def backups(self) -> list[Backup]:
        """The rotation's backups of this database, newest first."""
        return rotation.listed(self.folder())

    def closed_drives(self) -> int:
        """How many drives are closed (a new one closed: time for a backup)."""
        return self.db.execute("SELECT count(closed_at) FROM drive").fetchone()[0]

    # --- backups ---------------------------------------------------------------------

    @long_job
    def back_up(self, reason: BackupReason, progress: Progress = QUIET) -> Backup | None:
        """A backup into the rotation. On demand (``MANUAL``) for an administrator; the
        automatic ones for anyone. A periodic or exit backup is skipped (None) when
        nothing changed since the last one. Runs on any thread."""
        if reason is BackupReason.MANUAL:
            self.session.require(StaffRole.ADMIN)
        with self._lock, self._own_connection() as db:
            if reason in (BackupReason.PERIODIC, BackupReason.EXIT) and (
                self._saved_through == _change_seq(db)
            ):
                return None
            where = self.folder(db)
            with _written(where):
                where.mkdir(parents=True, exist_ok=True, mode=0o700)
                needed = self._copy_size(db)
                space = self.disk_space(where)
                if not budget.make_room(where, needed, space):
                    self._skip(db, reason, where, needed, space)
                target = rotation.new_path(where, reason)
                self._copy(db, target, progress)
                self._skipping = False
                self._log(db, audit_note(N.BACKUP_MADE, reason=reason, file=target))
                budget.prune(where, self.disk_space(where), keep=target)
            return next(b for b in rotation.listed(where) if b.path == target)

    def _copy_size(self, db: Database) -> int:
        keys = key_file_path(self.path)
        return backup_copy.copy_size(db.conn) + (keys.stat().st_size if keys.exists() else 0)

    def _skip(
        self, db: Database, reason: BackupReason, where: Path, needed: int, space: DiskSpace
    ) -> NoReturn:
        """No room for the backup: said (UserError ``backup_no_room``) and, the first
        time in a row, in the audit trail (a full disk skips every 15 minutes)."""
        problem = Problem("backup_no_room", {"folder": str(where), "needed": needed,
                          "free": space.free, "keep_free": space.keep_free,
                          "limit": space.rotation_limit})  # fmt: skip
        if not self._skipping:
            note = audit_note(N.BACKUP_SKIPPED, reason=reason, needed=needed, free=space.free)
            try:
                with write_transaction(db, self.session.actor) as w:
                    w.log(BACKUP_ACTION, "installation", installation.current(db)["id"], note)
                self._skipping = True
            except (sqlite3.Error, StorageFailure):  # the disk too full even for that
                log.warning("the skipped backup could not be audited", exc_info=True)
        log.warning("backup (%s) skipped: %s bytes needed, %s free", reason, needed, space.free)
        raise UserError(problem)

    @long_job
    def to_usb(self, folder: str | Path, progress: Progress = QUIET) -> usb.UsbBackup:
        """One encrypted file on the stick in ``folder`` (see ``backups.usb``), for the
        site administrator's backup key and the center's; administrators only."""
        self.session.require(StaffRole.ADMIN)
        folder = Path(folder)
        now = dt.datetime.now()
        with self._lock, self._own_connection() as db, self._workdir() as work:
            recipients = self.recipients(db)
            device = installation.current(db)
            self._refuse_unless_room_here(db, work)
            with _written(work):
                database = work / usb.DATABASE
                self._copy(db, database, progress)
                parts = {usb.MANIFEST: work / usb.MANIFEST, usb.DATABASE: database}
                if (work / usb.KEYS).exists():
                    parts[usb.KEYS] = work / usb.KEYS
                with backup_copy.opened(database, self.key, read_only=True) as conn:
                    contents = backup_copy.contents(conn)
                manifest = {"format": usb.FORMAT, "format_version": usb.FORMAT_VERSION,
                            "made_at": now.isoformat(timespec="seconds"),
                            "device_id": device["device_id"], "site_code": device["site_code"],
                            "encrypted": self.key is not None, "contents": contents}  # fmt: skip
                parts[usb.MANIFEST].write_text(json.dumps(manifest, sort_keys=True, indent=2))
            progress.step("write", 0, 0)
            name = usb.file_name(device["site_code"] or "", now)
            written = usb.write(parts, folder, name, recipients, work)
            self._log(
                db,
                audit_note(N.BACKUP_USB, file=written.path, recipients=written.recipients),
            )
        return written

    def _refuse_unless_room_here(self, db: Database, work: Path) -> None:
        """The USB backup is first copied here (then encrypted onto the stick): refused
        in words (``usb_backup_no_room``) before a byte is written when that copy would
        leave this disk less free than the automatic backups may (budget.keep_free):
        a 10 M-donor registry is a copy of about 7 GB."""
        needed, space = self._copy_size(db), self.disk_space(work)
        if space.free - needed < space.keep_free:
            raise UserError(Problem("usb_backup_no_room", {"folder": str(work.parent),
                            "needed": needed, "free": space.free,
                            "keep_free": space.keep_free}))  # fmt: skip

    def recipients(self, db: Database | None = None) -> list[str]:
        """The age recipients of a USB backup: the administrator's backup key (needed)
        and the center's, once installed (``db``: the calling thread's connection)."""
        admin, center = (_setting(db or self.db, key)
                         for key in (ADMIN_RECIPIENT_KEY, CENTER_RECIPIENT_KEY))  # fmt: skip
        if not admin:
            raise UserError(Problem("backup_admin_key_missing"))
        return [admin, *([center] if center else [])]

    def has_admin_key(self) -> bool:
        return bool(self.settings.get(ADMIN_RECIPIENT_KEY))

    def make_admin_key(self, folder: str | Path) -> Path:
        """A new backup key for the site administrator: its secret half written to
        ``folder`` (their own stick: never kept on the laptop), its public half kept in
        the settings; USB backups from now on are made for it. Administrators only."""
        self.session.require(StaffRole.ADMIN)
        target = Path(folder) / usb.ADMIN_KEY_FILE
        if target.exists():
            raise UserError(Problem("backup_file_exists", {"file": str(target)}))
        text, recipient = usb.new_admin_key(self.settings.device().site_code, dt.datetime.now())
        try:
            write_private(target, text.encode())
        except OSError as error:
            raise UserError(write_problem(error, Path(folder), "backup")) from error
        self.settings.set(ADMIN_RECIPIENT_KEY, recipient)
        return target

    # --- restore ---------------------------------------------------------------------

    def check(self, source: str | Path, identity_file: str | Path | None = None) -> CheckedBackup:
        """Check a backup to restore from (a rotation file or a USB file, decrypted with
        the administrator's or the center's identity file); UserError when it cannot
        be restored. Administrators only. ``discard`` the result when done."""
        self.session.require(StaffRole.ADMIN)
        source = Path(source)
        if not source.is_file():
            raise UserError(Problem("backup_unreadable", {"file": str(source)}))
        if source.name.endswith(usb.FILE_SUFFIX):
            return self._check_usb(source, identity_file)
        contents, chain, detail = check_database(source, self.key, source)
        key_file = rotation.key_file_of(source)
        made_at = dt.datetime.fromtimestamp(source.stat().st_mtime)
        return CheckedBackup(source, source, key_file if key_file.exists() else None, made_at,
                             contents, chain, detail)  # fmt: skip

    def _check_usb(self, source: Path, identity_file: str | Path | None) -> CheckedBackup:
        if identity_file is None:
            raise UserError(Problem("backup_identity_needed"))
        try:
            identity = usb.read_identity(Path(identity_file).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as error:
            raise UserError(Problem("backup_identity_bad", {"file": str(identity_file)})) from error
        unpacked = self._new_workdir()
        try:
            found = usb.open_file(source, identity, unpacked)
            contents, chain, detail = check_database(found[usb.DATABASE], self.key, source)
            manifest = usb.read_manifest(found[usb.MANIFEST])
        except BaseException:
            shutil.rmtree(unpacked, ignore_errors=True)
            raise
        try:
            made_at = dt.datetime.fromisoformat(manifest["made_at"])
        except (KeyError, TypeError, ValueError):
            made_at = dt.datetime.fromtimestamp(source.stat().st_mtime)
        return CheckedBackup(source, found[usb.DATABASE], found.get(usb.KEYS), made_at,
                             contents, chain, detail, unpacked=unpacked)  # fmt: skip

    def restorer(self) -> Restorer:
        """What restores a checked backup into this database once its connections are
        closed (``Restorer.run``); administrators only."""
        self.session.require(StaffRole.ADMIN)
        return Restorer(
            path=self.path,
            key=self.key,
            actor=self.session.actor,
            epoch=installation.current(self.db)["epoch"],
            open_database=self.open_database,
        )

    # --- helpers ---------------------------------------------------------------------

    @contextmanager
    def _own_connection(self) -> Iterator[Database]:
        db = self.connect()
        try:
            yield db
        finally:
            db.close()

    def _copy(self, db: Database, target: Path, progress: Progress) -> None:
        """The database into ``target`` (a new file: written under another name and
        renamed once complete), and its key file beside it."""
        partial = rotation.partial_of(target)
        backup_copy.copy_to_new_file(
            db.conn, partial, self.key, lambda done, total: progress.step("copy", done, total)
        )
        keys = key_file_path(self.path)
        try:
            if keys.exists():  # a small file of our own, never a database: copied as bytes
                write_private(rotation.key_file_of(target), keys.read_bytes())
            partial.replace(target)
        except BaseException:
            partial.unlink(missing_ok=True)
            rotation.key_file_of(target).unlink(missing_ok=True)
            raise

    def _log(self, db: Database, note: str) -> None:
        with write_transaction(db, self.session.actor) as w:
            row = installation.current(db)
            w.log(BACKUP_ACTION, "installation", row["id"], note)
        self._saved_through = _change_seq(db)

    def _new_workdir(self) -> Path:
        base = data_dir()
        base.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix="hmtn-backup-", dir=base))  # mode 0700

    @contextmanager
    def _workdir(self) -> Iterator[Path]:
        work = self._new_workdir()
        try:
            yield work
        finally:
            shutil.rmtree(work, ignore_errors=True)


def _setting(db: Database, key: str) -> str | None:
    row = settings_queries.setting(db, key)
    return row["value"] if row else None


def _change_seq(db: Database) -> int:
    return installation.current(db)["last_change_seq"]


@contextmanager
def _written(folder: Path) -> Iterator[None]:
    """A full disk or a folder that cannot be written: UserError, nothing kept."""
    try:
        yield
    except OSError as error:
        raise UserError(write_problem(error, folder, "backup")) from error
    except (sqlite3.Error, StorageFailure) as error:
        if isinstance(storage_failure(error), DiskFull):
            raise UserError(Problem("backup_disk_full", {"folder": str(folder)})) from error
        raise
