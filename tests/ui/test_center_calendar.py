"""The center's Lịch đợt hiến máu tab and its dialogs, driven as a planner does: a drive
planned for two laptops from the keyboard, changed, a laptop assigned and withdrawn, a
DIN block resized until a package carried it; from the devices tab, the runs of
certificate forms and the desk letters. Everything on screen fits a 1280 x 720 screen."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from db.stamps import new_id, utc_now
from desktop.app import AppController
from desktop.core.domain.device_names import short_device_id
from tests.center_planning import in_days, open_center, plan_form
from tests.center_sites import Site
from tests.ui.keyboard import press, type_keys
from tests.ui.test_laptop_layout import SCREENS, fits, fully_shown, usable
from ui.center_calendar import qdate
from ui.plan_dialogs import AssignDeviceDialog, BlockSizeDialog
from ui.plan_drive_dialog import PlanDriveDialog
from ui.serial_runs_dialog import SerialRunsDialog

CALENDAR_TAB = 8

# The province list pops up as a window of its own; the offscreen platform can neither
# raise it nor let it grab the keyboard, and says so.
pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support raise\(\)$",
    r"^This plugin does not support grabbing the keyboard$",
)


@pytest.fixture
def made(planning_center_made):
    return planning_center_made


@pytest.fixture
def center(made, tmp_path):
    services = open_center(made, tmp_path)
    yield services
    services.close()


@pytest.fixture
def window(qapp, qtbot, center, translators, dialogs):
    controller = AppController(qapp, center, translators, dialogs)
    controller.show_center()
    qtbot.addWidget(controller.window)
    qtbot.waitExposed(controller.window)
    yield controller.window
    controller.window.close()


def opened(qtbot, owner, kind: type[QDialog]) -> QDialog:
    [dialog] = [found for found in owner.findChildren(kind) if found.isVisible()]
    qtbot.waitExposed(dialog)
    return dialog


def cells(model, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def package_written(center, device_id: str) -> None:
    """What the package writer (another part) records once a device's file is written."""
    center.db.table("package_log").insert(
        {"id": new_id(), "device_id": device_id, "number": 1, "file_name": "p.hmtn.age",
         "sha256": "0" * 64, "made_at": utc_now(), "made_by": "BS. Nguyễn Thị Lan"}
    )  # fmt: skip


def test_a_drive_is_planned_for_two_laptops_from_the_keyboard(qtbot, window, center, made):
    qtbot.keyClick(window, "9", Qt.KeyboardModifier.ControlModifier)
    tab = window.calendar
    assert window.tabs.currentWidget() is tab and window.tabs.tabText(8) == "Lịch đợt hiến máu"
    assert tab.model.rowCount() == 0 and not tab.edit_button.isEnabled()
    tab.plan_button.click()
    dialog = opened(qtbot, tab, PlanDriveDialog)
    assert dialog.windowTitle() == "Lên kế hoạch đợt hiến máu"
    qtbot.waitUntil(dialog.fields.date.hasFocus)  # the code follows the date
    day = in_days(12)
    dialog.fields.date.setDate(qdate(day))
    assert dialog.fields.code.text() == f"HM{day:%y%m%d}"  # the code follows the date
    type_keys(dialog.fields.place_name, "Trường THPT Chu Văn An")
    dialog.fields.province.setCurrentText("Thành phố Hà Nội")
    dialog.fields.ward.setCurrentText("Phường Láng")
    type_keys(dialog.fields.organizer, "Đoàn phường Láng")
    dialog.fields.target.setValue(300)
    devices = dialog.devices
    names = [devices.item(r).text() for r in range(devices.count())]
    assert names[0] == "HN01 · bàn A · Bàn A - Bạch Mai (DIN 000001–038461)"
    devices.setFocus()
    press(devices, Qt.Key.Key_Space)  # A
    press(devices, Qt.Key.Key_Down)
    press(devices, Qt.Key.Key_Space)  # B
    press(devices, Qt.Key.Key_Return)  # Enter plans it
    assert dialog.result() == QDialog.DialogCode.Accepted

    [entry] = tab.model.entries
    row = cells(tab.model, 0)
    assert row[:7] == [
        day.strftime("%d/%m/%Y"), f"HM{day:%y%m%d}", "theo kế hoạch", "đang mở", "300", "0",
        "HN01 · bàn A · Bàn A - Bạch Mai; HN01 · bàn B · Bàn B - Bạch Mai",
    ]  # fmt: skip
    assert row[7] == "Trường THPT Chu Văn An, Phường Láng, Thành phố Hà Nội"
    assert "Đã lên kế hoạch đợt" in tab.message.text()
    assert cells(tab.device_model, 0) == [
        "HN01 · bàn A · Bàn A - Bạch Mai", "được phân công", f"A1001 {day.year} 038012–038461",
        "450", "chưa gửi: còn đổi được",
    ]  # fmt: skip
    assert [d["code"] for d in center.planning.for_device(made.devices["B"]).drives] == [
        entry.drive.code
    ]


def test_a_past_date_is_said_under_the_date_and_nothing_is_planned(qtbot, window, center):
    tab = window.calendar
    tab.plan_button.click()
    dialog = opened(qtbot, tab, PlanDriveDialog)
    dialog.fields.date.setDate(qdate(in_days(-2)))
    type_keys(dialog.fields.place_name, "Nhà văn hóa")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.errors.text("drive_date").startswith("Đợt hiến máu lên kế hoạch phải từ hôm nay")
    assert dialog.errors.text("organizer") == "Bắt buộc nhập."
    dialog.reject()
    assert center.planning.calendar(in_days(-30), in_days(30)) == []


def test_a_planned_drive_is_changed_a_laptop_assigned_withdrawn_and_its_block_resized(
    qtbot, window, center, made, dialogs
):
    a = made.devices["A"]
    center.planning.plan(plan_form("HM-CVA", in_days(5), target=100), [a])
    tab = window.calendar
    tab.table.selectRow(0)

    tab.edit_button.click()
    dialog = opened(qtbot, tab, PlanDriveDialog)
    assert dialog.windowTitle() == "Sửa đợt HM-CVA" and dialog.devices.isHidden()
    assert (
        dialog.fields.code.text() == "HM-CVA" and dialog.fields.ward.currentText() == "Phường Láng"
    )
    dialog.fields.target.setValue(200)
    press(dialog.fields.target, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert cells(tab.model, 0)[4] == "200"

    tab.assign_button.click()
    assign = opened(qtbot, tab, AssignDeviceDialog)
    names = [assign.devices.item(r).text() for r in range(assign.devices.count())]
    assert not any(name.startswith("HN01 · bàn A") for name in names)  # it works it already
    assign.devices.setCurrentRow(next(i for i, n in enumerate(names) if "Bàn C -" in n))
    press(assign.devices, Qt.Key.Key_Return)
    assert assign.result() == QDialog.DialogCode.Accepted
    assert [r[0] for r in (cells(tab.device_model, i) for i in range(2))] == [
        "HN01 · bàn A · Bàn A - Bạch Mai", "HN01 · bàn C · Bàn C - máy dự phòng"
    ]  # fmt: skip
    assert cells(tab.device_model, 1)[2:4] == [f"A1001 {in_days(5).year} 076923–077222", "300"]

    tab.device_table.selectRow(0)
    tab.resize_button.click()
    resize = opened(qtbot, tab, BlockSizeDialog)
    qtbot.waitUntil(resize.size_field.hasFocus)
    assert resize.size_field.value() == 150
    resize.size_field.setValue(500)
    press(resize.size_field, Qt.Key.Key_Return)
    assert cells(tab.device_model, 0)[2:5] == [
        f"A1001 {in_days(5).year} 037962–038461", "500", "chưa gửi: còn đổi được"
    ]  # fmt: skip

    tab.device_table.selectRow(1)
    dialogs.will_type("Máy đi đợt khác")
    tab.withdraw_button.click()
    assert cells(tab.device_model, 1)[1:3] == ["đã rút", ""]
    assert (
        tab.message.text()
        == "HN01 · bàn C · Bàn C - máy dự phòng không còn được phân công cho đợt HM-CVA."
    )
    assert cells(tab.model, 0)[6] == "HN01 · bàn A · Bàn A - Bạch Mai"

    package_written(center, a)
    tab.refresh()
    tab.device_table.selectRow(0)
    assert cells(tab.device_model, 0)[4] == "đã gửi đi: cố định"
    assert not tab.resize_button.isEnabled() and tab.withdraw_button.isEnabled()


def test_a_target_and_a_block_size_are_written_the_vietnamese_way(qtbot, window, center, made):
    center.planning.plan(plan_form("HM-BK", in_days(5), target=1250), [made.devices["A"]])
    tab = window.calendar
    tab.table.selectRow(0)
    tab.edit_button.click()
    edit = opened(qtbot, tab, PlanDriveDialog)
    assert edit.fields.target.text() == "1.250"
    edit.reject()
    tab.device_table.selectRow(0)
    tab.resize_button.click()
    resize = opened(qtbot, tab, BlockSizeDialog)
    texts = [label.text() for label in resize.findChildren(QLabel)]
    assert "1.875 (gấp rưỡi chỉ tiêu 1.250 đơn vị)" in texts
    resize.reject()


def test_a_drive_every_laptop_works_says_so_when_a_laptop_is_to_be_assigned(
    qtbot, window, center, made
):
    center.planning.plan(plan_form("HM-CVA", in_days(5), target=100), list(made.devices.values()))
    tab = window.calendar
    tab.table.selectRow(0)
    tab.assign_button.click()
    assign = opened(qtbot, tab, AssignDeviceDialog)
    # every active laptop works it already: said, rather than an empty list to pick from
    assert assign.devices.count() == 0 and not assign.assign_button.isEnabled()
    assert assign.note.text() == "Mọi máy đang hoạt động đều đã được phân công cho đợt này."
    press(assign, Qt.Key.Key_Escape)
    assert assign.result() == QDialog.DialogCode.Rejected


def test_a_laptop_drive_is_listed_but_not_changed_at_the_center(window, center, tmp_path):
    laptop = Site(tmp_path / "laptop.sqlite3", "HN09", "A1009", in_days(2), letter="E")
    center.center.merge("HN09-1", laptop.export()[0])  # a laptop the center has not enrolled
    tab = window.calendar
    tab.refresh()
    unenrolled = f"thiết bị {short_device_id(laptop.device_id)}"
    assert cells(tab.model, 0)[1:3] == [laptop.drive.code, "cơ sở tự tạo"]
    assert cells(tab.model, 0)[6] == unenrolled
    assert cells(tab.device_model, 0)[:2] == [unenrolled, "tự tạo đợt"]
    assert not tab.edit_button.isEnabled() and not tab.assign_button.isEnabled()
    laptop.services.close()


def test_certificate_forms_and_desk_letters_from_the_devices_tab(qtbot, window, center, dialogs):
    devices = window.devices
    devices.table.selectRow(0)  # HN01, desk A
    devices.serials_button.click()
    runs = opened(qtbot, devices, SerialRunsDialog)
    qtbot.waitUntil(runs.prefix.hasFocus)
    type_keys(runs.prefix, "aa")
    runs.digits.setValue(7)
    type_keys(runs.first, "12001")
    type_keys(runs.last, "12500")
    assert runs.preview.text() == "AA0012001 đến AA0012500"
    press(runs.last, Qt.Key.Key_Return)
    assert cells(runs.model, 0) == ["AA0012001", "AA0012500", "500", "đang dùng"]
    assert (
        runs.message.text()
        == "Phôi AA0012001 đến AA0012500 sẽ đến máy này cùng gói dữ liệu kế tiếp."
    )
    runs.close()

    devices.table.selectRow(1)  # desk B: the same forms are refused
    devices.serials_button.click()
    other = opened(qtbot, devices, SerialRunsDialog)
    type_keys(other.prefix, "AA")
    type_keys(other.first, "12400")
    type_keys(other.last, "12600")
    press(other.last, Qt.Key.Key_Return)
    assert other.model.rowCount() == 0
    assert other.errors.text("first").startswith(
        "Các phôi này trùng với dãy AA0012001 đến AA0012500"
    )
    other.close()

    dialogs.will_type("a")
    devices.letter_button.click()
    assert "Chữ A đã là chữ cái bàn của Bàn A - Bạch Mai" in devices.message.text()
    dialogs.will_type("e")
    devices.letter_button.click()
    letters = {d.device_name: d.desk_letter for d in devices.model.entries}
    assert letters["Bàn B - Bạch Mai"] == "E"  # listed by letter now: after C
    assert devices.message.text() == "Bàn B - Bạch Mai là bàn E kể từ gói dữ liệu kế tiếp."


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_calendar_and_its_dialogs_fit_the_screen(qtbot, window, center, made, screen):
    for day, code in ((3, "HM-1"), (4, "HM-2")):
        center.planning.plan(plan_form(code, in_days(day), target=100), list(made.devices.values()))
    window.showNormal()
    window.resize(usable(screen))
    window.tabs.setCurrentIndex(CALENDAR_TAB)
    tab = window.calendar
    tab.refresh()
    QApplication.processEvents()
    labels = [label for label in tab.findChildren(QLabel) if label.isVisibleTo(tab)]
    assert labels and all(fully_shown(label) for label in labels)
    assert tab.device_table.isVisible() and tab.device_table.height() > 80
    tab.table.selectRow(0)
    tab.device_table.selectRow(0)
    for button, kind in ((tab.plan_button, PlanDriveDialog), (tab.edit_button, PlanDriveDialog),
                         (tab.assign_button, AssignDeviceDialog),
                         (tab.resize_button, BlockSizeDialog)):  # fmt: skip
        button.click()
        dialog = opened(qtbot, tab, kind)
        assert fits(dialog, screen), kind
        dialog.reject()
        QApplication.processEvents()
    window.devices.table.selectRow(0)
    window.devices.serials_button.click()
    runs = opened(qtbot, window.devices, SerialRunsDialog)
    assert fits(runs, screen)
    runs.close()
