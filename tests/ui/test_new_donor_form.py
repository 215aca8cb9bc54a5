"""Registering a new donor: errors next to the fields, in Vietnamese; no duplicates."""

import datetime as dt

from PySide6.QtCore import Qt

from tests.factories import FEMALE, MALE, cccd_for, registry_row, write_registry
from tests.ui.keyboard import commit_text, type_keys


def open_form(screen):
    screen.new_donor_button.click()
    dialog = screen.new_donor_dialog
    assert dialog.isVisible()
    return dialog


def fill(dialog, **fields):
    for name, text in fields.items():
        edit = getattr(dialog, name)
        edit.clear()
        commit_text(edit, text)


def test_errors_show_next_to_each_field_and_nothing_is_saved(qtbot, screen, services):
    dialog = open_form(screen)
    fill(dialog, old_id="012345678", full_name="", birth_date="30/02/1990",
         phone="0241234567")  # fmt: skip
    dialog.save_button.click()
    assert dialog.isVisible()
    errors = dialog.errors
    assert errors.text("full_name") == "Bắt buộc nhập."
    assert errors.text("birth_date") == (
        "30/02/1990 không phải ngày hợp lệ; hãy viết theo dạng ngày/tháng/năm (dd/mm/yyyy)."
    )
    assert errors.text("sex") == "Bắt buộc nhập."
    assert errors.text("phone") == (
        "Không phải số di động Việt Nam (10 chữ số, ví dụ 0912 345 678)."
    )
    assert errors.text("national_id") == ""
    assert services.donors.count() == 0


def test_the_cccd_must_agree_with_birth_date_and_sex(qtbot, screen, services):
    dialog = open_form(screen)
    fill(dialog, national_id="001190123456", full_name="Nguyễn Văn An", birth_date="01/01/1991")
    dialog.male.setChecked(True)
    dialog.save_button.click()
    assert dialog.errors.text("national_id") == (
        "Chữ số thứ 4 của CCCD (1) không khớp với giới tính và thế kỷ sinh (phải là 0).\n"
        "Chữ số thứ 5-6 của CCCD (90) không khớp với năm sinh 1991."
    )
    fill(dialog, national_id="001091123456")  # errors clear as the field is corrected
    assert dialog.errors.text("national_id") == ""
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert services.donors.count() == 1
    assert screen.card.name_label.text() == "Nguyễn Văn An"


def test_a_registered_cccd_offers_the_existing_record(qtbot, screen, services, registry):
    duc = registry["Đặng Văn Đức"]
    dialog = open_form(screen)
    fill(dialog, national_id=duc.national_id, full_name="Đặng Văn Đức", birth_date="15/10/1992")
    dialog.male.setChecked(True)
    dialog.save_button.click()
    assert dialog.errors.text("national_id") == "Số này đã được đăng ký cho Đặng Văn Đức."
    assert not dialog.existing_box.isHidden()
    assert dialog.save_anyway_button.isHidden()  # the same ID can never be saved twice
    dialog.use_existing_button.click()
    assert not dialog.isVisible()
    assert screen.card.donor.id == duc.id
    assert services.donors.count() == len(registry)


def test_same_name_and_birth_date_asks_before_making_a_twin(qtbot, screen, services, tmp_path):
    row = registry_row(national_id="", old_id="123456789", full_name="Đặng Văn Đức",
                       birth_date="15/10/1992", sex="Nam")  # fmt: skip
    services.registry.import_file(write_registry(tmp_path / "r.csv", [row]))
    dialog = open_form(screen)
    national_id = cccd_for(dt.date(1992, 10, 15), MALE, 777)
    fill(dialog, national_id=national_id, full_name="Đặng Văn Đức", birth_date="15/10/1992")
    dialog.male.setChecked(True)
    dialog.save_button.click()
    assert dialog.isVisible()
    assert not dialog.existing_box.isHidden()
    assert "trùng họ tên và ngày sinh" in dialog.existing_title.text()
    assert dialog.existing_list.item(0).text().startswith("Đặng Văn Đức · 15/10/1992 · CMND")
    assert services.donors.count() == 1
    dialog.use_existing_button.click()  # the same person: the record learns the CCCD
    assert not dialog.isVisible()
    assert services.donors.count() == 1
    assert screen.card.donor.national_id == national_id


def test_a_namesake_can_still_be_registered(qtbot, screen, services, tmp_path):
    row = registry_row(national_id="", old_id="123456789", full_name="Đặng Văn Đức",
                       birth_date="15/10/1992", sex="Nam")  # fmt: skip
    services.registry.import_file(write_registry(tmp_path / "r.csv", [row]))
    dialog = open_form(screen)
    fill(dialog, old_id="987654321", full_name="Đặng Văn Đức", birth_date="15/10/1992")
    dialog.male.setChecked(True)
    dialog.save_button.click()
    assert not dialog.existing_box.isHidden()
    dialog.save_anyway_button.click()
    assert not dialog.isVisible()
    assert services.donors.count() == 2


def test_the_form_is_typed_with_the_keyboard(qtbot, screen, services):
    dialog = open_form(screen)
    birth = dt.date(1990, 1, 1)
    type_keys(dialog.national_id, cccd_for(birth, MALE, 5))
    type_keys(dialog.full_name, "Võ Thành Đạt")
    type_keys(dialog.birth_date, "01/01/1990")
    dialog.male.setChecked(True)
    dialog.save()
    assert services.donors.lookup("vo thanh dat").donors[0].full_name == "Võ Thành Đạt"


def test_a_typed_cccd_chooses_the_sex(qtbot, screen):
    dialog = open_form(screen)
    type_keys(dialog.national_id, cccd_for(dt.date(2001, 6, 1), FEMALE, 7))  # 4th digit 3
    assert dialog.female.isChecked()
    dialog.national_id.clear()  # a typing mistake corrected: the sex follows
    type_keys(dialog.national_id, cccd_for(dt.date(2001, 6, 1), MALE, 7))
    assert dialog.male.isChecked()
    assert dialog.errors.text("national_id") == ""


def test_the_clerks_choice_stays_and_the_cccd_is_checked_at_once(qtbot, screen):
    dialog = open_form(screen)
    dialog.male.click()
    type_keys(dialog.birth_date, "02/04/1999")
    type_keys(dialog.national_id, cccd_for(dt.date(1999, 4, 2), FEMALE, 7))
    assert dialog.male.isChecked()  # not changed behind the clerk's back, but said:
    assert dialog.errors.text("national_id") == (
        "Chữ số thứ 4 của CCCD (1) không khớp với giới tính và thế kỷ sinh (phải là 0)."
    )
    dialog.female.click()
    assert dialog.errors.text("national_id") == ""
    dialog.birth_date.clear()
    type_keys(dialog.birth_date, "02/04/1998")  # the birth year too, before any save
    assert dialog.errors.text("national_id") == (
        "Chữ số thứ 5-6 của CCCD (99) không khớp với năm sinh 1998."
    )


def test_the_arrow_keys_choose_the_sex(qtbot, screen):
    dialog = open_form(screen)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.birth_date.setFocus()
    qtbot.keyClick(dialog.birth_date, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.male
    qtbot.keyClick(dialog.male, Qt.Key.Key_Right)
    assert dialog.female.isChecked() and dialog.focusWidget() is dialog.female
    qtbot.keyClick(dialog.female, Qt.Key.Key_Left)
    assert dialog.male.isChecked() and dialog.focusWidget() is dialog.male
    qtbot.keyClick(dialog.male, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.address
