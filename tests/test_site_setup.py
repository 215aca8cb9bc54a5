"""The first-run set-up: asked once, checked whole, saved by the services that own each part."""

import pytest

from db.driver import sqlite3
from desktop.core.domain.problems import UserError
from desktop.core.domain.vocabulary import StaffRole
from desktop.core.services import open_services
from desktop.core.stations.site_setup import SiteSetupForm
from tests.factories import fail_writes
from tests.people import sign_in_as

GOOD = SiteSetupForm(
    facility="Viện Huyết học - Truyền máu Trung ương",
    contact="Đường dây nóng 1900 0000",
    site_code="tthh-hn",
    fin="a1234",
    doctor="BS. Trần Văn Minh",
    nurse="Lê Thị Hồng",
)


@pytest.fixture
def services(db_path):
    """A new laptop with only its administrator (no doctor, no nurse yet), signed in."""
    services = open_services(db_path)
    sign_in_as(services, StaffRole.ADMIN)
    yield services
    services.close()


def test_a_new_database_needs_setting_up_and_says_what(services):
    assert services.setup.needed()
    problems = services.setup.problems(SiteSetupForm())
    assert [(p.field, p.code) for p in problems] == [
        ("facility", "required"),
        ("site_code", "required"),
        ("fin", "required"),
        ("doctor", "required"),
        ("nurse", "required"),
    ]


def test_each_part_is_saved_by_its_own_service(services):
    heard = []
    services.bus.subscribe(heard.append)
    now = services.setup.save(GOOD)
    assert sorted(heard) == ["settings", "staff"]  # once each, after the commit
    assert now.complete and not services.setup.needed()
    assert services.certificates.facility == "Viện Huyết học - Truyền máu Trung ương"
    assert services.certificates.center_contact == "Đường dây nóng 1900 0000"
    assert services.settings.device().site_code == "TTHH-HN"
    assert services.dins.fin() == "A1234"
    assert [s.full_name for s in services.staff.holders(StaffRole.DOCTOR)] == ["BS. Trần Văn Minh"]
    assert [s.full_name for s in services.staff.holders(StaffRole.NURSE)] == ["Lê Thị Hồng"]
    audited = {row[0] for row in services.db.execute("SELECT DISTINCT table_name FROM audit_log")}
    assert {"setting", "installation", "staff"} <= audited


def test_one_bad_part_saves_nothing(services):
    with pytest.raises(UserError) as refused:
        services.setup.save(SiteSetupForm(**{**GOOD.__dict__, "fin": "A12"}))
    assert [p.field for p in refused.value.problems] == ["fin"]
    assert services.certificates.facility == ""
    assert services.dins.fin() is None
    assert [s.roles for s in services.staff.active()] == [{StaffRole.ADMIN}]


def test_a_part_that_fails_to_save_saves_nothing(services):
    fail_writes(services.db, "staff", "NEW.role = 'nurse'")  # the last part written
    heard = []
    services.bus.subscribe(heard.append)
    with pytest.raises(sqlite3.IntegrityError):
        services.setup.save(GOOD)
    assert heard == []  # no screen is told of a change that was rolled back
    assert services.certificates.facility == ""
    assert services.settings.device().site_code != "TTHH-HN"
    assert services.dins.fin() is None
    assert [s.roles for s in services.staff.active()] == [{StaffRole.ADMIN}]


def test_staff_already_there_need_not_be_added_again(services):
    services.staff.add("BS. Trần Văn Minh", "doctor")
    services.staff.add("Lê Thị Hồng", "nurse")
    form = services.setup.current().form()
    assert (form.doctor, form.nurse) == ("", "")
    services.setup.save(SiteSetupForm(**{**GOOD.__dict__, "doctor": "", "nurse": ""}))
    assert len(services.staff.active()) == 3
    assert not services.setup.needed()
