"""Reading a registry file into the import's work table (``registry_line``).

The file is read as a stream and its checked lines are written a chunk at a time, each
chunk in a short transaction of its own (the desk's check-ins take the write lock
between two). A number two lines carry is found once the file is read, by one sort of
each number column (``SeenAfterReading``): the table keeps no index of them, which,
kept row by row, outgrew the page cache at millions of lines (200,000 lines: 2 s of
the reading's 10 s of CPU; the sorts after, 0.6 s). Nothing proportional to the file
is held in memory: a large column is sorted in parts (``ROWS_PER_SORT``).

A large file is read in a child process (``desktop.core.foundation.child_process``:
``load_file`` opens its own connection to the same database with the key handed over
its pipe), so that the parsing cannot starve the window of the interpreter; a small one
on the caller's connection (``load``), where a child's start would cost more than the
reading.
"""

import datetime as dt
import heapq
import itertools
from pathlib import Path

from sqlite_utils import Database

from db import registry_lines as line_queries
from db.connection import connect
from desktop.core.domain.problems import Problem
from desktop.core.foundation.progress import Progress
from desktop.core.registry.reader import (
    MAX_REPORTED_ERRORS,
    NUMBER_COLUMN_NAMES,
    NUMBER_COLUMNS,
    Chunk,
    LineError,
    ReadOutcome,
    Seen,
    read_chunks,
)

LOAD_CACHE_KIB = 128 * 1024  # the child's page cache: the sorts of the repeated numbers
REPEATED = "duplicate_id"
# Numbers sorted at once to find the repeated ones: SQLCipher's sorts stay in memory,
# about 100 bytes a number (10 M lines: the reading child peaked at 1 GB in one sort;
# 1 M lines: 334 MB in one sort, 275 MB in five parts, 2.4 s more).
ROWS_PER_SORT = 1_000_000
MAX_PARTS = 10  # the parts go by a number's last character: ten digits


class SeenAfterReading(Seen):
    """No number is looked at while the file is read: every good line goes into the
    work table, and the repeated numbers are found there once it holds them all."""

    after_reading = True

    def first_lines(self, column: str, values: list[str]) -> dict[str, int]:
        return {}


def load(db: Database, path: Path, progress: Progress, today: dt.date | None = None) -> ReadOutcome:
    """Read and check ``path`` into the (empty) work table; the outcome's errors empty
    means every line is there. Good lines are written even after a bad one, so that a
    number repeated later is still reported against its first line."""
    outcome = ReadOutcome()
    numbers = dict.fromkeys(NUMBER_COLUMNS, 0)  # lines carrying each kind of number
    for chunk in read_chunks(path, outcome, SeenAfterReading(), progress, today=today):
        _write(db, chunk)
        for column in NUMBER_COLUMNS:
            numbers[column] += sum(1 for _line, row in chunk if row[column])
    _add_repeated_numbers(db, outcome, progress, numbers)
    return outcome


def _add_repeated_numbers(
    db: Database, outcome: ReadOutcome, progress: Progress, numbers: dict[str, int]
) -> None:
    """Each line carrying a number an earlier good line carries is an error naming the
    first one, merged with the reading's errors in line order (the first
    MAX_REPORTED_ERRORS kept, all counted); it no longer counts as a row.

    SQLCipher sorts in memory (its temporary files would not be encrypted): a column
    holding more than ROWS_PER_SORT numbers is sorted in parts, by the number's last
    character, one part after the other, so that the memory stays that of one part."""
    streams, count = [sorted(outcome.errors, key=_line)], outcome.error_count
    for column in NUMBER_COLUMNS:
        parts = min(MAX_PARTS, -(-numbers[column] // ROWS_PER_SORT))
        for part in range(parts):
            progress.step("read", 1, 1)  # cancel, heartbeat: a sort follows
            kept, found = _repeats(db, column, part, parts)
            streams.append(kept)
            count += found
            outcome.row_count -= found
    # ties (one line, several numbers) keep the order of the streams: the columns'
    merged = heapq.merge(*streams, key=_line)
    outcome.errors = list(itertools.islice(merged, MAX_REPORTED_ERRORS))
    outcome.error_count = count


def _repeats(db: Database, column: str, part: int, parts: int) -> tuple[list[LineError], int]:
    """(the first MAX_REPORTED_ERRORS in line order, how many) of the repeats of
    ``column`` within ``part`` of ``parts``; the statement runs to its end, so its sort
    is let go before the next one."""
    name = NUMBER_COLUMN_NAMES[column]
    kept, found = [], 0
    for line, value, first in line_queries.repeated_numbers(db, column, part, parts):
        found += 1
        if len(kept) < MAX_REPORTED_ERRORS:
            params = {"value": value, "first_line": first}
            kept.append(LineError(line, name, Problem(REPEATED, params, name)))
    return kept, found


def _line(error: LineError) -> int:
    return error.line


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
