"""The application's own audit notes (a lock, an unlock, a person switched, a wrong PIN,
a password set) read in the window's language in the viewer and its CSV export; a
reason a person typed stays as typed; a sign-in's record names the person."""

import csv
from string import Formatter

import pytest
from PySide6.QtCore import Qt

from db.records import write_transaction
from desktop.core import access
from desktop.core.domain.audit_notes import PARAMS, AuditNote
from desktop.core.domain.problems import UserError
from desktop.core.domain.vocabulary import AuditAction
from tests.signin import ADMIN, FULL_NAME, PIN, encrypted_with_every_role
from tests.ui.keyboard import commit_text, press
from tests.ui.test_audit_viewer import rows_shown
from ui.audit_notes import NOTES

DOCTOR = "BS. Trần Văn Minh"
TYPED = "Nhập nhầm người: screen locked"  # a typed reason, English words and all
OLD = "screen locked by hand"  # an entry written in English before the catalogue


@pytest.fixture
def services(db_path):
    """An encrypted database, its administrator holding every role signed in."""
    services = encrypted_with_every_role(db_path)
    yield services
    services.close()


@pytest.fixture
def desk_day(services, drive, donors):
    """What happened at the desk: a doctor's password set, the screen locked and
    unlocked, a wrong PIN, the doctor taking the desk, a ticket voided with a reason."""
    ticket = services.checkin.check_in(drive, donors.register(name="Trần Văn Bình")).visit
    doctor = services.staff.add(DOCTOR, "doctor")
    access.set_password(services, doctor.id, "bsminh", "mật khẩu bác sĩ 2026")
    access.set_pin(services, doctor.id, "1357")
    access.lock(services)
    access.unlock(services, ADMIN, PIN)
    with pytest.raises(UserError):
        access.switch_person(services, "bsminh", "9999")
    access.switch_person(services, "bsminh", "1357")
    access.switch_person(services, ADMIN, PIN)
    services.checkin.void_ticket(ticket.id, TYPED)
    with write_transaction(services.db, services.session.actor) as w:  # as written before
        w.log(AuditAction.LOCK, "staff_login", doctor.id, OLD)
    return doctor


def access_rows(viewer) -> dict[str, list[str]]:
    """The rows of the access events shown, by their reason (the last column)."""
    return {row[5]: row for row in rows_shown(viewer)}


def test_the_applications_notes_are_said_in_vietnamese_and_typed_reasons_as_typed(
    qtbot, window, services, desk_day, dialogs, tmp_path
):
    window.show_audit_trail()
    viewer = window.audit_viewer
    commit_text(viewer.record, desk_day.id)
    press(viewer.record, Qt.Key.Key_Return)
    reasons = access_rows(viewer)
    assert "đã đặt mật khẩu" in reasons and OLD in reasons  # an old entry as written
    switched = reasons[f"sau {FULL_NAME}"]
    assert switched[2] == "đã đổi người dùng" and switched[3] == f"đăng nhập {DOCTOR}"
    viewer.record.clear()
    viewer.show_button.click()
    everything = access_rows(viewer)
    assert {"khóa màn hình", "mở khóa màn hình", f"sau {DOCTOR}"} <= set(everything)
    (failed,) = [row for row in rows_shown(viewer) if row[5].startswith("sai mã PIN lúc ")]
    assert failed[5][len("sai mã PIN lúc ") :][2] == "/"  # dd/mm/yyyy, not a UTC stamp
    assert TYPED in everything  # as typed, English words and all
    assert not [r for r in everything if r.startswith("@")]  # no stored code shown

    out = tmp_path / "nhat-ky.csv"
    dialogs.will_save(out)
    viewer.export_button.click()
    with out.open(encoding="utf-8-sig", newline="") as handle:
        reasons_written = {line[7] for line in csv.reader(handle)}
    assert {"khóa màn hình", "mở khóa màn hình", "đã đặt mật khẩu", TYPED} <= reasons_written
    assert not [r for r in reasons_written if r.startswith("@")]


def test_with_english_selected_they_are_said_in_english(
    qtbot, controller, window, services, desk_day
):
    window.language_actions["en"].trigger()
    english = controller.window
    try:
        english.show_audit_trail()
        reasons = access_rows(english.audit_viewer)
        assert {"screen locked", "screen unlocked", "password set", f"after {DOCTOR}"} <= set(
            reasons
        )
        assert any(reason.startswith("wrong PIN at ") for reason in reasons)
        assert TYPED in reasons
        english.audit_viewer.close()
    finally:
        english.language_actions["vi"].trigger()


def test_every_catalogued_note_has_words_with_its_parameters():
    for code in AuditNote:
        template = NOTES[code]
        named = {field for _text, field, _spec, _conv in Formatter().parse(template) if field}
        assert named == set(PARAMS.get(code, ())), code
