"""A refused save puts the cursor in the first field in error, ready to correct it."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from desktop.core.domain.vocabulary import StaffRole
from tests.factories import MALE, cccd_for
from tests.ui.keyboard import commit_text, press, type_keys
from ui.certificate_settings_dialog import CertificateSettingsDialog
from ui.collection_settings_dialog import CollectionSettingsDialog
from ui.device_dialog import DeviceDialog
from ui.drive_dialog import DriveDialog
from ui.new_donor_dialog import NewDonorDialog
from ui.roll_dialog import RollDialog
from ui.site_setup_dialog import SiteSetupDialog
from ui.staff_dialog import StaffDialog


def shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def enter_in(widget: QWidget) -> None:
    widget.setFocus()
    press(widget, Qt.Key.Key_Return)


def focus_is_in(dialog: QDialog, widget: QWidget) -> bool:
    focused = dialog.focusWidget()
    return focused is widget or (focused is not None and widget.isAncestorOf(focused))


def fill_site_setup(dialog: SiteSetupDialog, *, facility: str, fin: str) -> None:
    commit_text(dialog.facility, facility)
    type_keys(dialog.site_code, "NDH-01")
    type_keys(dialog.fin, fin)
    commit_text(dialog.contact, "Đường dây nóng 1900 1234")
    commit_text(dialog.doctor, "BS Nguyễn Thị Lan")
    commit_text(dialog.nurse, "ĐD Trần Văn Bình")


def test_the_set_up_refusing_a_bad_fin_puts_the_cursor_in_it(qtbot, services):
    dialog = shown(qtbot, SiteSetupDialog(services.setup))
    fill_site_setup(dialog, facility="Bệnh viện Đa khoa tỉnh Nam Định", fin="A999")
    enter_in(dialog.nurse)
    assert dialog.isVisible() and dialog.errors.text("fin")
    assert dialog.focusWidget() is dialog.fin


def test_with_several_errors_the_cursor_goes_to_the_first(qtbot, services):
    dialog = shown(qtbot, SiteSetupDialog(services.setup))
    fill_site_setup(dialog, facility="", fin="A999")
    enter_in(dialog.nurse)
    assert dialog.errors.text("facility") and dialog.errors.text("fin")
    assert dialog.focusWidget() is dialog.facility


def test_a_refused_new_donor_puts_the_cursor_in_the_first_field_in_error(qtbot, services):
    dialog = shown(qtbot, NewDonorDialog(services.donors))
    type_keys(dialog.national_id, cccd_for(dt.date(1990, 2, 1), MALE, 5))
    commit_text(dialog.full_name, "Nguyễn Văn An")
    commit_text(dialog.birth_date, "31/02/1990")
    commit_text(dialog.phone, "0241234567")
    enter_in(dialog.phone)
    assert dialog.errors.text("birth_date") and dialog.errors.text("phone")
    assert dialog.focusWidget() is dialog.birth_date
    dialog.birth_date.clear()  # re-checked as one corrects it: the cursor stays there
    type_keys(dialog.birth_date, "01/02/1990")
    assert dialog.errors.text("birth_date") == "" and dialog.errors.text("phone")
    assert dialog.focusWidget() is dialog.birth_date


def test_a_refused_drive_puts_the_cursor_in_the_first_field_in_error(qtbot, services):
    dialog = shown(qtbot, DriveDialog(services.drives))
    commit_text(dialog.organizer, "Hội Chữ thập đỏ phường Láng")
    enter_in(dialog.organizer)
    assert dialog.errors.text("place_name")
    assert dialog.focusWidget() is dialog.place_name


def test_a_refused_staff_member_puts_the_cursor_in_the_name(qtbot, services):
    dialog = shown(qtbot, StaffDialog(services.staff))
    enter_in(dialog.roles[StaffRole.CLERK])
    assert dialog.errors.text("full_name")
    assert dialog.focusWidget() is dialog.full_name


@pytest.mark.parametrize(
    ("make", "bad_field", "bad_value", "last_field"),
    [
        (lambda s: DeviceDialog(s.settings), "site_code", "?", "device_name"),
        (lambda s: CertificateSettingsDialog(s.certificates), "facility", "", "contact"),
        (lambda s: CollectionSettingsDialog(s.dins, s.collection), "fin", "?", "max_minutes"),
    ],
)
def test_refused_settings_put_the_cursor_in_the_field(
    qtbot, services, make, bad_field, bad_value, last_field
):
    dialog = shown(qtbot, make(services))
    getattr(dialog, bad_field).clear()
    type_keys(getattr(dialog, bad_field), bad_value)
    enter_in(getattr(dialog, last_field))
    assert dialog.isVisible() and dialog.errors.text(bad_field)
    assert focus_is_in(dialog, getattr(dialog, bad_field))


def test_a_refused_roll_puts_the_cursor_in_the_first_label(qtbot, services, drive):
    services.dins.set_fin("A9999")
    dialog = shown(qtbot, RollDialog(services.dins, drive))
    type_keys(dialog.first, "XYZ")
    enter_in(dialog.last)
    assert dialog.errors.text("first")
    assert dialog.focusWidget() is dialog.first
