"""Who works at the desk, on screen: switching person with a PIN (F12), the screen's
lock (Ctrl+L, and after the idle time set for the laptop) and the passwords and PINs set
in the staff list. On an encrypted database whose administrator holds every role."""

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from desktop.core import access
from desktop.core.backups.rotation import BackupReason
from desktop.core.domain.vocabulary import StaffRole
from desktop.core.foundation.key_file import KeyFile, key_file_path
from desktop.core.stations.screening import DoctorDecision
from tests.factories import MALE
from tests.signin import ADMIN, FULL_NAME, PIN, encrypted_with_every_role
from tests.test_screening_service import HEALTHY
from tests.ui.keyboard import commit_text, press, type_keys
from ui.credentials_dialog import CredentialsDialog
from ui.device_dialog import DeviceDialog
from ui.operation import Operation
from ui.switch_person_dialog import SwitchPersonDialog

DOCTOR = "BS. Trần Thị Hoa"
NURSE = "ĐD. Hoàng Văn Dũng"
WRONG = "Sai tên đăng nhập hoặc mật khẩu (hoặc mã PIN). Hãy kiểm tra lại và thử lần nữa."


@pytest.fixture
def services(db_path):
    """An encrypted database, its administrator holding every role signed in."""
    services = encrypted_with_every_role(db_path)
    yield services
    services.close()


@pytest.fixture
def doctor(services):
    """A doctor with a user name and a PIN (no password: the PIN switches, never opens)."""
    doctor = services.staff.add(DOCTOR, "doctor")
    services.logins.set_user_name(doctor.id, "bshoa")
    access.set_pin(services, doctor.id, "1357")
    return doctor


def fits(dialog: QDialog) -> bool:
    size = dialog.sizeHint()
    return size.width() <= 1280 and size.height() <= 720 - 40  # less a task bar


def switch_dialog(qtbot, window) -> SwitchPersonDialog:
    qtbot.keyClick(window, Qt.Key.Key_F12)
    dialog = window.desk_access.dialog
    assert isinstance(dialog, SwitchPersonDialog) and dialog.isVisible()
    return dialog


def test_a_pin_switches_the_person_and_the_next_decision_is_theirs(
    qtbot, window, services, doctor, drive, donors
):
    ticket = services.checkin.check_in(drive, donors.register("Phạm Văn Đức", sex=MALE)).visit
    services.screening.save_questionnaire(ticket.id, {})
    assert window.desk_access.switch_action in window.operator_bar.actions()
    dialog = switch_dialog(qtbot, window)
    assert fits(dialog) and dialog.windowTitle() == "Đổi người"
    type_keys(dialog.user, "bshoa")
    type_keys(dialog.pin, "9x99")  # a PIN takes digits only
    assert dialog.pin.text() == "999"
    press(dialog.pin, Qt.Key.Key_Return)
    assert dialog.errors.text(None) == WRONG
    assert dialog.isVisible() and dialog.pin.text() == "" and dialog.focusWidget() is dialog.pin
    assert window.operator.text().startswith(f"{FULL_NAME} (quản trị,")  # nothing switched
    assert services.session.actor.name == FULL_NAME
    type_keys(dialog.pin, "1357")
    press(dialog.pin, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.operator.text() == f"{DOCTOR} (bác sĩ khám sàng lọc)"
    assert window.screening_screen.measurements.doctor.text() == DOCTOR
    record = services.screening.decide(ticket.id, HEALTHY, DoctorDecision("accept", 450))
    assert record.doctor_name == DOCTOR


def test_repeated_wrong_pins_say_how_long_to_wait(qtbot, window, services, doctor):
    dialog = switch_dialog(qtbot, window)
    press(dialog.pin, Qt.Key.Key_Return)
    assert dialog.errors.text("user_name") == "Bắt buộc nhập."
    type_keys(dialog.user, "bshoa")
    for _ in range(4):
        type_keys(dialog.pin, "2468")  # the administrator's PIN, not hers
        press(dialog.pin, Qt.Key.Key_Return)
    assert dialog.errors.text(None).startswith("Nhập sai quá nhiều lần: hãy thử lại sau ")
    assert dialog.focusWidget() is dialog.pin and services.session.actor.name == FULL_NAME


def test_someone_without_a_pin_is_told_to_ask_for_one(qtbot, window, services, doctor):
    access.set_pin(services, doctor.id, None)
    dialog = switch_dialog(qtbot, window)
    type_keys(dialog.user, "bshoa")
    type_keys(dialog.pin, "1357")
    press(dialog.pin, Qt.Key.Key_Return)
    assert dialog.errors.text("pin") == (
        f"{DOCTOR} chưa có mã PIN: hãy nhờ quản trị viên đặt mã PIN trong danh sách nhân"
        " viên (hoặc dùng mật khẩu)."
    )
    assert services.session.actor.name == FULL_NAME


def test_the_idle_screen_locks_hides_the_donors_and_opens_with_the_pin(
    qtbot, window, services, controller
):
    desk = window.desk_access
    assert desk.idle.timer.interval() == 5 * 60_000  # the default: 5 minutes
    window.add_staff()  # a form half filled in when the desk is left
    form = window.staff_dialog
    commit_text(form.full_name, "Nguyễn Văn Mới")
    desk.idle.set_interval(20)  # the test's idle time: 20 ms
    qtbot.waitUntil(lambda: desk.locked, timeout=5_000)
    desk.idle.set_interval(0)  # no second lock once opened
    screen = desk.screen
    assert screen.isVisible() and screen.windowState() & Qt.WindowState.WindowFullScreen
    assert QApplication.activeModalWidget() is screen  # the form and window behind: blocked
    assert not window.checkin_screen.isVisible() and not window.tabs.isVisible()
    assert services.session.actor.staff_id is None  # nobody may write while locked
    assert screen.who.text().startswith(f"{FULL_NAME} đã khóa màn hình lúc ")
    assert screen.user.text() == ADMIN and screen.focusWidget() is screen.secret
    press(screen.secret, Qt.Key.Key_Escape)  # Escape does not open the desk
    assert screen.isVisible()
    controller.scheduler.back_up(BackupReason.PERIODIC)  # work in the background goes on
    qtbot.waitUntil(lambda: not controller.scheduler.task.running, timeout=30_000)
    assert services.backups.backups()
    type_keys(screen.secret, "0000")
    press(screen.secret, Qt.Key.Key_Return)
    assert screen.errors.text(None) == WRONG and desk.locked and screen.secret.text() == ""
    type_keys(screen.secret, PIN)
    press(screen.secret, Qt.Key.Key_Return)
    assert not desk.locked and window.checkin_screen.isVisible()
    assert services.session.actor.name == FULL_NAME
    assert form.isVisible() and form.full_name.text() == "Nguyễn Văn Mới"  # nothing lost
    form.reject()


def test_unlocking_with_another_persons_password_signs_them_in(qtbot, window, services):
    doctor = services.staff.add(DOCTOR, "doctor")
    access.set_password(services, doctor.id, "bshoa", "bác sĩ hoa 2026")
    window.desk_access.idle.set_interval(0)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    screen = window.desk_access.screen
    assert screen is not None and screen.isVisible()
    screen.user.clear()
    type_keys(screen.user, "bshoa")
    commit_text(screen.secret, "bác sĩ hoa 2026")
    press(screen.secret, Qt.Key.Key_Return)
    assert not window.desk_access.locked
    assert window.operator.text() == f"{DOCTOR} (bác sĩ khám sàng lọc)"
    [unlocked] = services.db.query("SELECT actor_name FROM audit_log WHERE action = 'unlock'")
    assert unlocked["actor_name"] == DOCTOR


def test_the_idle_time_is_a_device_setting(qtbot, window, services):
    dialog = DeviceDialog(services.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.lock_minutes.value() == 5 and fits(dialog)
    dialog.site_code.setText("TTHH-HN")
    dialog.lock_minutes.setValue(12)
    press(dialog.lock_minutes, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.settings.lock_minutes() == 12
    assert window.desk_access.idle.timer.interval() == 12 * 60_000
    dialog = DeviceDialog(services.settings, window)
    qtbot.addWidget(dialog)
    assert dialog.lock_minutes.text() == "12 phút"
    dialog.lock_minutes.setValue(0)
    assert dialog.lock_minutes.text() == "không bao giờ"
    dialog.save()
    assert not window.desk_access.idle.timer.isActive()  # never locks


def credentials_for(qtbot, window, name: str) -> CredentialsDialog:
    window.list_staff()
    staff_list = window.staff_list
    row = next(i for i, m in enumerate(staff_list.shown) if m.full_name == name)
    staff_list.table.selectRow(row)
    qtbot.mouseClick(staff_list.credentials_button, Qt.MouseButton.LeftButton)
    dialog = staff_list.staff_dialog
    assert isinstance(dialog, CredentialsDialog) and dialog.isVisible() and fits(dialog)
    return dialog


def test_the_administrator_sets_a_nurses_password_and_pin(qtbot, window, services, db_path):
    services.staff.add(NURSE, "nurse")
    dialog = credentials_for(qtbot, window, NURSE)
    type_keys(dialog.user, "dieuduong")
    commit_text(dialog.password, "điều dưỡng 2026")
    commit_text(dialog.again, "điều dưỡng 2025")
    type_keys(dialog.pin, "12")
    type_keys(dialog.pin_again, "12")
    press(dialog.pin_again, Qt.Key.Key_Return)
    assert dialog.errors.text("password_again") == "Hai mật khẩu không giống nhau."
    assert dialog.errors.text("pin") == "Mã PIN gồm 4 đến 8 chữ số."
    assert dialog.focusWidget() is dialog.again  # the first field in error
    dialog.again.clear()
    commit_text(dialog.again, "điều dưỡng 2026")
    type_keys(dialog.pin, "34")
    type_keys(dialog.pin_again, "35")
    press(dialog.pin_again, Qt.Key.Key_Return)
    assert dialog.errors.text("pin_again") == "Hai mã PIN không giống nhau."
    assert KeyFile.load(key_file_path(db_path)).users() == [ADMIN]  # nothing saved
    dialog.pin_again.clear()
    type_keys(dialog.pin_again, "1234")
    press(dialog.pin_again, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    table = window.staff_list.table
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    assert table.horizontalHeaderItem(4).text() == "Mã PIN"
    assert table.item(rows[NURSE], 3).text() == "dieuduong"
    assert table.item(rows[NURSE], 4).text() == "có"
    window.ask_before_closing = False
    window.close()
    services.close()  # the file closed: she signs in to it
    nurse = access.sign_in(db_path, "dieuduong", "điều dưỡng 2026")
    try:
        assert nurse.session.actor.name == NURSE
        assert access.switch_person(nurse, "dieuduong", "1234").full_name == NURSE
    finally:
        nurse.close()


def test_a_nurse_cannot_set_someone_elses_password_but_sets_her_own_pin(
    qtbot, window, services, db_path
):
    nurse = services.staff.add(NURSE, "nurse")
    services.logins.set_user_name(nurse.id, "dieuduong")
    services.staff.sign_in(nurse)
    dialog = credentials_for(qtbot, window, FULL_NAME)
    commit_text(dialog.password, "chiếm quyền 2026")
    commit_text(dialog.again, "chiếm quyền 2026")
    press(dialog.again, Qt.Key.Key_Return)
    assert dialog.errors.text(None) == "Việc này cần vai trò: quản trị. Chưa có gì được lưu."
    assert dialog.isVisible()
    assert KeyFile.load(key_file_path(db_path)).users() == [ADMIN]
    dialog.reject()
    window.desk_access.my_credentials_action.trigger()
    mine = window.desk_access.dialog
    assert isinstance(mine, CredentialsDialog) and mine.member.id == nurse.id
    type_keys(mine.pin, "8642")
    type_keys(mine.pin_again, "8642")
    press(mine.pin_again, Qt.Key.Key_Return)
    assert not mine.isVisible()
    services.staff.sign_in(services.staff.get(dialog.member.id))  # the administrator again
    assert access.switch_person(services, "dieuduong", "8642").id == nurse.id


def test_a_backup_ending_while_locked_is_its_starters_and_says_so_once_unlocked(
    qtbot, window, services, dialogs
):
    """The message a background job ends with never comes up over the lock screen: it
    waits, and is shown once the desk is unlocked; the job's entry names its starter."""
    desk = window.desk_access
    desk.idle.set_interval(0)
    window.backup_menu.now_action.trigger()
    desk.lock()  # at once: the backup goes on while nobody is signed in
    qtbot.waitUntil(lambda: window.backup_menu.operation is None, timeout=30_000)
    (made,) = services.backups.backups()
    assert desk.locked and dialogs.asked == []  # said nothing over the lock screen
    assert QApplication.activeModalWidget() is desk.screen
    type_keys(desk.screen.secret, PIN)
    press(desk.screen.secret, Qt.Key.Key_Return)
    assert not desk.locked
    [said] = [asked.detail for asked in dialogs.asked if asked.kind == "inform"]
    assert said.startswith(f"Đã sao lưu: {made.path}")
    [entry] = services.db.query("SELECT actor_name FROM audit_log WHERE action = 'backup'")
    assert entry["actor_name"] == FULL_NAME


def test_work_running_when_the_desk_locks_acts_for_its_starter_to_its_end(qtbot, window, services):
    """Any work on a worker (``ui.worker``) reads the person who started it, with their
    roles, however late it looks; the desk itself has nobody signed in."""
    go, results = threading.Event(), []

    def work(_progress):
        go.wait()
        return services.session.actor.name, services.session.holds(StaffRole.ADMIN)

    Operation(window, work).on_success(results.append).run()
    window.desk_access.lock()
    go.set()
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    assert results == [(FULL_NAME, True)]
    assert services.session.actor.staff_id is None and not services.session.holds(StaffRole.ADMIN)
    screen = window.desk_access.screen
    type_keys(screen.secret, PIN)
    press(screen.secret, Qt.Key.Key_Return)
    assert not window.desk_access.locked
