"""Label sets through a printer: off the GUI thread, at the label's own size, and the
choices remembered; closing the dialog cancels the job."""

import pypdfium2
import pytest
import zxingcpp

from desktop.core.domain.vocabulary import DinStatus
from tests.cups_server import cups_printer as cups_printer_fixture
from ui.labels_dialog import LabelsDialog

cups_printer = cups_printer_fixture
MM = 72 / 25.4


@pytest.fixture
def dins(services):
    services.dins.set_fin("A9999")
    return services.dins


def read_back(path) -> list[tuple[float, float, list[str]]]:
    """Each page's size in mm and the bar codes decoded on it."""
    document = pypdfium2.PdfDocument(str(path))
    try:
        pages = []
        for page in document:
            width, height = page.get_size()
            image = page.render(scale=300 / 72, grayscale=True).to_pil()
            codes = [found.text for found in zxingcpp.read_barcodes(image)]
            pages.append((width / MM, height / MM, codes))
        return pages
    finally:
        document.close()


def open_dialog(qtbot, dins, drive, dialogs) -> LabelsDialog:
    dialog = LabelsDialog(dins, drive, dialogs=dialogs)
    qtbot.addWidget(dialog)
    return dialog


def print_sets(qtbot, dialog, count: int, layout: str, tubes: int) -> None:
    dialog.count.setValue(count)
    dialog.tubes.setValue(tubes)
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData(layout))
    dialog.destination.setCurrentIndex(dialog.destination.findData("print"))
    dialog.new_button.click()
    assert not dialog.new_button.isEnabled()  # printing runs off the GUI thread
    qtbot.waitUntil(lambda: not dialog.running, timeout=60000)
    assert f"Đã gửi {count} bộ nhãn." in dialog.message.text()


def test_printed_labels_keep_the_labels_size_not_a4(qtbot, drive, dins, dialogs, tmp_path):
    """Qt's own PDF printer: every page 70 × 30 mm, every bar code readable."""
    dialogs.will_print_to_file(tmp_path / "printed.pdf")
    dialog = open_dialog(qtbot, dins, drive, dialogs)
    print_sets(qtbot, dialog, 2, "70x30", tubes=0)
    pages = read_back(tmp_path / "printed.pdf")
    expected = [r.din.barcode_data for r in dins.for_drive(drive) for _ in range(2)]
    assert [codes for _w, _h, codes in pages] == [[code] for code in expected]
    for width, height, _codes in pages:
        assert (width, height) == (pytest.approx(70, abs=0.5), pytest.approx(30, abs=0.5))


def test_labels_printed_through_a_cups_queue_come_out_at_their_size(
    qtbot, drive, dins, dialogs, cups_printer
):
    dialogs.will_print_to(cups_printer.name)
    dialog = open_dialog(qtbot, dins, drive, dialogs)
    print_sets(qtbot, dialog, 3, "50x25", tubes=1)
    pages = read_back(cups_printer.printed_pdf())
    expected = [r.din.barcode_data for r in dins.for_drive(drive) for _ in range(3)]
    assert [codes for _w, _h, codes in pages] == [[code] for code in expected]
    for width, height, _codes in pages:  # CUPS sizes pages in whole points
        assert (width, height) == (pytest.approx(50, abs=0.5), pytest.approx(25, abs=0.5))
    assert [r.label_prints for r in dins.for_drive(drive)] == [1, 1, 1]


def test_the_dialog_remembers_the_count_size_destination_and_printer(
    qtbot, drive, dins, dialogs, tmp_path
):
    dialogs.will_print_to_file(tmp_path / "first.pdf")
    first = open_dialog(qtbot, dins, drive, dialogs)
    print_sets(qtbot, first, 4, "70x30", tubes=0)
    first.close()
    again = open_dialog(qtbot, dins, drive, dialogs)
    assert again.count.value() == 4
    assert again.layout_choice.currentData() == "70x30"
    assert again.destination.currentData() == "print"
    dialogs.will_cancel("choose_printer")
    again.new_button.click()  # the print dialog offers the printer used last time
    assert dialogs.preferred_printers == ["", dins.label_preferences().printer]
    assert len(dins.for_drive(drive)) == 4  # cancelled before anything was allocated


def test_closing_the_dialog_cancels_the_job_and_asks_nothing_later(
    qtbot, drive, dins, dialogs, tmp_path
):
    target = tmp_path / "nhan.pdf"
    dialogs.will_save(target)
    dialog = open_dialog(qtbot, dins, drive, dialogs)
    dialog.show()
    dialog.count.setValue(500)
    dialog.destination.setCurrentIndex(dialog.destination.findData("pdf"))
    dialog.new_button.click()
    assert dialog.running
    dialog.close()  # the window's close button, or Escape
    qtbot.waitUntil(lambda: not dialog.running, timeout=60000)
    assert "Đã hủy bỏ" in dialog.message.text()
    assert not target.exists()
    records = dins.for_drive(drive)
    assert len(records) == 500
    assert {(r.status, r.label_prints) for r in records} == {(DinStatus.ALLOCATED, 0)}
