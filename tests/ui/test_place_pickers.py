"""The drive dialog's province and ward pickers, typed without accents."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.ui.keyboard import press, type_keys
from ui.drive_dialog import DriveDialog
from ui.place_picker import PlacePicker

# The list pops up as a window of its own; the offscreen platform the tests run on can
# neither raise it nor let it grab the keyboard, and says so.
pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support raise\(\)$",
    r"^This plugin does not support grabbing the keyboard$",
)


def shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # the field has the focus, as on a screen
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def type_in(picker: PlacePicker, text: str) -> None:
    """As from the keyboard: once the list pops up it takes the keys, and hands the
    letters on to the field."""
    picker.setFocus()
    for char in text:
        popup = picker.finder.popup()
        type_keys(popup if popup.isVisible() else picker.lineEdit(), char)


def test_ha_offers_ha_noi_first_and_enter_takes_it(qtbot, services):
    dialog = shown(qtbot, DriveDialog(services.drives))
    type_in(dialog.province, "ha")
    offered = dialog.province.offered()
    assert offered[:3] == ["Thành phố Hà Nội", "Hà Tĩnh", "Thành phố Hải Phòng"]
    assert "Thanh Hóa" in offered
    press(dialog.province.finder.popup(), Qt.Key.Key_Return)
    assert dialog.province.currentText() == "Thành phố Hà Nội"
    assert dialog.form().province_code == "1"
    assert dialog.ward.count() > 100  # the wards of Hà Nội


def test_a_ward_found_by_part_of_its_name_without_accents(qtbot, services):
    dialog = shown(qtbot, DriveDialog(services.drives))
    type_in(dialog.province, "ninh binh")
    press(dialog.province.finder.popup(), Qt.Key.Key_Return)
    assert dialog.province.currentText() == "Ninh Bình"
    type_in(dialog.ward, "nam")
    assert dialog.ward.offered()[:2] == ["Phường Nam Định", "Xã Nam Đồng"]
    assert "Phường Hà Nam" in dialog.ward.offered()
    press(dialog.ward.finder.popup(), Qt.Key.Key_Down)
    press(dialog.ward.finder.popup(), Qt.Key.Key_Return)
    assert dialog.ward.currentText() == "Xã Nam Đồng"
    assert dialog.form().ward_code == dialog.ward.itemData(dialog.ward.findText("Xã Nam Đồng"))


def test_a_name_typed_in_full_without_accents_is_taken(qtbot, services):
    dialog = shown(qtbot, DriveDialog(services.drives))
    dialog.province.setFocus()
    type_keys(dialog.province.lineEdit(), "HA NOI")
    dialog.province.finder.popup().hide()
    assert dialog.form().province_code == "1"
