"""What a crash must not lose, kept as it is made: the ticks of a questionnaire not yet
recorded (a draft, never an answer) and where the laptop was (drive and station)."""

import datetime as dt

import pytest

from desktop.core.domain.answers import Answer
from desktop.core.domain.problems import UserError
from desktop.core.domain.vocabulary import StaffRole
from desktop.core.stations.drives import DriveForm
from desktop.core.stations.screening import DoctorDecision
from tests.crash_writer import HEALTHY
from tests.people import by_everyone, sign_in_as


@pytest.fixture
def doctor(services):
    return sign_in_as(services, StaffRole.DOCTOR, name="BS. Trần Thị Hoa")


def audited(services, table: str) -> int:
    return services.db.execute(
        "SELECT count(*) FROM audit_log WHERE table_name = ?", [table]
    ).fetchone()[0]


def test_a_draft_keeps_the_ticks_until_the_questionnaire_is_recorded(
    services, drive, donors, doctor
):
    with by_everyone(services):  # at reception
        visit = services.checkin.check_in(drive, donors.register()).visit
    services.screening.save_draft(visit.id, {"cough": Answer(False)})
    assert audited(services, "questionnaire_draft") == 0  # nothing ticked, nothing kept
    half = {"cough": Answer(True), "fever": Answer(True, dt.date(2026, 10, 1))}
    services.screening.save_draft(visit.id, half)
    services.screening.save_draft(visit.id, half)  # unchanged: not written again
    assert services.screening.draft(visit.id) == half
    assert audited(services, "questionnaire_draft") == 1
    assert services.screening.record(visit.id) is None  # a draft is not an answer

    services.screening.save_questionnaire(visit.id, {})  # the doctor went through it
    services.screening.save_draft(visit.id, {"tattoo": Answer(True)})  # recorded: ignored
    assert services.screening.draft(visit.id) == half
    services.screening.decide(visit.id, HEALTHY, DoctorDecision("accept", 450))
    with pytest.raises(UserError) as refused:
        services.screening.save_draft(visit.id, half)
    assert [p.code for p in refused.value.problems] == ["already_screened"]


def test_the_laptop_opens_the_drive_it_showed_last_while_it_is_open(services, drive):
    other = services.drives.create(
        DriveForm(code="HM261125", drive_date="25/11/2026", place_name="Trường THCS Láng",
                  province_code=drive.province_code, ward_code=drive.ward_code,
                  organizer="Đoàn phường", campaign="chu_nhat_do", target_units="100")
    )  # fmt: skip
    assert services.drives.drive_to_open() is None  # two open: the user chooses
    assert services.settings.last_station == "checkin"
    services.settings.remember_place(other.id, "collection")
    assert services.drives.drive_to_open().id == other.id
    assert services.settings.last_station == "collection"
    before = audited(services, "setting")
    services.settings.remember_place(other.id, "collection")
    assert audited(services, "setting") == before  # written only when it changed
    with pytest.raises(ValueError):
        services.settings.remember_place(other.id, "kitchen")
