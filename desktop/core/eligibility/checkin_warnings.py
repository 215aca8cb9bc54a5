"""What the check-in clerk must be warned about before a donor joins the queue.

These are warnings, not decisions: the screening doctor decides. The limits (ages,
intervals after each type of donation) come from the rule set in force, the same one
the screening engine uses; ages are calendar-exact.
"""

import datetime as dt

from desktop.core.domain.dates import add_years, age_on
from desktop.core.domain.donor_facts import DonorFacts
from desktop.core.domain.problems import Problem
from desktop.core.domain.vocabulary import DonationType
from desktop.core.eligibility.reasons import reason_names
from desktop.core.eligibility.ruleset import RuleSet


def checkin_warnings(rules: RuleSet, donor: DonorFacts, drive_date: dt.date) -> list[Problem]:
    """Every reason the donor may not be able to give on ``drive_date``."""
    return [
        *_age(rules, donor, drive_date),
        *_interval(rules, donor, drive_date),
        *_deferral(rules, donor, drive_date),
    ]


def next_eligible(rules: RuleSet, donor: DonorFacts) -> dt.date | None:
    """The first day the donor may give again: the later of the end of the interval after
    the last donation and the until-date of a deferral on record. None when nothing holds
    the donor back (never gave, no deferral); a permanent deferral has no such day (the
    caller asks ``donor.deferral_permanent`` first)."""
    dates = [rules.next_eligible(donor.last_donation_date, donor.last_donation_type)]
    dates.append(donor.deferral_until)
    return max((d for d in dates if d is not None), default=None)


def _age(rules: RuleSet, donor: DonorFacts, drive_date: dt.date) -> list[Problem]:
    age = age_on(donor.birth_date, drive_date)
    if age < rules.min_age:
        adult_on = add_years(donor.birth_date, rules.min_age)
        params = {"age": age, "min_age": rules.min_age, "eligible_from": adult_on}
        return [Problem("under_age", params)]
    if age > rules.max_age:
        return [Problem("over_age", {"age": age, "max_age": rules.max_age})]
    return []


def _interval(rules: RuleSet, donor: DonorFacts, drive_date: dt.date) -> list[Problem]:
    last = donor.last_donation_date
    eligible = rules.next_eligible(last, donor.last_donation_type)
    if last is None or eligible is None or drive_date >= eligible:
        return []
    params = {
        "last_date": last,
        "last_type": donor.last_donation_type or DonationType.WHOLE_BLOOD,
        "days": (drive_date - last).days,
        "eligible_from": eligible,
    }
    return [Problem("too_soon", params)]


def _deferral(rules: RuleSet, donor: DonorFacts, drive_date: dt.date) -> list[Problem]:
    """A deferral on record; its reason in both languages (a ticket keeps its warnings,
    and may be shown in either language later)."""
    reason = reason_names(donor.deferral_reason, rules) if donor.deferral_reason else ""
    if donor.deferral_permanent:
        return [Problem("deferred_permanently", {"reason": reason})]
    if donor.deferral_until and drive_date < donor.deferral_until:
        return [Problem("deferred_until", {"until": donor.deferral_until, "reason": reason})]
    return []
