"""The screening station: questionnaire, measurements and the doctor's decision.

The rules engine proposes; the doctor decides (what a choice means against the
proposal is in ``screening_choice``). Every decision is one transaction that writes
the answers given with it, the screening, moves the ticket on and, for a deferral,
updates the donor so the next check-in anywhere shows it.
"""

import datetime as dt
import json
from dataclasses import dataclass

from sqlite_utils import Database

from db import donors as donor_queries
from db import drives as drive_queries
from db import screenings as screening_queries
from db import visits as visit_queries
from db.records import Writer, write_transaction
from desktop.core.domain import answers as answers_json
from desktop.core.domain.answers import Answers
from desktop.core.domain.audit_notes import AuditNote as N
from desktop.core.domain.audit_notes import audit_note
from desktop.core.domain.dates import iso
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.records import Donor, Drive, QueueEntry, ScreeningRecord, Visit
from desktop.core.domain.text import reason_text, required_reason
from desktop.core.domain.vocabulary import ScreeningDecision, StaffRole, VisitStatus
from desktop.core.eligibility import questionnaire
from desktop.core.eligibility.engine import Decision, Measurements, evaluate
from desktop.core.eligibility.measurements import MeasurementForm, read_measurements
from desktop.core.eligibility.provider import RuleSetProvider, identity_of
from desktop.core.eligibility.ruleset import RuleSet
from desktop.core.foundation.base_service import Service, storage_refusals
from desktop.core.foundation.events import EventBus, Topic
from desktop.core.foundation.rule_set_store import remember_identity
from desktop.core.foundation.session import Session
from desktop.core.lifecycle.donations import leave_chair
from desktop.core.lifecycle.machines import VISITS
from desktop.core.stations.drives import open_drive
from desktop.core.stations.screening_choice import (
    DoctorDecision,
    check_choice,
    deferral_until,
    encode_findings,
    reason_code,
)

# Who records the questionnaire: the clerk at check-in, or the doctor.
QUESTIONNAIRE_ROLES = (StaffRole.DOCTOR, StaffRole.CLERK)
WAITING = VisitStatus.WAITING_SCREENING
DECIDED = (VisitStatus.ACCEPTED, VisitStatus.DEFERRED)

__all__ = ["DoctorDecision", "Evaluation", "ScreeningService", "questionnaire_recorded"]


@dataclass(frozen=True)
class Evaluation:
    """The engine's proposal for a visit with the measurements as typed."""

    decision: Decision
    measurements: Measurements


class ScreeningService(Service):
    def __init__(
        self, db: Database, bus: EventBus, session: Session, rules: RuleSetProvider
    ) -> None:
        super().__init__(db, bus, session)
        self.provider = rules

    @property
    def rules(self) -> RuleSet:
        """The rule set in force (the provider's, shared with check-in)."""
        return self.provider.current

    # --- queues and records -----------------------------------------------------------

    def record(self, visit_id: str) -> ScreeningRecord | None:
        row = screening_queries.for_visit(self.db, visit_id)
        return ScreeningRecord.from_row(row) if row else None

    def decided(self, drive: Drive) -> list[QueueEntry]:
        return [QueueEntry.from_row(row) for row in screening_queries.decided(self.db, drive.id)]

    def donor_of(self, visit_id: str) -> tuple[Donor, Drive]:
        _visit, donor, drive = self._load(visit_id)
        return donor, drive

    # --- the questionnaire ------------------------------------------------------------

    def save_questionnaire(self, visit_id: str, answers: Answers) -> ScreeningRecord:
        """Store the donor's answers (the clerk at check-in or the doctor); who answered
        and when are recorded. Refused once the doctor has decided."""
        self.session.require(*QUESTIONNAIRE_ROLES)
        rules = self.rules
        with write_transaction(self.db, self.session.actor) as w:
            self._write_answers(w, rules, self._context(visit_id), answers)
        self.bus.publish(Topic.VISITS)
        return self.record(visit_id)

    # --- a questionnaire being filled ---------------------------------------------------

    def save_draft(self, visit_id: str, answers: Answers) -> None:
        """Keep the ticks of a questionnaire nobody has recorded yet, as they are made:
        a crash or a power cut must not lose a half-filled questionnaire. A draft is not
        an answer (only ``save_questionnaire`` makes answers); once the questionnaire is
        recorded its draft is no longer kept or read. Written only when it changed;
        refused (UserError) once the ticket is decided, or when the database is busy or
        the disk full."""
        self.session.require(*QUESTIONNAIRE_ROLES)
        with storage_refusals(), write_transaction(self.db, self.session.actor) as w:
            visit, _donor, _drive = self._context(visit_id)
            if questionnaire_recorded(self.record(visit.id)):
                return
            row = screening_queries.draft(self.db, visit.id)
            if row is None and not any(answer.yes for answer in answers.values()):
                return  # nothing ticked, nothing to keep
            text = answers_json.encode(answers, self.rules.version)
            if row is None:
                w.insert("questionnaire_draft", {"visit_id": visit.id, "answers": text})
            elif row["answers"] != text:
                w.update("questionnaire_draft", row["id"], {"answers": text})

    def draft(self, visit_id: str) -> Answers:
        """The ticks kept for a questionnaire not yet recorded ({} if none)."""
        row = screening_queries.draft(self.db, visit_id)
        return answers_json.decode(row["answers"]) if row else {}

    # --- the proposal and the decision --------------------------------------------------

    def evaluate(
        self, visit_id: str, form: MeasurementForm, answers: Answers | None = None
    ) -> Evaluation:
        """The engine's proposal, with ``answers`` as being edited (default: as stored);
        UserError if a measurement or an answer's date is impossible. Until the
        questionnaire has been recorded (``save_questionnaire``) the proposal is "not
        complete": ticks on a form nobody has recorded are not answers yet."""
        measured = read_measurements(form)
        rules = self.rules
        visit, donor, drive = self._load(visit_id)
        record = self.record(visit.id)
        if answers is not None:
            answers = self._checked_answers(rules, donor, drive, answers)
        if not questionnaire_recorded(record):
            answers = None
        elif answers is None:
            answers = record.answers
        return Evaluation(_propose(rules, donor, drive, answers, measured), measured)

    def decide(
        self,
        visit_id: str,
        form: MeasurementForm,
        choice: DoctorDecision,
        answers: Answers | None = None,
    ) -> ScreeningRecord:
        """Record the decision of the doctor signed in (theirs is the name on it: no one
        else's can be given), with the questionnaire ``answers`` if given: the donor's
        answers as the caller attests them, stored with who and when in the same
        transaction (the screen hands in only the doctor's changes to a questionnaire
        recorded before). UserError (nothing written) when a measurement is impossible,
        an override lacks its reason, or the doctor accepts a donor whose questionnaire
        nobody recorded: a missing questionnaire is never read as "no" to every item."""
        self.session.require(StaffRole.DOCTOR)
        measured = read_measurements(form)
        rules = self.rules
        with write_transaction(self.db, self.session.actor) as w:
            visit, donor, drive = self._context(visit_id)
            if answers is not None:
                self._write_answers(w, rules, (visit, donor, drive), answers)
            record = self.record(visit.id)
            recorded = questionnaire_recorded(record)
            accepted = choice.outcome == ScreeningDecision.ACCEPT
            if accepted and not recorded:
                raise UserError(Problem("questionnaire_missing"))
            stored = record.answers if recorded and record else None
            proposal = _propose(rules, donor, drive, stored, measured)
            overridden = check_choice(rules, proposal, choice, drive.drive_date)
            until = deferral_until(choice, proposal)
            reason = reason_code(proposal, choice)
            written = reason_text(choice.reason, "override_reason")
            values = {
                **_measurement_values(measured, form),
                "proposed_decision": proposal.outcome,
                "proposed_volume_ml": proposal.volume_ml,
                "proposed_until": iso(proposal.until),
                "reasons": encode_findings(proposal),
                "decision": choice.outcome,
                "volume_ml": choice.volume_ml if accepted else None,
                "deferral_until": iso(until),
                "deferral_reason": reason,
                # The doctor's written reason: for an override, or a deferral that no
                # rule asked for.
                "override_reason": written or None,
                "overridden_rules": json.dumps(overridden) if overridden else None,
                "doctor_id": self.session.actor.staff_id,
                "rule_set_version": rules.version,
                "rule_set_sha256": rules.sha256,
                "decided_at": w.now,
                "donor_deferral_before": json.dumps(_deferral_of(donor)),
            }
            remember_identity(w, identity_of(rules))  # refused if the version is reused
            note = f"override of {', '.join(overridden)}: {written}"
            self._upsert_screening(w, visit.id, values, note=note if overridden else None)
            status = VisitStatus.ACCEPTED if accepted else VisitStatus.DEFERRED
            VISITS.move(w, w.get("visit", visit.id), status)
            if not accepted:
                self._defer_donor(w, donor, choice.outcome, until, reason)
        self.bus.publish(Topic.VISITS, Topic.DONORS)
        return self.record(visit_id)

    def reopen(self, visit_id: str, reason: str) -> None:
        """Take back a decision before collection (a mistake, new information): the
        ticket returns to the screening queue and the donor's deferral is restored."""
        self.session.require(StaffRole.DOCTOR)
        reason = required_reason(reason)
        with write_transaction(self.db, self.session.actor) as w:
            visit, donor, _drive = self._context(visit_id, statuses=DECIDED)
            row = screening_queries.for_visit(self.db, visit.id)
            note = f"reopened: {reason}"
            cleared = {"decision": None, "volume_ml": None, "deferral_until": None}
            w.update("screening", row["id"], {**cleared, "decided_at": None}, note=note,
                     action="reopen")  # fmt: skip
            VISITS.move(w, w.get("visit", visit.id), WAITING, note=note, action="reopen")
            leave_chair(w, visit.id, note)
            # Restore the donor's deferral only if it is still the one this decision
            # wrote (a registry import since then may have set a stricter one).
            wrote_it = donor.deferral_reason == row["deferral_reason"]
            if visit.status == VisitStatus.DEFERRED and wrote_it and row["donor_deferral_before"]:
                before = json.loads(row["donor_deferral_before"])
                w.update("donor", donor.id, {**before, "local_changed_at": w.now}, note=note)
        self.bus.publish(Topic.VISITS, Topic.DONORS)

    # --- helpers ------------------------------------------------------------------------

    def _load(self, visit_id: str) -> tuple[Visit, Donor, Drive]:
        visit_row = visit_queries.get(self.db, visit_id)
        if visit_row is None:
            raise UserError(Problem("visit_not_found"))
        donor = Donor.from_row(donor_queries.get(self.db, visit_row["donor_id"]))
        drive = Drive.from_row(drive_queries.get(self.db, visit_row["drive_id"]))
        return Visit.from_row(visit_row), donor, drive

    def _context(
        self, visit_id: str, statuses: tuple[VisitStatus, ...] = (WAITING,)
    ) -> tuple[Visit, Donor, Drive]:
        """The visit, its donor and drive, read inside the transaction; refuses a closed
        drive and a ticket that is not in one of ``statuses``."""
        visit, donor, _drive = self._load(visit_id)
        drive = open_drive(self.db, visit.drive_id)
        if visit.status not in statuses:
            code = "already_screened" if statuses == (WAITING,) else "not_screened"
            raise UserError(Problem(code, {"status": visit.status}))
        return visit, donor, drive

    def _checked_answers(
        self, rules: RuleSet, donor: Donor, drive: Drive, answers: Answers
    ) -> Answers:
        checked, problems = questionnaire.check_answers(
            rules, answers, donor.sex, donor.birth_date, drive.drive_date
        )
        if problems:
            raise UserError(*problems)
        return checked

    def _write_answers(
        self,
        w: Writer,
        rules: RuleSet,
        context: tuple[Visit, Donor, Drive],
        answers: Answers,
    ) -> None:
        visit, donor, drive = context
        checked = self._checked_answers(rules, donor, drive, answers)
        values = {
            "questionnaire": answers_json.encode(checked, rules.version),
            "questionnaire_by": self.session.actor.staff_id,
            "questionnaire_at": w.now,
        }
        self._upsert_screening(w, visit.id, values)

    def _upsert_screening(
        self, w: Writer, visit_id: str, values: dict, note: str | None = None
    ) -> dict:
        existing = screening_queries.for_visit(self.db, visit_id)
        if existing is None:
            return w.insert("screening", {"visit_id": visit_id, **values}, note=note)
        return w.update("screening", existing["id"], values, note=note)

    def _defer_donor(
        self, w: Writer, donor: Donor, outcome: str, until: dt.date | None, reason: str
    ) -> None:
        """Record the deferral on the donor unless what is recorded is already stricter.
        A temporary deferral without a date (a high blood pressure today) stays on the
        ticket only: there is no day to carry to the next drive."""
        if donor.deferral_permanent:
            return  # nothing is stricter; keep the reason on record
        if outcome == ScreeningDecision.DEFER_PERMANENT:
            changes = {"deferral_permanent": 1, "deferral_until": None, "deferral_reason": reason}
        elif until and (donor.deferral_until is None or donor.deferral_until < until):
            changes = {"deferral_until": iso(until), "deferral_reason": reason}
        else:
            return
        w.update(
            "donor",
            donor.id,
            {**changes, "local_changed_at": w.now},
            note=audit_note(N.DONOR_FROM_SCREENING),
        )


def _propose(
    rules: RuleSet, donor: Donor, drive: Drive, answers: Answers | None, measured: Measurements
) -> Decision:
    """The engine's proposal under ``rules`` (the set the decision records);
    ``answers`` None: the questionnaire is not recorded (the engine says so)."""
    yes = None if answers is None else questionnaire.yes_answers(answers, rules)
    return evaluate(rules, donor.facts, drive.drive_date, yes, measured)


def questionnaire_recorded(record: ScreeningRecord | None) -> bool:
    """Whether someone recorded the donor's answers (who and when are stored)."""
    return record is not None and record.questionnaire_at is not None


def _deferral_of(donor: Donor) -> dict:
    return {
        "deferral_until": iso(donor.deferral_until),
        "deferral_permanent": int(donor.deferral_permanent),
        "deferral_reason": donor.deferral_reason,
    }


def _measurement_values(measured: Measurements, form: MeasurementForm) -> dict:
    return {
        "weight_kg": measured.weight_kg,
        "systolic": measured.systolic,
        "diastolic": measured.diastolic,
        "pulse": measured.pulse,
        "pulse_regular": None if measured.pulse_regular is None else int(measured.pulse_regular),
        "hb_g_l": measured.hb_g_l,
        "hb_method": form.hb_method if measured.hb_g_l is not None else None,
        "hbsag": measured.hbsag,
        "temperature_c": measured.temperature_c,
    }
