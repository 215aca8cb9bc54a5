"""How screening records read on screen: who answered, the proposal, the decision."""

import datetime as dt

from desktop.core.domain.dates import dmy, local_moment
from desktop.core.domain.records import ScreeningRecord
from desktop.core.domain.vocabulary import Proposal
from desktop.core.eligibility.engine import QUESTIONNAIRE_MISSING, Decision
from ui.messages import translate


def local_time(stamp: str | None) -> str:
    """A stored UTC timestamp as the laptop's local time, "HH:MM dd/mm/yyyy"."""
    if not stamp:
        return ""
    moment = local_moment(stamp)
    return f"{moment:%H:%M} {dmy(moment.date())}"


def answered_by_text(record: ScreeningRecord | None) -> str:
    if record is None or not record.questionnaire_at:
        return translate("Screening", "The questionnaire has not been recorded yet.")
    return translate("Screening", "Questionnaire recorded by {name} at {time}.").format(
        name=record.questionnaire_by or translate("Screening", "the application"),
        time=local_time(record.questionnaire_at),
    )


def outcome_text(outcome: str | None, volume: int | None, until: dt.date | None) -> str:
    if outcome == Proposal.ACCEPT:
        return translate("Screening", "Accept, {volume} ml").format(volume=volume)
    if outcome == Proposal.DEFER_TEMPORARY and until:
        return translate("Screening", "Defer until {date}").format(date=dmy(until))
    if outcome == Proposal.DEFER_TEMPORARY:
        return translate("Screening", "Defer for today")
    if outcome == Proposal.DEFER_PERMANENT:
        return translate("Screening", "Defer permanently")
    return translate("Screening", "Not complete: measurements are missing")


def proposal_text(decision: Decision) -> str:
    outcome = outcome_text(decision.outcome, decision.volume_ml, decision.until)
    unanswered = any(f.rule == QUESTIONNAIRE_MISSING for f in decision.findings)
    if decision.outcome == Proposal.INCOMPLETE and unanswered:
        outcome = translate("Screening", "Not complete: the health questionnaire is not recorded")
    return translate("Screening", "Proposed: {outcome}").format(outcome=outcome)
