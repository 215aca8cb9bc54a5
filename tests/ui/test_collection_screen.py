"""The collection station and the end-of-day close, driven through the real widgets."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from desktop.core.domain.vocabulary import StaffRole
from desktop.core.eligibility.measurements import MeasurementForm
from desktop.core.stations.screening import DoctorDecision
from tests.factories import MALE
from tests.people import acting, everyone, everyone_person, person
from tests.ui.conftest import torn_down
from tests.ui.keyboard import commit_text, press, type_keys

HEALTHY = MeasurementForm(
    weight_kg="62", systolic="120", diastolic="80", pulse="72", hb_g_l="138", hbsag="negative"
)


@pytest.fixture
def nurse(services):
    """The nurse at the chair, signed in (a doctor on the staff too)."""
    services.dins.set_fin("A9999")
    person(services, "BS. Trần Thị Hoa", StaffRole.DOCTOR)
    nurse = person(services, "Lê Thị Hồng", StaffRole.NURSE)
    services.staff.sign_in(nurse)
    return nurse


@pytest.fixture
def accept(services, drive, donors, nurse):
    """Check in and accept a donor (reception and the doctor: the test person holding
    every role), the nurse signed in again after."""

    def accept(name="Phạm Văn Đức", volume=450):
        with acting(services, everyone_person(services)):
            donor = donors.register(name, dt.date(1990, 5, 15), MALE)
            visit = services.checkin.check_in(drive, donor).visit
            services.screening.save_questionnaire(visit.id, {})
            services.screening.decide(visit.id, HEALTHY, DoctorDecision("accept", volume))
        return visit

    return accept


@pytest.fixture
def station(window, nurse):
    window.collection_action.trigger()
    assert window.tabs.currentWidget() is window.collection_screen
    return window.collection_screen


UNUSUAL = (
    "{} phút nằm ngoài thời gian lấy máu thông thường từ 4 đến 15 phút: kiểm tra lại giờ bắt"
    " đầu và giờ kết thúc."
)
MIN_ORDER = "Thời gian ngắn nhất phải nhỏ hơn thời gian dài nhất (12 phút)."
NO_MATCH = 'Ký tự kiểm tra của "{}" không khớp. Hãy quét lại nhãn.'


def focused():
    return QApplication.focusWidget()


def test_recording_a_complete_donation_from_the_keyboard(qtbot, services, drive, station, accept):
    visit = accept()
    din = services.dins.allocate(drive, 1)[0].din
    qtbot.waitUntil(lambda: station.queue_model.rowCount() == 1)
    assert station.queue_model.data(station.queue_model.index(0, 2)) == "450 ml"
    station.focus_queue()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert focused() is station.fields.din
    type_keys(station.fields.din, din.barcode_data + "\r")
    assert station.fields.din_status.text() == f"DIN {din.eye_readable()[0]} ✓"
    assert station.fields.started.text()  # filled when the DIN was scanned
    assert (station.queue_model.rowCount(), station.chair_model.rowCount()) == (0, 1)
    station.fields.started.setText("09:05")
    station.fields.ended.setText("09:12")
    assert station.fields.duration.text() == "7 phút"
    assert station.fields.volume.text() == "450"
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: station.units.rowCount() == 1)  # the button's click is animated
    assert station.chair_model.rowCount() == 0

    [unit] = services.collection.donations(drive)
    assert (unit.din, unit.outcome, unit.volume_ml, unit.phlebotomist) == (
        din.number, "complete", 450, "Lê Thị Hồng",
    )  # fmt: skip
    assert station.units.item(0, 2).text() == din.number
    assert station.done_label.text().startswith("Đã lưu: STT A1 Phạm Văn Đức — đủ")
    assert services.donors.get(visit.donor_id).donation_count == 1


def test_an_incomplete_donation_with_a_vasovagal_reaction(qtbot, services, drive, station, accept):
    accept()
    din = services.dins.allocate(drive, 1)[0].din
    qtbot.waitUntil(lambda: station.queue_model.rowCount() == 1)
    station.open_row(0)
    type_keys(station.fields.din, din.barcode_data + "\r")
    station.fields.started.setText("09:05")
    station.fields.ended.setText("09:09")
    station.fields.incomplete.setChecked(True)
    station.fields.volume.setText("150")
    station.fields.reaction.setChecked(True)
    station.fields.reaction.kind.setCurrentIndex(
        station.fields.reaction.kind.findData("vasovagal_immediate_loc")
    )
    station.fields.reaction.severity.setCurrentIndex(
        station.fields.reaction.severity.findData("moderate")
    )
    station.fields.reaction.at.setText("09:08")
    commit_text(station.fields.reaction.action, "Ngừng lấy máu, nằm đầu thấp, theo dõi 30 phút")
    station.fields.save_button.click()

    [unit] = services.collection.donations(drive)
    assert (unit.outcome, unit.volume_ml, unit.reaction, unit.reaction_severity) == (
        "incomplete", 150, "vasovagal_immediate_loc", "moderate",
    )  # fmt: skip
    assert "Ngất do phản xạ phế vị, ngay lập tức, có mất ý thức" in station.units.item(0, 3).text()


def test_a_wrong_or_used_din_is_refused_at_the_scan(qtbot, services, drive, station, accept):
    accept()
    din = services.dins.allocate(drive, 1)[0].din
    qtbot.waitUntil(lambda: station.queue_model.rowCount() == 1)
    station.open_row(0)
    wrong = din.number + ("A" if din.check != "A" else "B")
    type_keys(station.fields.din, wrong + "\r")
    assert station.errors.text("din") == NO_MATCH.format(wrong)
    assert station.fields.din_status.text() == ""
    station.fields.din.clear()
    type_keys(station.fields.din, "A9999 26 999999\r")
    assert "không được in cho đợt này" in station.errors.text("din")
    station.fields.started.setText("09:00")
    station.fields.ended.setText("09:07")
    station.fields.din.setText(din.barcode_data)
    station.fields.save_button.click()
    assert services.collection.donations(drive)[0].din == din.number


def test_a_wrong_check_character_is_never_corrected_for_the_user(
    qtbot, services, drive, window, station, accept, translators
):
    """Only "does not match": the right character would be copied, defeating the check."""
    accept()
    din = services.dins.allocate(drive, 2)[0].din
    qtbot.waitUntil(lambda: station.queue_model.rowCount() == 1)
    station.open_row(0)
    other_flags = 60 + (int(din.printed_flags) - 60 + 1) % 37
    for wrong in (din.number + ("A" if din.check != "A" else "B"), f"={din.number}{other_flags}"):
        station.fields.din.clear()
        type_keys(station.fields.din, wrong + "\r")
        shown = station.errors.text("din")
        assert shown == NO_MATCH.format(wrong)
        assert station.errors.labels["din"].toolTip() == station.fields.din.toolTip() == ""
    window.add_roll()
    dialog = window.roll_dialog
    wrong = din.number + ("A" if din.check != "A" else "B")
    dialog.first.setText(wrong)
    dialog.last.setText(din.barcode_data)
    dialog.save_button.click()
    assert dialog.errors.text("first") == NO_MATCH.format(wrong)
    translators.install("en")
    try:
        dialog.save_button.click()
        assert dialog.errors.text("first") == (
            f'The check character of "{wrong}" does not match. Scan the label again.'
        )
    finally:
        translators.install("vi")
    dialog.reject()


def test_an_unusual_collection_time_is_recorded_only_once_the_nurse_confirms(
    qtbot, services, drive, station, accept, dialogs
):
    accept()
    din = services.dins.allocate(drive, 1)[0].din
    qtbot.waitUntil(lambda: station.queue_model.rowCount() == 1)
    station.open_row(0)
    type_keys(station.fields.din, din.barcode_data + "\r")
    station.fields.started.setText("09:05")
    station.fields.ended.setText("09:05")
    assert station.fields.duration.text() == "0 phút — ngoài khoảng 4 đến 15 phút"
    dialogs.will_confirm(False)
    station.fields.save_button.click()
    assert dialogs.asked[-1].kind == "confirm"
    assert dialogs.asked[-1].detail.startswith(UNUSUAL.format(0))
    assert services.collection.donations(drive) == []
    assert station.errors.text("ended") == UNUSUAL.format(0)
    dialogs.will_confirm(True)
    station.fields.save_button.click()
    [unit] = services.collection.donations(drive)
    assert (unit.minutes, unit.duration_confirmed) == (0, True)
    assert station.units.item(0, 5).text() == "0 ⚠"


def test_an_end_before_the_start_is_shown_and_never_confirmed(
    qtbot, services, drive, station, accept, dialogs
):
    accept()
    din = services.dins.allocate(drive, 1)[0].din
    qtbot.waitUntil(lambda: station.queue_model.rowCount() == 1)
    station.open_row(0)
    type_keys(station.fields.din, din.barcode_data + "\r")
    station.fields.started.setText("23:55")
    station.fields.ended.setText("00:03")
    assert station.fields.duration.text() == "Giờ kết thúc trước giờ bắt đầu."
    station.fields.save_button.click()  # no question: nothing to confirm
    assert dialogs.asked == []
    assert station.errors.text("ended") == "Giờ kết thúc trước giờ bắt đầu."
    assert services.collection.donations(drive) == []


def test_closing_the_drive_with_and_without_unexplained_discrepancies(
    qtbot, services, drive, controller, accept, dialogs
):
    accept()
    services.dins.allocate(drive, 2)
    controller.show(drive)  # not the window fixture: closing replaces this window
    window = controller.window
    window.close_drive_action.trigger()
    dialog = window.reconciliation_dialog
    everyone(services)  # the end of the day: the certificate desk with the administrator
    assert set(dialog.note_fields) == {"accepted_no_unit", "unused_dins"}
    dialog.close_button.click()
    assert dialog.message.text() == "Giải trình mọi chênh lệch trước khi kết thúc (còn 2)."
    assert services.drives.get(drive.id).status == "open"

    commit_text(dialog.note_fields["accepted_no_unit"], "Người hiến bỏ về, không lấy máu")
    dialog.explain("accepted_no_unit")
    commit_text(dialog.note_fields["unused_dins"], "Nhãn thừa, đã hủy")
    dialog.explain("unused_dins")
    assert dialog.note_fields == {}
    dialogs.will_confirm(True)
    dialogs.will_cancel("save_path")  # the end-of-day report is offered, not needed here
    dialog.close_button.click()
    assert services.drives.get(drive.id).status == "closed"
    rebuilt = controller.window
    qtbot.addWidget(rebuilt, before_close_func=torn_down)
    assert rebuilt is not window
    assert "ĐÃ KẾT THÚC" in rebuilt.status_label.text()


def test_a_donor_who_left_is_recorded_from_the_station(
    qtbot, services, drive, station, accept, dialogs
):
    accept()
    qtbot.waitUntil(lambda: station.queue_model.rowCount() == 1)
    station.open_row(0)
    dialogs.will_type("Bận việc, xin về")
    assert services.session.roles == {StaffRole.NURSE}  # the nurse at the chair says so
    station.fields.left_button.click()
    qtbot.waitUntil(lambda: station.queue_model.rowCount() == 0)
    assert services.checkin.counts(drive) == {"left": 1}


def test_a_refusal_goes_once_the_donation_is_back_in_the_chair(
    qtbot, services, drive, station, accept, dialogs
):
    visit = accept()
    din = services.dins.allocate(drive, 1)[0].din
    qtbot.waitUntil(lambda: station.queue_model.rowCount() == 1)
    station.open_row(0)
    type_keys(station.fields.din, din.barcode_data + "\r")
    services.collection.abandon(visit.id, "Bấm nhầm ở máy bên cạnh")  # another laptop
    dialogs.will_type("Người hiến mệt")
    station.fields.abandon_button.click()
    assert station.errors.text(None) == "Người hiến này không có ca lấy máu nào đang dở."
    type_keys(station.fields.din, "\r")  # scanned again: back in the chair
    assert station.chair_model.rowCount() == 1
    assert station.errors.text(None) == ""


def test_a_unit_is_corrected_with_a_reason(qtbot, services, drive, window, station, accept, nurse):
    from desktop.core.stations.collection import DonationForm

    accept()
    second = accept("Lê Văn Cường")
    dins = services.dins.allocate(drive, 2)
    services.collection.record(
        second.id,
        DonationForm(din=dins[1].din.barcode_data, volume_ml="450", started="09:00",
                     ended="09:08", bag_type="triple"),
    )  # fmt: skip
    qtbot.waitUntil(lambda: station.queue_model.rowCount() == 1)
    station.open_row(0)  # No. 1 is recorded at the station
    type_keys(station.fields.din, dins[0].din.barcode_data + "\r")
    station.fields.started.setText("09:10")
    station.fields.ended.setText("09:18")
    station.fields.save_button.click()
    assert station.done_label.text().startswith("Đã lưu: STT A1 Phạm Văn Đức")

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    station.units.selectRow(next(
        row for row in range(station.units.rowCount()) if station.units.item(row, 0).text() == "A2"
    ))  # fmt: skip
    station.amend_button.click()
    dialog = station.amend_dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    assert focused() is dialog.volume and dialog.volume.selectedText() == "450"
    type_keys(focused(), "430\r")  # the digits replace the volume; Enter saves
    assert dialog.errors.text("reason") == "Bắt buộc nhập."
    assert focused() is dialog.reason
    commit_text(dialog.reason, "Cân lại túi máu: 430 ml")
    press(dialog.reason, Qt.Key.Key_Return)
    assert services.collection.donation(dialog.unit.id).volume_ml == 430
    assert station.done_label.text() == (
        "Đã sửa đơn vị máu: STT A2 Lê Văn Cường — đủ, 430 ml, DIN A999926000002"
    )  # the line about No. 1 is gone


def test_collection_settings_are_checked_and_saved(qtbot, services, window):
    window.edit_collection()
    dialog = window.collection_settings
    assert (dialog.min_minutes.text(), dialog.max_minutes.text()) == ("4", "15")
    dialog.fin.setText("O1234")
    dialog.max_minutes.setText("90")
    dialog.save_button.click()
    assert dialog.errors.text("fin").startswith('"O1234" không phải mã cơ sở')
    assert dialog.errors.text("max_minutes") == "Số phút nguyên, từ 5 đến 60."
    dialog.max_minutes.setText("12")
    dialog.min_minutes.setText("12")
    dialog.save_button.click()
    assert dialog.errors.text("min_minutes") == MIN_ORDER
    dialog.fin.setText("b1234")
    dialog.min_minutes.setText("5")
    dialog.tubes.setValue(3)
    dialog.save_button.click()
    limits = services.collection.limits
    assert (services.dins.fin(), limits.minimum, limits.maximum) == ("B1234", 5, 12)
    assert services.dins.sample_tubes() == 3


def test_the_phlebotomist_is_the_nurse_signed_in_never_chosen(
    qtbot, services, drive, controller, accept, nurse
):
    """The unit carries the name of the nurse signed in: shown, with no list to pick
    someone else from; another nurse signs in to record in their own name."""
    accept("Phạm Văn Đức")
    controller.show(drive)
    window = controller.window
    window.collection_action.trigger()
    station = window.collection_screen
    station.open_row(0)
    assert station.fields.phlebotomist.text() == "Lê Thị Hồng"
    assert not station.fields.findChildren(QComboBox, "phlebotomist")
    binh = person(services, "Trần Văn Bình", StaffRole.NURSE)
    services.staff.sign_in(binh)
    assert station.fields.phlebotomist.text() == "Trần Văn Bình"
