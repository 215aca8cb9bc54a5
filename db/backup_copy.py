"""Copies of a database through SQLite's backup API, never a file copy.

A backup reads the live database on a connection of its own (a worker thread's), a few
megabytes per step with a short pause between steps, inside one read transaction: in
WAL mode a reader never blocks the desk's writes, and the held snapshot means a write
made meanwhile neither ends up half in the copy nor restarts it. The copy is written
to a new file, keyed with the same database key (SQLCipher copies pages between two
databases only when both have the same key), and left in rollback-journal mode: one
self-contained file, with no -wal beside it.

A restore copies a checked backup into the database file the same way, in one
transaction of the target: killed midway, the file opens at its old content.
"""

import contextlib
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from db import open_files
from db.connection import BUSY_TIMEOUT_MS, apply_key, create_private, keyed
from db.driver import sqlite3

STEP_PAGES = 1024  # 4 MB of 4 kB pages per step
STEP_PAUSE_S = 0.002  # between steps: the desk's look-ups get the disk and the GIL

Steps = Callable[[int, int], None]  # (pages copied, pages in all); may raise to stop


@contextlib.contextmanager
def opened(path: Path, key: bytes | None, *, read_only: bool = False) -> Iterator:
    """A plain connection to ``path`` (counted among this process's open databases),
    closed on leaving."""
    held = open_files.hold(path)
    try:
        conn = keyed(path, key, read_only=read_only)
    except BaseException:
        open_files.release(held)
        raise
    try:
        yield conn
    finally:
        conn.close()
        open_files.release(held)


def copy_to_new_file(
    source: sqlite3.Connection, target: Path, key: bytes | None, steps: Steps | None = None
) -> None:
    """Copy the database of ``source`` into the new file ``target`` (which must not
    exist); on any failure, or a ``steps`` callback that raises, no file is left."""
    if target.exists():
        raise FileExistsError(target)
    try:
        create_private(target)  # health data: the owner's alone from the start
        copy = sqlite3.connect(str(target), timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            apply_key(copy, key)
            _stepped(source, copy, steps)
            copy.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal beside it
        finally:
            copy.close()
    except BaseException:
        for suffix in ("", *open_files.SIDE_FILES):
            target.with_name(target.name + suffix).unlink(missing_ok=True)
        raise


def copy_size(source: sqlite3.Connection) -> int:
    """The size in bytes of a copy of ``source``'s database: every page, the free ones
    too (the backup API copies the file's pages as they are, free or not)."""
    pages = int(source.execute("PRAGMA page_count").fetchone()[0])
    return pages * int(source.execute("PRAGMA page_size").fetchone()[0])  # text in SQLCipher


def copy_into(source: sqlite3.Connection, target: sqlite3.Connection, steps: Steps | None) -> None:
    """Replace the whole content of ``target``'s database with ``source``'s (a restore:
    one transaction of the target, so it is all or nothing)."""
    _stepped(source, target, steps)


def _stepped(source: sqlite3.Connection, target: sqlite3.Connection, steps: Steps | None) -> None:
    def step(_status: int, remaining: int, total: int) -> None:
        if steps is not None:
            steps(total - remaining, total)
        time.sleep(STEP_PAUSE_S)

    with read_snapshot(source):
        source.backup(target, pages=STEP_PAGES, progress=step)


@contextlib.contextmanager
def read_snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """One read transaction on ``conn`` for the block: every read in it (every step of
    a backup) sees the database as it was when it began."""
    conn.execute("BEGIN")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        yield
    finally:
        conn.rollback()


def integrity(conn: sqlite3.Connection) -> list[str]:
    """``PRAGMA integrity_check``'s lines: ``["ok"]`` for a sound database."""
    return [row[0] for row in conn.execute("PRAGMA integrity_check")]


def application_id(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA application_id").fetchone()[0]


def contents(conn: sqlite3.Connection) -> dict:
    """What a backup holds, to show before a restore: its installation, its drives
    (code, date, status), how many donors, visits and donations, and the time of its
    last audited change."""

    def count(table: str) -> int:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    installation = conn.execute(
        "SELECT device_id, site_code, role, incarnation, epoch, last_change_seq FROM installation"
    ).fetchone()
    drives = conn.execute(
        "SELECT code, drive_date, status FROM drive ORDER BY drive_date DESC, code"
    ).fetchall()
    return {
        "device_id": installation[0] if installation else "",
        "site_code": (installation[1] or "") if installation else "",
        "role": installation[2] if installation else "",
        "epoch": installation[4] if installation else 0,
        "last_change_seq": installation[5] if installation else 0,
        "drives": [tuple(row) for row in drives],
        "donors": count("donor"),
        "visits": count("visit"),
        "donations": count("donation"),
        "last_change_at": conn.execute("SELECT max(at) FROM audit_log").fetchone()[0] or "",
    }
