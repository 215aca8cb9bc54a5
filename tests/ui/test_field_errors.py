"""An error line stays only while its field is wrong, and an empty field says "required"."""

from desktop.core.domain.problems import Problem
from tests.ui.keyboard import commit_text, type_keys
from ui.collection_settings_dialog import CollectionSettingsDialog
from ui.device_dialog import DeviceDialog
from ui.drive_dialog import DriveDialog
from ui.forms import field_text
from ui.staff_dialog import StaffDialog

REQUIRED = "Bắt buộc nhập."


def test_a_message_goes_as_soon_as_its_field_is_edited(qtbot, services):
    dialog = StaffDialog(services.staff)
    qtbot.addWidget(dialog)
    dialog.save_button.click()
    assert dialog.errors.text("full_name") == REQUIRED
    commit_text(dialog.full_name, "Lê Thị Hồng")
    assert dialog.errors.text("full_name") == ""


def test_a_field_with_a_check_is_rechecked_as_it_is_edited(qtbot, services):
    dialog = DriveDialog(services.drives)
    qtbot.addWidget(dialog)
    dialog.code.clear()
    type_keys(dialog.code, "X")
    dialog.create_button.click()
    assert dialog.errors.text("code") == (
        "Từ 2 đến 20 chữ cái, chữ số hoặc dấu gạch ngang, không dấu (ví dụ HM261124)."
    )
    assert dialog.errors.text("place_name") == REQUIRED
    dialog.code.clear()  # still wrong: the message says why, now
    assert dialog.errors.text("code") == REQUIRED
    type_keys(dialog.code, "HM1")
    assert dialog.errors.text("code") == ""
    commit_text(dialog.place_name, "Nhà văn hóa phường Láng")
    assert dialog.errors.text("place_name") == ""
    assert dialog.errors.text("province_code") == REQUIRED  # not edited: still shown
    dialog.province.setCurrentText("Thành phố Hà Nội")
    assert dialog.errors.text("province_code") == ""


def test_an_empty_site_code_is_required_not_quoted(qtbot, services):
    dialog = DeviceDialog(services.settings)
    qtbot.addWidget(dialog)
    dialog.save_button.click()
    assert dialog.errors.text("site_code") == REQUIRED
    type_keys(dialog.site_code, "TTHH-HN")
    assert dialog.errors.text("site_code") == ""


def test_an_empty_fin_is_required_not_quoted(qtbot, services):
    dialog = CollectionSettingsDialog(services.dins, services.collection)
    qtbot.addWidget(dialog)
    dialog.save_button.click()
    assert dialog.errors.text("fin") == REQUIRED
    type_keys(dialog.fin, "A12")
    assert dialog.errors.text("fin") == ""
    dialog.save_button.click()
    assert dialog.errors.text("fin") == (
        '"A12" không phải mã cơ sở: một chữ cái hoặc chữ số và 4 chữ số.'
    )


def test_no_message_under_a_field_quotes_an_empty_value():
    for code in ("serial_format", "fin_format", "din_format", "not_a_number", "time_invalid"):
        assert field_text(Problem(code, {"value": ""}, "x")) == REQUIRED
        assert field_text(Problem(code, {"value": "  "}, "x")) == REQUIRED
    assert field_text(Problem("serial_format", {"value": "@"}, "x")).startswith('"@"')
