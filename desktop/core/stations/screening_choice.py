"""What the doctor's choice means against the engine's proposal (pure functions).

Accepting against a failed rule, above the volume weight and haemoglobin allow, or
shortening a rule's deferral sets rules aside: an override, which needs a written
reason. Deferring where no rule asks for it needs one too.
"""

import datetime as dt
import json
from dataclasses import dataclass

from desktop.core.domain.dates import iso
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.text import clean_line
from desktop.core.domain.vocabulary import Proposal, ScreeningDecision
from desktop.core.eligibility.engine import Decision, Effect
from desktop.core.eligibility.reasons import DOCTOR_DEFERRAL
from desktop.core.eligibility.ruleset import RuleSet


@dataclass(frozen=True)
class DoctorDecision:
    """What the doctor chose."""

    outcome: ScreeningDecision | str
    volume_ml: int | None = None
    until: dt.date | None = None  # temporary deferral: first day the donor may give again
    reason: str = ""  # required for an override or a deferral the rules did not ask for


def overridden_rules(proposal: Decision, choice: DoctorDecision) -> list[str]:
    """The rules the doctor's choice sets aside; empty when it follows the proposal or
    is stricter than it."""
    if choice.outcome == ScreeningDecision.ACCEPT:
        failed = [f.rule for f in proposal.failed] if proposal.outcome != Proposal.ACCEPT else []
        if (choice.volume_ml or 0) > (proposal.allowed_volume_ml or 0):
            failed += [f.rule for f in proposal.findings if f.max_volume_ml] or ["volume"]
        return failed
    if choice.outcome != ScreeningDecision.DEFER_TEMPORARY:
        return []
    if proposal.outcome == Proposal.DEFER_PERMANENT:
        return [f.rule for f in proposal.failed if f.effect == Effect.PERMANENT]
    if choice.until and proposal.until:
        # A shorter deferral than a rule's waiting period sets that rule aside.
        return [f.rule for f in proposal.failed if f.until and f.until > choice.until]
    return []


def check_choice(
    rules: RuleSet, proposal: Decision, choice: DoctorDecision, drive_date: dt.date
) -> list[str]:
    """The rules set aside by ``choice``; UserError when the choice is incomplete."""
    if choice.outcome not in frozenset(ScreeningDecision):
        raise ValueError(choice.outcome)
    problems = []
    if choice.outcome == ScreeningDecision.ACCEPT and (
        choice.volume_ml not in rules.standard_volumes_ml
    ):
        problems.append(Problem("volume_choice", field="volume"))
    if (
        choice.outcome == ScreeningDecision.DEFER_TEMPORARY
        and choice.until
        and choice.until <= drive_date
    ):
        problems.append(Problem("until_not_after_drive", {"date": drive_date}, "until"))
    overridden = overridden_rules(proposal, choice)
    own_deferral = reason_code(proposal, choice) == DOCTOR_DEFERRAL
    if (overridden or own_deferral) and not clean_line(choice.reason):  # as it is stored
        code = "override_reason_required" if overridden else "deferral_reason_required"
        problems.append(Problem(code, field="reason"))
    if problems:
        raise UserError(*problems)
    return overridden


def deferral_until(choice: DoctorDecision, proposal: Decision) -> dt.date | None:
    """The first day the donor may give again after a temporary deferral, if known."""
    if choice.outcome != ScreeningDecision.DEFER_TEMPORARY:
        return None
    if choice.until:
        return choice.until
    return proposal.until if proposal.outcome == Proposal.DEFER_TEMPORARY else None


def reason_code(proposal: Decision, choice: DoctorDecision) -> str:
    """The rule behind a deferral: the permanent one, else the one that sets the date."""
    if choice.outcome == ScreeningDecision.ACCEPT:
        return ""
    permanent = choice.outcome == ScreeningDecision.DEFER_PERMANENT
    wanted = Effect.PERMANENT if permanent else Effect.TEMPORARY
    failed = [f for f in proposal.failed if f.effect == wanted]
    if not failed:
        return DOCTOR_DEFERRAL
    dated = [f for f in failed if f.until == proposal.until and f.until]
    return (dated or failed)[0].rule


def encode_findings(decision: Decision) -> str:
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
