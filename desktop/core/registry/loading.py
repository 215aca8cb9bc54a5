"""Reading a registry file into the import's work table (``registry_line``).

The file is read as a stream and its checked lines are written a chunk at a time, each
chunk in a short transaction of its own (the desk's check-ins take the write lock
between two). A number two lines carry is found through the table's indexes
(``SeenInTable``): nothing proportional to the file is held in memory.

A large file is read in a child process (``desktop.core.foundation.child_process``:
``load_file`` opens its own connection to the same database with the key handed over
its pipe), so that the parsing cannot starve the window of the interpreter; a small one
on the caller's connection (``load``), where a child's start would cost more than the
reading.
"""

import datetime as dt
from pathlib import Path

from sqlite_utils import Database

from db import registry_lines as line_queries
from db.connection import connect
from desktop.core.foundation.progress import Progress
from desktop.core.registry.reader import Chunk, ReadOutcome, Seen, read_chunks

LOAD_CACHE_KIB = 128 * 1024  # the child's page cache: the work table's number indexes


class SeenInTable(Seen):
    """The numbers of the lines written so far, asked of the work table's indexes."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def first_lines(self, column: str, values: list[str]) -> dict[str, int]:
        return line_queries.first_lines(self.db, column, values)


def load(db: Database, path: Path, progress: Progress, today: dt.date | None = None) -> ReadOutcome:
    """Read and check ``path`` into the (empty) work table; the outcome's errors empty
    means every line is there. Good lines are written even after a bad one, so that a
    number repeated later is still reported against its first line."""
    outcome = ReadOutcome()
    for chunk in read_chunks(path, outcome, SeenInTable(db), progress, today=today):
        _write(db, chunk)
    return outcome


def load_file(
    database: str, path: str, today: str | None, *, key: bytes | None, progress: Progress
) -> ReadOutcome:
    """``load`` on a connection of its own to the database file ``database`` (run in a
    child process: see the module docstring)."""
    db = connect(database, key)
    try:
        db.execute(f"PRAGMA cache_size = -{LOAD_CACHE_KIB}")
        # Work-table lines are thrown away if the process dies: no fsync each.
        db.execute("PRAGMA synchronous = NORMAL")
        day = dt.date.fromisoformat(today) if today else None
        return load(db, Path(path), progress, day)
    finally:
        db.close()


def _write(db: Database, chunk: Chunk) -> None:
    db.conn.execute("BEGIN IMMEDIATE")  # the connection's busy timeout: the desk's turns
    try:
        line_queries.put(db, chunk)
        db.conn.execute("COMMIT")
    except BaseException:
        db.conn.rollback()
        raise
