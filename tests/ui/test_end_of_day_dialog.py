"""The end-of-day dialog: unused DINs as ranges voided in one go, reserved certificate
serials settled, closing in one confirmed click with the report offered as PDF; and
the dialogs of the print desk fit a 1366 × 768 or 1280 × 720 laptop and say whose
drive they show."""

import datetime as dt
import io

import pypdfium2
import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

from desktop.core.domain.vocabulary import DinStatus
from desktop.core.eligibility.measurements import MeasurementForm
from desktop.core.jobs.certificates import CertificateJob
from desktop.core.jobs.labels import LabelJob
from desktop.core.stations.screening import DoctorDecision
from tests.factories import MALE
from tests.pdf_reading import flat, page_text
from tests.people import EVERYONE_NAME
from tests.ui.keyboard import commit_text, press
from tests.ui.test_certificate_screen import donations as donations_fixture
from ui.certificate_screen import CertificateScreen
from ui.labels_dialog import LabelsDialog
from ui.pdf_preview import PdfPreview
from ui.reconciliation_dialog import ReconciliationDialog
from ui.screen_fit import FRAME, fitted_size
from ui.signals import ModelSignals

donations = donations_fixture


@pytest.fixture
def dialog(qtbot, services, drive, dialogs):
    def make() -> ReconciliationDialog:
        made = ReconciliationDialog(services.reconciliation, drive, dialogs=dialogs)
        qtbot.addWidget(made)
        return made

    return make


def pdf_text(path) -> str:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return flat(" ".join(page_text(page) for page in document))
    finally:
        document.close()


def test_unused_dins_are_listed_as_ranges_and_a_range_is_voided_with_one_reason(
    services, drive, dialog, dialogs
):
    services.dins.set_fin("A9999")
    printed = LabelJob.new(services.dins, drive, 50, "50x25", tubes=1)
    printed.render(io.BytesIO())
    printed.commit()
    LabelJob.new(services.dins, drive, 50, "50x25", tubes=1)  # the dialog was closed mid-job
    shown = dialog()
    lines = [label.text() for label in shown.body.findChildren(QLabel)]
    assert "A9999 26 000001–000050 (50) — đã in nhãn" in lines
    assert "A9999 26 000051–000100 (50) — chưa in" in lines
    dialogs.will_type("Đóng hộp thoại khi đang in, nhãn chưa in ra")
    shown.range_buttons[1].click()
    never = [r for r in services.dins.for_drive(drive) if r.din.sequence > 50]
    assert {(r.status, r.void_reason) for r in never} == {
        (DinStatus.VOIDED, "Đóng hộp thoại khi đang in, nhãn chưa in ra")
    }
    assert len(shown.range_buttons) == 1


def test_closing_is_one_confirmed_click_and_the_report_is_offered(
    services, drive, dialog, dialogs, donations, tmp_path
):
    CertificateJob.issue(services.certificates, drive, [donations[0].id], "blank")  # a crash
    shown = dialog()
    dialogs.will_type("Máy treo khi đang in")
    shown.void_reserved_button.click()
    assert services.reconciliation.summary(drive).certificates_reserved == 0
    dialogs.will_confirm(False)
    shown.close_button.click()
    assert services.drives.get(drive.id).status == "open"
    assert "12 lần hiến đủ chưa có giấy chứng nhận" in dialogs.asked[-1].detail
    report = tmp_path / "tong-ket.pdf"
    dialogs.will_confirm(True)
    dialogs.will_save(report)
    shown.close_button.click()
    assert services.drives.get(drive.id).status == "closed"
    text = pdf_text(report)
    assert "BÁO CÁO TỔNG KẾT ĐỢT HIẾN MÁU TÌNH NGUYỆN" in text and "HM261124" in text
    assert "Lấy máu đủ 12" in text and "Giấy chứng nhận đã hủy 1" in text
    assert "Người kết thúc đợt hiến máu" in text and EVERYONE_NAME in text  # who closed it
    assert "Kết thúc lúc" in text


LAPTOPS = (QSize(1366, 768), QSize(1280, 720))


def fits(widget, header: str) -> None:
    """The widget's frame fits either laptop's screen, and it says whose drive it shows."""
    widget.show()
    for screen in LAPTOPS:
        usable = screen.height() - 40  # less a task bar
        room = fitted_size(QSize(4000, 4000), QRect(0, 0, screen.width(), usable))
        for size in (widget.size(), widget.minimumSizeHint()):
            frame = size + FRAME
            assert frame.width() <= screen.width() and frame.height() <= usable, (screen, size)
            assert size.boundedTo(room) == size
    assert widget.frameGeometry().top() >= widget.screen().availableGeometry().top()
    assert header in widget.findChild(QLabel, "driveHeader").text()


def test_the_print_desk_dialogs_fit_the_laptop_and_name_the_drive(
    qtbot, services, drive, dialog, dialogs, donations
):
    header = "Đợt HM261124 · 24/11/2026 · Trường THPT Chu Văn An"
    services.dins.allocate(drive, 30)  # a long list in each
    fits(dialog(), header)
    labels = LabelsDialog(services.dins, drive, dialogs=dialogs)
    qtbot.addWidget(labels)
    fits(labels, header)
    buffer = io.BytesIO()
    CertificateJob.preview(services.certificates, drive, [d.id for d in donations], "blank").render(
        buffer, limit=10
    )
    preview = PdfPreview(buffer.getvalue(), "Xem trước", drive=drive)
    qtbot.addWidget(preview)
    fits(preview, header)


def test_enter_saves_an_explanation_and_the_next_one_is_where_the_user_is(
    qtbot, services, drive, donors, dialog, dialogs
):
    services.staff.add("BS. Trần Thị Hoa", "doctor")
    for name in ("Phạm Văn Đức", "Lê Văn Cường"):  # one never screened, one accepted
        donor = donors.register(name, dt.date(1990, 5, 15), MALE)
        visit = services.checkin.check_in(drive, donor).visit
    services.screening.save_questionnaire(visit.id, {})
    healthy = MeasurementForm(
        weight_kg="62", systolic="120", diastolic="80", pulse="72", hb_g_l="138", hbsag="negative"
    )
    services.screening.decide(visit.id, healthy, DoctorDecision("accept", 450))
    services.dins.set_fin("A9999")
    services.dins.allocate(drive, 5)
    shown = dialog()
    shown.resize(700, 420)  # the discrepancies below the figures, out of view
    shown.show()
    shown.activateWindow()
    qtbot.waitActive(shown)
    assert list(shown.note_fields) == ["waiting", "accepted_no_unit", "unused_dins"]
    area = shown.findChild(QScrollArea)
    field = shown.note_fields["accepted_no_unit"]
    area.ensureWidgetVisible(field)
    scrolled = area.verticalScrollBar().value()
    assert scrolled > 0
    field.setFocus()
    commit_text(field, "Người hiến ra về vì bận việc")
    press(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "accepted_no_unit" not in shown.note_fields)
    explained = services.reconciliation.summary(drive).discrepancies
    assert [d.note for d in explained if d.kind == "accepted_no_unit"] == [
        "Người hiến ra về vì bận việc"
    ]
    following = shown.note_fields["unused_dins"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is following)
    assert area.verticalScrollBar().value() >= scrolled  # not back at the top
    assert following.visibleRegion().boundingRect().height() == following.height()
    assert (shown.message.text(), dialogs.asked) == ("", [])  # nothing else was pressed
    commit_text(following, "Nhãn thừa, đã hủy")
    press(following, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is shown.note_fields["waiting"])


def choices(combo) -> list[str]:
    return sorted(combo.itemText(index) for index in range(combo.count()))


def test_printer_or_pdf_file_and_left_before_giving_read_the_same_everywhere(
    qtbot, services, drive, dialog, dialogs, translators, tmp_path
):
    """The same choice and the same figure have one name across the app and its report."""
    services.dins.set_fin("A9999")
    signals = ModelSignals(services.bus)
    for language, words in (("en", ["PDF file", "printer"]), ("vi", ["máy in", "tệp PDF"])):
        translators.install(language)
        labels = LabelsDialog(services.dins, drive, dialogs=dialogs)
        desk = CertificateScreen(services.certificates, drive, signals, dialogs=dialogs)
        end = dialog()
        for widget in (labels, desk):
            qtbot.addWidget(widget)
        assert choices(labels.destination) == choices(desk.destination) == words
        assert choices(end.report_to) == words
    shown = [label.text() for label in end.body.findChildren(QLabel)]
    assert "Ra về trước khi hiến" in shown
    report = tmp_path / "tong-ket.pdf"
    end.report_to.setCurrentIndex(end.report_to.findData("pdf"))
    dialogs.will_save(report)
    end.report_button.click()
    assert "Ra về trước khi hiến 0" in pdf_text(report)
    assert "Bỏ về" not in pdf_text(report)
