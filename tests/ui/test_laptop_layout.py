"""The check-in station and its dialogs on a 1366 x 768 laptop (and a 1280 x 720 screen):
nothing cut off, every dialog inside the screen, whose record it is said inside it."""

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QWidget

from desktop.core.stations.donors import DonorForm
from tests.factories import DonorFactory
from tests.ui.keyboard import commit_text, press, type_keys
from ui.drive_dialog import DriveDialog
from ui.drive_picker import DrivePicker
from ui.forms import ERROR_STYLE, FieldErrors
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
    press(checkin.search_field, Qt.Key.Key_Return)
    press(checkin.search_field, Qt.Key.Key_Return)  # again: the ticket already held
    settle()
    banner = checkin.card.ticket_label
    assert banner.text().startswith("Already checked in: number 1 at ")
    assert fully_shown(banner)
    assert fully_shown(window.status_label)


def found(screen, name: str) -> bool:
    return name in [donor.full_name for donor in screen.results_model.donors]


def test_the_next_search_clears_the_donor_just_checked_in(qtbot, screen, registry):
    type_keys(screen.search_field, registry["Hoàng Đức Anh"].national_id + "\r")
    press(screen.search_field, Qt.Key.Key_Return)
    assert screen.card.ticket_label.text() == "Số thứ tự 1"
    type_keys(screen.search_field, "tran")
    qtbot.waitUntil(lambda: found(screen, "Trần Minh Khoa"))  # the search as one types
    assert screen.card.donor is None
    assert screen.card.name_label.text() == "Quét thẻ CCCD hoặc tìm người hiến"
    assert screen.card.details.isHidden() and screen.card.ticket_label.isHidden()


def test_a_donor_opened_but_not_checked_in_stays_while_searching(qtbot, screen, registry):
    type_keys(screen.search_field, registry["Hoàng Đức Anh"].national_id + "\r")
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
        errors = [label for label in dialog.findChildren(QLabel)
                  if label.isVisible() and label.styleSheet() == ERROR_STYLE]  # fmt: skip
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
    assert "STT 1 — Nguyễn Văn An · sinh ngày 01/01/1990 · Nam" in headings(answers)
    nurse = services.staff.add("Lê Thị Hồng", "nurse")
    editing = StaffDialog(services.staff, member=nurse)
    qtbot.addWidget(editing)
    editing.show()
    assert "Nhân viên: Lê Thị Hồng" in headings(editing)
