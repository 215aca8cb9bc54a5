"""Opening an HMTN database safely.

An existing file is inspected read-only first. It is refused, untouched, when it is
not an SQLite file, belongs to another application, fails ``PRAGMA quick_check`` or
carries a schema newer than this version of the application knows. Only then is it
opened for writing, upgraded (after a backup) and given this device's identity.
"""

import datetime as dt
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from db.schema import MIGRATION_NAMES, MIGRATION_SET, migrations
from db.stamps import new_id, utc_now

APPLICATION_ID = 0x484D544E  # "HMTN"
BUSY_TIMEOUT_MS = 10_000
_SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseRefused(Exception):
    """The file cannot be used as an HMTN database; nothing was written to it.

    ``reason`` is one of: ``not_sqlite``, ``not_hmtn``, ``damaged``, ``newer_schema``,
    ``unreadable``.
    """

    def __init__(self, reason: str, path: Path, detail: str = "") -> None:
        super().__init__(f"{reason}: {path} {detail}".strip())
        self.reason = reason
        self.path = path
        self.detail = detail


def open_database(path: str | Path) -> Database:
    """Open (creating if needed) the HMTN database at ``path``, ready for use."""
    path = Path(path)
    existing = path.exists() and path.stat().st_size > 0
    fresh = True
    if existing:
        fresh = _inspect(path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    db = connect(path)
    if fresh:
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    elif migrations.pending(db):
        backup(db, _upgrade_backup_path(path))
    migrations.apply(db)
    if db.execute("PRAGMA user_version").fetchone()[0] != len(MIGRATION_NAMES):
        db.execute(f"PRAGMA user_version = {len(MIGRATION_NAMES)}")
    ensure_device(db)
    return db


def connect(path: str | Path) -> Database:
    """A connection with the pragmas every HMTN connection uses.

    WAL lets the check-in screen keep reading while an import writes on another
    connection; synchronous=FULL because a power cut at a drive must not lose a
    committed check-in.
    """
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    db = Database(conn)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    with db.ensure_autocommit_on():
        db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA foreign_keys = ON")
    return db


def backup(db: Database, target: Path) -> None:
    """A consistent copy through SQLite's backup API (never copy a live file)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(str(target)) as copy:
        db.conn.backup(copy)
    copy.close()


def _upgrade_backup_path(path: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.before-upgrade-{stamp}{path.suffix}")


def _inspect(path: Path) -> bool:
    """Check an existing file without writing to it; True if it is an empty database."""
    try:
        with path.open("rb") as f:
            header = f.read(len(_SQLITE_HEADER))
    except OSError as e:
        raise DatabaseRefused("unreadable", path, str(e)) from e
    if header != _SQLITE_HEADER:
        raise DatabaseRefused("not_sqlite", path)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return _inspect_connection(conn, path)
    except sqlite3.DatabaseError as e:
        raise DatabaseRefused("damaged", path, str(e)) from e
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


def ensure_device(db: Database) -> None:
    """Give this device its identity row, with a new device id, on first run."""
    if db.execute("SELECT 1 FROM device LIMIT 1").fetchone() is not None:
        return
    device_id = new_id()
    now = utc_now()
    with db.atomic():
        db.execute(
            "INSERT INTO device (id, created_at, updated_at, device_id, change_seq,"
            " last_change_seq) VALUES (?, ?, ?, ?, 1, 1)",
            [device_id, now, now, device_id],
        )
