"""Installing the center's drive package from the site's window (Danh sách người hiến →
Cài gói dữ liệu từ trung tâm…): real package files written by a real center, installed
off the GUI thread while check-in goes on, the report in words, every refusal in words
with nothing changed."""

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QMenu

from db import installation
from db.driver import sqlite3
from desktop.core.domain.dates import dmy
from desktop.core.exchange.package_checks import PackageRefused
from tests.factories import MALE, cccd_for, registry_row
from tests.packages import package
from tests.ui.keyboard import press, type_keys
from tests.ui.searching import settled
from tests.ui.site_packages import PLANNED, RULE_SET_VERSION, build_package_world, copy_laptop
from ui.drive_picker import DrivePicker
from ui.export_dialog import at_center_text
from ui.package_install_dialog import PackageInstallDialog, refusal_lines

INSTALL_TIMEOUT_MS = 60_000
NOT_INSTALLED = "Chưa cài gói dữ liệu. Không có gì bị thay đổi."


@pytest.fixture(scope="module")
def world(made_center, tmp_path_factory, translators):
    built = build_package_world(tmp_path_factory.mktemp("packages"), made_center)
    translators.install("vi")  # hmtn center init (made_center) ran in English
    return built


@pytest.fixture
def db_path(world, tmp_path):
    """The window works on a copy of laptop A, enrolled at the center."""
    return copy_laptop(world, tmp_path / "laptop-a.sqlite3")


@pytest.fixture
def dialog(qtbot, window, services):
    dialog = PackageInstallDialog(services.package_installer, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def install(qtbot, dialog, path) -> object:
    with qtbot.waitSignal(dialog.finishedInstall, timeout=INSTALL_TIMEOUT_MS) as finished:
        dialog.start(path)
    return finished.args[0]


def said(dialog) -> list[str]:
    return dialog.report_view.toPlainText().splitlines()


def what_laptop_holds(services) -> dict:
    db = services.db
    return {
        "donors": services.donors.count(),
        "drives": sorted(d.code for d in services.drives.all()),
        "blocks": db.execute("SELECT count(*) FROM number_block").fetchone()[0],
        "packages": db.execute("SELECT count(*) FROM package_install").fetchone()[0],
        "letter": services.settings.desk_letter,
        "rules": services.rules.current.version,
    }


def test_the_package_installs_from_the_registry_menu_and_says_what_it_brought(
    qtbot, controller, drive, services, dialogs, world
):
    controller.show(drive)  # not the window fixture: this window is replaced
    window = controller.window
    menu = next(m for m in window.menuBar().findChildren(QMenu)
                if window.import_action in m.actions())  # fmt: skip
    assert menu.title() == "&Danh sách người hiến"
    assert menu.actions()[:2] == [window.package_action, window.import_action]
    assert window.package_action.text() == "Cài &gói dữ liệu từ trung tâm…"
    window.package_action.trigger()
    dialog = window.package_dialog
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Cài gói dữ liệu từ trung tâm"
    assert dialog.focusWidget() is dialog.choose_button and dialog.choose_button.isDefault()
    dialogs.will_open(world.first)
    with qtbot.waitSignal(dialog.finishedInstall, timeout=INSTALL_TIMEOUT_MS) as finished:
        press(dialog.focusWidget(), Qt.Key.Key_Return)  # Enter chooses; the file starts it
    assert dialogs.asked[-1].detail == "Gói dữ liệu (*.hmtn.age);;Mọi tệp (*)"
    report = finished.args[0]
    assert dialog.phase.text() == "Đã cài gói dữ liệu."
    lines = said(dialog)
    assert lines[0] == f"Đã cài gói dữ liệu số 1 ({world.first.name})."
    assert lines[1] == "Người hiến: 2 người mới, 0 được cập nhật, 1 không đổi."
    assert lines[2] == "Các đợt hiến máu trung tâm đã lên kế hoạch cho máy này:"
    drive = report.drives[0]
    assert lines[3] == (f"• {PLANNED} · {dmy(world.planned_on)} · Trường THPT Chu Văn An,"
                        f" {drive.ward_name}, {drive.province_name}")  # fmt: skip
    [block] = [b for b in report.blocks if b["kind"] == "din"]
    count = block["last"] - block["first"] + 1
    assert lines[4] == (f"  dải số DIN: A1234 {world.planned_on.year}"
                        f" {block['first']:06d}–{block['last']:06d} ({count} số)")  # fmt: skip
    assert lines[5] == "Phôi giấy chứng nhận của máy này: từ AA0012001 đến AA0012500 (500 phôi)"
    assert lines[6] == (f"Đã cài bộ tiêu chuẩn hiến máu {RULE_SET_VERSION} (đạt cả"
                        f" {report.rule_set_cases} ca kiểm định).")  # fmt: skip
    assert lines[7] == "Số thứ tự của máy này từ nay bắt đầu bằng chữ C."
    assert lines[8] == at_center_text(services.exports.at_center())  # as the export says it
    assert lines[8].startswith("Mọi thay đổi đến ") and len(lines) == 9
    assert dialog.focusWidget() is dialog.close_button  # Enter closes now
    press(dialog.close_button, Qt.Key.Key_Return)
    # a new rule set: the stations are rebuilt around it
    rebuilt = controller.window
    qtbot.addWidget(rebuilt)
    assert rebuilt is not window
    screen = rebuilt.checkin_screen
    screen.search_field.setFocus()
    type_keys(screen.search_field, world.binh_id + "\r")  # a donor only laptop B knew
    settled(qtbot, screen)
    assert screen.card.name_label.text() == "Phạm Văn Bình"
    assert "Loại vĩnh viễn - liên hệ trung tâm máu" in screen.card.fields["deferral"].text()
    # the drive picker offers the drive the center planned for today
    picker = DrivePicker(services.drives, rebuilt)
    qtbot.addWidget(picker)
    row = picker.table.currentRow()
    assert picker.table.item(row, 0).text() == PLANNED
    assert picker.table.item(row, 1).text() == dmy(world.planned_on)


def test_check_in_answers_while_a_package_installs(qtbot, window, dialog, services, world):
    """Another program holds the database's write lock, so the install waits at its
    first write (its registry's new donors) while the check-in field is used."""
    screen = window.checkin_screen
    other = sqlite3.connect(services.path)
    other.execute("BEGIN IMMEDIATE")
    try:
        with qtbot.waitSignal(dialog.finishedInstall, timeout=INSTALL_TIMEOUT_MS) as finished:
            dialog.start(world.first)
            qtbot.waitUntil(lambda: dialog.progress.value() > 0)  # the package is open
            screen.search_field.setFocus()
            type_keys(screen.search_field, "Nguyen Van An")
            qtbot.waitUntil(lambda: screen.results_model.rowCount() == 1)
            assert dialog.running and not dialog.close_button.isEnabled()
            other.rollback()
    finally:
        other.close()
    assert finished.args[0] is not None and services.donors.count() == 3


def test_refusals_are_said_in_words_and_change_nothing(qtbot, dialog, services, world, tmp_path):
    before = what_laptop_holds(services)
    install(qtbot, dialog, world.for_b)  # laptop B's package
    assert dialog.phase.text() == NOT_INSTALLED
    assert said(dialog) == [
        "Gói dữ liệu này được chuẩn bị cho một máy khác: mỗi máy chỉ mở được gói của chính"
        " mình. Không có gì bị thay đổi."
    ]
    cut = tmp_path / world.first.name  # a copy that did not finish
    cut.write_bytes(world.first.read_bytes()[:-200])
    shutil.copy(f"{world.first}.minisig", f"{cut}.minisig")
    install(qtbot, dialog, cut)
    assert said(dialog)[0].startswith("Gói dữ liệu không khớp với chữ ký: gói chưa đầy đủ")
    alone = tmp_path / "alone" / world.first.name  # its signature left behind
    alone.parent.mkdir()
    shutil.copy(world.first, alone)
    install(qtbot, dialog, alone)
    assert said(dialog)[0].startswith("Gói dữ liệu không có chữ ký đi kèm")
    assert what_laptop_holds(services) == before
    # a newer package installed, the older one is refused; the same one again is nothing
    assert install(qtbot, dialog, world.second).number == 2
    after = what_laptop_holds(services)
    assert PLANNED in after["drives"] and "HM-NEXT" in after["drives"]
    assert install(qtbot, dialog, world.first) is None
    assert dialog.phase.text() == NOT_INSTALLED
    assert said(dialog) == ["Gói số 1 cũ hơn gói số 2 đã cài trên máy. Chưa cài gì."]
    report = install(qtbot, dialog, world.second)
    assert report.already_installed
    assert dialog.phase.text() == "Không có gì mới: gói này đã được cài trước đó."
    assert said(dialog) == [
        f"Gói dữ liệu số 2 ({world.second.name}) đã được cài trước đó; không có gì thay đổi."
    ]
    assert what_laptop_holds(services) == after


def test_esc_cancels_a_running_install_and_nothing_changes(qtbot, dialog, services, world):
    before = what_laptop_holds(services)
    other = sqlite3.connect(services.path)
    other.execute("BEGIN IMMEDIATE")  # the install waits at its first write
    try:
        with qtbot.waitSignal(dialog.finishedInstall, timeout=INSTALL_TIMEOUT_MS) as finished:
            dialog.start(world.first)
            qtbot.waitUntil(lambda: dialog.progress.value() > 0)
            press(dialog, Qt.Key.Key_Escape)
            assert dialog.isVisible() and dialog.phase.text() == "Đang hủy…"
            other.rollback()
    finally:
        other.close()
    assert finished.args == [None]
    assert dialog.phase.text() == "Đã hủy cài gói dữ liệu. Không có gì bị thay đổi."
    assert what_laptop_holds(services) == before
    assert dialog.close_button.isEnabled()
    press(dialog, Qt.Key.Key_Escape)  # nothing running: Esc closes
    assert not dialog.isVisible()


@pytest.mark.parametrize("screen", [QSize(1366, 768), QSize(1280, 720)])
def test_the_dialog_fits_a_small_laptop_screen(dialog, screen):
    frame = dialog.frameGeometry().size()
    assert frame.width() <= screen.width() and frame.height() <= screen.height() - 70


def test_the_words_stay_at_the_top_before_a_package_is_chosen(dialog):
    intro = dialog.intro
    assert intro.height() <= intro.heightForWidth(intro.width()) + intro.fontMetrics().height()
    assert dialog.report_view.isVisible()
    assert dialog.report_view.placeholderText() == "Nội dung gói dữ liệu sẽ hiện ở đây sau khi cài."
    assert dialog.choose_button.hasFocus()


def test_registry_lines_the_laptop_refuses_are_said_line_by_line(services, tmp_path):
    birth = dt.date(1991, 4, 2)
    rows = [registry_row(national_id=cccd_for(birth, MALE, 70 + i), full_name="Lê Văn Tâm",
                         birth_date="02/04/1991", sex="Nam") for i in range(2)]  # fmt: skip
    rows[1]["birth_date"] = "1991-13-02"
    contents = package(tmp_path, installation.device_id(services.db), 1, registry=rows)
    with pytest.raises(PackageRefused) as refused:
        services.package_installer.install(contents)
    assert refusal_lines(refused.value) == [
        "1 dòng trong danh sách người hiến của gói không cài được (từng dòng và lý do ở"
        " dưới). Chưa cài gì.",
        "Dòng 3, cột birth_date: 1991-13-02 không phải ngày hợp lệ; hãy viết theo dạng"
        " ngày/tháng/năm (dd/mm/yyyy).",
    ]
    assert services.donors.count() == 1  # An, as before
