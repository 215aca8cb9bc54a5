"""Opening an HMTN database safely.

An existing file is inspected read-only first, through SQLite only (see
``db.open_files``: a plain ``open()`` of a live database drops this process's locks).
It is refused, untouched, when this process has it open already, when it is not an
SQLite file, is read-only or locked by another program, belongs to another
application, fails the fast check at open (``fast_check``; the whole file's
``PRAGMA quick_check`` runs in the background: ``full_check``) or carries a schema
newer than this version of the application knows. Only then is it opened for
writing, upgraded (after a backup) and given this device's identity.

An encrypted database (SQLCipher) is opened with its 32-byte key, given to SQLCipher raw
(no key derivation of its own: the key is random, wrapped by ``key_file``). Every
connection, backup and inspection of it is keyed; a wrong key is refused as
``wrong_key``. The database and its -wal/-shm files are the owner's alone (0600).
"""

import contextlib
import datetime as dt
import os
import re
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from db import installation, open_files
from db.driver import sqlite3
from db.records import primary_code
from db.schema import MIGRATION_NAMES, MIGRATION_SET, migrations

APPLICATION_ID = 0x484D544E  # "HMTN"
KEY_BYTES = 32  # an encrypted database's key: 32 random bytes, used raw
BUSY_TIMEOUT_MS = 10_000
# Each connection's page cache (SQLite's default is 2 MiB). An encrypted page read from
# the file is decrypted and its HMAC checked each time it enters the cache, so a cache
# too small for the look-ups' index pages paid that again at every name search
# (1,000,000 donors: a name look-up's CPU time 1.9x the plain database's with 2 MiB,
# 1.3x with 64 MiB; see the README's benchmarks). It fills only as pages are read.
CACHE_KIB = 64 * 1024
# What a checkpoint that restarted the WAL leaves of it on disk: without a limit the
# -wal file stays as large as the largest write ever made (a registry import: the size
# of the database) for as long as the application is open.
JOURNAL_SIZE_LIMIT = 64 * 1024 * 1024

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
    process has it open), ``missing`` (no such file and ``create`` was not given),
    ``wrong_key`` (encrypted with another key, or given a key while not encrypted).
    """

    def __init__(self, reason: str, path: Path, detail: str = "") -> None:
        super().__init__(f"{reason}: {path} {detail}".strip())
        self.reason = reason
        self.path = path
        self.detail = detail


def open_database(
    path: str | Path, *, key: bytes | None = None, create: bool = True
) -> "HmtnDatabase":
    """Open the HMTN database at ``path``, ready for use; raises DatabaseRefused.

    A missing file is created only with ``create`` (a mistyped path must not quietly
    become a new, empty database); with ``key`` it is created encrypted.
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
        fresh = _inspect(path, key)
    else:
        fresh = True
        try:
            private_folder(path.parent)
        except OSError as e:
            raise DatabaseRefused("unreadable", path, str(e)) from e
        _refuse_read_only(path)
        create_private(path)
    make_private(path)
    db = None
    try:
        db = connect(path, key)
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
    closed (or dropped without closing: the count must not outlive it). It knows its
    key (None: a plain database), so that a backup of it is keyed the same."""

    _release: weakref.finalize | None = None
    key: bytes | None = None

    def close(self) -> None:
        try:
            super().close()
        finally:
            if self._release is not None:
                self._release()  # once only, however often close is called


def connect(path: str | Path, key: bytes | None = None) -> HmtnDatabase:
    """A connection with the pragmas every HMTN connection uses, keyed with ``key``.

    WAL lets the check-in screen keep reading while an import writes on another
    connection; synchronous=FULL because a power cut at a drive must not lose a
    committed check-in; fullfsync (macOS only; elsewhere SQLite ignores it) because
    there a plain fsync leaves the data in the disk's cache; a page cache of
    ``CACHE_KIB``, so that the pages the look-ups keep reading stay decrypted; a
    ``JOURNAL_SIZE_LIMIT`` on what the WAL keeps of its size once restarted.
    """
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    apply_key(conn, key)
    db = HmtnDatabase(conn)
    db.key = key
    db._release = weakref.finalize(db, open_files.release, open_files.hold(path))
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    with db.ensure_autocommit_on():
        db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA fullfsync = ON")
    db.execute("PRAGMA checkpoint_fullfsync = ON")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    db.execute(f"PRAGMA journal_size_limit = {JOURNAL_SIZE_LIMIT}")
    return db


def reader(path: str | Path, key: bytes | None = None) -> HmtnDatabase:
    """A read-only connection (keyed, ``CACHE_KIB`` of page cache) for reads off the GUI
    thread: the check-in's searches. Made on one thread, used on another and closed from
    a third (``check_same_thread`` off): its owner runs one statement at a time, and may
    stop the one running with ``conn.interrupt()`` from any thread."""
    uri = f"{Path(path).resolve().as_uri()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    try:
        apply_key(conn, key)
    except BaseException:
        conn.close()
        raise
    db = HmtnDatabase(conn)
    db.key = key
    db._release = weakref.finalize(db, open_files.release, open_files.hold(path))
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA query_only = ON")
    db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    return db


@contextmanager
def pragma_for_block(db: Database, name: str, value: str) -> Iterator[None]:
    """The connection's ``PRAGMA name`` set to ``value`` for the block, then as it was."""
    before = db.execute(f"PRAGMA {name}").fetchone()[0]
    db.execute(f"PRAGMA {name} = {value}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA {name} = {int(before)}")


def data_version(db: Database) -> int:
    """SQLite's count of the commits other connections made to the file since this one
    opened it (``PRAGMA data_version``): it moves only when another connection wrote."""
    return db.execute("PRAGMA data_version").fetchone()[0]


def apply_key(conn: sqlite3.Connection, key: bytes | None) -> None:
    """Key a new connection (before anything is read): the raw 32 bytes, so SQLCipher
    derives nothing (the key is random; the passwords' derivation is key_file's)."""
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is ours to tell
    if key is None:
        return
    if len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")


def backup(db: Database, target: Path) -> None:
    """A consistent copy through SQLite's backup API (never copy a live file), keyed
    with the key of ``db`` (an encrypted database's copy is encrypted the same), the
    owner's alone; whole or not at all: it is made under a ``.partial`` name and renamed
    once complete, so a full disk or a crash half-way never leaves a part of one named
    as a backup."""
    private_folder(target.parent)
    partial = target.with_name(f"{target.name}.partial")
    try:
        partial.unlink(missing_ok=True)  # a crash's leftover, perhaps keyed otherwise
        create_private(partial)
        copy = sqlite3.connect(str(partial))
        try:
            apply_key(copy, getattr(db, "key", None))
            with copy:
                db.conn.backup(copy)
        finally:
            copy.close()
        make_private(partial)
        os.replace(partial, target)
    except BaseException:
        for leftover in (partial, partial.with_name(f"{partial.name}-journal")):
            leftover.unlink(missing_ok=True)
        raise
    sync_folder(target.parent)


def sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX; Windows cannot open a folder and needs no such
    step)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def private_folder(folder: Path) -> None:
    """Make ``folder`` (and its parents) if missing; a folder made here is the owner's
    alone (0700). A folder that existed is left as it is: it may be the user's own."""
    if folder.is_dir():
        return
    private_folder(folder.parent)
    folder.mkdir(mode=0o700, exist_ok=True)
    os.chmod(folder, 0o700)  # mkdir's mode passes through the umask


def make_private(path: Path) -> None:
    """The database and its -wal/-shm files readable and writable by the owner alone
    (chmod opens nothing: no lock of this process is touched)."""
    for suffix in ("", *open_files.SIDE_FILES):
        try:
            os.chmod(f"{path}{suffix}", 0o600)
        except FileNotFoundError:
            pass
        except OSError:  # a file system without modes (a FAT stick): nothing to tighten
            return


def create_private(path: Path) -> None:
    """An empty file with mode 0600 (SQLite then gives its -wal/-shm the same mode)."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


BEFORE_UPGRADE = ".before-upgrade-"


def _upgrade_backup_path(path: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}{BEFORE_UPGRADE}{stamp}{path.suffix}")


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


def _inspect(path: Path, key: bytes | None = None) -> bool:
    """Check an existing file without writing to it; True if it is an empty database.

    Only SQLite opens the file: its header is SQLite's to judge (SQLITE_NOTADB). Given
    a key, a file SQLCipher cannot read with it is ``wrong_key``.
    """
    try:
        conn = read_only(path, key)
    except sqlite3.Error as e:
        raise refusal_for(e, path) from e
    try:
        return _inspect_connection(conn, path)
    except sqlite3.Error as e:
        refused = refusal_for(e, path)
        if key is not None and refused.reason == "not_sqlite":
            raise DatabaseRefused("wrong_key", path, str(e)) from e
        raise refused from e
    finally:
        conn.close()


def inspect(path: Path, key: bytes | None = None) -> None:
    """Refuse (DatabaseRefused) a file ``open_database`` would refuse, reading only."""
    if "\0" in str(path):
        raise DatabaseRefused("unreadable", path, "NUL in the path")
    if open_files.is_open(path):
        raise DatabaseRefused("already_open", path)
    if path.exists() and not path.is_file():
        raise DatabaseRefused("not_sqlite", path, "not a regular file")
    if path.exists() and path.stat().st_size > 0:
        _inspect(path, key)


def read_only(path: Path, key: bytes | None = None) -> sqlite3.Connection:
    """A read-only connection to ``path`` (keyed with ``key``), for inspection."""
    return keyed(path, key, read_only=True)


def keyed(path: Path, key: bytes | None, *, read_only: bool = False) -> sqlite3.Connection:
    """A bare connection to the existing file ``path`` (none of ``connect``'s pragmas),
    keyed with ``key``: for inspection, and for the backups' copies (db.backup_copy)."""
    uri = f"{Path(path).resolve().as_uri()}?mode={'ro' if read_only else 'rw'}"
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        apply_key(conn, key)
    except BaseException:
        conn.close()
        raise
    return conn


def is_plain(path: Path) -> bool:
    """Whether the file at ``path`` is no encrypted database: SQLite reads it without a
    key, or fails for another reason than the header (the opening then says which)."""
    try:
        conn = read_only(path)
    except sqlite3.Error as error:
        return primary_code(error) != sqlite3.SQLITE_NOTADB
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlite3.Error as error:
        return primary_code(error) != sqlite3.SQLITE_NOTADB
    finally:
        conn.close()


def _inspect_connection(conn: sqlite3.Connection, path: Path) -> bool:
    check = fast_check(conn)
    if check:
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


def encrypt_database(path: str | Path, key: bytes, **options) -> None:
    """Encrypt the plain database at ``path`` in place (see ``db.encryption``)."""
    from db.encryption import encrypt_database as encrypt  # noqa: PLC0415 - it builds on this module

    encrypt(Path(path), key, **options)


# A table with no more rows than this (by its largest rowid: read in a few pages) is
# checked whole at open; a larger one has the first page of each of its B-trees read.
SMALL_TABLE_ROWS = 2_000
_WITHOUT_ROWID = re.compile(r"\bWITHOUT\s+ROWID\b", re.IGNORECASE)
_PARTIAL = re.compile(r"\bWHERE\b(?!.*\bWHERE\b)(.*)$", re.IGNORECASE | re.DOTALL)


def fast_check(conn: sqlite3.Connection) -> list[str]:
    """What is wrong with the file, found in a moment whatever its size ([]: nothing).

    The header and the schema are read; every small table (the installation, staff,
    drives, settings, migrations...) is checked whole with its indexes (``quick_check``
    of the table); of every large one (the registry's donors, the audit trail) the first
    page of the table and of each index is read. A damaged page elsewhere in a large
    table is found by ``full_check``, run in the background (an encrypted page that
    does not decrypt is also refused whenever it is read). A damaged page raises the
    SQLite error (SQLITE_CORRUPT) that ``refusal_for`` calls damaged.
    """
    trees = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master"
        " WHERE type IN ('table', 'index') AND rootpage > 0 ORDER BY type DESC, name"
    ).fetchall()
    small: set[str] = set()
    for kind, name, table, sql in trees:
        if kind == "table":
            if _is_small(conn, name, sql or ""):
                small.add(name)
                check = [row[0] for row in conn.execute(f'PRAGMA quick_check("{name}")')]
                if check != ["ok"]:
                    return check
            else:
                conn.execute(f'SELECT 1 FROM "{name}" LIMIT 1').fetchall()
        elif table not in small:
            _first_page_of_index(conn, table, name, sql or "")
    return []


def _first_page_of_index(conn: sqlite3.Connection, table: str, index: str, sql: str) -> None:
    """Read the first page of ``index`` (a partial index: under its own condition). An
    index SQLite will not read that way (no plan for it, a condition not as simple as
    ours) is left to the full check: a sound file must never be refused for it."""
    partial = _PARTIAL.search(sql)
    where = f" WHERE {partial[1]}" if partial else ""
    try:
        conn.execute(f'SELECT 1 FROM "{table}" INDEXED BY "{index}"{where} LIMIT 1').fetchall()
    except sqlite3.OperationalError as error:
        if primary_code(error) != sqlite3.SQLITE_ERROR:  # busy, locked...: said as such
            raise


def _is_small(conn: sqlite3.Connection, table: str, sql: str) -> bool:
    if _WITHOUT_ROWID.search(sql):
        return False  # no rowid to tell the size by: its first page only
    largest = conn.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()[0]
    return (largest or 0) <= SMALL_TABLE_ROWS


def full_check(path: Path, key: bytes | None, cancelled: Callable[[], bool]) -> list[str]:
    """The whole file checked (``PRAGMA quick_check``) on a read-only connection of its
    own: what is wrong ([]: nothing). Minutes at a national registry's size, so it runs
    in the background; ``cancelled`` (asked every thousand steps) stops it, raising
    ``sqlite3.OperationalError`` (interrupted)."""
    conn = read_only(path, key)
    try:
        conn.set_progress_handler(lambda: 1 if cancelled() else 0, 1_000)
        try:
            found = [row[0] for row in conn.execute("PRAGMA quick_check")]
        except sqlite3.DatabaseError as error:
            if primary_code(error) in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
                return [str(error)]  # a page that does not even decrypt or parse
            raise
        return [] if found == ["ok"] else found
    finally:
        conn.close()
