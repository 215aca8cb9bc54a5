"""Staff from the Staff menu: adding someone keeps the operator; editing, deactivating."""

from PySide6.QtCore import Qt

from tests.ui.keyboard import commit_text, press


def names(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_adding_a_staff_member_does_not_make_them_the_operator(qtbot, window, services):
    operator = window.operator.currentText()
    window.add_staff()
    dialog = window.staff_dialog
    commit_text(dialog.full_name, "BS. Trần Văn Minh")
    dialog.role.setCurrentIndex(dialog.role.findData("doctor"))
    press(dialog.full_name, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.operator.currentText() == operator
    assert services.session.actor.name == operator
    assert "BS. Trần Văn Minh" in names(window.operator)
    assert names(window.screening_screen.measurements.doctor) == ["BS. Trần Văn Minh"]


def test_correcting_a_name_from_the_staff_list(qtbot, window, services):
    services.staff.add("Le Thi Hong", "nurse")
    window.list_staff()
    staff_list = window.staff_list
    row = [m.full_name for m in staff_list.shown].index("Le Thi Hong")
    staff_list.table.selectRow(row)
    press(staff_list.table, Qt.Key.Key_Return)  # Enter edits the selected person
    dialog = staff_list.staff_dialog
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Nhân viên: Le Thi Hong"
    assert dialog.heading.text() == "Nhân viên: Le Thi Hong"  # inside the dialog too
    dialog.full_name.clear()
    commit_text(dialog.full_name, "Lê Thị Hồng")
    press(dialog.full_name, Qt.Key.Key_Return)
    assert "Lê Thị Hồng" in [
        staff_list.table.item(r, 0).text() for r in range(staff_list.table.rowCount())
    ]
    assert "Lê Thị Hồng" in names(window.collection_screen.fields.phlebotomist)


def test_a_deactivated_nurse_is_offered_nowhere_and_can_come_back(qtbot, window, services):
    services.staff.add("Lê Thị Hồng", "nurse")
    window.list_staff()
    staff_list = window.staff_list
    row = [m.full_name for m in staff_list.shown].index("Lê Thị Hồng")
    staff_list.table.selectRow(row)
    assert staff_list.active_button.text() == "Ngừng hoạt động"
    staff_list.active_button.click()
    row = [m.full_name for m in staff_list.shown].index("Lê Thị Hồng")
    assert staff_list.table.item(row, 2).text() == "đã ngừng"
    assert "Lê Thị Hồng" not in names(window.operator)
    assert "Lê Thị Hồng" not in names(window.collection_screen.fields.phlebotomist)
    assert staff_list.active_button.text() == "Cho hoạt động lại"
    staff_list.active_button.click()
    assert "Lê Thị Hồng" in names(window.operator)


def test_the_operator_is_not_deactivated(qtbot, window, services):
    window.list_staff()
    staff_list = window.staff_list
    row = [m.id for m in staff_list.shown].index(services.session.actor.staff_id)
    staff_list.table.selectRow(row)
    staff_list.active_button.click()
    assert staff_list.message.text() == (
        "Quản trị viên đang là người thao tác: hãy chọn người thao tác khác trước."
    )
    assert services.staff.get(services.session.actor.staff_id).active
