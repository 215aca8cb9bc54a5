"""What the deferral slip and the queue ticket say, from the records: the core gives the
data, ``printing`` lays it out.

The deferral slip names the reasons the donor was told, in words (``eligibility.reasons``);
a permanent deferral names none of them on paper (the doctor explains it in person): a
slip the donor carries home must not spell out a diagnosis.
"""

import json
from typing import TYPE_CHECKING

from sqlite_utils import Database

from db import donors as donor_queries
from db import screenings as screening_queries
from db import visits as visit_queries
from desktop.core.domain.dates import from_iso, local_moment
from desktop.core.domain.desk import ticket_of
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.records import Drive
from desktop.core.domain.vocabulary import ScreeningDecision
from desktop.core.eligibility.engine import Effect
from desktop.core.eligibility.provider import RuleSetProvider
from desktop.core.eligibility.reasons import DOCTOR_DEFERRAL, reason_label
from desktop.core.foundation.base_service import Service
from desktop.core.foundation.events import EventBus
from desktop.core.foundation.session import Session
from desktop.core.foundation.settings import SettingsService

if TYPE_CHECKING:  # they load reportlab: imported where they are made
    from printing.deferral_slip import DeferralSlipData
    from printing.queue_ticket import QueueTicketData

TICKETS_KEY = "checkin_queue_tickets"
TICKET_PRINTER_KEY = "queue_ticket_printer"
PERMANENT_WORDING = "Theo kết quả khám sàng lọc, bác sĩ đã giải thích trực tiếp"
_DEFERRING = {Effect.TEMPORARY, Effect.PERMANENT}


class DonorSlipService(Service):
    def __init__(
        self,
        db: Database,
        bus: EventBus,
        session: Session,
        settings: SettingsService,
        rules: RuleSetProvider,
    ) -> None:
        super().__init__(db, bus, session)
        self.settings = settings
        self.rules = rules

    def deferral_slip(self, drive: Drive, visit_id: str) -> "DeferralSlipData":
        return deferral_slip(self.db, self.rules, drive, visit_id, self.settings.center_contact)

    def queue_ticket(self, drive: Drive, visit_id: str) -> "QueueTicketData":
        return queue_ticket(self.db, drive, visit_id)

    @property
    def print_queue_tickets(self) -> bool:
        """Whether check-in prints a queue ticket on the roll (a setting, off at first)."""
        return self.settings.get(TICKETS_KEY) == "1"

    def set_print_queue_tickets(self, on: bool) -> None:
        if on != self.print_queue_tickets:
            self.settings.set_preference(TICKETS_KEY, "1" if on else "0")

    @property
    def ticket_printer(self) -> str:
        """The roll printer queue tickets go to (chosen once, then used without asking)."""
        return self.settings.get(TICKET_PRINTER_KEY) or ""

    def set_ticket_printer(self, name: str) -> None:
        if name != self.ticket_printer:
            self.settings.set_preference(TICKET_PRINTER_KEY, name)


def deferral_slip(
    db: Database, rules: RuleSetProvider, drive: Drive, visit_id: str, contact: str
) -> "DeferralSlipData":
    """The slip of a donor deferred at this drive's screening, with the site's
    ``contact`` line; refused otherwise."""
    screening = screening_queries.for_visit(db, visit_id)
    visit = visit_queries.get(db, visit_id)
    if visit is None or visit["drive_id"] != drive.id or screening is None or (
        screening["decision"] not in (ScreeningDecision.DEFER_TEMPORARY,
                                      ScreeningDecision.DEFER_PERMANENT)
    ):  # fmt: skip
        raise UserError(Problem("not_deferred"))
    from printing.deferral_slip import DeferralSlipData  # noqa: PLC0415 - reportlab, loaded when printing

    permanent = screening["decision"] == ScreeningDecision.DEFER_PERMANENT
    donor = donor_queries.get(db, visit["donor_id"])
    return DeferralSlipData(
        full_name=donor["full_name"],
        drive_date=drive.drive_date,
        drive_place=", ".join(p for p in (drive.place_name, drive.address) if p),
        reasons=[PERMANENT_WORDING] if permanent else _reasons(screening, rules),
        until=None if permanent else from_iso(screening["deferral_until"]),
        permanent=permanent,
        center_contact=contact,
        ticket=ticket_of(visit),
    )


def _reasons(screening: dict, rules: RuleSetProvider) -> list[str]:
    """Every rule that deferred, in words, once each; the doctor's own reason if none."""
    codes = [
        finding["rule"]
        for finding in json.loads(screening["reasons"] or "[]")
        if finding.get("effect") in _DEFERRING
    ] or [screening["deferral_reason"] or DOCTOR_DEFERRAL]
    names = [reason_label(code, "vi", rules.current) for code in codes]
    return list(dict.fromkeys(names))


def queue_ticket(db: Database, drive: Drive, visit_id: str) -> "QueueTicketData":
    from printing.queue_ticket import QueueTicketData  # noqa: PLC0415 - reportlab, loaded when printing

    visit = visit_queries.get(db, visit_id)
    if visit is None or visit["drive_id"] != drive.id:
        raise UserError(Problem("visit_not_found"))
    donor = donor_queries.get(db, visit["donor_id"])
    return QueueTicketData(
        ticket=ticket_of(visit),
        full_name=donor["full_name"],
        checked_in_at=local_moment(visit["checked_in_at"]),
        drive_code=drive.code,
        drive_place=drive.place_name,
    )
