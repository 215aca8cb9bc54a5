"""Signing in: the first administrator, passwords that unwrap the key, PINs that only
switch the person, failures audited and slowed, the lock, the escrow to the center."""

import datetime as dt
import json

import minisign
import pyrage
import pytest

from db.connection import DatabaseRefused
from desktop.core import access
from desktop.core.access import AccessState, database_state
from desktop.core.domain.audit_notes import AuditNote, parse_note
from desktop.core.domain.problems import UserError
from desktop.core.exchange.site import CenterKeys
from desktop.core.foundation.key_file import KeyFile, key_file_path
from desktop.core.foundation.signin_failures import failures_path
from desktop.core.services import open_services
from tests.people import everyone
from tests.signin import ADMIN, FULL_NAME, PASSWORD, PIN, copy_database, encrypted

NOW = dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.UTC)


def codes(error: pytest.ExceptionInfo) -> list[str]:
    return [p.code for p in error.value.problems]


def audit(services, action: str) -> list[dict]:
    return list(
        services.db.query(
            "SELECT actor_name, record_id, note FROM audit_log WHERE action = ? ORDER BY rowid",
            [action],
        )
    )


@pytest.fixture(scope="module")
def made_site(tmp_path_factory):
    """An encrypted database: its administrator, a doctor with a password and a PIN
    (made once per module: argon2id is slow on purpose)."""
    path = tmp_path_factory.mktemp("site") / "site.sqlite3"
    services = encrypted(path)
    doctor = services.staff.add("BS. Trần Thị Hoa", "doctor")
    access.set_password(services, doctor.id, "BsHoa", "bác sĩ hoa 2026")
    access.set_pin(services, doctor.id, "1357")
    services.close()
    return path, doctor


@pytest.fixture
def site(made_site, tmp_path):
    """A copy of ``made_site`` for one test (SQLite's backup API, with its key file)."""
    path, doctor = made_site
    return copy_database(path, tmp_path / "site.sqlite3"), doctor


def test_the_first_run_creates_the_administrator_and_encrypts(tmp_path):
    path = tmp_path / "new.sqlite3"
    assert database_state(path) == AccessState.NEW
    with pytest.raises(DatabaseRefused):  # a mistyped path never becomes a database
        encrypted(path, create=False)
    services = encrypted(path)
    assert services.session.actor.name == FULL_NAME
    admin = services.staff.get(services.session.actor.staff_id)
    assert admin.roles == {"admin"}  # station roles are given in the staff dialog
    assert services.logins.user_names()[admin.id] == ADMIN  # shown in the staff list
    services.close()
    assert database_state(path) == AccessState.ENCRYPTED
    assert KeyFile.load(key_file_path(path)).users() == [ADMIN]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.sqlite3", "new.sqlite3.keys"]
    with pytest.raises(UserError) as again:
        encrypted(path)
    assert codes(again) == ["administrator_exists"]


def test_a_plain_database_is_converted_by_its_first_administrator(tmp_path):
    path = tmp_path / "old.sqlite3"
    plain = open_services(path)
    everyone(plain)  # the test person holding every role
    plain.staff.add("Lê Thị Hồng", "nurse")
    staff_before = len(plain.staff.everyone())
    plain.close()
    assert database_state(path) == AccessState.PLAIN
    with pytest.raises(UserError) as refused:
        access.sign_in(path, ADMIN, PASSWORD)
    assert codes(refused) == ["no_administrator"]
    encrypted(path).close()
    assert database_state(path) == AccessState.ENCRYPTED
    services = access.sign_in(path, ADMIN, PASSWORD)
    assert len(services.staff.everyone()) == staff_before + 1  # everyone kept, one more
    services.close()
    assert not list(tmp_path.glob("*before-encryption*"))


@pytest.mark.parametrize(
    ("full_name", "user", "password", "pin", "problem"),
    [
        ("", ADMIN, PASSWORD, PIN, "required"),
        (FULL_NAME, "", PASSWORD, PIN, "required"),
        (FULL_NAME, "two words", PASSWORD, PIN, "user_name_invalid"),
        (FULL_NAME, ADMIN, "short", PIN, "password_too_short"),
        (FULL_NAME, ADMIN, PASSWORD, "12", "pin_invalid"),
        (FULL_NAME, ADMIN, PASSWORD, "12345678901", "pin_invalid"),
        (FULL_NAME, ADMIN, PASSWORD, "12a4", "pin_invalid"),
    ],
)
def test_bad_values_create_nothing(tmp_path, full_name, user, password, pin, problem):
    path = tmp_path / "new.sqlite3"
    with pytest.raises(UserError) as refused:
        access.create_administrator(path, full_name, user, password, pin, create=True)
    assert problem in codes(refused)
    assert list(tmp_path.iterdir()) == []


def test_a_password_signs_in_its_person_and_is_audited(site):
    path, doctor = site
    services = access.sign_in(path, "bshoa", "bác sĩ hoa 2026")  # names are not cased
    assert services.session.actor.staff_id == doctor.id
    assert audit(services, "sign_in")[-1]["actor_name"] == "BS. Trần Thị Hoa"
    services.close()


def test_wrong_passwords_are_refused_slowed_and_audited_at_the_next_open(site):
    path, _doctor = site
    for _ in range(3):
        with pytest.raises(UserError) as refused:
            access.sign_in(path, ADMIN, "not the password", now=NOW)
        assert codes(refused) == ["sign_in_refused"]
    with pytest.raises(UserError) as refused:
        access.sign_in(path, "nobody", "whatever", now=NOW)  # the same answer
    assert codes(refused) == ["sign_in_refused"]
    kept = json.loads(failures_path(path).read_text(encoding="utf-8"))
    assert PASSWORD not in json.dumps(kept) and "not the password" not in json.dumps(kept)
    with pytest.raises(UserError) as slowed:  # even the right password waits
        access.sign_in(path, ADMIN, PASSWORD, now=NOW + dt.timedelta(seconds=2))
    assert codes(slowed) == ["sign_in_wait"]
    assert slowed.value.problems[0].params == {"seconds": 3}
    services = access.sign_in(path, ADMIN, PASSWORD, now=NOW + dt.timedelta(seconds=6))
    failed = audit(services, "sign_in_failed")
    assert [f["record_id"] for f in failed] == [ADMIN, ADMIN, ADMIN, "nobody"]
    notes = [parse_note(f["note"]) for f in failed]
    assert {code for code, _params in notes} == {AuditNote.PASSWORD_FAILED}
    assert all(params["at"].startswith("2026-12-01T08:00:00") for _code, params in notes)
    services.close()
    kept = json.loads(failures_path(path).read_text(encoding="utf-8"))
    assert kept["pending"] == [] and list(kept["users"]) == ["nobody"]  # still slowed


def test_the_wait_grows_with_each_failure():
    from desktop.core.foundation.logins import wait_seconds

    at = "2026-12-01T08:00:00.000000Z"
    assert [wait_seconds(n, at, NOW) for n in (1, 2, 3, 4, 5, 12)] == [0, 0, 5, 10, 20, 300]


def test_a_deactivated_person_cannot_sign_in_and_loses_their_wrap(site):
    path, doctor = site
    services = access.sign_in(path, ADMIN, PASSWORD)
    services.staff.set_active(doctor.id, False)
    assert KeyFile.load(key_file_path(path)).users() == [ADMIN]
    services.close()
    with pytest.raises(UserError) as refused:
        access.sign_in(path, "BsHoa", "bác sĩ hoa 2026")
    assert codes(refused) == ["sign_in_refused"]


def test_a_pin_switches_the_person_without_closing(site):
    path, doctor = site
    services = access.sign_in(path, ADMIN, PASSWORD)
    connection = services.db
    assert access.switch_person(services, "BsHoa", "1357", now=NOW).id == doctor.id
    assert services.session.actor.staff_id == doctor.id and services.db is connection
    switched = audit(services, "switch_person")
    assert switched[-1]["actor_name"] == "BS. Trần Thị Hoa"
    assert FULL_NAME in switched[-1]["note"]
    for _ in range(3):
        with pytest.raises(UserError) as refused:
            access.switch_person(services, ADMIN, "0000", now=NOW)
        assert codes(refused) == ["sign_in_refused"]
    with pytest.raises(UserError) as slowed:
        access.switch_person(services, ADMIN, PIN, now=NOW + dt.timedelta(seconds=1))
    assert codes(slowed) == ["sign_in_wait"]
    assert services.session.actor.staff_id == doctor.id  # still the doctor
    access.switch_person(services, ADMIN, PIN, now=NOW + dt.timedelta(seconds=10))
    assert services.session.actor.name == FULL_NAME
    assert len(audit(services, "sign_in_failed")) == 3
    services.close()


def test_someone_without_a_pin_is_told_so_and_nothing_is_counted(site):
    path, doctor = site
    services = access.sign_in(path, ADMIN, PASSWORD)
    access.set_pin(services, doctor.id, None)
    assert services.logins.with_pin() == {services.session.actor.staff_id}
    for _ in range(4):  # nothing to guess: never slowed
        with pytest.raises(UserError) as refused:
            access.switch_person(services, "BsHoa", "1357", now=NOW)
        assert codes(refused) == ["pin_not_set"]
        assert refused.value.problems[0].params == {"name": "BS. Trần Thị Hoa"}
    assert services.session.actor.name == FULL_NAME and audit(services, "sign_in_failed") == []
    services.close()


def test_a_pin_never_opens_the_database(site):
    path, _doctor = site
    with pytest.raises(UserError) as refused:
        access.sign_in(path, "BsHoa", "1357")
    assert codes(refused) == ["sign_in_refused"]


def test_the_lock_takes_the_persons_pin_or_any_users_password(site):
    path, doctor = site
    services = access.sign_in(path, "BsHoa", "bác sĩ hoa 2026")
    access.lock(services)
    assert services.session.actor.staff_id is None  # nobody may write while locked
    with pytest.raises(UserError) as refused:
        access.unlock(services, "BsHoa", "9999", now=NOW)
    assert codes(refused) == ["sign_in_refused"]
    assert access.unlock(services, "BsHoa", "1357", now=NOW).id == doctor.id
    access.lock(services)
    with pytest.raises(UserError) as refused:  # the admin's PIN is not the doctor's
        access.unlock(services, ADMIN, PIN, now=NOW)
    assert codes(refused) == ["sign_in_refused"]
    admin = access.unlock(services, ADMIN, PASSWORD, now=NOW)
    assert services.session.actor.staff_id == admin.id
    assert [a["actor_name"] for a in audit(services, "lock")] == ["BS. Trần Thị Hoa"] * 2
    assert [a["actor_name"] for a in audit(services, "unlock")] == ["BS. Trần Thị Hoa", FULL_NAME]
    services.close()


def test_a_new_password_rewraps_and_the_old_one_stops_working(site):
    path, doctor = site
    services = access.sign_in(path, "BsHoa", "bác sĩ hoa 2026")
    access.set_password(services, doctor.id, "hoa.tran", "mật khẩu mới 2027")  # their own
    with pytest.raises(UserError) as refused:  # someone else's needs the administrator
        access.set_password(services, _admin_id(services), ADMIN, "chiếm quyền 2027")
    assert codes(refused) == ["role_required"]
    with pytest.raises(UserError) as short:
        access.set_password(services, doctor.id, "hoa.tran", "1234567")
    assert codes(short) == ["password_too_short"]
    assert services.logins.user_names()[doctor.id] == "hoa.tran"
    services.close()
    assert KeyFile.load(key_file_path(path)).users() == [ADMIN, "hoa.tran"]
    for user, password in (("BsHoa", "bác sĩ hoa 2026"), ("hoa.tran", "bác sĩ hoa 2026")):
        with pytest.raises(UserError):
            access.sign_in(path, user, password)
    access.sign_in(path, "HOA.TRAN", "mật khẩu mới 2027").close()


def test_user_names_are_unique_whatever_their_case(site):
    path, _doctor = site
    services = access.sign_in(path, ADMIN, PASSWORD)
    nurse = services.staff.add("Lê Thị Hồng", "nurse")
    with pytest.raises(UserError) as taken:
        access.set_password(services, nurse.id, "BSHOA", "y tá hồng 2026")
    assert codes(taken) == ["user_name_taken"]
    services.close()


def test_the_key_is_escrowed_to_the_center_when_its_keys_arrive(site):
    path, _doctor = site
    escrow = pyrage.x25519.Identity.generate()
    center = pyrage.x25519.Identity.generate()
    signing = minisign.KeyPair.generate().public_key.to_base64().decode()
    services = access.sign_in(path, ADMIN, PASSWORD)
    assert not KeyFile.load(key_file_path(path)).escrow_sealed
    services.identity.set_center(
        CenterKeys(str(center.to_public()), str(escrow.to_public()), signing)
    )
    key = services.database_key
    services.close()
    keys = KeyFile.load(key_file_path(path))
    assert keys.escrow_recipient == str(escrow.to_public())
    assert keys.recover(escrow) == key
    services = access.sign_in(path, ADMIN, PASSWORD)
    recipient = {"recipient": str(escrow.to_public())}
    assert parse_note(audit(services, "update")[-1]["note"]) == (AuditNote.KEY_ESCROWED, recipient)
    services.close()


def test_a_missing_or_damaged_key_file_is_said(site):
    path, _doctor = site
    keys = key_file_path(path)
    saved = keys.read_bytes()
    keys.write_text("{}")
    with pytest.raises(DatabaseRefused) as refused:
        access.sign_in(path, ADMIN, PASSWORD)
    assert refused.value.reason == "key_file_damaged"
    keys.unlink()
    with pytest.raises(DatabaseRefused) as refused:
        access.sign_in(path, ADMIN, PASSWORD)
    assert refused.value.reason == "no_key_file"
    keys.write_bytes(saved)
    access.sign_in(path, ADMIN, PASSWORD).close()


def _admin_id(services) -> str:
    return next(s.id for s in services.staff.everyone() if s.full_name == FULL_NAME)


def test_only_an_administrator_or_the_person_sets_a_pin_or_user_name(tmp_path):
    from desktop.core.domain.vocabulary import StaffRole
    from tests.people import acting, person

    services = encrypted(tmp_path / "site.sqlite3")
    admin = services.staff.get(services.session.actor.staff_id)
    nurse = person(services, "ĐD. Hoàng Văn Dũng", StaffRole.NURSE)
    access.set_password(services, nurse.id, "dung", "điều dưỡng 2026")
    with acting(services, nurse):
        access.set_pin(services, nurse.id, "1357")  # her own
        with pytest.raises(UserError) as refused:
            services.logins.set_pin(admin.id, "9999")  # the core refuses, not only access
        assert codes(refused) == ["role_required"]
        with pytest.raises(UserError):
            services.logins.set_user_name(admin.id, "quantri")
    assert services.logins.user_name(admin.id) == ADMIN
    assert access.switch_person(services, ADMIN, PIN).id == admin.id  # the PIN unchanged
    services.close()
