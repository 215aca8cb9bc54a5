"""The check-in station and its dialogs on a 1366 x 768 laptop (and a 1280 x 720 screen):
nothing cut off, every dialog inside the screen, whose record it is said inside it."""

import datetime as dt

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QWidget

from desktop.core.domain import places
from desktop.core.stations.donors import DonorForm
from desktop.core.stations.drives import DriveForm
from tests.factories import DonorFactory
from tests.ui.conftest import torn_down
from tests.ui.keyboard import commit_text, press, type_keys
from tests.ui.searching import settled
from ui.drive_dialog import DriveDialog
from ui.drive_picker import DrivePicker
from ui.forms import FieldErrors
from ui.new_donor_dialog import NewDonorDialog
from ui.questionnaire_dialog import QuestionnaireDialog
from ui.site_setup_dialog import SiteSetupDialog
from ui.staff_dialog import StaffDialog
from ui.staff_list_dialog import StaffListDialog

SCREENS = [QSize(1366, 768), QSize(1280, 720)]
TITLE_BAR = 30  # a window manager's title bar
PANEL = 40  # a desktop's task bar


def usable(screen: QSize) -> QSize:
    """What a maximized window's contents get on that screen."""
    return QSize(screen.width(), screen.height() - TITLE_BAR - PANEL)


def settle() -> None:
    QApplication.processEvents()


def fully_shown(label: QLabel) -> bool:
    """The label's whole text is inside it: wide enough, and tall enough when wrapped."""
    if label.wordWrap():
        return label.height() >= label.heightForWidth(label.width())
    return label.width() >= label.sizeHint().width()


def placeholder_fits(edit: QLineEdit) -> bool:
    text = edit.placeholderText()
    room = edit.width() - 16 - (24 if edit.isClearButtonEnabled() else 0)
    return not text or edit.fontMetrics().horizontalAdvance(text) <= room


def fits(dialog: QDialog, screen: QSize) -> bool:
    frame = dialog.frameGeometry().size()
    room = usable(screen)
    return frame.width() <= room.width() and frame.height() <= room.height()


def test_the_main_window_opens_maximized(qtbot, controller, drive):
    controller.show(drive)
    qtbot.addWidget(controller.window)
    assert controller.window.isMaximized()


def test_a_window_not_maximized_still_fits_the_smaller_screen(qtbot, window):
    window.showNormal()
    settle()
    assert fits_size(window.size(), SCREENS[1])
    assert fits_size(window.minimumSizeHint(), SCREENS[1])


def fits_size(size: QSize, screen: QSize) -> bool:
    room = usable(screen)
    return size.width() <= room.width() and size.height() <= room.height()


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_check_in_station_shows_everything_in_full(qtbot, in_english, window, registry, screen):
    window.showNormal()
    window.resize(usable(screen))
    settle()
    checkin = window.checkin_screen
    assert placeholder_fits(checkin.search_field)
    type_keys(checkin.search_field, registry["Hoàng Đức Anh"].national_id + "\r")
    settled(qtbot, checkin)
    press(checkin.search_field, Qt.Key.Key_Return)
    settled(qtbot, checkin)
    press(checkin.search_field, Qt.Key.Key_Return)  # again: the ticket already held
    settled(qtbot, checkin)
    settle()
    banner = checkin.card.ticket_label
    assert banner.text().startswith("Already checked in: number A1 at ")
    assert fully_shown(banner)
    assert fully_shown(window.status_label)


def found(screen, name: str) -> bool:
    return name in [donor.full_name for donor in screen.results_model.donors]


def test_the_next_search_clears_the_donor_just_checked_in(qtbot, screen, registry):
    type_keys(screen.search_field, registry["Hoàng Đức Anh"].national_id + "\r")
    settled(qtbot, screen)
    press(screen.search_field, Qt.Key.Key_Return)
    settled(qtbot, screen)
    assert screen.card.ticket_label.text() == "Số thứ tự A1"
    type_keys(screen.search_field, "tran")
    qtbot.waitUntil(lambda: found(screen, "Trần Minh Khoa"))  # the search as one types
    assert screen.card.donor is None
    assert screen.card.name_label.text() == "Quét thẻ CCCD hoặc tìm người hiến"
    assert screen.card.details.isHidden() and screen.card.ticket_label.isHidden()


def test_a_donor_opened_but_not_checked_in_stays_while_searching(qtbot, screen, registry):
    type_keys(screen.search_field, registry["Hoàng Đức Anh"].national_id + "\r")
    settled(qtbot, screen)
    type_keys(screen.search_field, "tran")
    qtbot.waitUntil(lambda: found(screen, "Trần Minh Khoa"))
    assert screen.card.name_label.text() == "Hoàng Đức Anh"


def dialogs_of_the_desk(services, drive) -> dict[str, QDialog]:
    visit = services.checkin.check_in(drive, DonorFactory(services).register()).visit
    entry = next(e for e in services.checkin.waiting_for_screening(drive) if e.visit == visit)
    return {
        "questionnaire": QuestionnaireDialog(services.screening, entry, "vi"),
        "new donor": NewDonorDialog(services.donors, DonorForm(full_name="Nguyễn Văn An")),
        "drive": DriveDialog(services.drives),
        "drive picker": DrivePicker(services.drives),
        "staff": StaffDialog(services.staff),
        "staff list": StaffListDialog(services.staff),
        "site set-up": SiteSetupDialog(services.setup),
    }


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_every_dialog_of_the_desk_fits_the_screen(qtbot, services, drive, screen):
    for name, dialog in dialogs_of_the_desk(services, drive).items():
        qtbot.addWidget(dialog)
        dialog.show()
        if isinstance(dialog, SiteSetupDialog):
            type_keys(dialog.site_code, "n")  # an error long enough to take two lines
        has_errors = isinstance(getattr(dialog, "errors", None), FieldErrors)
        if has_errors:
            main = getattr(dialog, "save_button", None) or dialog.create_button
            main.click()  # the worst case: an error under every field
        if isinstance(dialog, NewDonorDialog):
            dialog._offer_existing([], False)  # and the box offering an existing record
        lines = dialog.errors.labels.values() if has_errors else []
        errors = [label for label in lines if label.isVisible()]
        assert bool(errors) == has_errors, name
        qtbot.waitUntil(lambda e=errors: all(fully_shown(label) for label in e), timeout=2000)
        assert fits(dialog, screen), (name, dialog.frameGeometry().size())
        for edit in dialog.findChildren(QLineEdit):
            if edit.isVisible():
                assert placeholder_fits(edit), (name, edit.placeholderText())
        dialog.close()


def headings(dialog: QWidget) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]


def test_whose_record_it_is_shows_inside_the_dialog(qtbot, services, drive):
    dialog = NewDonorDialog(services.donors)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Người hiến mới" in headings(dialog)
    commit_text(dialog.full_name, "Nguyễn Văn An")
    assert "Người hiến mới: Nguyễn Văn An" in headings(dialog)
    visit = services.checkin.check_in(drive, DonorFactory(services).register()).visit
    entry = next(e for e in services.checkin.waiting_for_screening(drive) if e.visit == visit)
    answers = QuestionnaireDialog(services.screening, entry, "vi")
    qtbot.addWidget(answers)
    answers.show()
    assert "STT A1 — Nguyễn Văn An · sinh ngày 01/01/1990 · Nam" in headings(answers)
    nurse = services.staff.add("Lê Thị Hồng", "nurse")
    editing = StaffDialog(services.staff, member=nurse)
    qtbot.addWidget(editing)
    editing.show()
    assert "Nhân viên: Lê Thị Hồng" in headings(editing)


def wrapped_lines(label: QLabel) -> list[str]:
    """The lines a word-wrapped label shows its text in, at its width."""
    text = label.text()
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(label.contentsRect().width())
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_counts_line_breaks_between_items_only(qtbot, window, screen):
    window.showNormal()
    window.resize(usable(screen))
    settle()
    counts = window.queue_panel.counts
    items = {item.strip() for item in counts.text().split("·")}
    lines = wrapped_lines(counts)
    assert len(lines) > 1  # too long for the panel: it wraps
    for line in lines:
        assert {part.strip() for part in line.split("·")} - {""} <= items, lines


def test_the_staff_list_shows_roles_and_states_on_one_line(qtbot, services):
    services.staff.add("BS Nguyễn Thị Lan", "doctor")
    services.staff.add("ĐD Trần Văn Bình", "nurse")
    dialog = StaffListDialog(services.staff)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    table = dialog.table
    for column in (1, 2):  # "bác sĩ khám sàng lọc", "đang hoạt động"
        assert table.columnWidth(column) >= table.sizeHintForColumn(column), column
    names = max(table.sizeHintForColumn(0), table.horizontalHeader().sectionSizeHint(0))
    assert table.columnWidth(0) >= names


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_status_bar_stays_in_the_window_after_the_drive_closed(
    qtbot, controller, services, screen
):
    street = "Số 123 đường Nguyễn Thị Minh Khai, khu tập thể Đại học Bách khoa, ngõ 45"
    hanoi = places.province("1")
    form = DriveForm(code="HM261124", drive_date="24/11/2026", place_name="Trường THPT Chu Văn An",
                     province_code=hanoi.code, ward_code=places.wards(hanoi.code)[0].code,
                     street_address=street, organizer="Hội Chữ thập đỏ quận",
                     campaign="chu_nhat_do", target_units="250")  # fmt: skip
    long_way = services.drives.create(form)
    services.reconciliation.close(long_way)
    controller.show(services.drives.get(long_way.id))
    window = controller.window
    qtbot.addWidget(window, before_close_func=torn_down)
    window.showNormal()
    window.resize(usable(screen))
    settle()
    assert window.width() <= usable(screen).width()
    label = window.status_label
    assert label.geometry().right() < window.statusBar().width()
    whole = label.text()
    assert street in whole and whole.endswith("chỉ sửa có lý do")
    assert label.toolTip() == whole
    shown = label.shown_text()
    assert "…" in shown and shown.endswith("chỉ sửa có lý do")  # the end never cut
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()


def test_the_queue_shows_names_and_notes_on_one_line(qtbot, services, drive, window):
    window.showNormal()
    window.resize(usable(SCREENS[0]))
    donors = DonorFactory(services)
    for name, born in (("Nguyễn Thị Phương Thảo", 1995), ("Trần Minh Khoa", 2009)):
        visit = services.checkin.check_in(drive, donors.register(name, dt.date(born, 2, 1)))
        services.screening.save_questionnaire(visit.visit.id, {})
    settle()
    table = window.queue_panel.table
    assert table.model().index(1, 4).data() == "⚠ có phiếu"
    for column in range(table.model().columnCount()):
        assert table.columnWidth(column) >= table.sizeHintForColumn(column), column
