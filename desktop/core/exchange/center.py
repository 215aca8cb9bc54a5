"""The center's service: merging files, and the decisions a person takes on its lists.

A quarantined unit is released or discarded, a conflict resolved by choosing one of
its heads, a person review dismissed or the two records made one person: each by a
named, signed-in person with a reason, audited, never undone by a later merge (a new
merge may open a new entry).
"""

import json
from collections.abc import Mapping, Sequence

from sqlite_utils import Database

from db import merge as merge_queries
from db import merge_lists
from db import quarantine as quarantine_queries
from db.records import Writer, write_transaction
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.text import required_reason
from desktop.core.domain.vocabulary import (
    ConflictStatus,
    QuarantineStatus,
    RedirectReason,
    ReviewStatus,
    StaffRole,
)
from desktop.core.eligibility.provider import RuleSetProvider
from desktop.core.exchange import people
from desktop.core.exchange.center_import import ImportedFile, acknowledged
from desktop.core.exchange.materialize import Materializer
from desktop.core.exchange.merge import merge_rows
from desktop.core.exchange.report import MergeReport
from desktop.core.exchange.versions import Stamp, version_row
from desktop.core.foundation.base_service import Service
from desktop.core.foundation.events import EventBus, Topic
from desktop.core.foundation.progress import QUIET, Progress
from desktop.core.foundation.session import Session, long_job

DECISION = "center decision"  # the source a person's decision is recorded under


class CenterService(Service):
    def __init__(
        self, db: Database, bus: EventBus, session: Session, rules: RuleSetProvider
    ) -> None:
        super().__init__(db, bus, session)
        self.rules = rules

    # -- merging --------------------------------------------------------------------------

    @long_job
    def merge(
        self,
        source: str,
        rows_by_table: Mapping[str, Sequence[dict]],
        *,
        progress: Progress = QUIET,
        file: ImportedFile | None = None,
    ) -> MergeReport:
        """Merge one file's rows (see ``merge_rows``) with the center's rule set."""
        self.session.require(StaffRole.CENTER)
        report = merge_rows(
            self.db,
            self.session.actor,
            source,
            rows_by_table,
            rules=self.rules.current,
            progress=progress,
            file=file,
        )
        self.bus.publish(Topic.DONORS, Topic.DONATIONS, Topic.VISITS, Topic.DRIVES)
        return report

    def acknowledged(self) -> dict[tuple[str, str], int]:
        return acknowledged(self.db)

    # -- the lists ------------------------------------------------------------------------

    def quarantined(self, status: QuarantineStatus = QuarantineStatus.HELD) -> list[dict]:
        return quarantine_queries.listed(self.db, status)

    def conflicts(self, status: ConflictStatus = ConflictStatus.OPEN) -> list[dict]:
        return merge_lists.conflicts(self.db, status)

    def reviews(self) -> list[dict]:
        """Open reviews of two records not already one person."""
        open_reviews = list(
            self.db.query(
                "SELECT * FROM person_review WHERE status = ? ORDER BY donor_a, donor_b",
                [ReviewStatus.OPEN],
            )
        )
        donors = [review[key] for review in open_reviews for key in ("donor_a", "donor_b")]
        survivors = people.roots(self.db, donors)
        return [r for r in open_reviews if survivors[r["donor_a"]] != survivors[r["donor_b"]]]

    # -- decisions ------------------------------------------------------------------------

    def release(self, entry_id: str, reason: str) -> None:
        """The unit may go on (a named person's decision, with the reason)."""
        self.session.require(StaffRole.CENTER)
        self._decide_unit(entry_id, QuarantineStatus.RELEASED, reason)

    def discard(self, entry_id: str, reason: str) -> None:
        """The unit is to be discarded (a named person's decision, with the reason)."""
        self.session.require(StaffRole.CENTER)
        self._decide_unit(entry_id, QuarantineStatus.DISCARDED, reason)

    def _decide_unit(self, entry_id: str, status: QuarantineStatus, reason: str) -> None:
        reason = self._checked(reason)
        with write_transaction(self.db, self.session.actor) as w:
            entry = quarantine_queries.get(self.db, entry_id)
            if entry is None or entry["status"] != QuarantineStatus.HELD:
                raise UserError(Problem("quarantine_decided"))
            w.update(
                "quarantine",
                entry_id,
                self._decision(w, status, reason),
                note=reason,
                action=f"quarantine_{status}",
            )
        self.bus.publish(Topic.DONATIONS)

    def resolve_conflict(self, conflict_id: str, chosen: str, reason: str) -> None:
        """Choose the head ``chosen`` (its stamp, "<device>:<seq>") as the record: a new
        center version, based on every head, takes its content."""
        self.session.require(StaffRole.CENTER)
        reason = self._checked(reason)
        with write_transaction(self.db, self.session.actor) as w:
            entry = merge_lists.conflict(self.db, conflict_id)
            if entry is None or entry["status"] != ConflictStatus.OPEN:
                raise UserError(Problem("conflict_not_open"))
            table, record_id = entry["table_name"], entry["record_id"]
            heads = [head.partition("/")[0] for head in json.loads(entry["heads"])]
            if chosen not in heads:
                raise UserError(Problem("conflict_head_unknown", {"chosen": chosen}))
            stamp = self._add_center_version(w, table, record_id, chosen, heads)
            decision = self._decision(w, ConflictStatus.RESOLVED, reason, "resolved")
            decision["resolution"] = str(stamp)
            w.update(
                "merge_conflict", conflict_id, decision, note=reason, action="resolve_conflict"
            )
            merger = Materializer(self.db, w, DECISION, MergeReport(DECISION), w.now)
            merger.materialize(table, [record_id])
            merger.finish(self.rules.current.interval_for)
        self.bus.publish(Topic.DONORS, Topic.DONATIONS, Topic.VISITS, Topic.DRIVES)

    def _add_center_version(
        self, w: Writer, table: str, record_id: str, chosen: str, heads: list[str]
    ) -> Stamp:
        versions = merge_queries.versions_of(self.db, table, [record_id])[record_id]
        picked = next(v for v in versions if f"{v['device_id']}:{v['change_seq']}" == chosen)
        stamp = Stamp(w.device_id, w.reserve_seqs())
        content = {
            **json.loads(picked["content"]),
            "device_id": stamp.device_id,
            "change_seq": stamp.change_seq,
            "updated_at": w.now,
        }
        version = version_row(table, content, stamp, heads, source=DECISION, received_at=w.now)
        merge_queries.add_version(self.db, version)
        return stamp

    def dismiss_review(self, review_id: str, reason: str) -> None:
        """Two people after all."""
        self.session.require(StaffRole.CENTER)
        reason = self._checked(reason)
        with write_transaction(self.db, self.session.actor) as w:
            self._open_review(review_id)
            w.update(
                "person_review",
                review_id,
                self._decision(w, ReviewStatus.DISMISSED, reason),
                note=reason,
                action="dismiss_review",
            )

    def merge_people(self, review_id: str, reason: str) -> None:
        """One person: the later record is redirected to the earlier one, and what
        refers to it follows (counters and safety re-checks recomputed)."""
        self.session.require(StaffRole.CENTER)
        reason = self._checked(reason)
        with write_transaction(self.db, self.session.actor) as w:
            review = self._open_review(review_id)
            w.update(
                "person_review",
                review_id,
                self._decision(w, ReviewStatus.MERGED, reason),
                note=reason,
                action="merge_review",
            )
            merger = Materializer(self.db, w, DECISION, MergeReport(DECISION), w.now)
            change = people.link(
                self.db, review["donor_a"], review["donor_b"], RedirectReason.REVIEWED, w.now
            )
            if change is not None:
                old, survivor = change
                merger.audit_event("merge_person", "donor", old, f"{reason} -> {survivor}")
                merger.rewrite_references(old)
                group = sorted(people.members(self.db, [survivor])[survivor])
                merger.materialize("donor", group)
                merger.touched["donor"] |= set(group)
            merger.finish(self.rules.current.interval_for)
        self.bus.publish(Topic.DONORS, Topic.DONATIONS, Topic.VISITS)

    def _open_review(self, review_id: str) -> dict:
        review = next(self.db.query("SELECT * FROM person_review WHERE id = ?", [review_id]), None)
        if review is None or review["status"] != ReviewStatus.OPEN:
            raise UserError(Problem("review_not_open"))
        return review

    def _checked(self, reason: str) -> str:
        if self.session.actor.staff_id is None:
            raise UserError(Problem("decision_needs_a_person"))
        return required_reason(reason)

    def _decision(self, w: Writer, status: str, reason: str, prefix: str = "decided") -> dict:
        return {
            "status": status,
            f"{prefix}_by": w.actor.staff_id,
            f"{prefix}_at": w.now,
            "decision_reason": reason,
        }
