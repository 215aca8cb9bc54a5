"""Storing a registry's new donors unseen, a short transaction at a time, and removing
them again if the import does not go through.

A staged donor carries its import's batch number (``donor.staged_import``) and stays
out of every search (``donor_visible``) until the import is switched on. Each chunk
holds the write lock for about a quarter of a second at most, so check-ins on other
connections go on between chunks: a chunk is as many rows as the last one stored in
that time (each commit rewrites every index page its rows touched, so the fewer
commits, the less is written: a million rows in chunks of a thousand wrote the donor
table's indexes a thousand times over). A chunk's rows go in from the import's work
table (``registry_line``, where they were read and matched) by one statement.

Staged rows are not yet records: they are written without an audit entry each (the
import's own entry names the file and the batch they carry) and removed without one if
the import is abandoned. They carry the registry's stamp (``registry:0``, db.origins):
data received from the center is no local change.

**A large first load** (``BULK_FROM_ROWS`` new donors at least, and more than the donors
already stored: a laptop's first registry) is staged otherwise, in ONE write
transaction: the donor table's own indexes are dropped (their definitions read from
``sqlite_master``, so an index a later migration adds is rebuilt too; the triggers
stay: the donor tally keeps counting, and the name index's insert trigger leaves staged
rows alone), the rows inserted, every index created again by ``CREATE INDEX`` (a sort,
instead of millions of random inserts into indexes far larger than the page cache:
200,000 rows took 15.6 s row by row) and the name index filled by one statement. It
was chosen over chunked staging with the dropped indexes recorded for the next open to
rebuild, because SQLite's DDL is transactional: a crash or a kill at any moment rolls
all of it back and the file opens with every index and the registry as it was; the
desk's searches (on their own read connection) keep the snapshot from before, every
index in it, and stay correct and fast. The cost: the write lock is held for the whole
stage (minutes at 10 M rows), so a write at the desk meanwhile is refused at once with
``registry_loading`` (the import's mark ``bulk_at``, committed before the stage: no
busy timeout waited out on the window's thread; nothing changed), which is
acceptable only where there is hardly a registry to check in against yet (hence the
threshold); the WAL grows to the size of the load until ``shrink_wal`` empties it
after the switch; and each ``CREATE INDEX`` sorts its keys in memory (SQLCipher keeps
temporary data in memory: its temporary files would not be encrypted), about 70 MB
per million donors for the largest index (the process peaked at 338 MB at 1 M donors,
995 MB at 10 M). A smaller import, or one into a registry already as large, keeps the
short transactions above (its random inserts are fewer than the rows a rebuild sorts).
If such a stage is abandoned after all (its switch refused, or its process dead before
the switch), ``remove_abandoned`` removes it the same way, in one transaction with the
indexes dropped (``bulk.remove_stage``), not in thousands of chunks through them.
"""

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlite_utils import Database

from db import donors as donor_queries
from db import registry_imports as import_queries
from db import registry_lines as line_queries
from db.origins import REGISTRY
from db.records import Actor, write_transaction
from db.stamps import utc_now
from desktop.core.domain.audit_notes import AuditNote as N
from desktop.core.domain.audit_notes import audit_note
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.vocabulary import ImportStatus, RecordSource
from desktop.core.foundation.progress import Progress
from desktop.core.lifecycle.machines import IMPORTS
from desktop.core.registry.bulk import bulk_transaction, donor_indexes_dropped, remove_stage
from desktop.core.registry.reader import LineError

log = logging.getLogger("hmtn")

STAGE_CHUNK = 1000  # rows of the first transaction; the next ones as many as fit in
LOCK_S = 0.25  # seconds of write lock at the pace of the one before (at most twice as many)
MAX_CHUNK = 50_000
BULK_FROM_ROWS = 50_000  # new donors from which a first load is staged in bulk (see above)
BULK_CHUNK = 200_000  # rows inserted by one statement in bulk (cancel and progress between)
INDEX_ROWS = 20_000  # staged names go into the name index this many at a time
PAUSE_S = 0.004  # between two: long enough for a waiting check-in to take the lock
REMOVE_CHUNK = 5000
AUTOCHECKPOINT_PAGES = 1000  # SQLite's default, as every other connection has it
TRUNCATE_TRIES = 5  # a checkpoint that empties the WAL, tried this often after an import
TRUNCATE_WAIT_MS = 100  # each try waits this long at most for readers to move on


@dataclass
class Staging:
    db: Database
    actor: Actor
    file_name: str
    sha256: str
    import_id: str = ""
    batch: int = 0
    longest_chunk_s: float = 0.0
    # The rowids the import's rows take: top_rowid down to top_rowid - rows + 1, above
    # every row there was, reserved by the first chunk (see ``_stage_chunk``).
    top_rowid: int = 0
    low_rowid: int = 0  # the lowest staged so far (0: none yet)
    indexed_low: int = 0  # staged rows from here up have their names indexed
    started_at: str = ""  # the staged donors' registry_imported_at
    bulk: bool = False  # staged in bulk (one transaction): no cancel after it
    taken: "_Taken | None" = None

    def start(self) -> None:
        """Register the import (refused while another one runs)."""
        with write_transaction(self.db, self.actor) as w:
            running = import_queries.with_status(self.db, ImportStatus.STAGING)
            if any(import_queries.is_running(r, w.now, ImportStatus.STAGING) for r in running):
                raise UserError(Problem("import_running"))
            self.batch = import_queries.next_batch(self.db)
            row = w.insert(
                "registry_import",
                {"batch": self.batch, "file_name": self.file_name, "sha256": self.sha256,
                 "status": ImportStatus.STAGING, "heartbeat_at": w.now},
            )  # fmt: skip
        self.import_id, self.started_at = row["id"], w.now

    def stage(self, total: int, progress: Progress, since: int) -> list[LineError]:
        """Store the ``total`` new donors of the work table (its lines no donor was
        matched to) unseen; lines whose numbers were meanwhile (after the audit trail's
        mark ``since``: when the file was planned) registered on this laptop come back
        as errors (nothing more is staged then)."""
        self.taken = _Taken(since)
        # Staged rows are invisible and thrown away if the process dies: they need no
        # fsync each. The switch itself is written with synchronous=FULL again.
        self.db.execute("PRAGMA synchronous = NORMAL")
        # Each chunk's pages go from the WAL into the database right after its commit,
        # outside the write lock (a checkpoint does not hold it); only the lock is timed.
        self.db.execute("PRAGMA wal_autocheckpoint = 0")
        try:
            if total >= BULK_FROM_ROWS and total > donor_queries.count(self.db, 0):
                return self._stage_bulk(total, progress)
            after, size, done = 0, STAGE_CHUNK, 0
            while done < total:
                count, last = line_queries.new_span(self.db, after, size)
                if not count:
                    break
                held, errors = self._stage_chunk((after + 1, last), count, total)
                if errors:
                    return errors
                after, done = last, done + count
                size = _next_size(size, held)
                if self.indexed_low - self.low_rowid >= INDEX_ROWS:
                    self._index_names()
                progress.step("write", done, total)
                time.sleep(PAUSE_S)
            self._index_names()
        finally:
            self.db.execute(f"PRAGMA wal_autocheckpoint = {AUTOCHECKPOINT_PAGES}")
            self.db.execute("PRAGMA synchronous = FULL")
        return []

    def _stage_bulk(self, total: int, progress: Progress) -> list[LineError]:
        """Stage the ``total`` new donors in one write transaction, the donor table's
        indexes dropped and built again after (see the module docstring); progress is
        counted in rows, the rebuild as much again."""
        started = time.perf_counter()

        def built(done: int, count: int) -> None:
            progress.step("write", total + total * done // (count + 1), 2 * total)

        with bulk_transaction(self.db, self.actor, self.import_id) as w:
            if errors := self.taken.check_all(self.db):
                return errors
            # No one else writes meanwhile: the rows take the rowids above all others,
            # upwards in line order (appended to the table's b-tree).
            first = donor_queries.highest_rowid(self.db) + 1
            self.top_rowid, after, done = first + total - 1, 0, 0
            stamp = (w.now, REGISTRY.device_id, REGISTRY.change_seq)
            staged = (self.batch, self.started_at, RecordSource.REGISTRY.value)
            with donor_indexes_dropped(self.db, built):
                while done < total:
                    count, last = line_queries.new_span(self.db, after, BULK_CHUNK)
                    if not count:
                        break
                    span = (after + 1, last)
                    line_queries.insert_new(self.db, span, first + done, stamp, staged)
                    after, done = last, done + count
                    progress.step("write", done, 2 * total)
            span = (first, first + done - 1)
            progress.check()  # the last cancel: a bulk stage once committed is switched on
            donor_queries.index_staged_names(self.db, self.batch, span)
            progress.check()
            # the heartbeat as the lock is let go: the others heard nothing meanwhile
            import_queries.record_staged(self.db, self.import_id, utc_now(), done, span)
        self.low_rowid = self.indexed_low = first
        self.bulk = True
        self.longest_chunk_s = time.perf_counter() - started
        progress.step("write", 2 * total, 2 * total)
        self.db.execute("PRAGMA wal_checkpoint(PASSIVE)")  # outside the lock
        return []

    def beat(self) -> None:
        """Tell other connections this import is alive (``is_running``)."""
        with write_transaction(self.db, self.actor) as w:
            import_queries.beat(self.db, self.import_id, w.now)

    def _index_names(self) -> None:
        """The names staged since the last time go into the name index, in one go."""
        if not self.low_rowid or self.low_rowid >= self.indexed_low:
            return
        started = time.perf_counter()
        with write_transaction(self.db, self.actor):
            span = (self.low_rowid, self.indexed_low - 1)
            donor_queries.index_staged_names(self.db, self.batch, span)
        self.indexed_low = self.low_rowid
        self.longest_chunk_s = max(self.longest_chunk_s, time.perf_counter() - started)

    def _stage_chunk(
        self, span: tuple[int, int], count: int, total: int
    ) -> tuple[float, list[LineError]]:
        """(seconds the write lock was held, errors) of the ``count`` new lines within
        the line ``span``.

        The first chunk reserves the rowids of all ``total`` rows above every row there
        is and takes the top ones; each next chunk takes those below. A row written
        meanwhile (a walk-in registered at the desk) gets a rowid above the reservation,
        so the import's rowid range holds its rows only: a search can leave it out by
        rowid, which every index holds, without reading the rows (``donor_queries``)."""
        started = time.perf_counter()
        with write_transaction(self.db, self.actor) as w:
            errors = self.taken.check(self.db, list(line_queries.new_numbers(self.db, *span)))
            if errors:
                return 0.0, errors
            if not self.top_rowid:
                self.top_rowid = donor_queries.highest_rowid(self.db) + total
                self.low_rowid = self.indexed_low = self.top_rowid + 1
            first = self.low_rowid - count
            stamp = (w.now, REGISTRY.device_id, REGISTRY.change_seq)
            staged = (self.batch, self.started_at, RecordSource.REGISTRY.value)
            line_queries.insert_new(self.db, span, first, stamp, staged)
            rowids = (first, self.top_rowid)
            import_queries.record_staged(self.db, self.import_id, w.now, count, rowids)
        held = time.perf_counter() - started
        self.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        self.low_rowid = first
        self.longest_chunk_s = max(self.longest_chunk_s, held)
        return held, []

    def abandon(self) -> None:
        """The import does not go through: mark it so, and remove what it staged."""
        if not self.import_id:
            return
        try:
            with write_transaction(self.db, self.actor) as w:
                row = w.get("registry_import", self.import_id)
                if not IMPORTS.allows(row["status"], ImportStatus.ABANDONED):
                    return  # switched on already: its donors are the registry now
                IMPORTS.move(w, row, ImportStatus.ABANDONED)
            remove_abandoned(self.db, self.actor)
        except Exception:  # never hide why the import stopped; the next one cleans up
            log.exception("could not remove the rows of an abandoned registry import")


def shrink_wal(db: Database) -> bool:
    """Copy the WAL into the database and empty it, so that it does not stay as large as
    the import for as long as the application is open; True if it was emptied. A reader
    holding an older snapshot (the desk, mid-search) stops it: tried a few times,
    briefly, and then left (the WAL is cut to ``journal_size_limit`` when it next
    restarts). Outside any transaction."""
    timeout = db.execute("PRAGMA busy_timeout").fetchone()[0]
    db.execute(f"PRAGMA busy_timeout = {TRUNCATE_WAIT_MS}")
    try:
        for _ in range(TRUNCATE_TRIES):
            busy, _log, _copied = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if not busy:
                return True
            time.sleep(TRUNCATE_WAIT_MS / 1000)
        return False
    finally:
        db.execute(f"PRAGMA busy_timeout = {timeout}")


def _next_size(size: int, held_s: float) -> int:
    """The next chunk's rows: as many as fit in LOCK_S at the last one's pace (at most
    twice as many, never fewer than STAGE_CHUNK or more than MAX_CHUNK)."""
    fitting = int(size * LOCK_S / max(held_s, 0.001))
    return max(STAGE_CHUNK, min(fitting, 2 * size, MAX_CHUNK))


def remove_abandoned(db: Database, actor: Actor) -> None:
    """Remove what imports that never went through left: those abandoned, and those
    whose process died while staging (silent for db.registry_imports.HEARTBEAT_TIMEOUT_S)."""
    with write_transaction(db, actor) as w:
        for dead in import_queries.with_status(db, ImportStatus.STAGING):
            if not import_queries.is_running(dead, w.now, ImportStatus.STAGING):
                IMPORTS.move(w, dead, ImportStatus.ABANDONED, note=audit_note(N.IMPORT_INTERRUPTED))
        import_queries.clear_bulk(db, ImportStatus.ABANDONED)  # a bulk stage that never ended
    for leftover in import_queries.holding_rows(db, ImportStatus.APPLIED):
        if leftover["status"] != ImportStatus.ABANDONED:
            continue
        staged = leftover["staged_rows"]
        if staged >= BULK_FROM_ROWS and staged > donor_queries.count(db, staged):
            remove_stage(db, actor, leftover)  # as it was stored: most of the table
            shrink_wal(db)  # as large as the table's pages it wrote (160 MB at 1 M rows)
            continue
        span = (leftover["first_rowid"] or 0, leftover["last_rowid"] or 0)
        while rowids := donor_queries.staged_rowids(db, leftover["batch"], span, REMOVE_CHUNK):
            with write_transaction(db, actor):
                removed = donor_queries.delete_staged(db, rowids, ImportStatus.APPLIED)
                import_queries.record_removed(db, leftover["id"], removed)


class _Taken:
    """The CCCDs and old CMNDs donors got since the file was planned (registered at the
    desk meanwhile): a new donor holding one means the plan is stale (import the file
    again). Every write to a donor is audited (staged rows are no one's yet), so the
    audit trail since the plan names the donors to look at: usually none, and a chunk
    is then checked without reading the donor table's indexes."""

    def __init__(self, since: int) -> None:
        self.mark = since
        self.numbers: dict[str, tuple[str | None, str | None]] = {}  # donor: its numbers
        self.registry_went_in = False  # another import's donors: every number is asked

    def check(self, db: Database, chunk: list[dict]) -> list[LineError]:
        """The lines of ``chunk`` (each its ``line``, ``national_id`` and ``old_id``)
        whose numbers a donor that can be seen holds now (inside the chunk's write
        transaction: nothing changes until it commits)."""
        changed = donor_queries.changed_since(db, self.mark)
        self.mark = donor_queries.audit_mark(db)
        self.registry_went_in |= "*" in changed  # a whole registry, switched on meanwhile
        if self.registry_went_in:
            return _held_by_seen_donors(db, chunk)
        held = self._held(db, changed)
        return _taken(chunk, lambda column, _values: held[column])

    def check_all(self, db: Database) -> list[LineError]:
        """``check`` for every new line of the work table at once, in SQL (a bulk stage:
        inside its write transaction)."""
        changed = donor_queries.changed_since(db, self.mark)
        if "*" in changed:  # a whole registry went in meanwhile: the switch refuses
            return [LineError(0, None, Problem("registry_changed"))]
        held = self._held(db, changed)
        lines = {}
        for column, numbers in held.items():
            for row in line_queries.new_lines_holding(db, column, sorted(numbers)):
                lines[row["line"]] = row
        return _taken([lines[line] for line in sorted(lines)], lambda column, _: held[column])

    def _held(self, db: Database, changed: set[str]) -> dict[str, set[str]]:
        """column -> the numbers the donors written since the plan hold now (those of
        ``changed`` read again, the others as last read)."""
        for donor_id, row in donor_queries.by_ids(db, sorted(changed)).items():
            self.numbers[donor_id] = (row["national_id"], row["old_id"])
        held: dict[str, set[str]] = {"national_id": set(), "old_id": set()}
        for numbers in self.numbers.values():
            for column, number in zip(held, numbers, strict=True):
                if number:
                    held[column].add(number)
        return held


def _held_by_seen_donors(db: Database, chunk: list[dict]) -> list[LineError]:
    # Only seen donors: a single import stages at a time, after what an earlier one
    # left was removed (a CCCD it still held would stop the insert as a duplicate).
    return _taken(chunk, lambda column, values: donor_queries.seen_holders(db, column, values))


def _taken(chunk: list[dict], holders: Callable[[str, list[str]], set[str]]) -> list[LineError]:
    errors = []
    for column in ("national_id", "old_id"):
        held = holders(column, [row[column] for row in chunk if row[column]])
        errors += [
            LineError(row["line"], column, Problem("registered_during_import", {"value": value}))
            for row in chunk
            if (value := row[column]) and value in held
        ]
    return errors
