"""The center's lists as a person reads them: each quarantined unit with its donor,
drive and site; each conflict with its versions side by side and what differs between
them; each person to review with the two records. Read-only: the decisions are
``CenterService``'s."""

import datetime as dt
import json
from dataclasses import dataclass, field

from db import center_views as queries
from desktop.core.domain.problems import Problem
from desktop.core.domain.vocabulary import (
    CenterImportStatus,
    ConflictStatus,
    QuarantineReason,
    QuarantineStatus,
    ReviewStatus,
)
from desktop.core.exchange.audit_anchor import stored_problem
from desktop.core.exchange.center import CenterService
from desktop.core.exchange.center_files import rejection_problem
from desktop.core.exchange.center_people import (
    PeopleFound,
    PersonDonation,
    donations_of,
    find_people,
)
from desktop.core.exchange.versions import REGISTRY_DEVICE
from desktop.core.stations.donors import DonorService

# Columns every row has that say nothing about what the record is.
BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "device_id", "change_seq", "_base"})
# The column naming a record of each table, for the lists.
LABEL_COLUMNS = {
    "donor": "full_name",
    "donation": "din",
    "drive": "code",
    "certificate": "serial",
    "din": "number",
    "staff": "full_name",
}


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text[:10]) if text else None


@dataclass(frozen=True)
class QuarantineEntry:
    id: str
    donation_id: str
    din: str  # the unit's DIN, or the one held aside when it was seen twice
    donor_name: str
    national_id: str
    site_code: str
    device_name: str
    device_id: str  # the laptop that recorded the unit (its site may not be enrolled)
    drive_code: str
    donation_date: dt.date | None
    reason: QuarantineReason
    params: dict
    status: QuarantineStatus
    decided_by: str  # the person's name
    decided_at: str | None
    decision_reason: str

    @classmethod
    def from_row(cls, row: dict) -> "QuarantineEntry":
        return cls(
            id=row["id"],
            donation_id=row["donation_id"],
            din=row["din"] or row["held_din"] or "",
            donor_name=row["donor_name"] or "",
            national_id=row["national_id"] or "",
            site_code=row["site_code"] or "",
            device_name=row["device_name"] or "",
            device_id=row["donation_device"] or "",
            drive_code=row["drive_code"] or "",
            donation_date=_date(row["drive_date"] or row["started_at"] or row["donation_made"]),
            reason=QuarantineReason(row["reason"]),
            params=json.loads(row["params"] or "{}"),
            status=QuarantineStatus(row["status"]),
            decided_by=row["decided_by_name"] or "",
            decided_at=row["decided_at"],
            decision_reason=row["decision_reason"] or "",
        )


@dataclass(frozen=True)
class ConflictHead:
    """One version in conflict: where it comes from and its content."""

    stamp: str  # "<device>:<change_seq>", what resolve_conflict takes
    device_id: str
    change_seq: int
    epoch: int  # above 0: made after the laptop was restored from a backup
    site_code: str
    device_name: str
    desk_letter: str
    from_registry: bool
    from_center: bool
    received_at: str
    content: dict


@dataclass(frozen=True)
class ConflictEntry:
    id: str
    table: str
    record_id: str
    label: str  # a donor's name, a unit's DIN, a drive's code…
    heads: list[ConflictHead]
    chosen: str  # the stamp of the head the row shows until a person chooses
    status: ConflictStatus
    resolved_by: str
    resolved_at: str | None
    resolution: str | None
    decision_reason: str
    differing: list[str] = field(default_factory=list)  # columns whose values differ


@dataclass(frozen=True)
class ReviewEntry:
    id: str
    first: dict  # the donor rows (with site_code, device_name, donation_dates)
    second: dict
    status: ReviewStatus
    decided_by: str
    decided_at: str | None
    decision_reason: str


@dataclass(frozen=True)
class ImportRecord:
    """One file the center was given (a row of ``center_import``)."""

    id: str
    file_name: str
    status: CenterImportStatus
    problem: Problem | None  # why it was rejected
    site_code: str
    device_name: str
    device_id: str
    export_number: int | None
    counts: dict[str, int]  # new, unchanged, updated, conflicting
    flags: int
    imported_at: str
    imported_by: str
    audit_problem: Problem | None = None  # its audit trail did not continue the anchor
    audit_restore: Problem | None = None  # it comes from a laptop restored from a backup

    @classmethod
    def from_row(cls, row: dict) -> "ImportRecord":
        return cls(
            id=row["id"],
            file_name=row["file_name"],
            status=CenterImportStatus(row["status"]),
            problem=rejection_problem(row["reason"]),
            site_code=row["site_code"] or "",
            device_name=row["device_name"] or "",
            device_id=row["source_device_id"] or "",
            export_number=row["export_number"],
            counts=json.loads(row["counts"] or "{}"),
            flags=row["flags"],
            imported_at=row["imported_at"],
            imported_by=row["imported_by"],
            audit_problem=stored_problem(row.get("audit_chain")),
            audit_restore=stored_problem(row.get("audit_chain"), "restore"),
        )


class CenterViews:
    """Reads the center's lists for its window (the center's own database only)."""

    def __init__(self, center: CenterService, donors: DonorService) -> None:
        self.center = center
        self.donors = donors
        self.db = center.db

    def people(self, raw: str) -> PeopleFound:
        """The registry tab's search: each person once, with the sites that saw them."""
        return find_people(self.db, self.donors, raw)

    def donations(self, donor_id: str) -> list[PersonDonation]:
        """A person's donations at every site, newest first."""
        return donations_of(self.db, donor_id)

    def imports(self) -> list[ImportRecord]:
        """Every file the center was given, newest first."""
        return [ImportRecord.from_row(row) for row in queries.imports(self.db)]

    def quarantine(self, status: QuarantineStatus = QuarantineStatus.HELD) -> list[QuarantineEntry]:
        return [QuarantineEntry.from_row(r) for r in queries.quarantine_entries(self.db, status)]

    def conflicts(self, status: ConflictStatus = ConflictStatus.OPEN) -> list[ConflictEntry]:
        own = self.db.execute("SELECT device_id FROM installation").fetchone()[0]
        return [self._conflict(row, own) for row in queries.conflict_entries(self.db, status)]

    def _conflict(self, row: dict, own: str) -> ConflictEntry:
        stamps = [head.partition("/")[0] for head in json.loads(row["heads"])]
        parsed = [(s.rpartition(":")[0], int(s.rpartition(":")[2])) for s in stamps]
        found = queries.versions_with_stamps(self.db, row["table_name"], row["record_id"], parsed)
        heads = [
            ConflictHead(
                stamp=f"{v['device_id']}:{v['change_seq']}",
                device_id=v["device_id"],
                change_seq=v["change_seq"],
                epoch=v["epoch"],
                site_code=v["site_code"] or "",
                device_name=v["device_name"] or "",
                desk_letter=v["desk_letter"] or "",
                from_registry=v["device_id"] == REGISTRY_DEVICE,
                from_center=v["device_id"] == own,
                received_at=v["received_at"],
                content=json.loads(v["content"]),
            )
            for v in found
        ]
        columns = sorted({c for h in heads for c in h.content} - BOOKKEEPING)
        differing = [c for c in columns if len({_key(h.content.get(c)) for h in heads}) > 1]
        chosen = next((h for h in heads if h.stamp == row["chosen"].partition("/")[0]), None)
        shown = chosen or (heads[0] if heads else None)
        label_column = LABEL_COLUMNS.get(row["table_name"], "")
        return ConflictEntry(
            id=row["id"],
            table=row["table_name"],
            record_id=row["record_id"],
            label=str((shown.content.get(label_column) if shown else None) or ""),
            heads=heads,
            chosen=row["chosen"].partition("/")[0],
            status=ConflictStatus(row["status"]),
            resolved_by=row["resolved_by_name"] or "",
            resolved_at=row["resolved_at"],
            resolution=row["resolution"],
            decision_reason=row["decision_reason"] or "",
            differing=differing,
        )

    def reviews(self, status: ReviewStatus = ReviewStatus.OPEN) -> list[ReviewEntry]:
        if status == ReviewStatus.OPEN:
            still_open = {review["id"] for review in self.center.reviews()}
            rows = [r for r in queries.reviews(self.db, status) if r["id"] in still_open]
        else:
            rows = queries.reviews(self.db, status)
        donors = queries.donors(self.db, [r[k] for r in rows for k in ("donor_a", "donor_b")])
        return [
            ReviewEntry(
                id=r["id"],
                first=donors.get(r["donor_a"], {"id": r["donor_a"]}),
                second=donors.get(r["donor_b"], {"id": r["donor_b"]}),
                status=ReviewStatus(r["status"]),
                decided_by=r["decided_by_name"] or "",
                decided_at=r["decided_at"],
                decision_reason=r["decision_reason"] or "",
            )
            for r in rows
        ]


def _key(value: object) -> str:
    return json.dumps(value, sort_keys=True)
