"""Check-in warnings at their calendar boundaries."""

import datetime as dt

import pytest

from desktop.core.domain.donor_facts import DonorFacts
from desktop.core.eligibility.checkin_warnings import checkin_warnings
from desktop.core.eligibility.ruleset import load_rule_set

DRIVE = dt.date(2026, 11, 24)
RULES = load_rule_set()  # the shipped rule set: ages 18-60, 84 / 14 days


def DonorStatus(*facts, **named) -> DonorFacts:
    return DonorFacts("M", *facts, **named)


def next_eligible_date(last: dt.date, kind: str) -> dt.date | None:
    return RULES.next_eligible(last, kind)


def codes(status: DonorFacts, day: dt.date = DRIVE) -> list[str]:
    return [w.code for w in checkin_warnings(RULES, status, day)]


def test_eighteenth_birthday_is_the_first_allowed_day():
    # domain.md: someone born 2008-11-23 turns 18 on 2026-11-23
    born = dt.date(2008, 11, 23)
    assert codes(DonorStatus(born), dt.date(2026, 11, 22)) == ["under_age"]
    assert codes(DonorStatus(born), dt.date(2026, 11, 23)) == []


def test_under_age_warning_gives_the_eighteenth_birthday():
    warning = checkin_warnings(RULES, DonorStatus(dt.date(2009, 1, 15)), DRIVE)[0]
    assert warning.params == {"age": 17, "min_age": 18, "eligible_from": dt.date(2027, 1, 15)}


def test_sixty_is_allowed_sixty_one_is_not():
    assert codes(DonorStatus(dt.date(1965, 11, 25))) == []  # 60, turns 61 tomorrow
    assert codes(DonorStatus(dt.date(1965, 11, 24))) == ["over_age"]  # 61 today


def test_leap_day_birthday():
    born = dt.date(2008, 2, 29)
    assert codes(DonorStatus(born), dt.date(2026, 2, 28)) == ["under_age"]
    assert codes(DonorStatus(born), dt.date(2026, 3, 1)) == []


@pytest.mark.parametrize(("days", "warned"), [(83, True), (84, False), (200, False)])
def test_twelve_weeks_after_whole_blood(days, warned):
    status = DonorStatus(dt.date(1990, 1, 1), DRIVE - dt.timedelta(days), "whole_blood")
    assert (codes(status) == ["too_soon"]) is warned


def test_interval_example_from_the_domain_notes():
    # 84 days after 2026-08-30 is 2026-11-22
    assert next_eligible_date(dt.date(2026, 8, 30), "whole_blood") == dt.date(2026, 11, 22)


def test_too_soon_warning_names_the_next_eligible_date():
    status = DonorStatus(dt.date(1990, 1, 1), dt.date(2026, 10, 15), "whole_blood")
    warning = checkin_warnings(RULES, status, DRIVE)[0]
    assert warning.params["eligible_from"] == dt.date(2027, 1, 7)
    assert warning.params["days"] == 40


@pytest.mark.parametrize(("kind", "days", "warned"), [
    ("platelets", 13, True), ("platelets", 14, False), ("plasma", 13, True),
    ("plasma", 14, False), ("rbc_apheresis", 83, True), ("rbc_apheresis", 84, False),
])  # fmt: skip
def test_interval_follows_the_type_of_the_last_donation(kind, days, warned):
    status = DonorStatus(dt.date(1990, 1, 1), DRIVE - dt.timedelta(days), kind)
    assert (codes(status) == ["too_soon"]) is warned


def test_deferral_until_is_the_first_day_allowed_again():
    status = DonorStatus(dt.date(1990, 1, 1), deferral_until=DRIVE, deferral_reason="Hb thấp")
    assert codes(status) == []
    status = DonorStatus(
        dt.date(1990, 1, 1), deferral_until=DRIVE + dt.timedelta(1), deferral_reason="Hb thấp"
    )
    assert codes(status) == ["deferred_until"]


def test_permanent_deferral():
    status = DonorStatus(dt.date(1990, 1, 1), deferral_permanent=True, deferral_reason="HBsAg")
    assert codes(status) == ["deferred_permanently"]


def test_several_warnings_at_once():
    status = DonorStatus(
        dt.date(1960, 1, 1),
        DRIVE - dt.timedelta(10),
        "whole_blood",
        deferral_permanent=True,
    )
    assert codes(status) == ["over_age", "too_soon", "deferred_permanently"]
