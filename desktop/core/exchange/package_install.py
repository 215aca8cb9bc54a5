"""Installing a drive package at the site: all of it or none of it, and the desk never
waits for it for more than a moment.

1. Refusals, before anything is written (``package_checks``): a package addressed to
   another device, older than the one installed, or under an installed number with
   other content; a rule set whose hash or validation cases fail; any registry line
   that is not valid; a drive code, DIN block or desk letter that clashes with what
   this laptop did. The same package again is a no-op.
2. The registry's new donors are staged unseen, as the registry import stages them
   (``registry.importer``: the same code, a short transaction at a time).
3. One short transaction, the registry import's switch: the registry's changes to
   known donors (its local-wins rules), then the rest of the package: drives,
   assignments and number blocks as the center stored them (``MergeWriter``: their
   origin stamps kept; a drive this laptop changed since keeps its local version, which
   is newer and based on the center's), the rule set, the desk letter, the
   acknowledgement (the export's mark) and the package's row.

A refusal, a failure at any point (also a constraint the database enforces at the
commit) or a cancel leaves the records as they were; what was staged is removed.
"""

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from db import drives as drive_queries
from db import package_installs as package_queries
from db.driver import sqlite3
from db.merge_writer import MergeWriter
from db.records import Writer, write_transaction
from db.stamps import new_id
from desktop.core.domain.audit_notes import AuditNote as N
from desktop.core.domain.audit_notes import audit_note
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.records import Drive
from desktop.core.domain.vocabulary import AssignmentStatus, BlockStatus, StaffRole
from desktop.core.eligibility.provider import RuleSetProvider
from desktop.core.exchange.acknowledgement import Acknowledged, acknowledge, behind_the_center
from desktop.core.exchange.package_checks import (
    OwnNumbers,
    PackageRefused,
    RuleSetChange,
    already_installed,
    check_numbers,
    registry_of,
    rule_set_of,
)
from desktop.core.exchange.package_contents import PackageContents
from desktop.core.exchange.package_file import open_package, site_keys
from desktop.core.foundation.base_service import storage_refusals
from desktop.core.foundation.events import EventBus, Topic
from desktop.core.foundation.progress import QUIET, Progress
from desktop.core.foundation.rule_set_store import RuleSetStore, put_rule_set
from desktop.core.foundation.session import Session, long_job
from desktop.core.foundation.settings import (
    DESK_LETTER_KEY,
    DIN_BLOCK_FIRST_KEY,
    DIN_BLOCK_LAST_KEY,
    SettingsService,
    put_setting,
)
from desktop.core.foundation.shared_interpreter import sharing_the_interpreter
from desktop.core.registry.importer import ImportReport, RegistryImporter
from desktop.core.stations.din_allocation import FIN_KEY

INSTALL_ACTION = "package_install"
WITHDRAWN = {AssignmentStatus.WITHDRAWN, BlockStatus.WITHDRAWN}
RECEIVED_TABLES = ("drive", "drive_assignment", "number_block")  # referred ones first


@dataclass
class RowCounts:
    """What a table's received rows did here."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_local: int = 0  # a version this laptop made since stays


@dataclass
class PackageReport:
    file_name: str
    number: int
    already_installed: bool = False  # the same package again: nothing was done
    registry: ImportReport | None = None  # None: the package carried no registry lines
    rows: dict[str, RowCounts] = field(default_factory=dict)  # drives, assignments, blocks
    rule_set: str | None = None  # the version installed (None: none, or the one in force)
    rule_set_cases: int = 0  # its validation cases, all passed
    desk_letter: str | None = None  # the new desk letter, when it changed
    acknowledged: Acknowledged = field(default_factory=Acknowledged)
    restored: bool = False  # this database was a restored copy: a new incarnation began
    switch_s: float = 0.0  # the write lock of the one transaction that installed it
    drives: list[Drive] = field(default_factory=list)  # the package's drives, as now held here
    blocks: list[dict] = field(default_factory=list)  # this laptop's active blocks it carried
    withdrawn_blocks: list[dict] = field(default_factory=list)  # ... and those withdrawn
    withdrawn_from: int = 0  # drives this laptop was taken off


@dataclass(frozen=True)
class _Checked:
    registry: Path | None  # the package's registry file, None when it carries no lines
    rule_set: RuleSetChange | None
    restored: bool


class _InstalledMeanwhile(Exception):
    """The same package was installed by another run while this one staged."""


class PackageInstaller:
    """Installs drive packages on its own database connection, so it can run on a
    worker thread while the desk goes on."""

    def __init__(self, connect: Callable[[], Database], bus: EventBus, session: Session) -> None:
        self.connect = connect
        self.bus = bus
        self.session = session

    @long_job
    def install_file(
        self, path: str | Path, progress: Progress = QUIET, workdir: Path | None = None
    ) -> PackageReport:
        """Open the package file ``path`` with this laptop's keys (``package_file``:
        refused before anything is decrypted unless the center signed it, and unless it
        is whole and addressed here), then install it. Raises UserError
        (``PackageRejected``, ``PackageRefused``: nothing installed) or Cancelled."""
        self.session.require(StaffRole.ADMIN)
        db = self.connect()
        try:
            keys = site_keys(db)
        finally:
            db.close()
        progress.step("open", 0, 1)
        with open_package(Path(path), keys, workdir) as contents:
            progress.step("open", 1, 1)
            return self.install(contents, progress)

    @long_job
    def install(self, contents: PackageContents, progress: Progress = QUIET) -> PackageReport:
        """Install an opened package (see the module docstring), while it is open (its
        registry file is read); raises UserError (a refusal; ``PackageRefused`` with
        the registry's lines) or Cancelled, nothing installed."""
        self.session.require(StaffRole.ADMIN)
        report = PackageReport(contents.file_name, contents.number)
        with storage_refusals(), sharing_the_interpreter():  # the desk goes on meanwhile
            checked = self._check(contents, progress)
            if checked is None:
                report.already_installed = True
                return report
            report.restored = checked.restored
            try:
                self._install(contents, checked, report, progress)
            except _InstalledMeanwhile:
                return PackageReport(contents.file_name, contents.number, already_installed=True)
            except sqlite3.IntegrityError as error:  # a row the schema refuses
                raise UserError(Problem("package_not_applicable", {"detail": str(error)})) from None
        self.bus.publish(Topic.DRIVES, Topic.DINS, Topic.SETTINGS)
        return report

    def _check(self, contents: PackageContents, progress: Progress) -> _Checked | None:
        db = self.connect()
        try:
            if already_installed(db, contents):
                return None
            rules = RuleSetProvider(RuleSetStore(db, self.bus, self.session))
            rule_set = rule_set_of(rules, contents)
            check_numbers(db, contents, self._own_numbers(db))
            registry = registry_of(contents)
            progress.check()
            restored = behind_the_center(db, self.session.actor, contents.acknowledgements)
            return _Checked(registry, rule_set, restored)
        finally:
            db.close()

    def _install(
        self,
        contents: PackageContents,
        checked: _Checked,
        report: PackageReport,
        progress: Progress,
    ) -> None:
        def on_switch(w: Writer) -> None:
            self._switch(w, contents, checked, report)

        if checked.registry is None:
            db = self.connect()
            try:
                progress.check()
                started = time.perf_counter()
                with write_transaction(db, self.session.actor) as w:
                    on_switch(w)
                report.switch_s = time.perf_counter() - started
            finally:
                db.close()
            return
        importer = RegistryImporter(self.connect, self.bus, self.session)
        name = f"{contents.file_name}:registry.csv"
        registry = importer.import_file(
            checked.registry, progress, file_name=name, on_switch=on_switch
        )
        if not registry.ok:  # lines that cannot be matched beyond doubt
            raise PackageRefused(registry.errors, registry.error_count)
        report.registry, report.switch_s = registry, registry.switch_s

    def _switch(
        self, w: Writer, contents: PackageContents, checked: _Checked, report: PackageReport
    ) -> None:
        """Inside the one transaction, after the registry's changes."""
        if already_installed(w.db, contents):
            raise _InstalledMeanwhile
        check_numbers(w.db, contents, self._own_numbers(w.db))
        report.acknowledged = acknowledge(w, contents.acknowledgements)
        merge = MergeWriter(w, contents.file_name)
        this_device = w.device_id
        for table in RECEIVED_TABLES:
            rows = _of_drives_held(merge, _rows(contents, table))
            report.rows[table] = _merge_received(merge, table, rows, this_device)
        report.drives = [Drive.from_row(drive_queries.get(w.db, r["id"])) for r in contents.drives]
        report.blocks = [row for row in contents.blocks if row.get("for_device") == this_device
                         and row.get("status") == BlockStatus.ACTIVE]  # fmt: skip
        report.withdrawn_blocks = [row for row in contents.blocks
                                   if row.get("for_device") == this_device
                                   and row.get("status") == BlockStatus.WITHDRAWN]  # fmt: skip
        report.withdrawn_from = sum(
            1 for row in contents.assignments if row.get("for_device") == this_device
            and row.get("status") == AssignmentStatus.WITHDRAWN
        )  # fmt: skip
        if (change := checked.rule_set) is not None:
            put_rule_set(w, change.text, change.identity, change.also, change.table)
            report.rule_set, report.rule_set_cases = change.identity.version, change.cases
        report.desk_letter = self._set_desk_letter(w, contents.desk_letter)
        _record(w, contents, report)

    def _own_numbers(self, db: Database) -> OwnNumbers:
        settings = SettingsService(db, self.bus, self.session)
        return OwnNumbers(settings.get(FIN_KEY) or "", settings.desk_numbers())

    def _set_desk_letter(self, w: Writer, letter: str) -> str | None:
        """The center's letter for this desk; the DIN block it had stays where it was
        (the center enrolled it there), also when it only followed the old letter."""
        numbers = SettingsService(w.db, self.bus, self.session).desk_numbers()
        if not letter or letter == numbers.letter:
            return None
        note = audit_note(N.DESK_LETTER_FROM_CENTER)
        put_setting(w, DIN_BLOCK_FIRST_KEY, str(numbers.din_block_first), note)
        put_setting(w, DIN_BLOCK_LAST_KEY, str(numbers.din_block_last), note)
        put_setting(w, DESK_LETTER_KEY, letter, note)
        return letter


def _rows(contents: PackageContents, table: str) -> list[dict]:
    return {"drive": contents.drives, "drive_assignment": contents.assignments,
            "number_block": contents.blocks}[table]  # fmt: skip


def _of_drives_held(merge: MergeWriter, rows: list[dict]) -> list[dict]:
    """The rows but a withdrawn assignment or block of a drive this laptop does not hold:
    withdrawn before any package brought it here, it has nothing to stop."""
    gone = {row["drive_id"] for row in rows if row.get("drive_id") and row["status"] in WITHDRAWN}
    if not gone:
        return rows
    held = merge.held_rows("drive", sorted(gone))
    return [
        row
        for row in rows
        if row.get("drive_id") not in gone
        or row["status"] not in WITHDRAWN
        or row["drive_id"] in held
    ]


def _merge_received(
    merge: MergeWriter, table: str, rows: list[dict], this_device: str
) -> RowCounts:
    """Write the center's rows as stored there, except where this laptop holds a version
    that is not an earlier one of the same origin (its own change since: it stays)."""
    held = merge.held_rows(table, [row["id"] for row in rows])
    counts = RowCounts()
    taken = []
    for row in rows:
        old = held.get(row["id"])
        if old is None or (
            old["device_id"] == row["device_id"] and old["change_seq"] <= row["change_seq"]
        ):
            taken.append(row)
        elif old["device_id"] == this_device:
            counts.kept_local += 1
        else:
            counts.unchanged += 1  # a later version of the center's is held already
    merged = merge.merge_rows(table, taken)
    counts.new, counts.updated = merged.new, merged.updated
    counts.unchanged += merged.unchanged
    return counts


def _record(w: Writer, contents: PackageContents, report: PackageReport) -> None:
    """The package's row (what makes the same package a no-op and an older one refused)
    and its audit entry."""
    registry = report.registry
    counts = {
        "registry_rows": registry.rows if registry else 0,
        "donors_new": registry.inserted if registry else 0,
        "donors_updated": registry.updated if registry else 0,
        **{table: counts.new + counts.updated for table, counts in report.rows.items()},
        "rule_set": report.rule_set,
    }
    acknowledged = report.acknowledged.current
    row_id = new_id()
    package_queries.record(
        w.db,
        {
            "id": row_id,
            "number": contents.number,
            "file_name": contents.file_name,
            "sha256": contents.sha256,
            "made_at": contents.made_at,
            "counts": counts,
            "acknowledged_seq": acknowledged.through_seq if acknowledged else None,
            "acknowledged_incarnation": acknowledged.incarnation if acknowledged else None,
            "acknowledged_export": acknowledged.export_number if acknowledged else None,
            "acknowledged_at": acknowledged.exported_at if acknowledged else None,
            "installed_at": w.now,
            "installed_by": w.actor.name,
        },
    )
    note = audit_note(
        N.PACKAGE_INSTALLED, file=contents.file_name, sha256=contents.sha256,
        number=contents.number, counts=counts,
    )  # fmt: skip
    w.log(INSTALL_ACTION, "package_install", row_id, note)
