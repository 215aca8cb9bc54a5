"""Staff from the Staff menu: several roles each, the toolbar names who is signed in,
a refused action names the role it needs."""

from PySide6.QtCore import Qt

from desktop.core.domain.vocabulary import StaffRole
from tests.people import EVERYONE_NAME, sign_in_as
from tests.ui.keyboard import commit_text, press


def test_a_person_is_added_with_several_roles_and_signed_in_stays_who_it_was(
    qtbot, window, services
):
    signed_in = window.operator.text()
    window.add_staff()
    dialog = window.staff_dialog
    assert [box.text() for box in dialog.roles.values()] == [
        "quản trị", "tiếp đón", "bác sĩ khám sàng lọc", "điều dưỡng lấy máu",
        "cấp giấy chứng nhận", "nhân viên trung tâm",
    ]  # fmt: skip
    commit_text(dialog.full_name, "BS. Trần Văn Minh")
    dialog.roles[StaffRole.CLERK].setChecked(False)
    dialog.roles[StaffRole.DOCTOR].setChecked(True)
    dialog.roles[StaffRole.NURSE].setChecked(True)
    press(dialog.full_name, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    [minh] = [s for s in services.staff.active() if s.full_name == "BS. Trần Văn Minh"]
    assert minh.roles == {StaffRole.DOCTOR, StaffRole.NURSE}
    assert window.operator.text() == signed_in
    assert services.session.actor.name == EVERYONE_NAME


def test_the_toolbar_says_who_is_signed_in_with_their_roles(qtbot, window, services):
    assert window.operator.text().startswith(f"{EVERYONE_NAME} (quản trị, tiếp đón,")
    sign_in_as(services, StaffRole.DOCTOR, StaffRole.NURSE)
    assert window.operator.text() == f"{EVERYONE_NAME} (bác sĩ khám sàng lọc, điều dưỡng lấy máu)"
    assert window.screening_screen.measurements.doctor.text() == EVERYONE_NAME
    assert window.collection_screen.fields.phlebotomist.text() == EVERYONE_NAME


def test_no_role_no_role_in_the_dialog_either(qtbot, window, services):
    window.add_staff()
    dialog = window.staff_dialog
    commit_text(dialog.full_name, "Lê Thị Hồng")
    for box in dialog.roles.values():
        box.setChecked(False)
    press(dialog.full_name, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors.text("roles") == "Bắt buộc nhập."
    dialog.reject()


def test_the_staff_list_shows_every_role_held(qtbot, window, services):
    services.staff.add("Lê Thị Hồng", [StaffRole.NURSE, StaffRole.CERTIFICATE])
    window.list_staff()
    staff_list = window.staff_list
    row = [m.full_name for m in staff_list.shown].index("Lê Thị Hồng")
    assert staff_list.table.item(row, 1).text() == "điều dưỡng lấy máu, cấp giấy chứng nhận"


def test_a_refused_action_names_the_role_it_needs(qtbot, window, services):
    sign_in_as(services, StaffRole.NURSE)
    window.add_staff()
    dialog = window.staff_dialog
    commit_text(dialog.full_name, "Lê Thị Hồng")
    press(dialog.full_name, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors.text(None) == "Việc này cần vai trò: quản trị. Chưa có gì được lưu."
    assert "Lê Thị Hồng" not in [s.full_name for s in services.staff.everyone()]
    dialog.reject()


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
    assert [c for c, box in dialog.roles.items() if box.isChecked()] == [StaffRole.NURSE]
    dialog.full_name.clear()
    commit_text(dialog.full_name, "Lê Thị Hồng")
    press(dialog.full_name, Qt.Key.Key_Return)
    assert "Lê Thị Hồng" in [
        staff_list.table.item(r, 0).text() for r in range(staff_list.table.rowCount())
    ]


def test_a_deactivated_nurse_can_come_back(qtbot, window, services):
    services.staff.add("Lê Thị Hồng", "nurse")
    window.list_staff()
    staff_list = window.staff_list
    row = [m.full_name for m in staff_list.shown].index("Lê Thị Hồng")
    staff_list.table.selectRow(row)
    assert staff_list.active_button.text() == "Ngừng hoạt động"
    staff_list.active_button.click()
    row = [m.full_name for m in staff_list.shown].index("Lê Thị Hồng")
    assert staff_list.table.item(row, 2).text() == "đã ngừng"
    assert "Lê Thị Hồng" not in [s.full_name for s in services.staff.active()]
    assert staff_list.active_button.text() == "Cho hoạt động lại"
    staff_list.active_button.click()
    assert "Lê Thị Hồng" in [s.full_name for s in services.staff.active()]


def test_the_person_signed_in_is_not_deactivated(qtbot, window, services):
    window.list_staff()
    staff_list = window.staff_list
    row = [m.id for m in staff_list.shown].index(services.session.actor.staff_id)
    staff_list.table.selectRow(row)
    staff_list.active_button.click()
    assert staff_list.message.text() == (
        f"{EVERYONE_NAME} đang đăng nhập: người khác phải đăng nhập để ngừng kích hoạt người này."
    )
    assert services.staff.get(services.session.actor.staff_id).active
