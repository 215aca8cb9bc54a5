"""Opening an HMTN database safely.

An existing file is inspected read-only first, through SQLite only (see
``db.open_files``: a plain ``open()`` of a live database drops this process's locks).
It is refused, untouched, when this process has it open already, when it is not an
SQLite file, is read-only or locked by another program, belongs to another
application, fails ``PRAGMA quick_check`` or carries a schema newer than this version
of the application knows. Only then is it opened for writing, upgraded (after a
backup) and given this device's identity.
"""

import datetime as dt
import os
import weakref
from pathlib import Path

from sqlite_utils import Database

from db import installation, open_files
from db.driver import sqlite3
from db.records import primary_code
from db.schema import MIGRATION_NAMES, MIGRATION_SET, migrations

APPLICATION_ID = 0x484D544E  # "HMTN"
BUSY_TIMEOUT_MS = 10_000

# SQLite's primary result codes (the low byte of an extended code) -> why we refuse.
_REFUSAL_FOR_CODE = {
    sqlite3.SQLITE_NOTADB: "not_sqlite",
    sqlite3.SQLITE_CORRUPT: "damaged",
    sqlite3.SQLITE_BUSY: "locked",
    sqlite3.SQLITE_LOCKED: "locked",
    sqlite3.SQLITE_READONLY: "read_only",
    sqlite3.SQLITE_PERM: "read_only",
    sqlite3.SQLITE_FULL: "disk_full",
}


class DatabaseRefused(Exception):
    """The file cannot be used as an HMTN database; nothing was written to it.

    ``reason`` is one of: ``not_sqlite``, ``not_hmtn``, ``damaged``, ``newer_schema``,
    ``unreadable``, ``read_only``, ``locked``, ``disk_full``, ``already_open`` (this
    process has it open), ``missing`` (no such file and ``create`` was not given).
    """

    def __init__(self, reason: str, path: Path, detail: str = "") -> None:
        super().__init__(f"{reason}: {path} {detail}".strip())
        self.reason = reason
        self.path = path
        self.detail = detail


def open_database(path: str | Path, *, create: bool = True) -> Database:
    """Open the HMTN database at ``path``, ready for use; raises DatabaseRefused.

    A missing file is created only with ``create`` (a mistyped path must not quietly
    become a new, empty database).
    """
    path = Path(path)
    if "\0" in str(path):
        raise DatabaseRefused("unreadable", path, "NUL in the path")
    if open_files.is_open(path):
        raise DatabaseRefused("already_open", path)
    if path.exists() and not path.is_file():
        raise DatabaseRefused("not_sqlite", path, "not a regular file")
    existing = path.exists() and path.stat().st_size > 0
    if not path.exists() and not create:
        raise DatabaseRefused("missing", path)
    if existing:
        _refuse_read_only(path)
        fresh = _inspect(path)
    else:
        fresh = True
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise DatabaseRefused("unreadable", path, str(e)) from e
        _refuse_read_only(path)
    db = None
    try:
        db = connect(path)
        if fresh:
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        elif migrations.pending(db):
            backup(db, _upgrade_backup_path(path))
        migrations.apply(db)
        if db.execute("PRAGMA user_version").fetchone()[0] != len(MIGRATION_NAMES):
            db.execute(f"PRAGMA user_version = {len(MIGRATION_NAMES)}")
        installation.ensure(db)
    except sqlite3.Error as e:
        if db is not None:
            db.close()
        raise refusal_for(e, path) from e
    return db


class HmtnDatabase(Database):
    """A connection that this process counts among its open databases until it is
    closed (or dropped without closing: the count must not outlive it)."""

    _release: weakref.finalize | None = None

    def close(self) -> None:
        try:
            super().close()
        finally:
            if self._release is not None:
                self._release()  # once only, however often close is called


def connect(path: str | Path) -> HmtnDatabase:
    """A connection with the pragmas every HMTN connection uses.

    WAL lets the check-in screen keep reading while an import writes on another
    connection; synchronous=FULL because a power cut at a drive must not lose a
    committed check-in; fullfsync (macOS only; elsewhere SQLite ignores it) because
    there a plain fsync leaves the data in the disk's cache.
    """
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    db = HmtnDatabase(conn)
    db._release = weakref.finalize(db, open_files.release, open_files.hold(path))
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    with db.ensure_autocommit_on():
        db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA fullfsync = ON")
    db.execute("PRAGMA checkpoint_fullfsync = ON")
    db.execute("PRAGMA foreign_keys = ON")
    return db


def backup(db: Database, target: Path) -> None:
    """A consistent copy through SQLite's backup API (never copy a live file), whole or
    not at all: it is made under a ``.partial`` name and renamed once complete, so a
    full disk or a crash half-way never leaves a part of one named as a backup."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.partial")
    try:
        with sqlite3.connect(str(partial)) as copy:
            db.conn.backup(copy)
        copy.close()
        os.replace(partial, target)
    except BaseException:
        for leftover in (partial, partial.with_name(f"{partial.name}-journal")):
            leftover.unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX; Windows cannot open a folder and needs no such
    step)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _upgrade_backup_path(path: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.before-upgrade-{stamp}{path.suffix}")


def refusal_for(error: Exception, path: Path) -> DatabaseRefused:
    """What an SQLite error (or a ``db.records.StorageFailure``) met while opening means
    for the user.

    A locked or read-only file is not damaged: telling people it is would send them to
    restore an old backup over good data.
    """
    reason = _REFUSAL_FOR_CODE.get(primary_code(error), "unreadable")
    return DatabaseRefused(reason, path, str(error))


def _refuse_read_only(path: Path) -> None:
    """SQLite writes the database and, beside it, its -wal and -shm files."""
    writable = os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))
    if not writable:
        raise DatabaseRefused("read_only", path)


def _inspect(path: Path) -> bool:
    """Check an existing file without writing to it; True if it is an empty database.

    Only SQLite opens the file: its header is SQLite's to judge (SQLITE_NOTADB).
    """
    try:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
        )
    except sqlite3.Error as e:
        raise refusal_for(e, path) from e
    try:
        return _inspect_connection(conn, path)
    except sqlite3.Error as e:
        raise refusal_for(e, path) from e
    finally:
        conn.close()


def _inspect_connection(conn: sqlite3.Connection, path: Path) -> bool:
    check = [row[0] for row in conn.execute("PRAGMA quick_check")]
    if check != ["ok"]:
        raise DatabaseRefused("damaged", path, "; ".join(check[:5]))
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if app_id == 0 and tables == 0:
        return True
    if app_id != APPLICATION_ID:
        raise DatabaseRefused("not_hmtn", path)
    applied = {
        row[0]
        for row in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
        )
    }
    unknown = applied - set(MIGRATION_NAMES)
    user_version = conn.execute("PRAGMA user_version").fetchone()[0]
    if unknown or user_version > len(MIGRATION_NAMES):
        raise DatabaseRefused("newer_schema", path, ", ".join(sorted(unknown)))
    return False
