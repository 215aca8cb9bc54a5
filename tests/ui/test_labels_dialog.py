"""Label sets from the drive menu: allocated, written off the GUI thread, saved or printed."""

import io

import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from desktop.core.jobs.labels import LabelJob
from tests.ui.conftest import locked_once_made
from ui.labels_dialog import LabelsDialog
from ui.pdf_output import print_pdf


@pytest.fixture
def dins(services):
    services.dins.set_fin("A9999")
    return services.dins


def decoded(pdf_path) -> list[str]:
    document = pypdfium2.PdfDocument(pdf_path)
    try:
        return [
            zxingcpp.read_barcodes(page.render(scale=300 / 72).to_pil())[0].text
            for page in document
        ]
    finally:
        document.close()


def test_new_label_sets_saved_as_pdf(qtbot, drive, dins, tmp_path, dialogs):
    target = tmp_path / "nhan.pdf"
    dialogs.will_save(target)
    dialog = LabelsDialog(dins, drive, dialogs=dialogs)
    qtbot.addWidget(dialog)
    dialog.count.setValue(3)
    dialog.tubes.setValue(1)
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("50x25"))
    dialog.destination.setCurrentIndex(dialog.destination.findData("pdf"))
    dialog.new_button.click()
    assert not dialog.new_button.isEnabled()  # busy: the PDF is made off the GUI thread
    qtbot.waitUntil(lambda: "Đã gửi 3 bộ nhãn." in dialog.message.text(), timeout=20000)
    records = dins.for_drive(drive)
    assert [r.label_prints for r in records] == [1, 1, 1]
    assert decoded(target) == [r.din.barcode_data for r in records for _ in range(3)]
    assert dins.sample_tubes() == 1  # remembered for the next time
    assert dialog.list.count() == 3 and "đã in 1 lần" in dialog.list.item(0).text()


def test_reprint_keeps_the_number_and_void_needs_a_reason(qtbot, drive, dins, tmp_path, dialogs):
    [record] = dins.allocate(drive, 1)
    target = tmp_path / "in-lai.pdf"
    dialogs.will_save(target)
    dialog = LabelsDialog(dins, drive, dialogs=dialogs)
    qtbot.addWidget(dialog)
    dialog.destination.setCurrentIndex(dialog.destination.findData("pdf"))
    dialog.list.item(0).setSelected(True)
    dialog.reprint_button.click()
    qtbot.waitUntil(lambda: "Đã gửi 1 bộ nhãn." in dialog.message.text(), timeout=20000)
    assert set(decoded(target)) == {record.din.barcode_data}
    dialog.void_button.click()  # nothing chosen
    assert dialog.message.text() == "Chọn một mã DIN chưa dùng để hủy."
    dialogs.will_type("Nhãn bị nhòe mực")
    dialog.list.item(0).setSelected(True)
    dialog.void_button.click()
    assert dins.record(record.din.number).status == "voided"
    assert dialog.message.text() == "Đã hủy 1 mã DIN."  # the request to choose one is done
    assert dins.record(record.din.number).void_reason == "Nhãn bị nhòe mực"


def test_labels_whose_printing_the_database_refuses_to_count_say_so(
    qtbot, drive, dins, tmp_path, dialogs, other_program
):
    [record] = dins.allocate(drive, 1)
    dialogs.will_save(tmp_path / "in-lai.pdf")
    dialog = LabelsDialog(dins, drive, dialogs=dialogs)
    qtbot.addWidget(dialog)
    dialog.destination.setCurrentIndex(dialog.destination.findData("pdf"))
    dialog.list.item(0).setSelected(True)
    dialog.reprint_button.click()
    locked_once_made(other_program, dialog.progress.operation)
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)
    assert dialog.message.text().startswith("Cơ sở dữ liệu đang bận")
    assert (tmp_path / "in-lai.pdf").exists()
    assert dins.record(record.din.number).label_prints == 0


def test_the_qt_print_path_keeps_every_barcode_readable(qtbot, drive, dins, tmp_path):
    job = LabelJob.new(dins, drive, 2, "70x30", tubes=0)
    buffer = io.BytesIO()
    job.render(buffer)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(buffer.getvalue(), printer) == 4
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 4
    assert decoded(tmp_path / "printed.pdf") == [
        din.barcode_data for din in job.numbers for _ in range(2)
    ]
