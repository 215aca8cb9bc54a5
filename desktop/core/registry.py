"""Importing the center's donor registry: all of it or none of it.

Donors are matched by national ID (CCCD), else by old CMND for donors known only by
it. Nothing recorded at a drive is lost:

* donors, tickets and every other local record are never deleted or replaced;
* donation history only moves forward (the later last donation and the larger count);
* a field recorded at a drive on this laptop (a phone typed at check-in, a deferral
  from screening) keeps its local value; a deferral recorded here yields only to a
  stricter one from the center;
* an empty cell in the registry never blanks a value the laptop has.
"""

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from db import donors as donor_queries
from db.records import Writer, write_transaction
from desktop.core.events import EventBus, Topic
from desktop.core.registry_file import Cancelled, LineError, Progress, read_registry
from desktop.core.session import Session

HISTORY_FIELDS = ("donation_count", "last_donation_date", "last_donation_type")
DEFERRAL_FIELDS = ("deferral_until", "deferral_permanent", "deferral_reason")
FLAG_FIELDS = ("rare_blood", "reserve_club")
PLAIN_FIELDS = ("national_id", "old_id", "full_name", "birth_date", "sex", "address", "phone")
BLOOD_FIELDS = ("abo", "rh")
IMPORT_ACTION = "registry_import"
_BATCH = 5000
IMPORT_CACHE_KIB = 256 * 1024


@dataclass
class ImportReport:
    file_name: str
    sha256: str = ""
    rows: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[LineError] = field(default_factory=list)
    error_count: int = 0
    seq_range: tuple[int, int] = (0, 0)  # change_seq of the first and last inserted donor

    @property
    def ok(self) -> bool:
        return self.error_count == 0


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
        progress: Progress | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> ImportReport:
        """Check the whole file, then store it in one transaction; raises Cancelled."""
        path = Path(path)
        report = ImportReport(file_name=path.name, sha256=_sha256(path))
        parsed = read_registry(path, progress, cancelled)
        report.rows = len(parsed.rows) + parsed.error_count
        if parsed.error_count:
            report.errors, report.error_count = parsed.errors, parsed.error_count
            return report
        db = self.connect()
        # A big page cache for this one connection: a registry touches every index
        # page of the donor table, and SQLite's default 2 MB cache thrashes at a
        # million rows.
        db.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
        try:
            with write_transaction(db, self.session.actor) as w:
                self._store(w, parsed.rows, report, progress, cancelled)
                w.log(
                    IMPORT_ACTION,
                    "donor",
                    "*",
                    f"{report.file_name} sha256={report.sha256} rows={report.rows}"
                    f" inserted={report.inserted} (change_seq {report.seq_range[0]}"
                    f"-{report.seq_range[1]}) updated={report.updated}",
                )
        finally:
            db.close()
        self.bus.publish(Topic.DONORS)
        return report

    def _store(
        self,
        w: Writer,
        rows: list[dict],
        report: ImportReport,
        progress: Progress | None,
        cancelled: Callable[[], bool],
    ) -> None:
        by_national, by_old = donor_queries.registry_keys(w.db)
        new_rows, matches = [], []
        for row in rows:
            donor_id = by_national.get(row["national_id"]) if row["national_id"] else None
            if donor_id is None and row["old_id"]:
                donor_id = by_old.get(row["old_id"])
            if donor_id is None:
                new_rows.append(row)
            else:
                matches.append((donor_id, row))
        local_fields = _locally_set_fields(w.db)
        total, done = len(rows), 0
        with donor_queries.bulk_insert(w.db):
            for start in range(0, len(new_rows), _BATCH):
                batch = new_rows[start : start + _BATCH]
                stored = w.insert_many(
                    "donor",
                    [{**row, "source": "registry", "registry_imported_at": w.now} for row in batch],
                    audit_each=False,
                )
                first_seq = report.seq_range[0] or stored[0]["change_seq"]
                report.seq_range = (first_seq, stored[-1]["change_seq"])
                done += len(batch)
                _tick(progress, cancelled, done, total)
        report.inserted = len(new_rows)
        for start in range(0, len(matches), _BATCH):
            batch = matches[start : start + _BATCH]
            existing = donor_queries.by_ids(w.db, [donor_id for donor_id, _ in batch])
            updates = [
                (old, merge(old, row, local_fields.get(old["id"], set()), w.now))
                for old, row in ((existing[donor_id], row) for donor_id, row in batch)
            ]
            report.updated += w.update_many("donor", updates, action=IMPORT_ACTION)
            done += len(batch)
            _tick(progress, cancelled, done, total)
        report.unchanged = len(matches) - report.updated


def merge(existing: dict, incoming: dict, local: set[str], now: str) -> dict:
    """The changes a registry row brings to an existing donor (see the module docstring).

    ``local`` names the fields recorded at a drive on this laptop.
    """
    changes = {}
    for name in PLAIN_FIELDS + BLOOD_FIELDS:
        if incoming[name] in (None, "") or (name in local and existing[name] not in (None, "")):
            continue
        changes[name] = incoming[name]
    for name in FLAG_FIELDS:
        if name not in local:
            changes[name] = incoming[name]
    changes.update(_later_history(existing, incoming))
    if local.intersection(DEFERRAL_FIELDS):
        if _deferral_rank(incoming) > _deferral_rank(existing):
            changes.update({name: incoming[name] for name in DEFERRAL_FIELDS})
    else:
        changes.update({name: incoming[name] for name in DEFERRAL_FIELDS})
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


def _deferral_rank(row: dict) -> tuple[int, str]:
    """Orders deferrals from none to permanent; a later until-date is stricter."""
    return (1 if row["deferral_permanent"] else 0, row["deferral_until"] or "")


def _locally_set_fields(db: Database) -> dict[str, set[str]]:
    """donor id -> fields recorded at a drive on this laptop (from the audit trail)."""
    fields: dict[str, set[str]] = {}
    for donor_id, new_values in donor_queries.locally_written_values(db, ("insert", "update")):
        fields.setdefault(donor_id, set()).update(json.loads(new_values))
    return fields


def _tick(progress: Progress | None, cancelled: Callable[[], bool], done: int, total: int) -> None:
    if cancelled():
        raise Cancelled
    if progress:
        progress("write", done, total)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
