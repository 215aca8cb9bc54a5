"""Starting the application, choosing and creating drives, language and operator."""

import hashlib

import pytest

from db.connection import open_database
from db.schema import MIGRATION_NAMES, MIGRATION_SET
from desktop.app import choose_start_drive, run_app
from desktop.core.domain import places
from tests.signin import secure
from tests.ui.keyboard import commit_text
from tests.ui.modal import ModalScript
from tests.ui.signing_in import sign_in_as
from ui.drive_dialog import DriveDialog
from ui.drive_picker import DrivePicker
from ui.staff_dialog import StaffDialog


@pytest.fixture
def failures(dialogs):
    return dialogs.errors  # the messages the app showed before giving up


def test_a_database_from_a_newer_version_is_refused(qapp, db_path, dialogs, failures):
    db = open_database(db_path)
    db["_sqlite_migrations"].insert(
        {"migration_set": MIGRATION_SET, "name": "m9999_future", "applied_at": "x"}
    )
    db.execute(f"PRAGMA user_version = {len(MIGRATION_NAMES) + 1}")
    db.close()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    assert run_app(db_path, dialogs=dialogs) == 2
    assert failures == [
        f"{db_path} được tạo bởi phiên bản HMTN Desk mới hơn. Hãy cài phiên bản đó để mở;"
        " tệp không bị thay đổi gì."
    ]
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_an_unknown_drive_code_is_explained(qapp, services, drive, dialogs, failures):
    services.close()
    secure(services.path)
    ModalScript(sign_in_as())
    assert run_app(services.path, drive_code="NOPE", dialogs=dialogs) == 2
    assert failures == ["Không có đợt hiến máu nào mang mã NOPE."]


def test_the_drive_in_progress_opens_at_start(services, drive):
    assert choose_start_drive(services, None) == drive
    assert choose_start_drive(services, "hm261124") == drive


def test_the_picker_lists_the_drives_and_opens_one(qtbot, services, drive):
    picker = DrivePicker(services.drives)
    qtbot.addWidget(picker)
    assert picker.table.rowCount() == 1
    assert picker.table.item(0, 0).text() == "HM261124"
    assert picker.table.item(0, 1).text() == "24/11/2026"
    assert picker.table.item(0, 3).text() == "Chủ nhật đỏ"
    assert picker.table.item(0, 4).text() == "đang mở"
    picker.open_button.click()
    assert picker.drive == drive


def test_creating_a_drive(qtbot, services):
    dialog = DriveDialog(services.drives)
    qtbot.addWidget(dialog)
    dialog.create_button.click()
    assert dialog.errors.text("place_name") == "Bắt buộc nhập."
    assert dialog.errors.text("province_code") == "Bắt buộc nhập."
    commit_text(dialog.place_name, "Nhà văn hóa phường Láng")
    commit_text(dialog.organizer, "Hội Chữ thập đỏ phường Láng")
    dialog.province.setCurrentText("Thành phố Hà Nội")
    assert dialog.ward.count() > 100  # the wards of the chosen province
    dialog.ward.setCurrentText("Phường Láng")
    dialog.campaign.setCurrentIndex(dialog.campaign.findData("ngay_quoc_te_14_6"))
    dialog.target.setValue(180)
    dialog.create_button.click()
    drive = dialog.drive
    assert drive is not None
    assert (drive.province_name, drive.ward_name) == ("Thành phố Hà Nội", "Phường Láng")
    assert drive.campaign == "ngay_quoc_te_14_6"
    assert drive.target_units == 180
    assert drive.code == services.drives.all()[0].code


def test_other_campaign_needs_its_name(qtbot, services):
    dialog = DriveDialog(services.drives)
    qtbot.addWidget(dialog)
    dialog.campaign.setCurrentIndex(dialog.campaign.findData("other"))
    assert not dialog.campaign_other.isHidden()
    dialog.create_button.click()
    assert dialog.errors.text("campaign_other") == "Bắt buộc nhập."


def test_switching_to_english_and_back(qtbot, controller, drive, services):
    controller.show(drive)
    assert controller.window.menuBar().actions()[0].text() == "&Đợt hiến máu"
    controller.window.language_actions["en"].trigger()
    window = controller.window
    qtbot.addWidget(window)
    assert window.menuBar().actions()[0].text() == "&Drive"
    assert window.checkin_screen.card.check_in_button.text() == "Check in (Enter)"
    assert services.settings.language == "en"
    window.language_actions["vi"].trigger()
    assert controller.window.checkin_screen.card.check_in_button.text() == "Tiếp nhận (Enter)"
    assert services.settings.language == "vi"


def test_the_person_signed_in_signs_the_next_writes(qtbot, window, services, drive, donors):
    dialog = StaffDialog(services.staff, window)
    qtbot.addWidget(dialog)
    commit_text(dialog.full_name, "Nguyễn Thị Lan")
    dialog.save()
    donor = donors.register()
    services.staff.sign_in(dialog.staff)
    assert window.operator.text() == "Nguyễn Thị Lan (tiếp đón)"
    visit = services.checkin.check_in(drive, donor).visit
    actor = services.db.execute(
        "SELECT actor_name FROM audit_log WHERE record_id = ?", [visit.id]
    ).fetchone()[0]
    assert actor == "Nguyễn Thị Lan"


def test_the_provinces_are_the_34_units_of_2025():
    assert len(places.provinces()) == 34


def test_this_devices_identity(qtbot, window, services):
    from ui.device_dialog import DeviceDialog

    dialog = DeviceDialog(services.settings, window)
    qtbot.addWidget(dialog)
    assert dialog.device_id.text() == services.settings.device().device_id
    commit_text(dialog.site_code, "mã đẹp")
    dialog.save()
    assert dialog.errors.text("site_code") == (
        "Từ 2 đến 12 chữ cái, chữ số hoặc dấu gạch ngang, không dấu (ví dụ TTHH-HN)."
    )
    dialog.site_code.clear()
    commit_text(dialog.site_code, "tthh-hn")
    commit_text(dialog.device_name, "Bàn tiếp đón 1")
    dialog.save()
    device = services.settings.device()
    assert (device.site_code, device.device_name) == ("TTHH-HN", "Bàn tiếp đón 1")
    entry = services.db.execute(
        "SELECT new_values FROM audit_log WHERE table_name = 'installation'"
    ).fetchone()[0]
    assert "TTHH-HN" in entry


def test_the_picker_suggests_the_drive_the_center_planned_for_today(qtbot, services, tmp_path):
    import datetime as dt

    from db import installation
    from tests.center_sites import drive_form
    from tests.packages import CenterPlan, package

    plan = CenterPlan(tmp_path / "center-plan.sqlite3")
    device_id = installation.device_id(services.db)
    today, later = plan.drive("HM261124", dt.date(2026, 11, 24)), plan.drive(
        "HM261201", dt.date(2026, 12, 1))  # fmt: skip
    assignments = [plan.assign(today, device_id), plan.assign(later, device_id)]
    plan.close()
    services.package_installer.install(package(tmp_path, device_id, 1, drives=[today, later],
                              assignments=assignments))  # fmt: skip
    services.drives.create(drive_form("HM261130A", dt.date(2026, 11, 30)))  # made here
    picker = DrivePicker(services.drives, today=dt.date(2026, 11, 24))
    qtbot.addWidget(picker)
    codes = [picker.table.item(row, 0).text() for row in range(picker.table.rowCount())]
    assert codes == ["HM261201", "HM261130A", "HM261124"]  # the latest first, as always
    assert picker.table.currentRow() == 2
    picker.open_button.click()
    assert picker.drive.id == today["id"]


def test_drives_the_center_planned_for_later_days_do_not_stand_in_the_way(
    qtbot, services, tmp_path
):
    """The laptop got next week's drives the day before today's: today's drive, the one
    under way, still opens by itself at start, and is the one the picker selects."""
    import datetime as dt

    from db import installation
    from tests.center_sites import drive_form
    from tests.packages import CenterPlan, package

    day = dt.date(2026, 12, 1)
    under_way = services.drives.create(drive_form("HM261201A", day))  # made here
    plan = CenterPlan(tmp_path / "center-plan.sqlite3")
    device_id = installation.device_id(services.db)
    later = [plan.drive(code, day + dt.timedelta(days=n))
             for code, n in (("HM261205", 4), ("HM261213", 12))]  # fmt: skip
    assignments = [plan.assign(drive, device_id) for drive in later]
    plan.close()
    services.package_installer.install(
        package(tmp_path, device_id, 1, drives=later, assignments=assignments)
    )
    assert services.drives.drive_to_open(today=day) == under_way
    assert services.drives.drive_to_open(today=day + dt.timedelta(days=4)) is None  # two now
    picker = DrivePicker(services.drives, today=day)
    qtbot.addWidget(picker)
    codes = [picker.table.item(row, 0).text() for row in range(picker.table.rowCount())]
    assert codes == ["HM261213", "HM261205", "HM261201A"]
    assert picker.table.currentRow() == 2  # today's, not the latest
