"""The collection station: recording a unit against the donor who gave it.

A donation is one transaction: the DIN is checked and marked used (voided when no
blood was drawn: its labels never go on another bag), the donation row (with any
adverse reaction) is written, and its consequences follow (``lifecycle.donations``):
the ticket moves on and, when blood was drawn, the donor's history is brought forward
so the next drive's interval check uses it.
"""

import datetime as dt
import re
from dataclasses import dataclass

from sqlite_utils import Database

from db import donations as donation_queries
from db import donors as donor_queries
from db import screenings as screening_queries
from db import staff as staff_queries
from db import visits as visit_queries
from db.records import write_transaction
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.records import Donor, Drive, QueueEntry, Staff, Visit
from desktop.core.domain.text import note_text, reason_text
from desktop.core.domain.vocabulary import (
    BagType,
    DonationOutcome,
    DonationType,
    ReactionKind,
    ReactionSeverity,
    StaffRole,
    VisitStatus,
)
from desktop.core.foundation.base_service import Service
from desktop.core.foundation.events import EventBus, Topic
from desktop.core.foundation.session import Session
from desktop.core.foundation.settings import SettingsService
from desktop.core.lifecycle.donations import after_recording, blood_drawn, history_before
from desktop.core.stations.din_allocation import DinService, ScanCheck
from desktop.core.stations.drives import open_drive

MAX_MINUTES_KEY = "max_collection_minutes"
DEFAULT_MAX_MINUTES = 15
MAX_VOLUME_ML = 600  # a 450 ml bag with its anticoagulant margin; above is a typing error
PHLEBOTOMIST_ROLES = (StaffRole.NURSE, StaffRole.DOCTOR)
_HHMM = re.compile(r"^\s*(\d{1,2})[:hH.](\d{2})\s*$")


@dataclass(frozen=True)
class ReactionForm:
    kind: str
    severity: str
    at: str  # HH:MM
    action: str = ""
    left_well: bool = True


@dataclass(frozen=True)
class DonationForm:
    """What the nurse records, as typed."""

    din: str = ""
    bag_type: str = BagType.SINGLE
    bag_lot: str = ""
    volume_ml: str = ""
    started: str = ""  # HH:MM on the drive date
    ended: str = ""
    phlebotomist_id: str | None = None
    outcome: str = DonationOutcome.COMPLETE
    reaction: ReactionForm | None = None
    note: str = ""


@dataclass(frozen=True)
class DonationRecord:
    id: str
    visit_id: str
    queue_no: int
    full_name: str
    din: str | None
    bag_type: str | None
    volume_ml: int | None
    started_at: str | None
    ended_at: str | None
    minutes: float | None
    outcome: str
    reaction: str | None
    reaction_severity: str | None
    left_well: bool | None
    phlebotomist: str

    @classmethod
    def from_row(cls, row: dict) -> "DonationRecord":
        return cls(
            id=row["id"],
            visit_id=row["visit_id"],
            queue_no=row["queue_no"],
            full_name=row["full_name"],
            din=row["din"],
            bag_type=row["bag_type"],
            volume_ml=row["volume_ml"],
            started_at=row["started_at"],
            ended_at=row["ended_at"],
            minutes=_minutes(row["started_at"], row["ended_at"]),
            outcome=row["outcome"],
            reaction=row["reaction"],
            reaction_severity=row["reaction_severity"],
            left_well=None if row["left_well"] is None else bool(row["left_well"]),
            phlebotomist=row.get("phlebotomist_name") or "",
        )


def _minutes(started: str | None, ended: str | None) -> float | None:
    if not started or not ended:
        return None
    span = dt.datetime.fromisoformat(ended) - dt.datetime.fromisoformat(started)
    return span.total_seconds() / 60


def clock_time(text: str, day: dt.date) -> dt.datetime | None:
    """``09:15`` (or 9h15, 9.15) on ``day``, in this laptop's time zone."""
    match = _HHMM.match(text or "")
    if not match:
        return None
    hour, minute = int(match[1]), int(match[2])
    if hour > 23 or minute > 59:
        return None
    return dt.datetime.combine(day, dt.time(hour, minute)).astimezone()


def utc_text(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class CollectionService(Service):
    def __init__(
        self,
        db: Database,
        bus: EventBus,
        session: Session,
        settings: SettingsService,
        dins: DinService,
    ) -> None:
        super().__init__(db, bus, session)
        self.settings = settings
        self.dins = dins

    @property
    def max_minutes(self) -> int:
        value = self.settings.get(MAX_MINUTES_KEY)
        return int(value) if value and value.isdigit() else DEFAULT_MAX_MINUTES

    def set_max_minutes(self, text: str) -> int:
        """The collection time above which a donation is flagged (minutes)."""
        value = text.strip()
        if not value.isdigit() or not 5 <= int(value) <= 60:
            raise UserError(Problem("minutes_range", {"min": 5, "max": 60}, "max_minutes"))
        self.settings.set(MAX_MINUTES_KEY, str(int(value)))
        return int(value)

    def queue(self, drive: Drive) -> list[QueueEntry]:
        """Accepted donors waiting to give, with the volume the doctor approved."""
        rows = screening_queries.screened_queue(self.db, drive.id, VisitStatus.ACCEPTED)
        return [QueueEntry.from_row(row) for row in rows]

    def donations(self, drive: Drive) -> list[DonationRecord]:
        return [DonationRecord.from_row(r) for r in donation_queries.for_drive(self.db, drive.id)]

    def phlebotomists(self) -> list[Staff]:
        rows = staff_queries.active_staff(self.db)
        return [Staff.from_row(row) for row in rows if row["role"] in PHLEBOTOMIST_ROLES]

    def check_din(self, drive: Drive, text: str) -> ScanCheck:
        return self.dins.check_scan(drive, text)

    def record(self, visit_id: str, form: DonationForm) -> DonationRecord:
        """Record the unit; UserError (nothing written) lists every field that is wrong."""
        with write_transaction(self.db, self.session.actor) as w:
            visit, donor, drive = self._context(visit_id)
            scan, values = self._check(drive, form)
            if scan is not None:
                self.dins.use(w, drive, scan, blood_drawn=blood_drawn(form.outcome))
            donor_row = w.get("donor", donor.id)
            row = w.insert(
                "donation",
                {
                    "visit_id": visit.id,
                    "donor_id": donor.id,
                    **values,
                    "donor_history_before": history_before(donor_row),
                },
            )
            after_recording(w, row, w.get("visit", visit.id), donor_row, drive.drive_date)
        self.bus.publish(Topic.DONATIONS, Topic.VISITS, Topic.DONORS, Topic.DINS)
        return self.donation(row["id"])

    def donation(self, donation_id: str) -> DonationRecord:
        return DonationRecord.from_row(donation_queries.get(self.db, donation_id))

    def _context(self, visit_id: str) -> tuple[Visit, Donor, Drive]:
        visit_row = visit_queries.get(self.db, visit_id)
        if visit_row is None:
            raise UserError(Problem("visit_not_found"))
        drive = open_drive(self.db, visit_row["drive_id"])
        if visit_row["status"] != VisitStatus.ACCEPTED:
            raise UserError(Problem("not_accepted", {"status": visit_row["status"]}))
        donor_row = donor_queries.get(self.db, visit_row["donor_id"])
        return Visit.from_row(visit_row), Donor.from_row(donor_row), drive

    def _check(self, drive: Drive, form: DonationForm) -> tuple[ScanCheck | None, dict]:
        """Every field checked at once; the values to store, or UserError."""
        problems: list[Problem] = []
        if form.outcome not in frozenset(DonationOutcome):
            raise ValueError(form.outcome)
        drawn = blood_drawn(form.outcome)
        scan = None
        if form.din.strip():
            try:
                scan = self.dins.check_scan(drive, form.din)
            except UserError as error:
                problems.extend(error.problems)
        elif drawn:
            problems.append(Problem("required", field="din"))
        volume = _volume(form, problems)
        started, ended = _times(form, drive.drive_date, problems)
        if drawn and form.bag_type not in frozenset(BagType):
            problems.append(Problem("required", field="bag_type"))
        self._check_phlebotomist(form.phlebotomist_id, problems)
        reaction = _reaction(form.reaction, drive.drive_date, problems)
        if problems:
            raise UserError(*problems)
        return scan, {
            "din": scan.din.number if scan else None,
            "donation_type": DonationType.WHOLE_BLOOD,
            "bag_type": form.bag_type if drawn else None,
            "bag_lot": reason_text(form.bag_lot, "bag_lot", 40) or None,
            "volume_ml": volume,
            "started_at": utc_text(started) if started else None,
            "ended_at": utc_text(ended) if ended else None,
            "phlebotomist_id": form.phlebotomist_id,
            "outcome": form.outcome,
            "note": note_text(form.note) or None,
            **reaction,
        }

    def _check_phlebotomist(self, staff_id: str | None, problems: list[Problem]) -> None:
        row = staff_queries.get(self.db, staff_id) if staff_id else None
        if row is None or not row["active"] or row["role"] not in PHLEBOTOMIST_ROLES:
            problems.append(Problem("phlebotomist_required", field="phlebotomist"))


def _volume(form: DonationForm, problems: list[Problem]) -> int | None:
    text = form.volume_ml.strip()
    if not blood_drawn(form.outcome):
        if text and text != "0":
            problems.append(Problem("volume_not_collected", field="volume"))
        return None
    if not text:
        problems.append(Problem("required", field="volume"))
        return None
    if not text.isdigit() or not 1 <= int(text) <= MAX_VOLUME_ML:
        problems.append(
            Problem("implausible", {"value": text, "min": 1, "max": MAX_VOLUME_ML, "unit": "ml"},
                    "volume")
        )  # fmt: skip
        return None
    return int(text)


def _times(
    form: DonationForm, day: dt.date, problems: list[Problem]
) -> tuple[dt.datetime | None, dt.datetime | None]:
    started, ended = clock_time(form.started, day), clock_time(form.ended, day)
    needed = blood_drawn(form.outcome)
    for name, text, moment in (("started", form.started, started), ("ended", form.ended, ended)):
        if text.strip() and moment is None:
            problems.append(Problem("time_invalid", {"value": text.strip()}, name))
        elif needed and not text.strip():
            problems.append(Problem("required", field=name))
    if started and ended and ended < started:
        problems.append(Problem("end_before_start", field="ended"))
    return started, ended


def _reaction(form: ReactionForm | None, day: dt.date, problems: list[Problem]) -> dict:
    if form is None:
        return {}
    if form.kind not in frozenset(ReactionKind):
        problems.append(Problem("required", field="reaction"))
    if form.severity not in frozenset(ReactionSeverity):
        problems.append(Problem("required", field="reaction_severity"))
    moment = clock_time(form.at, day)
    if moment is None:
        problems.append(Problem("time_invalid", {"value": form.at.strip()}, "reaction_at"))
    return {
        "reaction": form.kind,
        "reaction_severity": form.severity,
        "reaction_at": utc_text(moment) if moment else None,
        "reaction_action": reason_text(form.action, "reaction_action") or None,
        "left_well": int(form.left_well),
    }
