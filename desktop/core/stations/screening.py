"""The screening station: questionnaire, measurements and the doctor's decision.

The rules engine proposes; the doctor decides. Accepting a donor against a failed rule
(or above the proposed volume) is an override and needs a written reason; deferring a
donor the rules would accept needs one too. Every decision is one transaction that
writes the screening, moves the ticket on and, for a deferral, updates the donor so
the next check-in anywhere shows it.
"""

import datetime as dt
import json
from dataclasses import dataclass

from sqlite_utils import Database

from db import donors as donor_queries
from db import drives as drive_queries
from db import screenings as screening_queries
from db import staff as staff_queries
from db import visits as visit_queries
from db.records import Writer, write_transaction
from desktop.core.domain.dates import iso
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.records import Donor, Drive, QueueEntry, ScreeningRecord, Visit
from desktop.core.eligibility import questionnaire
from desktop.core.eligibility.engine import (
    ACCEPT,
    DEFER_PERMANENT,
    DEFER_TEMPORARY,
    PERMANENT,
    TEMPORARY,
    Decision,
    DonorFacts,
    Measurements,
    evaluate,
)
from desktop.core.eligibility.measurements import MeasurementForm, read_measurements
from desktop.core.eligibility.questionnaire import Answers
from desktop.core.eligibility.ruleset import (
    DEFAULT_RULE_SET,
    RuleSet,
    load_rule_set,
    parse_rule_set,
)
from desktop.core.foundation.base_service import Service
from desktop.core.foundation.events import EventBus, Topic
from desktop.core.foundation.session import Session
from desktop.core.foundation.settings import SettingsService
from desktop.core.stations.drives import open_drive

RULE_SET_KEY = "rule_set"
WAITING, ACCEPTED, DEFERRED = "waiting_screening", "accepted", "deferred"
DOCTOR_ROLES = ("doctor",)
DOCTOR_DEFERRAL = "doctor"  # reason code of a deferral the rules did not ask for


@dataclass(frozen=True)
class DoctorDecision:
    """What the doctor chose."""

    outcome: str  # accept / defer_temporary / defer_permanent
    volume_ml: int | None = None
    until: dt.date | None = None  # temporary deferral: first day the donor may give again
    reason: str = ""  # required for an override or a deferral the rules did not ask for


@dataclass(frozen=True)
class Evaluation:
    """The engine's proposal for a visit with the measurements as typed."""

    decision: Decision
    measurements: Measurements


class ScreeningService(Service):
    def __init__(
        self, db: Database, bus: EventBus, session: Session, settings: SettingsService
    ) -> None:
        super().__init__(db, bus, session)
        self.settings = settings
        self._rules: tuple[str | None, RuleSet] | None = None

    # --- the rule set ---------------------------------------------------------------

    @property
    def rules(self) -> RuleSet:
        """The rule set installed on this laptop, else the one shipped with the app."""
        text = self.settings.get(RULE_SET_KEY)
        if self._rules is None or self._rules[0] != text:
            rules = parse_rule_set(text, "installed rule set") if text else load_rule_set()
            self._rules = (text, rules)
        return self._rules[1]

    def install_rule_set(self, text: str, source: str) -> RuleSet:
        """Check and install a center's rule set; RuleSetError says what is wrong with it."""
        rules = parse_rule_set(text, source)
        self.settings.set(RULE_SET_KEY, text)
        return rules

    def restore_default_rule_set(self) -> RuleSet:
        self.settings.set(RULE_SET_KEY, "")
        return load_rule_set(DEFAULT_RULE_SET)

    # --- queues and records -----------------------------------------------------------

    def record(self, visit_id: str) -> ScreeningRecord | None:
        row = screening_queries.for_visit(self.db, visit_id)
        return ScreeningRecord.from_row(row) if row else None

    def decided(self, drive: Drive) -> list[QueueEntry]:
        return [QueueEntry.from_row(row) for row in screening_queries.decided(self.db, drive.id)]

    def doctors(self) -> list[dict]:
        return [r for r in staff_queries.active_staff(self.db) if r["role"] in DOCTOR_ROLES]

    # --- the questionnaire ------------------------------------------------------------

    def save_questionnaire(self, visit_id: str, answers: Answers) -> ScreeningRecord:
        """Store the donor's answers (the clerk at check-in or the doctor); who answered
        and when are recorded. Refused once the doctor has decided."""
        rules = self.rules
        with write_transaction(self.db, self.session.actor) as w:
            visit, donor, drive = self._context(w, visit_id)
            checked, problems = questionnaire.check_answers(
                rules, answers, donor.sex, donor.birth_date, drive.drive_date
            )
            if problems:
                raise UserError(*problems)
            self._upsert_screening(
                w,
                visit.id,
                {
                    "questionnaire": questionnaire.encode(checked, rules.version),
                    "questionnaire_by": self.session.actor.staff_id,
                    "questionnaire_at": w.now,
                },
            )
        self.bus.publish(Topic.VISITS)
        return self.record(visit_id)

    # --- the proposal and the decision --------------------------------------------------

    def evaluate(
        self, visit_id: str, form: MeasurementForm, answers: Answers | None = None
    ) -> Evaluation:
        """The engine's proposal, with ``answers`` as being edited (default: as stored);
        UserError if a measurement or an answer's date is impossible."""
        measured = read_measurements(form)
        visit, donor, drive = self._load(visit_id)
        if answers is None:
            record = self.record(visit.id)
            answers = record.answers if record else {}
        else:
            answers, problems = questionnaire.check_answers(
                self.rules, answers, donor.sex, donor.birth_date, drive.drive_date
            )
            if problems:
                raise UserError(*problems)
        return Evaluation(self._propose(donor, drive, answers, measured), measured)

    def donor_of(self, visit_id: str) -> tuple[Donor, Drive]:
        _visit, donor, drive = self._load(visit_id)
        return donor, drive

    def decide(
        self, visit_id: str, form: MeasurementForm, choice: DoctorDecision, doctor_id: str | None
    ) -> ScreeningRecord:
        """Record the doctor's decision. UserError (nothing written) when a measurement is
        impossible, the questionnaire is missing, or an override lacks its reason."""
        measured = read_measurements(form)
        rules = self.rules
        with write_transaction(self.db, self.session.actor) as w:
            visit, donor, drive = self._context(w, visit_id)
            self._check_doctor(doctor_id)
            record = self.record(visit.id)
            if record is None or not record.answers:
                raise UserError(Problem("questionnaire_missing"))
            proposal = self._propose(donor, drive, record.answers, measured)
            overridden = _check_choice(rules, proposal, choice, drive.drive_date)
            until = _until(choice, proposal)
            reason_code = _reason_code(proposal, choice)
            self._upsert_screening(
                w,
                visit.id,
                {
                    **_measurement_values(measured, form),
                    "proposed_decision": proposal.outcome,
                    "proposed_volume_ml": proposal.volume_ml,
                    "proposed_until": iso(proposal.until),
                    "reasons": _encode_findings(proposal),
                    "decision": choice.outcome,
                    "volume_ml": choice.volume_ml if choice.outcome == ACCEPT else None,
                    "deferral_until": iso(until),
                    "deferral_reason": reason_code,
                    # The doctor's written reason: for an override, or a deferral
                    # that no rule asked for.
                    "override_reason": choice.reason.strip() or None,
                    "overridden_rules": json.dumps(overridden) if overridden else None,
                    "doctor_id": doctor_id,
                    "rule_set_version": rules.version,
                    "decided_at": w.now,
                    "donor_deferral_before": json.dumps(_deferral_of(donor)),
                },
                note=f"override of {', '.join(overridden)}: {choice.reason.strip()}"
                if overridden
                else None,
            )
            status = ACCEPTED if choice.outcome == ACCEPT else DEFERRED
            w.update("visit", visit.id, {"status": status})
            if choice.outcome != ACCEPT:
                self._defer_donor(w, donor, choice.outcome, until, reason_code)
        self.bus.publish(Topic.VISITS, Topic.DONORS)
        return self.record(visit_id)

    def reopen(self, visit_id: str, reason: str) -> None:
        """Take back a decision before collection (a mistake, new information): the
        ticket returns to the screening queue and the donor's deferral is restored."""
        if not reason.strip():
            raise UserError(Problem("required", field="reason"))
        with write_transaction(self.db, self.session.actor) as w:
            visit, donor, _drive = self._context(w, visit_id, statuses=(ACCEPTED, DEFERRED))
            row = screening_queries.for_visit(self.db, visit.id)
            note = f"reopened: {reason.strip()}"
            w.update(
                "screening",
                row["id"],
                {"decision": None, "volume_ml": None, "deferral_until": None, "decided_at": None},
                note=note,
                action="reopen",
            )
            w.update("visit", visit.id, {"status": WAITING}, note=note, action="reopen")
            # Restore the donor's deferral only if it is still the one this decision
            # wrote (a registry import since then may have set a stricter one).
            wrote_it = donor.deferral_reason == row["deferral_reason"]
            if visit.status == DEFERRED and wrote_it and row["donor_deferral_before"]:
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
        self, w: Writer, visit_id: str, statuses: tuple[str, ...] = (WAITING,)
    ) -> tuple[Visit, Donor, Drive]:
        """The visit, its donor and drive, read inside the transaction; refuses a closed
        drive and a ticket that is not in one of ``statuses``."""
        visit, donor, _drive = self._load(visit_id)
        drive = open_drive(self.db, visit.drive_id)
        if visit.status not in statuses:
            code = "already_screened" if statuses == (WAITING,) else "not_screened"
            raise UserError(Problem(code, {"status": visit.status}))
        return visit, donor, drive

    def _check_doctor(self, doctor_id: str | None) -> None:
        row = staff_queries.get(self.db, doctor_id) if doctor_id else None
        if row is None or not row["active"] or row["role"] not in DOCTOR_ROLES:
            raise UserError(Problem("doctor_required", field="doctor"))

    def _propose(
        self, donor: Donor, drive: Drive, answers: Answers, measured: Measurements
    ) -> Decision:
        yes = questionnaire.yes_answers(answers, self.rules)
        return evaluate(self.rules, donor_facts(donor), drive.drive_date, yes, measured)

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
        if outcome == DEFER_PERMANENT:
            changes = {"deferral_permanent": 1, "deferral_until": None, "deferral_reason": reason}
        elif (
            until
            and not donor.deferral_permanent
            and (donor.deferral_until is None or donor.deferral_until < until)
        ):
            changes = {"deferral_until": iso(until), "deferral_reason": reason}
        else:
            return
        w.update("donor", donor.id, {**changes, "local_changed_at": w.now}, note="screening")


def donor_facts(donor: Donor) -> DonorFacts:
    return DonorFacts(
        sex=donor.sex,
        birth_date=donor.birth_date,
        last_donation_date=donor.last_donation_date,
        last_donation_type=donor.last_donation_type,
        deferral_until=donor.deferral_until,
        deferral_permanent=donor.deferral_permanent,
        deferral_reason=donor.deferral_reason,
    )


def overridden_rules(proposal: Decision, choice: DoctorDecision) -> list[str]:
    """The rules the doctor's choice sets aside; empty when it follows the proposal or
    is stricter than it."""
    if choice.outcome == ACCEPT:
        failed = [f.rule for f in proposal.failed] if proposal.outcome != ACCEPT else []
        if (choice.volume_ml or 0) > (proposal.allowed_volume_ml or 0):
            failed += [f.rule for f in proposal.findings if f.max_volume_ml] or ["volume"]
        return failed
    if choice.outcome == DEFER_TEMPORARY and proposal.outcome == DEFER_PERMANENT:
        return [f.rule for f in proposal.failed if f.effect == PERMANENT]
    if choice.outcome == DEFER_TEMPORARY and choice.until and proposal.until:
        # A shorter deferral than a rule's waiting period sets that rule aside.
        return [f.rule for f in proposal.failed if f.until and f.until > choice.until]
    return []


def _check_choice(
    rules: RuleSet, proposal: Decision, choice: DoctorDecision, drive_date: dt.date
) -> list[str]:
    problems = []
    if choice.outcome not in (ACCEPT, DEFER_TEMPORARY, DEFER_PERMANENT):
        raise ValueError(choice.outcome)
    if choice.outcome == ACCEPT and choice.volume_ml not in rules.standard_volumes_ml:
        problems.append(Problem("volume_choice", field="volume"))
    if choice.outcome == DEFER_TEMPORARY and choice.until and choice.until <= drive_date:
        problems.append(Problem("until_not_after_drive", {"date": drive_date}, "until"))
    overridden = overridden_rules(proposal, choice)
    own_deferral = _reason_code(proposal, choice) == DOCTOR_DEFERRAL
    if (overridden or own_deferral) and not choice.reason.strip():
        code = "override_reason_required" if overridden else "deferral_reason_required"
        problems.append(Problem(code, field="reason"))
    if problems:
        raise UserError(*problems)
    return overridden


def _until(choice: DoctorDecision, proposal: Decision) -> dt.date | None:
    if choice.outcome != DEFER_TEMPORARY:
        return None
    if choice.until:
        return choice.until
    return proposal.until if proposal.outcome == DEFER_TEMPORARY else None


def _reason_code(proposal: Decision, choice: DoctorDecision) -> str:
    """The rule behind a deferral: the permanent one, else the one that sets the date."""
    if choice.outcome == ACCEPT:
        return ""
    wanted = PERMANENT if choice.outcome == DEFER_PERMANENT else TEMPORARY
    failed = [f for f in proposal.failed if f.effect == wanted]
    if not failed:
        return DOCTOR_DEFERRAL
    dated = [f for f in failed if f.until == proposal.until and f.until]
    return (dated or failed)[0].rule


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


def _encode_findings(decision: Decision) -> str:
    return json.dumps(
        [
            {
                "rule": f.rule,
                "effect": f.effect,
                "vi": f.vi,
                "en": f.en,
                "until": iso(f.until),
                "max_volume_ml": f.max_volume_ml,
            }
            for f in decision.findings
        ],
        ensure_ascii=False,
    )
