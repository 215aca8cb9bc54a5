"""Importing the center's donor registry: all of it or none of it, without ever holding
the database for long.

1. The whole file is checked (``reader``), without the database.
2. Every line is matched and every change worked out on one read snapshot (``merge``):
   writers on other connections go on meanwhile.
3. The new donors are stored unseen, a short transaction at a time (``staging``).
4. One short transaction switches the import on: it looks again at the donors written
   on this laptop since the snapshot (a check-in, a screening), applies the changes to
   known donors and makes the new ones visible all at once.

A problem at any step, a cancel or a crash before step 4 leaves the registry exactly as
it was (what was staged is removed, or by the next import after a crash).
"""

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from db import donors as donor_queries
from db import registry_imports as import_queries
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
from desktop.core.foundation.shared_interpreter import let_go, sharing_the_interpreter
from desktop.core.lifecycle.counters import held_donations
from desktop.core.lifecycle.machines import IMPORTS
from desktop.core.registry.merge import (
    Match,
    Plan,
    keys_for,
    locally_set_fields,
    match_row,
    plan_import,
    work_out,
)
from desktop.core.registry.reader import LineError, RegistryFile, read_registry
from desktop.core.registry.staging import Staging, remove_abandoned, shrink_wal

IMPORT_ACTION = "registry_import"
IMPORT_CACHE_KIB = 256 * 1024


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

    def __init__(self, errors: list[LineError]) -> None:
        super().__init__(len(errors))
        self.errors = errors


class RegistryImporter:
    """Imports a registry file on its own database connection, so it can run on a worker
    thread while the check-in screen keeps reading and writing."""

    def __init__(self, connect: Callable[[], Database], bus: EventBus, session: Session) -> None:
        self.connect = connect
        self.bus = bus
        self.session = session

    @long_job
    def import_file(self, path: str | Path, progress: Progress = QUIET) -> ImportReport:
        """Check the whole file, then store it (see the module docstring); raises
        Cancelled, or UserError when another import is running."""
        self.session.require(StaffRole.ADMIN)
        path = Path(path)
        with sharing_the_interpreter():  # the desk goes on, on another thread
            parsed = read_registry(path, progress)  # refuses what is no registry unopened
            try:
                return self._import_parsed(parsed, path.name, progress, on_switch=None)
            finally:
                let_go(parsed.rows, parsed.lines)

    @long_job
    def import_parsed(
        self,
        parsed: RegistryFile,
        file_name: str,
        progress: Progress = QUIET,
        on_switch: Callable[[Writer], None] | None = None,
    ) -> ImportReport:
        """Store a registry already read and checked (``read_registry``), as
        ``import_file`` does. ``on_switch`` runs inside the switch transaction, after the
        registry's changes: what it writes goes in with them, or, if it raises, nothing
        of the import does (what was staged is removed, the error goes on)."""
        self.session.require(StaffRole.ADMIN)
        with sharing_the_interpreter():  # the desk goes on, on another thread
            return self._import_parsed(parsed, file_name, progress, on_switch=on_switch)

    def _import_parsed(
        self,
        parsed: RegistryFile,
        file_name: str,
        progress: Progress,
        *,
        on_switch: Callable[[Writer], None] | None,
    ) -> ImportReport:
        report = ImportReport(file_name=file_name)
        report.sha256 = parsed.sha256
        report.rows = len(parsed.rows) + parsed.error_count
        if parsed.error_count:
            report.errors, report.error_count = parsed.errors, parsed.error_count
            return report
        db = self.connect()
        # A big page cache for this one connection: a registry touches every index page
        # of the donor table, and SQLite's default 2 MB cache thrashes at a million rows.
        db.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
        plan = None
        try:
            remove_abandoned(db, self.session.actor)  # what an interrupted import left
            plan = plan_import(db, parsed, utc_now())
            if plan.errors:
                raise _Refused(plan.errors)
            self._stage_and_switch(db, plan, report, progress, on_switch)
        except _Refused as refused:
            report.errors, report.error_count = refused.errors, len(refused.errors)
            return report
        finally:
            db.close()
            if plan is not None:
                let_go(plan.new_rows, plan.new_lines, plan.matches, plan.updates, plan.held)
        self.bus.publish(Topic.DONORS)
        return report

    def _stage_and_switch(
        self,
        db: Database,
        plan: Plan,
        report: ImportReport,
        progress: Progress,
        on_switch: Callable[[Writer], None] | None,
    ) -> None:
        staging = Staging(db, self.session.actor, report.file_name, report.sha256)
        staging.start()
        try:
            errors = staging.stage(plan.new_rows, plan.new_lines, progress, plan.audit_mark)
            if errors:
                raise _Refused(errors)
            progress.check()  # the last chance to cancel: nothing is visible yet
            started = time.perf_counter()
            with write_transaction(db, self.session.actor) as w:
                self._switch(w, staging, plan, report)
                if on_switch is not None:
                    on_switch(w)
            report.switch_s = time.perf_counter() - started
            shrink_wal(db)
        except BaseException:
            staging.abandon()
            raise
        report.longest_chunk_s = staging.longest_chunk_s

    def _switch(self, w: Writer, staging: Staging, plan: Plan, report: ImportReport) -> None:
        """In one transaction: the changes to known donors, and the new ones shown."""
        current = import_queries.get(w.db, staging.import_id)
        switchable = IMPORTS.allows(current["status"], ImportStatus.APPLIED)
        if not switchable or current["staged_rows"] != len(plan.new_rows):
            raise _Refused([LineError(0, None, Problem("import_interrupted"))])
        _look_again(w.db, plan, staging.batch)
        report.inserted = len(plan.new_rows)
        report.batch = staging.batch
        # Data received from the center is no local change: the registry's stamp.
        updates = list(plan.updates.values())
        report.updated = w.update_many(
            "donor", updates, action=IMPORT_ACTION, note=report.file_name, received=REGISTRY
        )
        report.unchanged = len(plan.matches) - report.updated
        report.permanent_deferrals_lifted = len(plan.lifted)
        IMPORTS.move(w, current, ImportStatus.APPLIED)
        w.log(IMPORT_ACTION, "donor", "*", _import_note(report))


def _look_again(db: Database, plan: Plan, batch: int) -> None:
    """Donors written on this laptop since the snapshot (a check-in, a screening, a
    registration): their changes are worked out again from what they are now, and a
    line that no longer matches as planned refuses the file."""
    changed = donor_queries.changed_since(db, plan.audit_mark)
    if "*" in changed:  # another registry import went through meanwhile
        raise _Refused([LineError(0, None, Problem("registry_changed"))])
    errors = []
    matched = [plan.matches[i] for i in changed if i in plan.matches]
    if matched:
        by_national, by_old, known = keys_for(db, [m.row for m in matched])
        now = donor_queries.by_ids(db, [m.donor_id for m in matched])
        local = locally_set_fields(db, [m.donor_id for m in matched])
        held = held_donations(db, [m.donor_id for m in matched])
        plan.held.update({m.donor_id: held.get(m.donor_id, []) for m in matched})
        for match in matched:
            donor_id, problem = match_row(match.row, known, by_national, by_old)
            if problem is not None or donor_id != match.donor_id:
                errors.append(_registered_meanwhile(match))
            else:
                work_out(plan, now[donor_id], match, local)
    others = donor_queries.by_ids(db, [i for i in changed if i not in plan.matches])
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
