"""Importing the center's donor registry: all of it or none of it, without ever holding
the database for long, in memory that does not grow with the file.

1. The import is registered (one runs at a time) and the file is read as a stream
   into the work table ``registry_line``, a chunk at a time (``loading``): a large
   file by two child processes at once, so that its parsing cannot starve the window
   and uses both CPUs.
2. Every line is matched in SQL, and the changes to known donors are worked out for
   the matched lines only, a chunk at a time (``merge``): writers on other
   connections go on meanwhile.
3. The new donors are stored unseen, a short transaction at a time (``staging``).
4. One short transaction switches the import on: it looks again at the donors written
   on this laptop since the plan (a check-in, a screening), applies the changes to
   known donors and makes the new ones visible all at once. The WAL is emptied after.

A problem at any step, a cancel or a crash before step 4 leaves the registry exactly as
it was (what was staged is removed, or by the next import after a crash).
"""

import datetime as dt
import hashlib
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from db import donors as donor_queries
from db import registry_imports as import_queries
from db import registry_lines as line_queries
from db.origins import REGISTRY
from db.records import Writer, write_transaction
from db.stamps import utc_now
from desktop.core.domain.audit_notes import AuditNote as N
from desktop.core.domain.audit_notes import audit_note
from desktop.core.domain.problems import Problem
from desktop.core.domain.vocabulary import ImportStatus, StaffRole
from desktop.core.foundation.events import EventBus, Topic
from desktop.core.foundation.progress import QUIET, Progress
from desktop.core.foundation.session import Session, long_job
from desktop.core.foundation.shared_interpreter import sharing_the_interpreter
from desktop.core.lifecycle.counters import held_donations
from desktop.core.lifecycle.machines import IMPORTS
from desktop.core.registry.loading import load, load_in_children
from desktop.core.registry.merge import (
    Match,
    Plan,
    keys_for,
    locally_set_fields,
    match_of,
    match_row,
    plan_import,
    work_out,
)
from desktop.core.registry.reader import LineError, ReadOutcome, file_problem
from desktop.core.registry.staging import Staging, remove_abandoned, shrink_wal

IMPORT_ACTION = "registry_import"
IMPORT_CACHE_KIB = 128 * 1024
# A file this large is read by child processes; a smaller one on the importing thread
# (a child's start, about a second, would cost more than the reading: 256 KiB is about
# 1,700 lines, tens of milliseconds of parsing).
CHILD_FROM_BYTES = 256 * 1024
SWITCH_BATCH = 5000  # known donors' changes applied by one statement's worth
BEAT_S = 10.0  # the heartbeat while reading and matching (db.registry_imports: 60 s)


@dataclass
class ImportReport:
    file_name: str
    sha256: str = ""
    rows: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    permanent_deferrals_lifted: int = 0
    errors: list[LineError] = field(default_factory=list)
    error_count: int = 0
    batch: int = 0  # the import's batch: donor.staged_import of the donors it added
    longest_chunk_s: float = 0.0  # the longest write lock while staging
    switch_s: float = 0.0  # the write lock of the switch

    @property
    def ok(self) -> bool:
        return self.error_count == 0


class _Refused(Exception):
    """Lines that cannot be imported as planned; nothing is switched on."""

    def __init__(self, errors: list[LineError], count: int | None = None) -> None:
        super().__init__(len(errors))
        self.errors = errors
        self.count = len(errors) if count is None else count


class RegistryImporter:
    """Imports a registry file on its own database connection, so it can run on a worker
    thread while the check-in screen keeps reading and writing."""

    def __init__(self, connect: Callable[[], Database], bus: EventBus, session: Session) -> None:
        self.connect = connect
        self.bus = bus
        self.session = session

    @long_job
    def import_file(
        self,
        path: str | Path,
        progress: Progress = QUIET,
        *,
        file_name: str | None = None,
        on_switch: Callable[[Writer], None] | None = None,
    ) -> ImportReport:
        """Check the whole file and store it (see the module docstring), recorded under
        ``file_name`` (the file's own by default); raises Cancelled, or UserError when
        another import is running. ``on_switch`` runs inside the switch transaction,
        after the registry's changes: what it writes goes in with them, or, if it
        raises, nothing of the import does (what was staged is removed, the error goes
        on)."""
        self.session.require(StaffRole.ADMIN)
        path = Path(path)
        report = ImportReport(file_name=file_name or path.name)
        if problem := file_problem(path):  # refused unopened: no registry at all
            report.errors, report.error_count = [LineError(0, None, problem)], 1
            return report
        with sharing_the_interpreter():  # the desk goes on, on another thread
            report.sha256 = _sha256(path, progress)
            db = self.connect()
            try:
                # A big page cache for this one connection: a registry touches every index
                # page of the donor table, and SQLite's default 2 MB cache thrashes.
                db.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
                remove_abandoned(db, self.session.actor)  # what an interrupted import left
                self._import(db, path, report, progress, on_switch)
            except _Refused as refused:
                report.errors, report.error_count = refused.errors, refused.count
                return report
            finally:
                db.close()
        self.bus.publish(Topic.DONORS)
        return report

    def _import(
        self,
        db: Database,
        path: Path,
        report: ImportReport,
        progress: Progress,
        on_switch: Callable[[Writer], None] | None,
    ) -> None:
        staging = Staging(db, self.session.actor, report.file_name, report.sha256)
        staging.start()
        progress = _beating(staging, progress)
        try:
            line_queries.clear(db)  # what a crashed import left
            read = self._read(db, path, progress)
            report.rows = read.row_count + read.error_count
            if read.error_count:
                raise _Refused(read.errors, read.error_count)
            plan = plan_import(db, utc_now(), progress, self._writing(db))
            if plan.error_count:
                raise _Refused(plan.errors, plan.error_count)
            new, matched = line_queries.counts(db)
            errors = staging.stage(new, progress, plan.audit_mark)
            if errors:
                raise _Refused(errors)
            if not staging.bulk:  # a bulk stage is checked for a cancel inside it: once
                progress.check()  # committed, removing it would take longer than the switch
            started = time.perf_counter()
            with write_transaction(db, self.session.actor) as w:
                self._switch(w, staging, plan, report, (new, matched))
                if on_switch is not None:
                    on_switch(w)
            report.switch_s = time.perf_counter() - started
        except BaseException:
            staging.abandon()
            raise
        finally:
            _clear_lines(db)
        report.longest_chunk_s = staging.longest_chunk_s
        shrink_wal(db)

    def _read(self, db: Database, path: Path, progress: Progress) -> ReadOutcome:
        """The file into the work table: a large one by child processes (each on its
        own connection, given this one's key), a small one here."""
        if path.stat().st_size < CHILD_FROM_BYTES:
            return load(db, path, progress)
        database = db.execute("PRAGMA database_list").fetchone()[2]
        today = dt.date.today().isoformat()
        return load_in_children(database, path, today, progress, key=getattr(db, "key", None))

    def _writing(self, db: Database) -> Callable:
        return lambda: write_transaction(db, self.session.actor)

    def _switch(
        self, w: Writer, staging: Staging, plan: Plan, report: ImportReport, lines: tuple
    ) -> None:
        """In one transaction: the changes to known donors, and the new ones shown."""
        new, matched = lines
        current = import_queries.get(w.db, staging.import_id)
        switchable = IMPORTS.allows(current["status"], ImportStatus.APPLIED)
        if not switchable or current["staged_rows"] != new:
            raise _Refused([LineError(0, None, Problem("import_interrupted"))])
        _look_again(w, plan, staging.batch)
        report.inserted = new
        report.batch = staging.batch
        # Data received from the center is no local change: the registry's stamp.
        after = ""
        while changes := line_queries.changes(w.db, after, SWITCH_BATCH):
            now = donor_queries.by_ids(w.db, [donor_id for donor_id, _ in changes])
            updates = [(now[donor_id], change) for donor_id, change in changes]
            report.updated += w.update_many(
                "donor", updates, action=IMPORT_ACTION, note=report.file_name, received=REGISTRY
            )
            after = changes[-1][0]
        report.unchanged = matched - report.updated
        report.permanent_deferrals_lifted = line_queries.lifted(w.db)
        IMPORTS.move(w, current, ImportStatus.APPLIED)
        w.log(IMPORT_ACTION, "donor", "*", _import_note(report))


def _beating(staging: Staging, progress: Progress) -> Progress:
    """``progress``, which also keeps the import's heartbeat while the file is read and
    matched (minutes for millions of lines, before any row is staged): an import silent
    for a minute is taken for dead by the others and abandoned."""
    last = [time.monotonic()]

    def step(phase: str, done: int, total: int) -> None:
        progress.step(phase, done, total)
        if time.monotonic() - last[0] >= BEAT_S:
            staging.beat()
            last[0] = time.monotonic()

    return Progress(step, cancel_requested=lambda: progress.check() or False)


def _sha256(path: Path, progress: Progress) -> str:
    """The file's SHA-256, read a megabyte at a time (hashing and reading let the
    interpreter go: the desk is not held up)."""
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while block := file.read(1 << 20):
            digest.update(block)
            progress.check()
    return digest.hexdigest()


def _clear_lines(db: Database) -> None:
    try:
        if db.conn.in_transaction:
            db.conn.rollback()
        line_queries.clear(db)
    except Exception:  # said in the log, not raised: see below
        # Run in a ``finally``: raising would hide why an import failed, or report as
        # failed an import that went through. The lines left are only work rows: the
        # next import empties the table before it starts.
        logging.getLogger("hmtn").exception("could not empty the registry import's work table")


def _look_again(w: Writer, plan: Plan, batch: int) -> None:
    """Donors written on this laptop since the plan (a check-in, a screening, a
    registration): their changes are worked out again from what they are now, and a
    line that no longer matches as planned refuses the file."""
    db = w.db
    changed = donor_queries.changed_since(db, plan.audit_mark)
    if "*" in changed:  # another registry import went through meanwhile
        raise _Refused([LineError(0, None, Problem("registry_changed"))])
    errors = []
    lines = line_queries.about(db, sorted(changed))
    matched = [match_of(row) for row in lines.values()]
    if matched:
        by_national, by_old, known = keys_for(db, [m.row for m in matched])
        ids = [m.donor_id for m in matched]
        now, held = donor_queries.by_ids(db, ids), held_donations(db, ids)
        local = locally_set_fields(db, ids)
        changes = []
        for match in matched:
            donor_id, problem = match_row(match.row, known, by_national, by_old)
            if problem is not None or donor_id != match.donor_id:
                errors.append(_registered_meanwhile(match))
                continue
            found, lifted = work_out(now[donor_id], match, local, plan.now, held)
            changes.append((json.dumps(found) if found else None, int(lifted), donor_id))
        line_queries.set_changes(db, changes)
    others = donor_queries.by_ids(db, [i for i in changed if i not in lines])
    for column in ("national_id", "old_id"):
        values = [row[column] for row in others.values() if row[column]]
        staged = donor_queries.unseen_holders(db, column, values, ImportStatus.APPLIED)
        errors += [
            LineError(0, column, Problem("registered_during_import", {"value": value}))
            for value, (_rowid, holder_batch) in staged.items()
            if holder_batch == batch
        ]
    if errors:
        raise _Refused(errors)


def _registered_meanwhile(match: Match) -> LineError:
    value = match.row["national_id"] or match.row["old_id"]
    return LineError(
        match.line, "national_id", Problem("registered_during_import", {"value": value})
    )


def _import_note(report: ImportReport) -> str:
    return audit_note(
        N.REGISTRY_IMPORTED, file=report.file_name, sha256=report.sha256, rows=report.rows,
        inserted=report.inserted, batch=report.batch, updated=report.updated,
    )  # fmt: skip
