"""Reading a registry file into the import's work table (``registry_line``).

The file is read as a stream and its checked lines are written a chunk at a time, each
chunk in a short transaction of its own (the desk's check-ins take the write lock
between two). A number two lines carry is found once the file is read, by one sort of
each number column (``SeenAfterReading``): the table keeps no index of them, which,
kept row by row, outgrew the page cache at millions of lines (200,000 lines: 2 s of
the reading's 10 s of CPU; the sorts after, 0.6 s). Nothing proportional to the file
is held in memory: a large column is sorted in parts (``ROWS_PER_SORT``).

A large file is read by ``READERS`` child processes at once (``load_in_children``,
through ``desktop.core.foundation.child_process``: each opens its own connection to
the same database with the key handed over its pipe), so that the parsing cannot
starve the window of the interpreter and uses both CPUs of a laptop. Each reads the
whole file through the csv reader but checks and writes only its share of the lines
(``reader.Share``: blocks of ``SHARE_LINES``), in short transactions of its own (the
readers and the desk take turns at the write lock); their outcomes are merged as one
reader's would be. The sorts of the repeated numbers, once both are done, are shared
between as many children. A small file is read on the caller's connection (``load``),
where a child's start would cost more than the reading.
"""

import datetime as dt
import heapq
import itertools
from pathlib import Path

from sqlite_utils import Database

from db import registry_lines as line_queries
from db.connection import connect
from desktop.core.domain.problems import Problem
from desktop.core.foundation.child_process import run_in_children
from desktop.core.foundation.progress import Progress
from desktop.core.registry.reader import (
    ENDING_CODES,
    MAX_REPORTED_ERRORS,
    NUMBER_COLUMN_NAMES,
    NUMBER_COLUMNS,
    WHOLE,
    Chunk,
    LineError,
    ReadOutcome,
    Seen,
    Share,
    read_chunks,
)

LOAD_CACHE_KIB = 128 * 1024  # each child's page cache: the sorts of the repeated numbers
REPEATED = "duplicate_id"
# Numbers sorted at once to find the repeated ones: SQLCipher's sorts stay in memory,
# about 100 bytes a number (10 M lines: the reading child peaked at 1 GB in one sort;
# 1 M lines: 334 MB in one sort, 275 MB in five parts, 2.4 s more).
ROWS_PER_SORT = 1_000_000
MAX_PARTS = 10  # the parts go by a number's last character: ten digits
READERS = 2  # child processes reading a large file at once: a laptop's two CPUs
SHARE_LINES = 5_000  # the lines a reader checks in a row (reader.Share)
READER = "desktop.core.registry.loading:read_share"
SORTER = "desktop.core.registry.loading:find_repeats"

Sort = tuple[str, int, int]  # (number column, part, parts): one sort of the repeats
Found = tuple[list[LineError], int]  # a sort's repeats: the first MAX_REPORTED_ERRORS, how many


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
    outcome, numbers = _read(db, path, progress, today, WHOLE)
    _add_repeats(outcome, [_repeats(db, sort, progress) for sort in _sorts(numbers)])
    return outcome


def load_in_children(
    database: str,
    path: Path,
    today: str,
    progress: Progress,
    *,
    key: bytes | None,
    readers: int | None = None,
) -> ReadOutcome:
    """``load`` by ``readers`` child processes at once (see the module docstring), into
    the work table of the database file ``database``; the same outcome as ``load``.
    Raises as ``run_in_children``: a cancel or one child's failure ends them all."""
    readers = readers or READERS
    shares = [
        (database, str(path), today, (index, readers, SHARE_LINES)) for index in range(readers)
    ]
    read = run_in_children(READER, shares, progress, key=key)
    outcome = _merged([one for one, _numbers in read])
    numbers = {c: sum(counted[c] for _one, counted in read) for c in NUMBER_COLUMNS}
    sorts = _sorts(numbers)
    if sorts:
        dealt = _dealt([numbers[column] / parts for column, _part, parts in sorts], readers)
        calls = [(database, [sorts[i] for i in hand]) for hand in dealt]
        found: list[Found | None] = [None] * len(sorts)
        for hand, results in zip(dealt, run_in_children(SORTER, calls, progress, key=key),
                                 strict=True):  # fmt: skip
            for i, result in zip(hand, results, strict=True):
                found[i] = result
        _add_repeats(outcome, found)
    return outcome


def _merged(outcomes: list[ReadOutcome]) -> ReadOutcome:
    """One outcome of the readers' shares of a file, as one reader's would be: rows and
    errors summed, the errors in line order (the first MAX_REPORTED_ERRORS kept); an
    error that ended the reading (only the first reader says it) after any error of a
    line it ended at; a file of no row and no error is empty."""
    streams = [one.errors for one in outcomes]
    ordered = heapq.merge(*streams, key=lambda e: (e.line, e.problem.code in ENDING_CODES))
    outcome = ReadOutcome(
        errors=list(itertools.islice(ordered, MAX_REPORTED_ERRORS)),
        error_count=sum(one.error_count for one in outcomes),
        row_count=sum(one.row_count for one in outcomes),
    )
    if not outcome.row_count and not outcome.error_count:
        outcome.error(0, None, "file_empty")  # a header and nothing else
    return outcome


def read_share(
    database: str, path: str, today: str, share: tuple[int, int, int], *, key: bytes | None,
    progress: Progress,
) -> tuple[ReadOutcome, dict[str, int]]:  # fmt: skip
    """In a child: the ``share`` (index, readers, lines) of the file into the work
    table of ``database``; its outcome and how many of its lines carry each number."""
    db = _connect(database, key)
    try:
        return _read(db, Path(path), progress, dt.date.fromisoformat(today), Share(*share))
    finally:
        db.close()


def find_repeats(
    database: str, sorts: list[Sort], *, key: bytes | None, progress: Progress
) -> list[Found]:
    """In a child: the repeats each of ``sorts`` finds in the work table of ``database``."""
    db = _connect(database, key)
    try:
        return [_repeats(db, sort, progress) for sort in sorts]
    finally:
        db.close()


def _connect(database: str, key: bytes | None) -> Database:
    db = connect(database, key)
    try:
        db.execute(f"PRAGMA cache_size = -{LOAD_CACHE_KIB}")
        # Work-table lines are thrown away if the process dies: no fsync each.
        db.execute("PRAGMA synchronous = NORMAL")
    except BaseException:
        db.close()
        raise
    return db


def _read(
    db: Database, path: Path, progress: Progress, today: dt.date | None, share: Share
) -> tuple[ReadOutcome, dict[str, int]]:
    """The ``share`` of the file into the work table: its outcome (without the repeated
    numbers) and how many of its lines carry each kind of number."""
    outcome = ReadOutcome()
    numbers = dict.fromkeys(NUMBER_COLUMNS, 0)
    chunks = read_chunks(path, outcome, SeenAfterReading(), progress, today=today, share=share)
    for chunk in chunks:
        _write(db, chunk)
        for column in NUMBER_COLUMNS:
            numbers[column] += sum(1 for _line, row in chunk if row[column])
    return outcome, numbers


def _sorts(numbers: dict[str, int]) -> list[Sort]:
    """The sorts that find the repeated numbers, in the order of the columns: a column
    holding more than ROWS_PER_SORT numbers in parts, by the number's last character,
    one part after the other, so that the memory stays that of one part (SQLCipher
    sorts in memory: its temporary files would not be encrypted)."""
    sorts = []
    for column in NUMBER_COLUMNS:
        parts = min(MAX_PARTS, -(-numbers[column] // ROWS_PER_SORT))
        sorts += [(column, part, parts) for part in range(parts)]
    return sorts


def _dealt(sizes: list[float], hands: int) -> list[list[int]]:
    """The indexes of ``sizes`` dealt into at most ``hands`` hands of about as much
    each: the largest first, each to the hand holding the least."""
    dealt: list[list[int]] = [[] for _ in range(min(hands, len(sizes)))]
    held = [0.0] * len(dealt)
    for i in sorted(range(len(sizes)), key=lambda i: -sizes[i]):
        least = held.index(min(held))
        dealt[least].append(i)
        held[least] += sizes[i]
    return [sorted(hand) for hand in dealt]


def _add_repeats(outcome: ReadOutcome, found: list) -> None:
    """Each line carrying a number an earlier good line carries (``found`` by the
    sorts, in the order of the columns) is an error naming the first one, merged with
    the reading's errors in line order (the first MAX_REPORTED_ERRORS kept, all
    counted); it no longer counts as a row."""
    streams, count = [sorted(outcome.errors, key=_line)], outcome.error_count
    for kept, how_many in found:
        streams.append(kept)
        count += how_many
        outcome.row_count -= how_many
    # ties (one line, several numbers) keep the order of the streams: the columns'
    merged_errors = heapq.merge(*streams, key=_line)
    outcome.errors = list(itertools.islice(merged_errors, MAX_REPORTED_ERRORS))
    outcome.error_count = count


def _repeats(db: Database, sort: Sort, progress: Progress) -> Found:
    """(the first MAX_REPORTED_ERRORS in line order, how many) of the repeats of a
    column within a part; the statement runs to its end, so its sort is let go before
    the next one."""
    progress.step("read", 1, 1)  # cancel, heartbeat: a sort follows
    column, part, parts = sort
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


def _write(db: Database, chunk: Chunk) -> None:
    db.conn.execute("BEGIN IMMEDIATE")  # the connection's busy timeout: the desk's turns
    try:
        line_queries.put(db, chunk)
        db.conn.execute("COMMIT")
    except BaseException:
        db.conn.rollback()
        raise
