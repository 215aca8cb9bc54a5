"""The certificate desk driven through its real widgets."""

import datetime as dt

import pytest
from PySide6.QtCore import QTimer

from desktop.core.eligibility.measurements import MeasurementForm
from desktop.core.jobs.certificates import CertificateJob
from desktop.core.stations.collection import DonationForm
from desktop.core.stations.screening import DoctorDecision
from tests.factories import FEMALE
from tests.ui.conftest import locked_once_made
from ui.status_line import Tone

HEALTHY = MeasurementForm(
    weight_kg="62", systolic="120", diastolic="80", pulse="72", hb_g_l="138", hbsag="negative"
)


@pytest.fixture
def donations(services, drive, donors):
    services.staff.add("BS. Trần Thị Hoa", "doctor")
    services.staff.add("Lê Thị Hồng", "nurse")
    services.dins.set_fin("A9999")
    services.certificates.set_texts("Viện Huyết học - Truyền máu Trung ương", "1900 0000")
    units = []
    given = ("Diễm", "Hương", "Lan", "Mai", "Ngọc", "Oanh", "Phương", "Quyên", "Sương", "Thủy",
             "Uyên", "Vân")  # fmt: skip
    for name in given:
        donor = donors.register(f"Đỗ Thị {name}", dt.date(1994, 6, 1), FEMALE)
        visit = services.checkin.check_in(drive, donor).visit
        services.screening.save_questionnaire(visit.id, {})
        services.screening.decide(visit.id, HEALTHY, DoctorDecision("accept", 350))
        din = services.dins.allocate(drive, 1)[0].din
        units.append(
            services.collection.record(
                visit.id,
                DonationForm(
                    din=din.barcode_data,
                    volume_ml="350",
                    started="09:00",
                    ended="09:07",
                    bag_type="triple",
                ),
            )
        )
    return units


@pytest.fixture
def desk(window, donations):
    window.certificates_action.trigger()
    desk = window.certificate_screen
    desk.destination.setCurrentIndex(desk.destination.findData("pdf"))
    return desk


def test_a_batch_is_made_on_a_worker_while_the_screen_stays_responsive(
    qtbot, services, drive, desk, tmp_path, dialogs
):
    target = tmp_path / "gcn.pdf"
    dialogs.will_save(target)
    desk.mode.setCurrentIndex(desk.mode.findData("blank"))
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(1)
    desk.print_pending_button.click()
    assert not desk.print_pending_button.isEnabled()  # busy, and the click returned at once
    reserved = services.certificates.register(drive)  # serials reserved before printing
    assert {(row.status, row.issued_at) for row in reserved} == {("reserved", None)}
    qtbot.waitUntil(lambda: "Đã cấp 12 giấy chứng nhận" in desk.message.text(), timeout=30000)
    timer.stop()
    assert ticks, "the event loop kept turning while the certificates were made"
    assert target.stat().st_size > 10_000
    assert len(services.certificates.register(drive)) == 12
    assert desk.title.text().endswith("chưa cấp giấy chứng nhận: 0")


def test_overlay_needs_the_first_serial_and_a_used_serial_is_refused(
    qtbot, services, drive, desk, tmp_path, dialogs
):
    dialogs.will_save(tmp_path / "x")
    desk.mode.setCurrentIndex(desk.mode.findData("overlay"))
    desk.table.selectRow(0)
    desk.print_selected_button.click()
    assert desk.message.text() == (
        "Hãy gõ hoặc quét số sê-ri của phôi đầu tiên đang đặt trong máy in."
    )
    qtbot.keyClicks(desk.first_serial, "AB 0012345")
    assert (desk.message.text(), desk.message.tone) == ("", None)  # gone once it is typed
    desk.print_selected_button.click()
    qtbot.waitUntil(lambda: "Đã cấp 1 giấy chứng nhận" in desk.message.text(), timeout=10000)
    assert (tmp_path / "x.pdf").exists()
    desk.table.selectRow(1)
    desk.first_serial.setText("AB 0012345")
    desk.print_selected_button.click()
    assert "đã có trong sổ cấp" in desk.message.text()


def test_reprint_and_void_from_the_list(qtbot, services, drive, desk, tmp_path, dialogs):
    CertificateJob.issue(
        services.certificates, drive, [desk.entries[0].donation_id], "blank"
    ).commit()
    qtbot.waitUntil(lambda: not desk.entries[0].pending)
    dialogs.will_save(tmp_path / "r")
    desk.table.selectRow(0)
    desk.reprint_button.click()
    qtbot.waitUntil(lambda: "Đã in lại 1 giấy" in desk.message.text(), timeout=10000)
    assert "(đã in 2 lần)" in desk.table.item(0, 4).text()
    dialogs.will_type("Giấy bị kẹt, in lệch")
    desk.table.selectRow(0)
    desk.void_button.click()
    assert desk.table.item(0, 4).text() == "chưa cấp"
    assert services.certificates.register(drive)[0].status == "voided"
    assert desk.message.text() == "Đã hủy 1 giấy chứng nhận; các số sê-ri vẫn được tính là đã dùng."


def test_a_reprint_whose_count_the_database_refuses_says_so(
    qtbot, services, drive, desk, tmp_path, dialogs, other_program
):
    CertificateJob.issue(
        services.certificates, drive, [desk.entries[0].donation_id], "blank"
    ).commit()
    qtbot.waitUntil(lambda: not desk.entries[0].pending)
    dialogs.will_save(tmp_path / "r")
    desk.table.selectRow(0)
    desk.reprint_button.click()
    locked_once_made(other_program, desk.progress.operation)
    qtbot.waitUntil(lambda: not desk.progress.running, timeout=10000)
    assert desk.message.text().startswith("Cơ sở dữ liệu đang bận")
    assert desk.message.tone == Tone.FAILED
    assert (tmp_path / "r.pdf").exists()  # the pages went out; only the count is missing
    assert "(đã in 1 lần)" in desk.table.item(0, 4).text()


def test_the_slips_and_the_register_say_where_they_went(qtbot, desk, tmp_path, dialogs):
    desk.table.selectRow(0)
    desk.void_button.click()  # nothing issued yet: refused, in red
    assert desk.message.tone == Tone.FAILED
    desk.table.selectAll()
    dialogs.will_save(tmp_path / "phieu-cam-on")
    desk.slips_button.click()
    # Made and saved off the GUI thread: a drive's slips are hundreds of pages.
    assert desk.progress.running and not desk.slips_button.isEnabled()
    assert not desk.print_pending_button.isEnabled()  # one print run at a time
    qtbot.waitUntil(lambda: not desk.progress.running, timeout=30000)
    assert (tmp_path / "phieu-cam-on.pdf").exists()
    assert desk.message.text() == (
        f"Đã lưu phiếu cảm ơn cho 12 người hiến: {tmp_path / 'phieu-cam-on.pdf'}"
    )
    assert desk.message.tone == Tone.DONE
    assert desk.slips_button.isEnabled()
    dialogs.will_save(tmp_path / "so-cap.pdf")
    desk.register_button.click()
    qtbot.waitUntil(lambda: not desk.progress.running, timeout=30000)
    assert desk.message.text() == f"Đã lưu sổ cấp giấy chứng nhận: {tmp_path / 'so-cap.pdf'}"
    dialogs.will_cancel("save_path")
    desk.register_button.click()
    assert desk.message.text() == ""  # nothing saved: the last line does not stay as if
    assert not desk.progress.running


def test_a_register_that_cannot_be_written_says_why_in_words(desk, tmp_path, dialogs):
    target = tmp_path / "usb-rut-ra" / "so-cap.csv"  # the stick was pulled out
    dialogs.will_save(target)
    desk.export_button.click()
    assert desk.message.text() == (
        f"Không dùng được tệp {target}: tệp hoặc thư mục chứa tệp không còn."
    )


def test_the_preview_shows_the_pages_before_printing(qtbot, desk):
    assert desk.mode.currentData() == "overlay"  # pre-printed forms are the normal case
    desk.mode.setCurrentIndex(desk.mode.findData("blank"))
    desk.table.selectRow(0)
    desk.preview_button.click()
    preview = desk.preview_dialog
    assert len(preview.page_labels) == 2  # the front and the entitlement on the back
    assert preview.page_labels[0].pixmap().width() > 500


def test_a_cancelled_batch_voids_its_reserved_serials_with_the_reason(
    qtbot, services, drive, desk, tmp_path, dialogs
):
    dialogs.will_save(tmp_path / "gcn.pdf")
    desk.mode.setCurrentIndex(desk.mode.findData("blank"))
    desk.print_pending_button.click()
    desk.progress.cancel()
    qtbot.waitUntil(lambda: not desk.progress.running, timeout=30000)
    qtbot.waitUntil(lambda: "Đã hủy bỏ" in desk.message.text())
    register = services.certificates.register(drive)
    assert len(register) == 12
    assert {(row.status, row.void_reason) for row in register} == {("voided", "Chưa in: đã hủy bỏ")}
    assert not (tmp_path / "gcn.pdf").exists()
    assert all(e.pending for e in desk.entries)
    dialogs.will_save(tmp_path / "gcn.pdf")
    desk.table.selectRow(0)
    desk.print_selected_button.click()
    qtbot.waitUntil(lambda: "Đã cấp 1 giấy chứng nhận" in desk.message.text(), timeout=10000)
    assert desk.entries[0].serial == "HMTN-A26-000013"  # never one of the voided serials


def test_a_reservation_left_by_a_crash_shows_in_words_and_can_be_voided(
    qtbot, services, drive, desk, dialogs
):
    CertificateJob.issue(services.certificates, drive, [desk.entries[0].donation_id], "blank")
    qtbot.waitUntil(lambda: desk.entries[0].reserved)
    assert desk.table.item(0, 4).text() == "HMTN-A26-000001: đã giữ số, chưa xác nhận in"
    dialogs.will_type("Máy treo khi đang in")
    desk.table.selectRow(0)
    desk.void_button.click()
    assert desk.table.item(0, 4).text() == "chưa cấp"
    assert services.certificates.register(drive)[0].status == "voided"


def test_the_paper_chosen_survives_a_language_switch(qtbot, controller, window, donations):
    desk = window.certificate_screen
    desk.mode.setCurrentIndex(desk.mode.findData("blank"))
    window.language_actions["en"].trigger()
    assert controller.window is not window  # the window was rebuilt in English
    assert controller.window.certificate_screen.mode.currentData() == "blank"
    controller.window.language_actions["vi"].trigger()


def test_the_station_and_the_destination_survive_a_language_switch(
    qtbot, controller, window, donations
):
    window.certificates_action.trigger()
    desk = window.certificate_screen
    assert desk.destination.currentText() == "máy in"
    desk.destination.setCurrentIndex(desk.destination.findData("pdf"))
    window.language_actions["en"].trigger()
    english = controller.window
    try:
        assert english.tabs.currentWidget() is english.certificate_screen
        assert english.certificate_screen.destination.currentText() == "PDF file"
    finally:
        english.language_actions["vi"].trigger()
    again = controller.window
    assert again.tabs.currentWidget() is again.certificate_screen
    assert again.certificate_screen.destination.currentText() == "tệp PDF"
