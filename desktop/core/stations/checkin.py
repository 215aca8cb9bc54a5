"""Check-in: a donor gets a ticket (visit) with the drive's next queue number."""

import json
from dataclasses import dataclass, field

from db import visits as visit_queries
from db.records import write_transaction
from desktop.core.domain.problems import Problem
from desktop.core.domain.records import Donor, Drive, QueueEntry, Visit
from desktop.core.eligibility.checkin_warnings import checkin_warnings
from desktop.core.foundation.base_service import Service
from desktop.core.foundation.events import Topic
from desktop.core.stations.drives import open_drive

WAITING_SCREENING = "waiting_screening"


@dataclass(frozen=True)
class CheckinResult:
    visit: Visit
    created: bool  # False: the donor already had a ticket at this drive
    warnings: list[Problem] = field(default_factory=list)


def _encode_warnings(warnings: list[Problem]) -> str:
    return json.dumps(
        [{"code": w.code, "params": w.params} for w in warnings],
        ensure_ascii=False,
        default=str,
    )


class CheckinService(Service):
    def warnings_for(self, donor: Donor, drive: Drive) -> list[Problem]:
        """What the clerk must be told about this donor on the drive's date."""
        return checkin_warnings(donor.status, drive.drive_date)

    def existing_ticket(self, drive: Drive, donor: Donor) -> Visit | None:
        row = visit_queries.live_visit(self.db, drive.id, donor.id)
        return Visit.from_row(row) if row else None

    def check_in(self, drive: Drive, donor: Donor) -> CheckinResult:
        """Give the donor the next queue number, or return the ticket they already hold.

        Warnings never block: they are shown to the clerk and kept on the ticket for the
        screening doctor.
        """
        with write_transaction(self.db, self.session.actor) as w:
            current = open_drive(self.db, drive.id)
            existing = visit_queries.live_visit(self.db, drive.id, donor.id)
            if existing is not None:
                visit = Visit.from_row(existing)
                return CheckinResult(visit, created=False, warnings=visit.warnings)
            warnings = checkin_warnings(donor.status, current.drive_date)
            row = w.insert(
                "visit",
                {
                    "drive_id": drive.id,
                    "donor_id": donor.id,
                    "queue_no": visit_queries.next_queue_no(self.db, drive.id),
                    "checked_in_at": w.now,
                    "checked_in_by": self.session.actor.staff_id,
                    "status": WAITING_SCREENING,
                    "warnings": _encode_warnings(warnings),
                },
            )
        self.bus.publish(Topic.VISITS)
        return CheckinResult(Visit.from_row(row), created=True, warnings=warnings)

    def waiting_for_screening(self, drive: Drive) -> list[QueueEntry]:
        return [
            QueueEntry.from_row(row)
            for row in visit_queries.queue(self.db, drive.id, WAITING_SCREENING)
        ]

    def counts(self, drive: Drive) -> dict[str, int]:
        """Tickets of the drive by status (voided ones excluded)."""
        return visit_queries.status_counts(self.db, drive.id)
