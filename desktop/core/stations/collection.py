"""The collection station: recording a unit against the donor who gave it.

A donation is one transaction: the DIN is checked and marked used (voided when no
blood was drawn: its labels never go on another bag), the donation row (with any
adverse reaction) is written, and its consequences follow (``lifecycle.donations``):
the ticket moves on, the donation in the chair (``collection_chair``) is closed and,
when blood was drawn, the donor's history is brought forward so the next drive's
interval check uses it.
"""

from sqlite_utils import Database

from db import donations as donation_queries
from db import donors as donor_queries
from db import installation
from db import screenings as screening_queries
from db import started_donations as started_queries
from db import visits as visit_queries
from db.records import write_transaction
from desktop.core.domain.audit_notes import AuditNote as N
from desktop.core.domain.audit_notes import audit_note
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.records import Donor, Drive, QueueEntry, Visit
from desktop.core.domain.text import note_text, reason_text, required_reason
from desktop.core.domain.vocabulary import (
    BagType,
    DonationOutcome,
    DonationType,
    DriveStatus,
    StaffRole,
    StartedStatus,
    VisitStatus,
)
from desktop.core.foundation.base_service import Service
from desktop.core.foundation.events import EventBus, Topic
from desktop.core.foundation.session import Session
from desktop.core.foundation.settings import SettingsService
from desktop.core.lifecycle.donations import (
    after_recording,
    blood_drawn,
    history_before,
    leave_chair,
)
from desktop.core.stations.collection_chair import Started, StartedDonation
from desktop.core.stations.collection_form import (
    MAX_VOLUME_ML,
    BagLots,
    DonationForm,
    DonationRecord,
    ReactionForm,
    check_reaction,
    check_times,
    check_volume,
    minutes_between,
)
from desktop.core.stations.collection_times import (
    DEFAULT_MAX_MINUTES,
    DEFAULT_MIN_MINUTES,
    MAX_MINUTES_KEY,
    MIN_MINUTES_KEY,
    Duration,
    DurationLimits,
    check_limits,
    clock_time,
    duration,
    utc_text,
)
from desktop.core.stations.din_allocation import DinService, ScanCheck
from desktop.core.stations.drives import open_drive

__all__ = [
    "MAX_VOLUME_ML",
    "BagLots",
    "CollectionService",
    "DonationForm",
    "DonationRecord",
    "DurationLimits",
    "ReactionForm",
    "StartedDonation",
    "clock_time",
]


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
    def limits(self) -> DurationLimits:
        """The collection times below or above which the nurse must confirm (minutes)."""
        return DurationLimits(
            self._minutes_setting(MIN_MINUTES_KEY, DEFAULT_MIN_MINUTES),
            self._minutes_setting(MAX_MINUTES_KEY, DEFAULT_MAX_MINUTES),
        )

    def _minutes_setting(self, key: str, default: int) -> int:
        value = self.settings.get(key)
        return int(value) if value and value.isdigit() else default

    def set_limits(self, minimum: str, maximum: str) -> DurationLimits:
        """Both limits, checked together (the minimum stays below the maximum); a site
        setting (administrator only)."""
        self.session.require(StaffRole.ADMIN)
        limits = check_limits(minimum, maximum)
        if isinstance(limits, list):
            raise UserError(*limits)
        for key, value in ((MIN_MINUTES_KEY, limits.minimum), (MAX_MINUTES_KEY, limits.maximum)):
            if self.settings.get(key) != str(value):
                self.settings.set(key, str(value))
        return limits

    def duration(self, drive: Drive, started: str, ended: str) -> Duration:
        """How long the typed times make the collection, and what is wrong with it."""
        day = drive.drive_date
        return duration(clock_time(started, day), clock_time(ended, day), self.limits)

    def queue(self, drive: Drive) -> list[QueueEntry]:
        """Accepted donors waiting to give (not in the chair), with the approved volume."""
        chair = {row["visit_id"] for row in self._chair_rows(drive)}
        return [entry for entry in self._accepted(drive.id) if entry.visit.id not in chair]

    def _accepted(self, drive_id: str) -> list[QueueEntry]:
        rows = screening_queries.screened_queue(self.db, drive_id, VisitStatus.ACCEPTED)
        return [QueueEntry.from_row(row) for row in rows]

    def _chair_rows(self, drive: Drive) -> list[dict]:
        return started_queries.for_drive(self.db, drive.id, StartedStatus.STARTED)

    # --- donations in the chair -----------------------------------------------------

    def in_chair(self, drive: Drive) -> list[StartedDonation]:
        """The drive's donations started and not yet recorded, earliest start first."""
        entries = {entry.visit.id: entry for entry in self._accepted(drive.id)}
        device = self._device_id()
        return [
            StartedDonation.from_row(row, entries[row["visit_id"]], device)
            for row in self._chair_rows(drive)
            if row["visit_id"] in entries
        ]

    def in_chair_here(self) -> int:
        """How many donations this laptop started and has not recorded (open drives)."""
        rows = started_queries.on_device(
            self.db, self._device_id(), StartedStatus.STARTED, DriveStatus.OPEN
        )
        return len(rows)

    def _device_id(self) -> str:
        return installation.device_id(self.db)

    def started(self, visit_id: str) -> StartedDonation | None:
        """The donation in the chair for this ticket, if one was started."""
        row = started_queries.in_status_for_visit(self.db, visit_id, StartedStatus.STARTED)
        if row is None:
            return None
        ticket = screening_queries.screened_ticket(self.db, visit_id, VisitStatus.ACCEPTED)
        if ticket is None:
            return None
        return StartedDonation.from_row(row, QueueEntry.from_row(ticket), self._device_id())

    def start(
        self, visit_id: str, *, din: str | None = None, started: str | None = None
    ) -> Started:
        """Write the donation in the chair at once: the DIN scanned on the bag (checked as
        at recording) and the start time (``hh:mm``). None leaves a value as it is; ""
        clears it. UserError, with nothing written, when a value is refused."""
        self.session.require(StaffRole.NURSE)
        with write_transaction(self.db, self.session.actor) as w:
            visit, _donor, drive = self._context(visit_id)
            changes, warnings = self._chair_values(drive, visit.id, din, started)
            row = started_queries.in_status_for_visit(self.db, visit.id, StartedStatus.STARTED)
            if row is not None:
                w.update("started_donation", row["id"], changes)
            elif any(changes.values()):
                values = {"visit_id": visit.id, "drive_id": drive.id, **changes}
                w.insert("started_donation", values, action="start")
        self.bus.publish(Topic.DONATIONS)
        return Started(self.started(visit_id), warnings)

    def _chair_values(
        self, drive: Drive, visit_id: str, din: str | None, started: str | None
    ) -> tuple[dict, list[Problem]]:
        changes: dict = {}
        warnings: list[Problem] = []
        problems: list[Problem] = []
        if din is not None:
            changes["din"] = None
            if din.strip():
                try:
                    scan = self.dins.check_scan(drive, din, visit_id)
                    changes["din"], warnings = scan.din.number, scan.warnings
                except UserError as error:
                    problems.extend(error.problems)
        if started is not None:
            moment = clock_time(started, drive.drive_date)
            changes["started_at"] = utc_text(moment) if moment else None
            if started.strip() and moment is None:
                problems.append(Problem("time_invalid", {"value": started.strip()}, "started"))
        if problems:
            raise UserError(*problems)
        return changes, warnings

    def abandon(self, visit_id: str, reason: str) -> None:
        """Take a started donation out of the chair, with the reason; the donor waits to
        give again and the DIN scanned for it stays unused."""
        self.session.require(StaffRole.NURSE)
        reason = required_reason(reason)
        with write_transaction(self.db, self.session.actor) as w:
            visit, _donor, _drive = self._context(visit_id)
            row = started_queries.in_status_for_visit(self.db, visit.id, StartedStatus.STARTED)
            if row is None:
                raise UserError(Problem("not_in_chair"))
            leave_chair(w, visit.id, reason)
        self.bus.publish(Topic.DONATIONS)

    def donations(self, drive: Drive) -> list[DonationRecord]:
        return [DonationRecord.from_row(r) for r in donation_queries.for_drive(self.db, drive.id)]

    def bag_lots(self, drive: Drive) -> BagLots:
        """The bag type and lots to offer: those of the drive's latest donations."""
        return BagLots.from_rows(donation_queries.bag_lots(self.db, drive.id))

    def check_din(self, drive: Drive, text: str, visit_id: str | None = None) -> ScanCheck:
        return self.dins.check_scan(drive, text, visit_id)

    def record(self, visit_id: str, form: DonationForm) -> DonationRecord:
        """Record the unit, its phlebotomist the nurse signed in; UserError (nothing
        written) lists every field that is wrong."""
        self.session.require(StaffRole.NURSE)
        with self.all_or_nothing() as w:
            visit, donor, drive = self._context(visit_id)
            limits = self.limits
            scan, values = self._check(drive, visit.id, form, limits)
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
                note=_confirmation_note(values, limits),
            )
            after_recording(w, row, w.get("visit", visit.id), donor_row)
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

    def _check(
        self, drive: Drive, visit_id: str, form: DonationForm, limits: DurationLimits
    ) -> tuple[ScanCheck | None, dict]:
        """Every field checked at once; the values to store, or UserError."""
        problems: list[Problem] = []
        if form.outcome not in frozenset(DonationOutcome):
            raise ValueError(form.outcome)
        drawn = blood_drawn(form.outcome)
        scan = None
        if form.din.strip():
            try:
                scan = self.dins.check_scan(drive, form.din, visit_id)
            except UserError as error:
                problems.extend(error.problems)
        elif drawn:
            problems.append(Problem("required", field="din"))
        volume = check_volume(form, problems)
        started, ended = check_times(form, drive.drive_date, problems)
        took = duration(started, ended, limits) if drawn else Duration()
        unusual = took.problem is not None and took.problem.code == "duration_unusual"
        if took.problem is not None and not (unusual and form.duration_confirmed):
            problems.append(took.problem)
        if drawn and form.bag_type not in frozenset(BagType):
            problems.append(Problem("required", field="bag_type"))
        reaction = check_reaction(form.reaction, drive.drive_date, problems)
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
            "duration_confirmed": int(unusual),
            "phlebotomist_id": self.session.actor.staff_id,
            "outcome": form.outcome,
            "note": note_text(form.note) or None,
            **reaction,
        }


def _confirmation_note(values: dict, limits: DurationLimits) -> str | None:
    """The audit says, in words, that the nurse confirmed an unusual duration."""
    if not values["duration_confirmed"]:
        return None
    minutes = minutes_between(values["started_at"], values["ended_at"])
    return audit_note(
        N.DURATION_CONFIRMED,
        minutes=f"{minutes:.0f}",
        minimum=limits.minimum,
        maximum=limits.maximum,
    )
