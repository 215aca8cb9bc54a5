"""Implausible collection times: an unusual duration needs the nurse's confirmation,
which the donation and its audit keep; an end before the start is always refused."""

import json

import pytest

from desktop.core.domain.audit_notes import AuditNote, parse_note
from desktop.core.domain.problems import UserError
from tests.test_collection import accepted as accepted_fixture
from tests.test_collection import codes, form
from tests.test_collection import staff as staff_fixture

accepted, staff = accepted_fixture, staff_fixture  # a nurse signed in; accept a donor


@pytest.fixture
def unit_for(services, drive, accepted, staff):
    """Record a donation of a newly accepted donor with these form values."""

    def record(**changes):
        visit = accepted()
        din = services.dins.allocate(drive, 1)[0].din
        return (
            visit,
            din,
            lambda: services.collection.record(visit.id, form(din.barcode_data, **changes)),
        )

    return record


def audit_of(services, donation_id: str) -> dict:
    return next(
        services.db.query(
            "SELECT * FROM audit_log WHERE table_name = 'donation' AND record_id = ?",
            [donation_id],
        )
    )


def test_450_ml_in_no_time_is_not_recorded_without_the_nurses_confirmation(
    services, drive, unit_for
):
    visit, din, record = unit_for(started="09:05", ended="09:05")
    with pytest.raises(UserError) as refused:
        record()
    [problem] = refused.value.problems
    assert (problem.code, problem.field, problem.params) == (
        "duration_unusual", "ended", {"minutes": "0", "min": 4, "max": 15},
    )  # fmt: skip
    assert services.collection.donations(drive) == []  # nothing written
    assert services.dins.record(din.number).status == "allocated"
    assert services.collection.queue(drive)[0].visit.id == visit.id

    confirmed = services.collection.record(
        visit.id,
        form(din.barcode_data, started="09:05",
             ended="09:05", duration_confirmed=True),
    )  # fmt: skip
    assert (confirmed.outcome, confirmed.minutes, confirmed.duration_confirmed) == (
        "complete", 0, True,
    )  # fmt: skip
    entry = audit_of(services, confirmed.id)
    assert json.loads(entry["new_values"])["duration_confirmed"] == 1
    limits = {"minutes": "0", "minimum": "4", "maximum": "15"}
    assert parse_note(entry["note"]) == (AuditNote.DURATION_CONFIRMED, limits)


@pytest.mark.parametrize(
    ("started", "ended", "unusual"),
    [
        ("09:00", "09:03", True),  # under the minimum of 4
        ("09:00", "09:04", False),
        ("09:00", "09:15", False),
        ("09:00", "09:16", True),  # over the maximum of 15
        ("00:10", "23:59", True),  # a whole day: over the maximum, never a wrap-around
    ],
)
def test_the_limits_are_the_boundaries(services, unit_for, started, ended, unusual):
    _visit, _din, record = unit_for(started=started, ended=ended)
    if not unusual:
        assert record().duration_confirmed is False
        return
    with pytest.raises(UserError) as refused:
        record()
    assert codes(refused.value) == ["duration_unusual"]


def test_an_incomplete_donation_is_held_to_the_same_limits(services, unit_for):
    _visit, _din, record = unit_for(outcome="incomplete", volume_ml="90", ended="09:06")
    with pytest.raises(UserError) as refused:
        record()  # 09:05 to 09:06
    assert codes(refused.value) == ["duration_unusual"]


def test_a_confirmation_is_kept_only_for_an_unusual_duration(services, unit_for):
    _visit, _din, record = unit_for(duration_confirmed=True)  # 09:05 to 09:13
    unit = record()
    assert unit.duration_confirmed is False
    assert audit_of(services, unit.id)["note"] is None


@pytest.mark.parametrize(
    ("started", "ended"),
    [
        ("09:13", "09:05"),
        ("23:55", "00:03"),  # across midnight: not read as 8 minutes on the next day
        ("23:59", "00:00"),
        ("00:01", "00:00"),
    ],
)
def test_an_end_before_the_start_is_refused_even_when_confirmed(
    services, drive, unit_for, started, ended
):
    _visit, _din, record = unit_for(started=started, ended=ended, duration_confirmed=True)
    with pytest.raises(UserError) as refused:
        record()
    assert [(p.code, p.field) for p in refused.value.problems] == [("end_before_start", "ended")]
    assert services.collection.donations(drive) == []


def test_the_duration_shown_while_typing_comes_from_the_same_rule(services, drive):
    assert services.collection.duration(drive, "09:00", "09:07").minutes == 7
    assert services.collection.duration(drive, "09:00", "09:07").problem is None
    assert services.collection.duration(drive, "09:00", "09:01").problem.code == (
        "duration_unusual"
    )
    assert services.collection.duration(drive, "23:55", "00:03").problem.code == (
        "end_before_start"
    )
    assert services.collection.duration(drive, "09:00", "").minutes is None


def test_the_limits_are_settings_checked_together(services):
    assert (services.collection.limits.minimum, services.collection.limits.maximum) == (4, 15)
    for minimum, maximum, expected in (
        ("0", "15", [("minutes_range", "min_minutes")]),
        ("4", "90", [("minutes_range", "max_minutes")]),
        ("abc", "", [("minutes_range", "min_minutes"), ("minutes_range", "max_minutes")]),
        ("20", "12", [("minutes_order", "min_minutes")]),
    ):
        with pytest.raises(UserError) as refused:
            services.collection.set_limits(minimum, maximum)
        assert [(p.code, p.field) for p in refused.value.problems] == expected
    services.collection.set_limits(" 6", "20 ")
    assert (services.collection.limits.minimum, services.collection.limits.maximum) == (6, 20)
    services.collection.set_limits("6", "12")
    assert (services.collection.limits.minimum, services.collection.limits.maximum) == (6, 12)
