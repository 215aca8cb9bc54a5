"""Importing the center's donor registry: all of it or none of it.

Each line is matched to a donor on this laptop by the center's ``donor_id`` (a record
the center got from a laptop), else by CCCD, else by old CMND. A line that cannot be
matched beyond doubt (an old CMND shared by several donors, a CCCD that belongs to
another donor, two lines for one donor) refuses the whole file like any other bad line.

Nothing recorded at a drive is lost:

* donors, tickets and every other local record are never deleted or replaced;
* donation history only moves forward (the later last donation and the larger count);
* a field recorded at a drive on this laptop (a phone typed at check-in, a deferral
  from screening) keeps its local value; a deferral recorded here yields only to a
  stricter one from the center;
* an empty cell never blanks or lifts anything: a deferral is lifted, and a roster flag
  cleared, only by an explicit 0 from the center. Lifted permanent deferrals are
  counted in the report.
"""

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from db import donors as donor_queries
from db.records import Writer, write_transaction
from desktop.core.domain.problems import Problem
from desktop.core.domain.vocabulary import RecordSource
from desktop.core.foundation.events import EventBus, Topic
from desktop.core.foundation.progress import QUIET, Progress
from desktop.core.foundation.session import Session
from desktop.core.registry.reader import LineError, RegistryFile, file_problem, read_registry

DEFERRAL_FIELDS = ("deferral_until", "deferral_permanent", "deferral_reason")
FLAG_FIELDS = ("rare_blood", "reserve_club")
IDENTITY_FIELDS = ("national_id", "old_id")
PLAIN_FIELDS = ("full_name", "birth_date", "sex", "address", "phone", "abo", "rh")
IMPORT_ACTION = "registry_import"
IMPORT_CACHE_KIB = 256 * 1024
_BATCH = 5000


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
    seq_range: tuple[int, int] = (0, 0)  # change_seq of the first and last inserted donor

    @property
    def ok(self) -> bool:
        return self.error_count == 0


@dataclass(frozen=True)
class Match:
    donor_id: str
    row: dict
    by_donor_id: bool  # the center named our record: its identity numbers are authoritative


@dataclass
class _Plan:
    new_rows: list[dict] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)
    errors: list[LineError] = field(default_factory=list)


class _Refused(Exception):
    """Lines that cannot be matched beyond doubt; the transaction is rolled back."""

    def __init__(self, errors: list[LineError]) -> None:
        super().__init__(len(errors))
        self.errors = errors


class RegistryImporter:
    """Imports a registry file on its own database connection, so it can run on a worker
    thread while the check-in screen keeps reading."""

    def __init__(self, connect: Callable[[], Database], bus: EventBus, session: Session) -> None:
        self.connect = connect
        self.bus = bus
        self.session = session

    def import_file(
        self,
        path: str | Path,
        progress: Progress = QUIET,
    ) -> ImportReport:
        """Check the whole file, then store it in one transaction; raises Cancelled."""
        path = Path(path)
        report = ImportReport(file_name=path.name)
        if problem := file_problem(path):  # before anything opens the file
            report.errors, report.error_count = [LineError(0, None, problem)], 1
            return report
        report.sha256 = _sha256(path)
        parsed = read_registry(path, progress)
        report.rows = len(parsed.rows) + parsed.error_count
        if parsed.error_count:
            report.errors, report.error_count = parsed.errors, parsed.error_count
            return report
        db = self.connect()
        # A big page cache for this one connection: a registry touches every index page
        # of the donor table, and SQLite's default 2 MB cache thrashes at a million rows.
        db.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
        try:
            with write_transaction(db, self.session.actor) as w:
                plan = _plan(db, parsed)
                if plan.errors:
                    raise _Refused(plan.errors)
                self._store(w, plan, report, progress)
                w.log(IMPORT_ACTION, "donor", "*", _import_note(report))
                progress.check()  # the last chance to cancel: nothing is committed yet
        except _Refused as refused:
            report.errors, report.error_count = refused.errors, len(refused.errors)
            return report
        finally:
            db.close()
        self.bus.publish(Topic.DONORS)
        return report

    def _store(
        self,
        w: Writer,
        plan: _Plan,
        report: ImportReport,
        progress: Progress,
    ) -> None:
        local_fields = _locally_set_fields(w.db)
        total, done = len(plan.new_rows) + len(plan.matches), 0
        with donor_queries.bulk_insert(w.db):
            for start in range(0, len(plan.new_rows), _BATCH):
                batch = [_new_donor(row, w.now) for row in plan.new_rows[start : start + _BATCH]]
                stored = w.insert_many("donor", batch, audit_each=False)
                first_seq = report.seq_range[0] or stored[0]["change_seq"]
                report.seq_range = (first_seq, stored[-1]["change_seq"])
                done += len(batch)
                progress.step("write", done, total)
        report.inserted = len(plan.new_rows)
        for start in range(0, len(plan.matches), _BATCH):
            batch = plan.matches[start : start + _BATCH]
            existing = donor_queries.by_ids(w.db, [m.donor_id for m in batch])
            updates = []
            for match in batch:
                old = existing[match.donor_id]
                changes = merge(old, match, local_fields.get(old["id"], set()), w.now)
                if old["deferral_permanent"] and changes.get("deferral_permanent") == 0:
                    report.permanent_deferrals_lifted += 1
                updates.append((old, changes))
            report.updated += w.update_many("donor", updates, action=IMPORT_ACTION)
            done += len(batch)
            progress.step("write", done, total)
        report.unchanged = len(plan.matches) - report.updated


def _plan(db: Database, parsed: RegistryFile) -> _Plan:
    """Match every line to a donor of this laptop, or to none (a new donor)."""
    by_national, by_old = donor_queries.registry_keys(db)
    known_ids = donor_queries.existing_ids(db, [row["id"] for row in parsed.rows if row["id"]])
    plan = _Plan()
    first_line_of: dict[str, int] = {}
    for line, row in zip(parsed.lines, parsed.rows, strict=True):
        donor_id, problem = _match(row, known_ids, by_national, by_old)
        if problem is None and donor_id is not None:
            first = first_line_of.setdefault(donor_id, line)
            if first != line:
                problem = Problem("same_donor_twice", {"first_line": first}, "national_id")
        if problem is not None:
            plan.errors.append(LineError(line, problem.field, problem))
        elif donor_id is None:
            plan.new_rows.append(row)
        else:
            plan.matches.append(Match(donor_id, row, by_donor_id=donor_id == row["id"]))
    return plan


def _match(
    row: dict,
    known_ids: set[str],
    by_national: dict[str, str],
    by_old: dict[str, list[tuple[str, str | None]]],
) -> tuple[str | None, Problem | None]:
    """(the donor this line is about, or None for a new one; a problem, or None)."""
    holder = by_national.get(row["national_id"]) if row["national_id"] else None
    if row["id"] in known_ids:
        if holder not in (None, row["id"]):
            return None, Problem(
                "national_id_elsewhere", {"value": row["national_id"]}, "national_id"
            )
        return row["id"], None
    if holder is not None:
        return holder, None
    candidates = by_old.get(row["old_id"], []) if row["old_id"] else []
    if len(candidates) > 1:
        return None, Problem("old_id_ambiguous", {"value": row["old_id"]}, "old_id")
    if candidates:
        donor_id, national_id = candidates[0]
        if national_id and row["national_id"] and national_id != row["national_id"]:
            return None, Problem(
                "identity_conflict", {"value": row["old_id"], "other": national_id}, "old_id"
            )
        return donor_id, None
    return None, None


def _new_donor(row: dict, now: str) -> dict:
    """A registry line as a new donor: unknown flags are 0."""
    values = {**row, "source": RecordSource.REGISTRY, "registry_imported_at": now}
    for name in (*FLAG_FIELDS, "deferral_permanent"):
        values[name] = values[name] or 0
    return values


def merge(existing: dict, match: Match, local: set[str], now: str) -> dict:
    """The changes a registry line brings to an existing donor (see the module docstring).

    ``local`` names the fields recorded at a drive on this laptop.
    """
    incoming = match.row
    changes = {}
    for name in IDENTITY_FIELDS + PLAIN_FIELDS:
        value = incoming[name]
        keep_local = name in local and existing[name] not in (None, "")
        if match.by_donor_id and name in IDENTITY_FIELDS:
            keep_local = False  # the center corrected the numbers of this very record
        if value not in (None, "") and not keep_local:
            changes[name] = value
    for name in FLAG_FIELDS:
        if incoming[name] is not None and name not in local:
            changes[name] = incoming[name]
    changes.update(_later_history(existing, incoming))
    changes.update(_deferral(existing, incoming, local))
    if "full_name" in changes:
        changes["name_folded"] = incoming["name_folded"]
    changes = {k: v for k, v in changes.items() if existing.get(k) != v}
    if changes:
        changes["registry_imported_at"] = now
    return changes


def _later_history(existing: dict, incoming: dict) -> dict:
    """Donation history never goes backwards: the later last donation, the larger count."""
    changes = {"donation_count": max(existing["donation_count"], incoming["donation_count"])}
    last = incoming["last_donation_date"]
    if last and last >= (existing["last_donation_date"] or ""):
        changes["last_donation_date"] = last
        changes["last_donation_type"] = incoming["last_donation_type"]
    return changes


def _deferral(existing: dict, incoming: dict, local: set[str]) -> dict:
    stated = incoming["deferral_permanent"] is not None or incoming["deferral_until"]
    if not stated:
        return {}  # the center said nothing about a deferral: keep what we know
    if local.intersection(DEFERRAL_FIELDS) and _rank(incoming) <= _rank(existing):
        return {}  # recorded here, and the center's is not stricter
    return {
        "deferral_until": incoming["deferral_until"],
        "deferral_permanent": incoming["deferral_permanent"] or 0,
        "deferral_reason": incoming["deferral_reason"],
    }


def _rank(row: dict) -> tuple[int, str]:
    """Orders deferrals from none to permanent; a later until-date is stricter."""
    return (1 if row["deferral_permanent"] else 0, row["deferral_until"] or "")


def _locally_set_fields(db: Database) -> dict[str, set[str]]:
    """donor id -> fields recorded at a drive on this laptop (from the audit trail)."""
    fields: dict[str, set[str]] = {}
    for donor_id, new_values in donor_queries.locally_written_values(db, ("insert", "update")):
        fields.setdefault(donor_id, set()).update(json.loads(new_values))
    return fields


def _import_note(report: ImportReport) -> str:
    return (
        f"{report.file_name} sha256={report.sha256} rows={report.rows}"
        f" inserted={report.inserted} (change_seq {report.seq_range[0]}-{report.seq_range[1]})"
        f" updated={report.updated}"
    )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
