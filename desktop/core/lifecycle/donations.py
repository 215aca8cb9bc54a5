"""A donation's outcome and what it carries with it.

Recording a donation moves its ticket (donated, or not collected) and, when blood was
drawn, brings the donor's history forward (the count only for a complete one); the
donor's history as it was is kept on the donation. Amending the outcome later carries
the same consequences backwards: out of "complete" the donor's count goes down and the
certificate issued for it is voided with the amendment's reason; into "not collected"
the ticket says so, the DIN on the bag is voided (never given again) and the donor's
last donation goes back to what it was (the donor's history is always recomputed by
the one rule of ``counters`` from the donations held, never stepped by hand). A move
that cannot be undone this way (a unit recorded as not collected cannot become a
collected one) is refused.

A donation in the chair (started, not yet recorded) ends with its ticket: recorded
with the donation, or abandoned with the reason when the ticket leaves the collection
queue another way (the donor left, the decision was reopened).
"""

import json

from db import certificates as certificate_queries
from db import dins as din_queries
from db import started_donations as started_queries
from db.records import Writer
from desktop.core.domain.audit_notes import AuditNote as N
from desktop.core.domain.audit_notes import audit_note
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.vocabulary import (
    CertificateStatus,
    DinStatus,
    DonationOutcome,
    StartedStatus,
    VisitStatus,
)
from desktop.core.lifecycle.counters import recount
from desktop.core.lifecycle.machines import (
    CERTIFICATE_IN_FORCE,
    CERTIFICATES,
    DINS,
    DONATIONS,
    STARTED_DONATIONS,
    VISITS,
)

TICKET_AFTER = {
    DonationOutcome.COMPLETE: VisitStatus.DONATED,
    DonationOutcome.INCOMPLETE: VisitStatus.DONATED,
    DonationOutcome.NOT_COLLECTED: VisitStatus.NOT_COLLECTED,
}
HISTORY_FIELDS = ("last_donation_date", "last_donation_type", "donation_count")


def blood_drawn(outcome: str) -> bool:
    return outcome != DonationOutcome.NOT_COLLECTED


def require_volume(outcome: str, volume_ml: int | None) -> None:
    """A unit with blood in it has a volume; one with none has no volume."""
    if blood_drawn(outcome) and not volume_ml:
        raise UserError(Problem("required", field="volume"))
    if not blood_drawn(outcome) and volume_ml:
        raise UserError(Problem("volume_not_collected", field="volume"))


def history_before(donor: dict) -> str:
    """The donor's history as it is, to keep on the donation that changes it."""
    return json.dumps({name: donor[name] for name in HISTORY_FIELDS})


def after_recording(w: Writer, donation: dict, visit: dict, donor: dict) -> None:
    """The consequences of a donation just recorded, in the same transaction."""
    refusal = Problem("not_accepted", {"status": visit["status"]})
    outcome = donation["outcome"]
    VISITS.move(w, visit, TICKET_AFTER[outcome], refusal=refusal)
    started = started_queries.in_status_for_visit(w.db, visit["id"], StartedStatus.STARTED)
    if started is not None:
        changes = {"donation_id": donation["id"]}
        STARTED_DONATIONS.move(w, started, StartedStatus.RECORDED, changes=changes, action="record")
    if not blood_drawn(outcome):
        return
    # The next drive's interval runs from today; only a complete donation counts.
    recount(w, donor["id"], note=audit_note(N.DONATION_COUNTED), local_changed_at=w.now)


def leave_chair(w: Writer, visit_id: str, reason: str) -> None:
    """The ticket leaves the collection queue without a unit: the donation started for
    it, if any, is abandoned with the same reason (its DIN was never marked used)."""
    started = started_queries.in_status_for_visit(w.db, visit_id, StartedStatus.STARTED)
    if started is not None:
        changes = {"abandon_reason": reason}
        STARTED_DONATIONS.move(
            w, started, StartedStatus.ABANDONED, changes=changes, note=reason, action="abandon"
        )


def change_outcome(w: Writer, donation: dict, target: DonationOutcome, reason: str) -> dict:
    """Amend the outcome of a recorded donation with every consequence, or refuse."""
    current = donation["outcome"]
    if target == current:
        return donation
    require_volume(target, None if not blood_drawn(target) else donation["volume_ml"])
    refusal = Problem("outcome_not_amendable", {"from": current, "to": target})
    row = DONATIONS.move(w, donation, target, refusal=refusal, note=reason, action="amend")
    # Only complete donations count, and one not collected is no last donation.
    recount(w, donation["donor_id"], note=reason, action="amend", local_changed_at=w.now)
    if current == DonationOutcome.COMPLETE:
        _void_certificate(w, donation["id"], reason)
    if not blood_drawn(target):
        _undo_collection(w, donation, reason)
    return row


def _void_certificate(w: Writer, donation_id: str, reason: str) -> None:
    """A certificate is for a complete donation only (a serial reserved for it too)."""
    row = certificate_queries.in_force_for(w.db, donation_id, CERTIFICATE_IN_FORCE)
    if row is not None:
        changes = {"void_reason": reason}
        CERTIFICATES.move(
            w, row, CertificateStatus.VOIDED, changes=changes, note=reason, action="void"
        )


def _undo_collection(w: Writer, donation: dict, reason: str) -> None:
    """No blood was drawn after all: the ticket, the DIN and the donor's last donation."""
    visit = w.get("visit", donation["visit_id"])
    VISITS.move(w, visit, VisitStatus.NOT_COLLECTED, note=reason, action="amend")
    w.update("donation", donation["id"], {"volume_ml": None}, note=reason, action="amend")
    din = din_queries.by_number(w.db, donation["din"]) if donation["din"] else None
    if din is not None and din["status"] == DinStatus.USED:
        changes = {"void_reason": reason}
        DINS.move(w, din, DinStatus.VOIDED, changes=changes, note=reason, action="void")
