"""End of day: the drive's figures, its discrepancies, and closing it.

Every discrepancy (a ticket never screened, an accepted donor without a unit, a DIN
allocated and neither used nor voided, a certificate serial reserved and never
confirmed printed) has to be explained by a note, or settled (unused DINs voided range
by range, reserved serials voided), before the drive closes. A note explains the items
it was written for: if more appear afterwards, they need a note of their own. Closing
locks the drive's records; a correction afterwards is an audited amendment with a
reason, and nothing is ever deleted. The end-of-day report gives the figures signed off
with the name of who closed the drive.
"""

import json
from dataclasses import dataclass, field

from sqlite_utils import Database

from db import certificates as certificate_queries
from db import dins as din_queries
from db import donations as donation_queries
from db import started_donations as started_queries
from db import visits as visit_queries
from db.records import write_transaction
from desktop.core.domain.desk import din_block_text, ticket_of
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.records import Drive
from desktop.core.domain.text import note_text, required_reason
from desktop.core.domain.vocabulary import (
    CertificateStatus,
    DinOrigin,
    DinStatus,
    DiscrepancyKind,
    DonationOutcome,
    DriveStatus,
    ScreeningDecision,
    StaffRole,
    StartedStatus,
    VisitStatus,
)
from desktop.core.eligibility.provider import RuleSetProvider
from desktop.core.eligibility.reasons import reason_names
from desktop.core.foundation.base_service import Service
from desktop.core.foundation.events import EventBus, Topic
from desktop.core.foundation.session import Session
from desktop.core.foundation.settings import SettingsService
from desktop.core.lifecycle.donations import blood_drawn, change_outcome, leave_chair
from desktop.core.lifecycle.machines import DRIVES, VISITS
from desktop.core.stations.certificates import void_reserved
from desktop.core.stations.collection_form import DonationForm, check_volume
from desktop.core.stations.din_allocation import DinRange, din_ranges, void_unused
from desktop.core.stations.drives import open_drive

AMENDABLE = ("volume_ml", "outcome")  # as the correction dialog offers them
# Who reconciles the drive at the end of the day and closes it.
END_OF_DAY_ROLES = (StaffRole.CERTIFICATE, StaffRole.ADMIN)
# Who works the drive's queue and may see a donor leave it.
QUEUE_ROLES = (StaffRole.CLERK, StaffRole.DOCTOR, StaffRole.NURSE)


@dataclass(frozen=True)
class Discrepancy:
    kind: DiscrepancyKind
    items: tuple[str, ...]  # what it is about: "12 Nguyễn Văn An", DIN ranges, serials
    keys: tuple[str, ...]  # stable ids of those items (visit ids, DIN numbers, serials)
    note: str | None  # the explanation, if one covers exactly these items
    ranges: tuple[DinRange, ...] = ()  # unused DINs, as runs of consecutive numbers

    @property
    def explained(self) -> bool:
        return self.note is not None


@dataclass(frozen=True)
class Reconciliation:
    checked_in: int
    waiting: int
    screened: int
    accepted: int
    deferred: int
    deferred_by_reason: dict[str, int]  # reason code -> tickets
    reason_names: dict[str, dict[str, str]]  # reason code -> its name in each language
    complete: int
    incomplete: int
    not_collected: int
    accepted_no_unit: int
    left: int
    dins_allocated: int  # given to the drive from the site's sequence
    dins_used: int
    dins_voided: int
    dins_unaccounted: int  # labels printed, neither used nor voided
    dins_from_rolls: int
    dins_printed: int = 0  # their labels came out at least once
    dins_never_printed: int = 0  # allocated, labels never printed, neither used nor voided
    certificates_issued: int = 0
    certificates_voided: int = 0
    certificates_reserved: int = 0  # serials reserved, printing never confirmed
    certificates_pending: int = 0  # complete donations without a certificate
    desk: str = ""  # this laptop's desk letter and DIN block: "B · 038462–076922"
    discrepancies: list[Discrepancy] = field(default_factory=list)

    @property
    def unexplained(self) -> list[Discrepancy]:
        return [d for d in self.discrepancies if not d.explained]


class ReconciliationService(Service):
    def __init__(
        self,
        db: Database,
        bus: EventBus,
        session: Session,
        settings: SettingsService,
        rules: RuleSetProvider,
    ) -> None:
        super().__init__(db, bus, session)
        self.settings = settings  # the facility, on the end-of-day report
        self.rules = rules

    def summary(self, drive: Drive) -> Reconciliation:
        counts = visit_queries.status_counts(self.db, drive.id, VisitStatus.VOIDED)
        outcomes = donation_queries.outcome_counts(self.db, drive.id)
        dins = din_queries.for_drive(self.db, drive.id)
        printed = [d for d in dins if d["origin"] == DinOrigin.PRINTED]
        unused = [d for d in printed if d["status"] == DinStatus.ALLOCATED]
        certificates = certificate_queries.status_counts(self.db, drive.id)
        reserved = certificate_queries.in_status_for_drive(
            self.db, drive.id, CertificateStatus.RESERVED
        )
        complete = outcomes.get(DonationOutcome.COMPLETE, 0)
        accepted_rows = self._tickets(drive, VisitStatus.ACCEPTED)
        waiting_rows = self._tickets(drive, VisitStatus.WAITING_SCREENING)
        decisions = donation_queries.decision_counts(self.db, drive.id, VisitStatus.VOIDED)
        by_reason = donation_queries.deferral_counts(self.db, drive.id, VisitStatus.DEFERRED)
        rules = self.rules.current
        return Reconciliation(
            checked_in=sum(counts.values()),
            waiting=len(waiting_rows),
            screened=sum(decisions.values()),
            accepted=decisions.get(ScreeningDecision.ACCEPT, 0),
            deferred=decisions.get(ScreeningDecision.DEFER_TEMPORARY, 0)
            + decisions.get(ScreeningDecision.DEFER_PERMANENT, 0),
            deferred_by_reason=by_reason,
            reason_names={code: reason_names(code, rules) for code in by_reason if code},
            complete=outcomes.get(DonationOutcome.COMPLETE, 0),
            incomplete=outcomes.get(DonationOutcome.INCOMPLETE, 0),
            not_collected=outcomes.get(DonationOutcome.NOT_COLLECTED, 0),
            accepted_no_unit=len(accepted_rows),
            left=counts.get(VisitStatus.LEFT, 0),
            dins_allocated=len(printed),
            dins_used=sum(d["status"] == DinStatus.USED for d in dins),
            dins_voided=sum(d["status"] == DinStatus.VOIDED for d in dins),
            dins_unaccounted=sum(d["label_prints"] > 0 for d in unused),
            dins_from_rolls=sum(d["origin"] == DinOrigin.ROLL for d in dins),
            dins_printed=sum(d["label_prints"] > 0 for d in printed),
            dins_never_printed=sum(d["label_prints"] == 0 for d in unused),
            certificates_issued=certificates.get(CertificateStatus.ISSUED, 0),
            certificates_voided=certificates.get(CertificateStatus.VOIDED, 0),
            certificates_reserved=len(reserved),
            certificates_pending=max(
                complete - certificates.get(CertificateStatus.ISSUED, 0) - len(reserved), 0
            ),
            discrepancies=self._discrepancies(drive, waiting_rows, accepted_rows, unused, reserved),
            desk=self._desk(),
        )

    def _desk(self) -> str:
        numbers = self.settings.desk_numbers()
        block = din_block_text(numbers.din_block_first, numbers.din_block_last)
        return f"{numbers.letter} · {block}"

    def _tickets(self, drive: Drive, status: VisitStatus) -> list[dict]:
        return donation_queries.visits_in_status(self.db, drive.id, status)

    def _discrepancies(
        self,
        drive: Drive,
        waiting: list[dict],
        accepted: list[dict],
        unused: list[dict],
        reserved: list[dict],
    ) -> list[Discrepancy]:
        notes = donation_queries.notes_for_drive(self.db, drive.id)
        found = []
        for kind, rows, describe, key in (
            (DiscrepancyKind.WAITING, waiting, _ticket, "id"),
            (DiscrepancyKind.ACCEPTED_NO_UNIT, accepted, _ticket, "id"),
            (DiscrepancyKind.RESERVED_CERTIFICATES, reserved, lambda r: r["serial"], "serial"),
        ):
            if rows:
                keys = tuple(r[key] for r in rows)
                found.append(
                    Discrepancy(
                        kind, tuple(map(describe, rows)), keys, _note_for(notes, kind, keys)
                    )
                )
        if unused:
            kind, ranges = DiscrepancyKind.UNUSED_DINS, tuple(din_ranges(unused))
            keys = tuple(r["number"] for r in unused)
            items = tuple(r.text for r in ranges)
            found.append(Discrepancy(kind, items, keys, _note_for(notes, kind, keys), ranges))
        return found

    def void_unused_dins(self, drive: Drive, numbers: list[str], reason: str) -> None:
        """Void a whole run of unused DINs (labels spoilt, or never printed) with one
        reason; they are never given again."""
        self.session.require(*END_OF_DAY_ROLES)
        mine = {d["number"] for d in din_queries.for_drive(self.db, drive.id)}
        if not set(numbers) <= mine:
            raise ValueError("DINs of another drive")
        with write_transaction(self.db, self.session.actor) as w:
            void_unused(w, numbers, reason)
        self.bus.publish(Topic.DINS)

    def void_reserved_certificates(self, drive: Drive, reason: str) -> int:
        """Void the drive's certificate serials reserved and never confirmed printed
        (left by a crash or a lost job), with the reason; how many were voided."""
        self.session.require(*END_OF_DAY_ROLES)
        reason = required_reason(reason)
        rows = certificate_queries.in_status_for_drive(
            self.db, drive.id, CertificateStatus.RESERVED
        )
        with write_transaction(self.db, self.session.actor) as w:
            open_drive(self.db, drive.id)
            voided = void_reserved(w, [row["id"] for row in rows], reason)
        self.bus.publish(Topic.CERTIFICATES)
        return voided

    def explain(self, drive: Drive, kind: str, note: str) -> None:
        """Explain a discrepancy as it stands now."""
        self.session.require(*END_OF_DAY_ROLES)
        note = note_text(note)
        if kind not in frozenset(DiscrepancyKind):
            raise ValueError(kind)
        if not note.strip():
            raise UserError(Problem("required", field="note"))
        current = next((d for d in self.summary(drive).discrepancies if d.kind == kind), None)
        if current is None:
            raise UserError(Problem("nothing_to_explain"))
        with write_transaction(self.db, self.session.actor) as w:
            open_drive(self.db, drive.id)
            w.insert(
                "reconciliation_note",
                {
                    "drive_id": drive.id,
                    "kind": kind,
                    "items": json.dumps(sorted(current.keys)),
                    "note": note.strip(),
                },
            )
        self.bus.publish(Topic.DRIVES)

    def close(self, drive: Drive) -> None:
        """Close the drive once every discrepancy is explained; its records are locked."""
        self.session.require(*END_OF_DAY_ROLES)
        with write_transaction(self.db, self.session.actor) as w:
            open_drive(self.db, drive.id)
            problems = []
            # A bag may be on a donor's arm: record or abandon it before the drive locks.
            in_chair = started_queries.for_drive(self.db, drive.id, StartedStatus.STARTED)
            if in_chair:
                problems.append(Problem("donations_in_chair", {"count": len(in_chair)}))
            unexplained = self.summary(drive).unexplained
            if unexplained:
                problems.append(Problem("unexplained_discrepancies", {"count": len(unexplained)}))
            if problems:
                raise UserError(*problems)
            changes = {"closed_at": w.now, "closed_by": self.session.actor.name}
            row = w.get("drive", drive.id)
            DRIVES.move(w, row, DriveStatus.CLOSED, changes=changes, action="close")
        self.bus.publish(Topic.DRIVES, Topic.VISITS)

    def mark_left(self, visit_id: str, reason: str) -> None:
        """A donor who left before screening or before giving: the ticket says so
        (whoever works the queue saw it: reception, the doctor, the nurse, or at the end
        of the day)."""
        self.session.require(*QUEUE_ROLES, *END_OF_DAY_ROLES)
        reason = required_reason(reason)
        with write_transaction(self.db, self.session.actor) as w:
            visit = visit_queries.get(self.db, visit_id)
            if visit is None:
                raise UserError(Problem("cannot_mark_left"))
            open_drive(self.db, visit["drive_id"])
            VISITS.move(
                w,
                visit,
                VisitStatus.LEFT,
                refusal=Problem("cannot_mark_left"),
                changes={"left_reason": reason},
                note=reason,
                action="left",
            )
            leave_chair(w, visit_id, reason)
        self.bus.publish(Topic.VISITS)

    def amend_donation(self, donation_id: str, changes: dict[str, str], reason: str) -> None:
        """A correction to a donation after the drive closed (or before): audited as an
        amendment with its reason, with every consequence of a new outcome (see
        ``lifecycle.donations``); the values before stay in the audit trail.

        ``changes`` holds what the dialog offers, as typed: ``volume_ml`` (checked as at
        the chair) and ``outcome``; one left out stays as recorded. UserError lists
        every field that is wrong."""
        self.session.require(StaffRole.NURSE, *END_OF_DAY_ROLES)
        unknown = set(changes) - set(AMENDABLE)
        if unknown:
            raise ValueError(f"not amendable: {sorted(unknown)}")
        outcome = changes.get("outcome")
        if outcome is not None and outcome not in frozenset(DonationOutcome):
            raise ValueError(outcome)
        problems: list[Problem] = []
        try:
            reason = required_reason(reason)
        except UserError as error:
            problems += error.problems
        with write_transaction(self.db, self.session.actor) as w:
            before = w.get("donation", donation_id)
            target = DonationOutcome(outcome or before["outcome"])
            volume = None  # nothing drawn: the volume goes with the outcome
            if blood_drawn(target):
                typed = changes.get("volume_ml", str(before["volume_ml"] or ""))
                volume = check_volume(DonationForm(volume_ml=typed, outcome=target), problems)
            if problems:
                raise UserError(*problems)
            if volume is not None:
                w.update("donation", donation_id, {"volume_ml": volume}, note=reason,
                         action="amend")  # fmt: skip
            change_outcome(w, w.get("donation", donation_id), target, reason)
        self.bus.publish(
            Topic.DONATIONS, Topic.DONORS, Topic.VISITS, Topic.DINS, Topic.CERTIFICATES
        )


def _ticket(row: dict) -> str:
    return f"{ticket_of(row)} {row['full_name']}"


def _note_for(notes: list[dict], kind: str, keys: tuple[str, ...]) -> str | None:
    """The latest note of this kind written for exactly these items."""
    wanted = sorted(keys)
    for note in reversed(notes):
        if note["kind"] == kind and json.loads(note["items"]) == wanted:
            return note["note"]
    return None
