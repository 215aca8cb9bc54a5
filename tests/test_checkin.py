"""Check-in: queue numbers, one ticket per donor per drive, warnings kept for the doctor."""

import datetime as dt
import json

import pytest

from db.records import write_transaction
from desktop.core.domain.problems import UserError
from tests.factories import FEMALE, MALE, registry_row, write_registry


def test_queue_numbers_follow_each_other(services, drive, donors):
    first = donors.register("Nguyễn Văn An", dt.date(1990, 1, 1), MALE)
    second = donors.register("Lê Thị Bích", dt.date(1991, 2, 2), FEMALE)
    assert services.checkin.check_in(drive, first).visit.queue_no == 1
    assert services.checkin.check_in(drive, second).visit.queue_no == 2
    waiting = services.checkin.waiting_for_screening(drive)
    assert [(e.visit.queue_no, e.full_name) for e in waiting] == [
        (1, "Nguyễn Văn An"),
        (2, "Lê Thị Bích"),
    ]
    assert services.checkin.counts(drive) == {"waiting_screening": 2}


def test_checking_in_twice_shows_the_existing_ticket(services, drive, donors):
    donor = donors.register()
    first = services.checkin.check_in(drive, donor)
    again = services.checkin.check_in(drive, donor)
    assert first.created and not again.created
    assert again.visit.id == first.visit.id
    assert again.visit.queue_no == 1
    assert services.db.execute("SELECT count(*) FROM visit").fetchone()[0] == 1


def test_warnings_do_not_block_and_are_kept_on_the_ticket(services, drive, donors, drive_date):
    minor = donors.register("Trần Minh Khoa", dt.date(2009, 1, 15), MALE)
    result = services.checkin.check_in(drive, minor)
    assert result.created
    assert [w.code for w in result.warnings] == ["under_age"]
    stored = services.db.execute("SELECT warnings FROM visit").fetchone()[0]
    assert json.loads(stored) == [
        {"code": "under_age", "params": {"age": 17, "min_age": 18, "eligible_from": "2027-01-15"}}
    ]
    ticket = services.checkin.waiting_for_screening(drive)[0].visit
    assert ticket.warnings[0].code == "under_age"


def test_a_closed_drive_takes_no_one(services, drive, donors):
    with write_transaction(services.db, services.session.actor) as w:
        w.update("drive", drive.id, {"status": "closed"})
    with pytest.raises(UserError) as error:
        services.checkin.check_in(drive, donors.register())
    assert error.value.problems[0].code == "drive_closed"
    assert services.db.execute("SELECT count(*) FROM visit").fetchone()[0] == 0


def test_check_in_is_audited_with_the_operator(services, drive, donors):
    clerk = services.staff.add("Nguyễn Thị Lan", "clerk")
    services.staff.sign_in(clerk)
    visit = services.checkin.check_in(drive, donors.register()).visit
    row = services.db.execute(
        "SELECT actor_id, actor_name FROM audit_log WHERE record_id = ?", [visit.id]
    ).fetchone()
    assert row == (clerk.id, "Nguyễn Thị Lan")
    assert services.db.execute("SELECT checked_in_by FROM visit").fetchone()[0] == clerk.id


def _registry_donor(services, tmp_path, **values):
    row = registry_row(**values)
    report = services.registry.import_file(write_registry(tmp_path / "registry.csv", [row]))
    assert report.ok
    return services.donors.lookup(row["national_id"]).exact


@pytest.mark.parametrize(
    ("last_donation", "deferral_until", "next_eligible"),
    [
        ("", "2027-04-15", dt.date(2027, 4, 15)),  # never gave: the deferral decides
        ("2026-10-15", "2027-04-15", dt.date(2027, 4, 15)),  # the deferral ends later
        ("2026-10-15", "2026-12-01", dt.date(2027, 1, 7)),  # the interval ends later
        ("2026-10-15", "", dt.date(2027, 1, 7)),
        ("", "", None),  # nothing holds them back
    ],
)
def test_the_next_eligible_date_counts_the_deferral_on_record(
    services, drive, tmp_path, last_donation, deferral_until, next_eligible
):
    donor = _registry_donor(
        services,
        tmp_path,
        last_donation_date=last_donation,
        donation_count="1" if last_donation else "0",
        deferral_until=deferral_until,
        deferral_reason="Xăm mình" if deferral_until else "",
    )
    assessment = services.checkin.assess(donor, drive)
    assert assessment.next_eligible == next_eligible
    assert not assessment.permanently_deferred


def test_a_permanent_deferral_has_no_next_eligible_date(services, drive, tmp_path):
    donor = _registry_donor(
        services, tmp_path, deferral_permanent="1", deferral_reason="HBsAg dương tính"
    )
    assessment = services.checkin.assess(donor, drive)
    assert assessment.permanently_deferred
    assert assessment.next_eligible is None


def test_the_queue_says_whose_questionnaire_is_recorded(services, drive, donors):
    first = services.checkin.check_in(drive, donors.register("Nguyễn Văn An")).visit
    services.checkin.check_in(drive, donors.register("Lê Thị Bích", sex=FEMALE))
    services.screening.save_questionnaire(first.id, {})
    waiting = services.checkin.waiting_for_screening(drive)
    assert [(e.full_name, e.questionnaire_recorded) for e in waiting] == [
        ("Nguyễn Văn An", True),
        ("Lê Thị Bích", False),
    ]
