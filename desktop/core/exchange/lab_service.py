"""The laboratory's results at the center: importing files, the lab conflicts a person
decides (other results for a unit; the lab's blood group against the recorded one) and
the donors to notify of a confirmed positive marker. Each decision is a named, signed-in
person's, with a reason (or how the donor was told), audited.

Imports run on a connection of their own (``connect``), so a window can run them off
the GUI thread; they announce nothing (the window refreshes its lists when they end).
"""

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path

from sqlite_utils import Database

from db import lab as lab_queries
from db.records import Writer, write_transaction
from desktop.core.domain.dates import parse_date
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.text import reason_text, required_reason
from desktop.core.domain.vocabulary import (
    LabConflictKind,
    LabConflictStatus,
    LabResultStatus,
    NoticeStatus,
    NotifyMethod,
    StaffRole,
)
from desktop.core.exchange import lab_views
from desktop.core.exchange.lab_effects import apply_results
from desktop.core.exchange.lab_facts import LabFacts, group_conflicts, lab_facts
from desktop.core.exchange.lab_import import LabReport, import_lab_file
from desktop.core.foundation.base_service import Service, storage_refusals
from desktop.core.foundation.events import EventBus, Topic
from desktop.core.foundation.progress import QUIET, Progress
from desktop.core.foundation.session import Session, long_job

DECISIONS = (LabConflictStatus.KEPT, LabConflictStatus.TAKEN)


class LabService(Service):
    def __init__(
        self, db: Database, bus: EventBus, session: Session, connect: Callable[[], Database]
    ) -> None:
        super().__init__(db, bus, session)
        self.connect = connect

    # -- importing ------------------------------------------------------------------------

    @long_job
    def import_files(self, paths: Iterable[Path], progress: Progress = QUIET) -> list[LabReport]:
        """Import each file in turn, each all or nothing; a cancel stops inside the file
        being stored (nothing of it is kept), the ones before it stay."""
        self.session.require(StaffRole.CENTER)
        paths = [Path(p) for p in paths]
        db = self.connect()
        try:
            reports = []
            for done, path in enumerate(paths):
                progress.step("files", done, len(paths))
                reports.append(import_lab_file(db, self.session.actor, path, progress))
            progress.step("files", len(paths), len(paths))
            return reports
        finally:
            db.close()

    # -- what the lists hold --------------------------------------------------------------

    def facts(self) -> LabFacts:
        return lab_facts(self.db)

    def conflicts(
        self, status: LabConflictStatus = LabConflictStatus.OPEN
    ) -> list[lab_views.LabConflictEntry]:
        return lab_views.conflicts(self.db, status)

    def notices(self, status: NoticeStatus = NoticeStatus.TO_NOTIFY) -> list[lab_views.NoticeEntry]:
        return lab_views.notices(self.db, status)

    def imports(self) -> list[lab_views.LabImportRecord]:
        return lab_views.imports(self.db)

    # -- decisions ------------------------------------------------------------------------

    def decide(self, conflict_id: str, choice: LabConflictStatus, reason: str) -> None:
        """Keep what was there (the first results, the recorded blood group) or take
        the lab's later word, with the reason."""
        self.session.require(StaffRole.CENTER)
        reason = self._checked(reason)
        if choice not in DECISIONS:
            raise UserError(Problem("lab_choice_unknown"))
        with storage_refusals(), write_transaction(self.db, self.session.actor) as w:
            stored = lab_queries.conflict(self.db, conflict_id)
            if stored is not None:
                if stored["status"] != LabConflictStatus.OPEN:
                    raise UserError(Problem("lab_conflict_decided"))
                self._decide_results(w, stored, choice, reason)
            else:
                self._decide_group(w, conflict_id, choice, reason)
        self.bus.publish(Topic.DONATIONS, Topic.DONORS)

    def _decide_results(self, w: Writer, conflict: dict, choice: str, reason: str) -> None:
        later = lab_queries.result(self.db, conflict["result_id"])
        assert later is not None
        if choice == LabConflictStatus.TAKEN:
            for first in lab_queries.results_of_dins(
                self.db, [conflict["din"]], [LabResultStatus.CURRENT]
            ):
                w.update("lab_result", first["id"], {"status": LabResultStatus.SUPERSEDED},
                         note=reason, action="lab_result_superseded")  # fmt: skip
            w.update("lab_result", later["id"], {"status": LabResultStatus.CURRENT},
                     note=reason, action="lab_result_taken")  # fmt: skip
        else:
            w.update("lab_result", later["id"], {"status": LabResultStatus.REJECTED},
                     note=reason, action="lab_result_rejected")  # fmt: skip
        w.update("lab_conflict", conflict["id"], self._decision(w, choice, reason),
                 note=reason, action="lab_conflict_decided")  # fmt: skip
        apply_results(w, [later["donation_id"]])

    def _decide_group(self, w: Writer, conflict_id: str, choice: str, reason: str) -> None:
        found = next((c for c in group_conflicts(self.db) if c.id == conflict_id), None)
        if found is None:  # decided meanwhile, or the difference is gone
            raise UserError(Problem("lab_conflict_decided"))
        values = {
            "id": conflict_id, "kind": LabConflictKind.BLOOD_GROUP, "din": found.din,
            "person_id": found.person_id, "lab_abo": found.lab[0], "lab_rh": found.lab[1],
            "recorded_abo": found.recorded[0], "recorded_rh": found.recorded[1],
            **self._decision(w, choice, reason),
        }  # fmt: skip
        w.insert("lab_conflict", values, note=reason, action="lab_conflict_decided")

    def mark_notified(self, notice_id: str, method: str, notified_on: str, note: str) -> None:
        """The donor was told (how, on which day, what was said), by the signed-in
        person. Refused with every problem of the form at once."""
        self.session.require(StaffRole.CENTER)
        if self.session.actor.staff_id is None:
            raise UserError(Problem("decision_needs_a_person"))
        problems, day = [], parse_date(notified_on.strip())
        if method not in set(NotifyMethod):
            problems.append(Problem("required", field="method"))
        if not notified_on.strip():
            problems.append(Problem("required", field="notified_on"))
        elif day is None:
            problems.append(Problem("date_invalid", {"value": notified_on}, "notified_on"))
        elif day > dt.date.today():
            problems.append(Problem("date_in_future", {"value": notified_on}, "notified_on"))
        if problems:
            raise UserError(*problems)
        note = reason_text(note, "note")
        with storage_refusals(), write_transaction(self.db, self.session.actor) as w:
            notice = lab_queries.notice(self.db, notice_id)
            if notice is None or notice["status"] != NoticeStatus.TO_NOTIFY:
                raise UserError(Problem("lab_notice_not_open"))
            assert day is not None
            values = {"status": NoticeStatus.NOTIFIED, "method": method,
                      "notified_on": day.isoformat(), "notified_by": w.actor.staff_id,
                      "note": note}  # fmt: skip
            w.update("lab_notice", notice_id, values, note=note, action="lab_notified")
        self.bus.publish(Topic.DONORS)

    def _checked(self, reason: str) -> str:
        if self.session.actor.staff_id is None:
            raise UserError(Problem("decision_needs_a_person"))
        return required_reason(reason)

    def _decision(self, w: Writer, status: str, reason: str) -> dict:
        return {
            "status": status,
            "decided_by": w.actor.staff_id,
            "decided_at": w.now,
            "decision_reason": reason,
        }
