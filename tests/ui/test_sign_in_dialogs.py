"""The start's two dialogs: signing in to an encrypted database, and creating the
administrator of a new (or plain) one, which encrypts it. Keyboard first: Enter signs in
or creates; both fit a 1280 x 720 screen."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.app import run_app
from desktop.cli import _demo_hint
from desktop.core.access import AccessState, database_state
from tests.signin import ADMIN, FULL_NAME, PASSWORD, encrypted, open_any
from tests.ui.keyboard import press, type_keys
from tests.ui.modal import ModalScript
from tests.ui.signing_in import create_administrator, fill_first_admin, sign_in_as
from ui.drive_picker import DrivePicker
from ui.first_admin_dialog import FirstAdminDialog
from ui.sign_in_dialog import SignInDialog
from ui.site_setup_dialog import SiteSetupDialog


def fits(dialog: QDialog) -> bool:
    size = dialog.sizeHint()
    return size.width() <= 1280 and size.height() <= 720 - 40  # less a task bar


def test_a_wrong_password_is_said_and_enter_signs_in(qtbot, tmp_path):
    path = tmp_path / "site.sqlite3"
    encrypted(path).close()
    dialog = SignInDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert fits(dialog) and dialog.windowTitle() == "Đăng nhập — HMTN Desk"
    type_keys(dialog.user, ADMIN)
    type_keys(dialog.password, "not the password")
    press(dialog.password, Qt.Key.Key_Return)
    assert dialog.errors.text(None) == (
        "Sai tên đăng nhập hoặc mật khẩu (hoặc mã PIN). Hãy kiểm tra lại và thử lần nữa."
    )
    assert dialog.password.text() == "" and dialog.user.text() == ADMIN  # type it again
    assert dialog.focusWidget() is dialog.password
    type_keys(dialog.password, PASSWORD)
    press(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.services.session.actor.name == FULL_NAME
    dialog.services.close()


def test_repeated_failures_say_how_long_to_wait(qtbot, tmp_path):
    path = tmp_path / "site.sqlite3"
    encrypted(path).close()
    dialog = SignInDialog(path, user=ADMIN)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(3):
        type_keys(dialog.password, "wrong")
        press(dialog.password, Qt.Key.Key_Return)
    type_keys(dialog.password, PASSWORD)
    press(dialog.password, Qt.Key.Key_Return)
    assert dialog.errors.text(None).startswith("Nhập sai quá nhiều lần: hãy thử lại sau ")
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_the_first_administrator_is_created_and_the_database_encrypted(qtbot, tmp_path):
    path = tmp_path / "new.sqlite3"
    dialog = FirstAdminDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert fits(dialog)
    assert "được mã hóa" in dialog.explanation.text()
    fill_first_admin(dialog, again="something else", pin="12")
    press(dialog.pin, Qt.Key.Key_Return)
    assert dialog.errors.text("password_again") == "Hai mật khẩu không giống nhau."
    assert dialog.errors.text("pin") == "Mã PIN gồm 4 đến 8 chữ số."
    assert not path.exists()  # nothing made
    dialog.again.clear()
    type_keys(dialog.again, PASSWORD)
    dialog.pin.clear()
    type_keys(dialog.pin, "2468")
    press(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=30_000)
    services = dialog.services
    assert services.session.actor.name == FULL_NAME and services.database_key is not None
    services.close()
    assert database_state(path) == AccessState.ENCRYPTED


def test_the_app_starts_with_the_sign_in_and_a_plain_database_with_its_admin(
    qtbot, tmp_path, dialogs
):
    path = tmp_path / "old.sqlite3"
    open_any(path).close()  # a database from before sign-in
    later = (SiteSetupDialog, lambda setup: setup.reject())
    no_drive = (DrivePicker, lambda picker: picker.reject())  # the app ends there
    script = ModalScript(create_administrator(), later, no_drive)
    assert run_app(path, dialogs=dialogs) == 0
    assert script.done == ["FirstAdminDialog", "SiteSetupDialog", "DrivePicker"]
    assert database_state(path) == AccessState.ENCRYPTED
    script = ModalScript(sign_in_as(ADMIN, "wrong password"), sign_in_as(), later, no_drive)
    assert run_app(path, dialogs=dialogs) == 0
    assert script.done == ["SignInDialog", "SignInDialog", "SiteSetupDialog", "DrivePicker"]


def test_the_staff_list_shows_who_signs_in_with_which_user_name(qtbot, tmp_path):
    from desktop.core import access
    from ui.staff_list_dialog import StaffListDialog

    services = encrypted(tmp_path / "site.sqlite3")
    doctor = services.staff.add("BS. Trần Thị Hoa", "doctor")
    access.set_password(services, doctor.id, "bshoa", "bác sĩ hoa 2026")
    dialog = StaffListDialog(services.staff, logins=services.logins)
    qtbot.addWidget(dialog)
    assert dialog.table.horizontalHeaderItem(3).text() == "Tên đăng nhập"
    rows = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 3).text()
        for r in range(dialog.table.rowCount())
    }
    assert rows[FULL_NAME] == ADMIN and rows["BS. Trần Thị Hoa"] == "bshoa"
    services.close()


def test_the_first_administrator_gives_themselves_a_station_role_in_the_staff_dialog(
    qtbot, tmp_path
):
    """A new laptop's administrator holds ``admin`` alone: at a small site they tick the
    station roles they also work, and every later write checks those."""
    from desktop.core.domain.vocabulary import StaffRole
    from ui.staff_dialog import StaffDialog

    services = encrypted(tmp_path / "site.sqlite3")
    me = services.staff.get(services.session.actor.staff_id)
    assert not services.session.holds(StaffRole.CLERK)
    dialog = StaffDialog(services.staff, member=me)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.roles[StaffRole.ADMIN].isChecked()
    dialog.roles[StaffRole.CLERK].setChecked(True)
    press(dialog.full_name, Qt.Key.Key_Return)
    assert services.staff.get(me.id).roles == {StaffRole.ADMIN, StaffRole.CLERK}
    assert services.session.holds(StaffRole.CLERK)  # signed in with it at once
    services.close()


def test_the_demo_hint_is_said_in_the_window_language(qtbot, tmp_path, dialogs):
    path = tmp_path / "demo.sqlite3"
    encrypted(path).close()
    said: list[str] = []

    def read_and_quit(dialog: SignInDialog) -> None:
        said.append(dialog.hint.text())
        dialog.reject()

    ModalScript((SignInDialog, read_and_quit))
    assert run_app(path, language="vi", dialogs=dialogs, sign_in_hint=_demo_hint) == 0
    assert said and said[0].startswith("Cơ sở dữ liệu mẫu: tên đăng nhập admin")
