"""Check-in: a donor gets a ticket (visit) with the drive's next queue number."""

import datetime as dt
import json
from dataclasses import dataclass, field

from sqlite_utils import Database

from db import visits as visit_queries
from db.records import write_transaction
from desktop.core.domain.desk import parse_ticket_number, ticket_number
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.records import Donor, Drive, QueueEntry, Visit
from desktop.core.domain.text import required_reason
from desktop.core.domain.vocabulary import StaffRole, VisitStatus
from desktop.core.eligibility.checkin_warnings import checkin_warnings, next_eligible
from desktop.core.eligibility.provider import RuleSetProvider
from desktop.core.eligibility.reasons import reason_names
from desktop.core.foundation.base_service import Service, storage_refusals
from desktop.core.foundation.events import EventBus, Topic
from desktop.core.foundation.session import Session
from desktop.core.foundation.settings import SettingsService
from desktop.core.lifecycle.machines import VISITS
from desktop.core.stations.drives import open_drive
from desktop.core.stations.reserved import next_ticket


@dataclass(frozen=True)
class CheckinResult:
    visit: Visit
    created: bool  # False: the donor already had a ticket at this drive
    warnings: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class DonorAssessment:
    """What the check-in desk shows about a donor on the drive's date."""

    warnings: list[Problem]
    # The first day the donor may give again, under the rule set in force: after the
    # interval since the last donation and after any deferral on record (None: nothing
    # holds them back, or never: see permanently_deferred).
    next_eligible: dt.date | None
    deferral_reason: dict[str, str]  # the reason on record in each language; {} if none
    permanently_deferred: bool = False


def _encode_warnings(warnings: list[Problem]) -> str:
    return json.dumps(
        [{"code": w.code, "params": w.params} for w in warnings],
        ensure_ascii=False,
        default=str,
    )


class CheckinService(Service):
    def __init__(
        self,
        db: Database,
        bus: EventBus,
        session: Session,
        rules: RuleSetProvider,
        settings: SettingsService,
    ) -> None:
        super().__init__(db, bus, session)
        self.rules = rules
        self.settings = settings

    def assess(self, donor: Donor, drive: Drive) -> DonorAssessment:
        """Warnings (never blocking: the doctor decides), the next eligible date and the
        deferral reason in words, all under the rule set in force."""
        rules = self.rules.current
        reason = donor.deferral_reason
        permanent = donor.deferral_permanent
        return DonorAssessment(
            warnings=checkin_warnings(rules, donor.facts, drive.drive_date),
            next_eligible=None if permanent else next_eligible(rules, donor.facts),
            deferral_reason=reason_names(reason, rules) if reason else {},
            permanently_deferred=permanent,
        )

    def existing_ticket(self, drive: Drive, donor: Donor) -> Visit | None:
        row = visit_queries.live_visit(self.db, drive.id, donor.id, VisitStatus.VOIDED)
        return Visit.from_row(row) if row else None

    def check_in(self, drive: Drive, donor: Donor) -> CheckinResult:
        """Give the donor the next queue number of this desk's letter (``B12``: each
        desk counts its own, so two laptops at one drive never hand out the same
        ticket), or return the ticket they already hold.

        Warnings never block: they are shown to the clerk and kept on the ticket for the
        screening doctor.
        """
        self.session.require(StaffRole.CLERK)
        rules = self.rules.current
        letter = self.settings.desk_letter
        with storage_refusals(), write_transaction(self.db, self.session.actor) as w:
            current = open_drive(self.db, drive.id)
            existing = visit_queries.live_visit(self.db, drive.id, donor.id, VisitStatus.VOIDED)
            if existing is not None:
                visit = Visit.from_row(existing)
                return CheckinResult(visit, created=False, warnings=visit.warnings)
            warnings = checkin_warnings(rules, donor.facts, current.drive_date)
            row = w.insert(
                "visit",
                {
                    "drive_id": drive.id,
                    "donor_id": donor.id,
                    "queue_letter": letter,
                    "queue_no": next_ticket(self.db, drive.id, letter),
                    "checked_in_at": w.now,
                    "checked_in_by": self.session.actor.staff_id,
                    "status": VisitStatus.WAITING_SCREENING,
                    "warnings": _encode_warnings(warnings),
                },
            )
        self.bus.publish(Topic.VISITS)
        return CheckinResult(Visit.from_row(row), created=True, warnings=warnings)

    def find_ticket(self, drive: Drive, text: str) -> Visit:
        """The ticket of the drive with the number typed or scanned: ``B12``, ``b12``, or
        a plain ``12`` for this desk's letter."""
        parsed = parse_ticket_number(text, self.settings.desk_letter)
        row = visit_queries.by_ticket(self.db, drive.id, *parsed) if parsed else None
        if row is None:
            shown = ticket_number(*parsed) if parsed else text.strip()
            raise UserError(Problem("ticket_not_found", {"number": shown}))
        return Visit.from_row(row)

    def void_ticket(self, visit_id: str, reason: str) -> None:
        """Void a ticket issued by mistake (the wrong person was checked in), before
        screening; the donor may then be checked in again. The ticket stays on record."""
        self.session.require(StaffRole.CLERK)
        reason = required_reason(reason)
        with write_transaction(self.db, self.session.actor) as w:
            visit = visit_queries.get(self.db, visit_id)
            if visit is None:
                raise UserError(Problem("visit_not_found"))
            open_drive(self.db, visit["drive_id"])
            refusal = Problem("ticket_not_voidable", {"status": visit["status"]})
            changes = {"void_reason": reason}
            VISITS.move(w, visit, VisitStatus.VOIDED, refusal=refusal, changes=changes,
                        note=reason, action="void")  # fmt: skip
        self.bus.publish(Topic.VISITS)

    def waiting_for_screening(self, drive: Drive) -> list[QueueEntry]:
        rows = visit_queries.queue(self.db, drive.id, VisitStatus.WAITING_SCREENING)
        return [QueueEntry.from_row(row) for row in rows]

    def counts(self, drive: Drive) -> dict[VisitStatus, int]:
        """Tickets of the drive by status (voided ones excluded)."""
        counts = visit_queries.status_counts(self.db, drive.id, VisitStatus.VOIDED)
        return {VisitStatus(status): count for status, count in counts.items()}
