"""End of day: the drive's figures, its discrepancies, and closing it.

Every discrepancy (a ticket never screened, an accepted donor without a unit, a printed
DIN neither used nor voided) has to be explained by a note before the drive closes. A
note explains the items it was written for: if more appear afterwards, they need a note
of their own. Closing locks the drive's records; a correction afterwards is an audited
amendment with a reason, and nothing is ever deleted.
"""

import json
from dataclasses import dataclass, field

from db import dins as din_queries
from db import donations as donation_queries
from db import visits as visit_queries
from db.records import Writer, write_transaction
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.records import Drive
from desktop.core.foundation.base_service import Service
from desktop.core.foundation.events import Topic
from desktop.core.stations.collection import MAX_VOLUME_ML
from desktop.core.stations.drives import open_drive

WAITING, ACCEPTED_NO_UNIT, UNUSED_DINS = "waiting", "accepted_no_unit", "unused_dins"
DISCREPANCY_KINDS = (WAITING, ACCEPTED_NO_UNIT, UNUSED_DINS)
AMENDABLE = ("volume_ml", "outcome", "bag_type", "bag_lot", "reaction", "reaction_severity",
             "reaction_action", "left_well", "note")  # fmt: skip


@dataclass(frozen=True)
class Discrepancy:
    kind: str
    items: tuple[str, ...]  # what it is about: "No. 12 Nguyễn Văn An", or DIN numbers
    keys: tuple[str, ...]  # stable ids of those items (visit ids, DIN numbers)
    note: str | None  # the explanation, if one covers exactly these items

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
    deferred_by_reason: dict[str, int]
    complete: int
    incomplete: int
    not_collected: int
    accepted_no_unit: int
    left: int
    dins_allocated: int
    dins_used: int
    dins_voided: int
    dins_unaccounted: int
    dins_from_rolls: int
    discrepancies: list[Discrepancy] = field(default_factory=list)

    @property
    def unexplained(self) -> list[Discrepancy]:
        return [d for d in self.discrepancies if not d.explained]


class ReconciliationService(Service):
    def summary(self, drive: Drive) -> Reconciliation:
        counts = visit_queries.status_counts(self.db, drive.id)
        outcomes = donation_queries.outcome_counts(self.db, drive.id)
        dins = din_queries.for_drive(self.db, drive.id)
        printed = [d for d in dins if d["origin"] == "printed"]
        unused = [d for d in printed if d["status"] == "allocated"]
        accepted_rows = donation_queries.visits_in_status(self.db, drive.id, "accepted")
        waiting_rows = donation_queries.visits_in_status(self.db, drive.id, "waiting_screening")
        decisions = donation_queries.decision_counts(self.db, drive.id)
        deferred = decisions.get("defer_temporary", 0) + decisions.get("defer_permanent", 0)
        return Reconciliation(
            checked_in=sum(counts.values()),
            waiting=len(waiting_rows),
            screened=sum(decisions.values()),
            accepted=decisions.get("accept", 0),
            deferred=deferred,
            deferred_by_reason=donation_queries.deferral_counts(self.db, drive.id),
            complete=outcomes.get("complete", 0),
            incomplete=outcomes.get("incomplete", 0),
            not_collected=outcomes.get("not_collected", 0),
            accepted_no_unit=len(accepted_rows),
            left=counts.get("left", 0),
            dins_allocated=len(printed),
            dins_used=sum(d["status"] == "used" for d in dins),
            dins_voided=sum(d["status"] == "voided" for d in dins),
            dins_unaccounted=len(unused),
            dins_from_rolls=sum(d["origin"] == "roll" for d in dins),
            discrepancies=self._discrepancies(drive, waiting_rows, accepted_rows, unused),
        )

    def _discrepancies(
        self, drive: Drive, waiting: list[dict], accepted: list[dict], unused: list[dict]
    ) -> list[Discrepancy]:
        notes = donation_queries.notes_for_drive(self.db, drive.id)
        found = []
        for kind, rows, describe, key in (
            (WAITING, waiting, _ticket, "id"),
            (ACCEPTED_NO_UNIT, accepted, _ticket, "id"),
            (UNUSED_DINS, unused, lambda r: r["number"], "number"),
        ):
            if rows:
                keys = tuple(r[key] for r in rows)
                found.append(
                    Discrepancy(
                        kind, tuple(map(describe, rows)), keys, _note_for(notes, kind, keys)
                    )
                )
        return found

    def explain(self, drive: Drive, kind: str, note: str) -> None:
        """Explain a discrepancy as it stands now."""
        if kind not in DISCREPANCY_KINDS:
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
        with write_transaction(self.db, self.session.actor) as w:
            open_drive(self.db, drive.id)
            unexplained = self.summary(drive).unexplained
            if unexplained:
                raise UserError(Problem("unexplained_discrepancies", {"count": len(unexplained)}))
            w.update(
                "drive",
                drive.id,
                {"status": "closed", "closed_at": w.now, "closed_by": self.session.actor.name},
                action="close",
            )
        self.bus.publish(Topic.DRIVES, Topic.VISITS)

    def mark_left(self, visit_id: str, reason: str) -> None:
        """A donor who left before screening or before giving: the ticket says so."""
        if not reason.strip():
            raise UserError(Problem("required", field="reason"))
        with write_transaction(self.db, self.session.actor) as w:
            visit = visit_queries.get(self.db, visit_id)
            if visit is None or visit["status"] not in ("waiting_screening", "accepted"):
                raise UserError(Problem("cannot_mark_left"))
            open_drive(self.db, visit["drive_id"])
            w.update(
                "visit",
                visit_id,
                {"status": "left", "void_reason": reason.strip()},
                note=reason.strip(),
                action="left",
            )
        self.bus.publish(Topic.VISITS)

    def amend_donation(self, donation_id: str, changes: dict, reason: str) -> None:
        """A correction to a donation after the drive closed (or before): audited as an
        amendment with its reason; the values before stay in the audit trail."""
        if not reason.strip():
            raise UserError(Problem("required", field="reason"))
        unknown = set(changes) - set(AMENDABLE)
        if unknown:
            raise ValueError(f"not amendable: {sorted(unknown)}")
        _check_amendment(changes)
        with write_transaction(self.db, self.session.actor) as w:
            before = w.get("donation", donation_id)
            w.update("donation", donation_id, changes, note=reason.strip(), action="amend")
            self._recount(w, before, changes.get("outcome", before["outcome"]), reason.strip())
        self.bus.publish(Topic.DONATIONS, Topic.DONORS)

    def _recount(self, w: Writer, before: dict, outcome: str, reason: str) -> None:
        """Only complete donations count: an amendment into or out of "complete" moves
        the donor's count with it, in the same transaction."""
        step = (outcome == "complete") - (before["outcome"] == "complete")
        if step:
            donor = w.get("donor", before["donor_id"])
            count = max(donor["donation_count"] + step, 0)
            w.update("donor", donor["id"], {"donation_count": count}, note=reason, action="amend")


def _check_amendment(changes: dict) -> None:
    outcome = changes.get("outcome")
    if outcome is not None and outcome not in ("complete", "incomplete", "not_collected"):
        raise ValueError(outcome)
    volume = changes.get("volume_ml")
    if volume is not None and not 1 <= volume <= MAX_VOLUME_ML:
        raise UserError(
            Problem("implausible", {"value": volume, "min": 1, "max": MAX_VOLUME_ML, "unit": "ml"},
                    "volume")
        )  # fmt: skip


def _ticket(row: dict) -> str:
    return f"{row['queue_no']} {row['full_name']}"


def _note_for(notes: list[dict], kind: str, keys: tuple[str, ...]) -> str | None:
    """The latest note of this kind written for exactly these items."""
    wanted = sorted(keys)
    for note in reversed(notes):
        if note["kind"] == kind and json.loads(note["items"]) == wanted:
            return note["note"]
    return None
