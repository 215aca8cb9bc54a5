"""Pages of a PDF as images, rendered one at a time for printing and the preview."""

import datetime as dt
import io

import pypdfium2
import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from printing.slip import SlipData, write_slips
from ui.pdf_output import page_images, print_pdf


def roll_of_slips() -> bytes:
    """Three slips on an 80 mm roll: each page as long as its slip, so no two alike."""
    slips = [
        SlipData("Lê Đức Tựu", 350, dt.date(2026, 11, 25), dt.date(2027, 2, 17), contact, 2)
        for contact in ("ĐT 1", "Trung tâm Máu, " * 8, "Trung tâm Máu, " * 24)
    ]
    out = io.BytesIO()
    write_slips(slips, out, size="80mm")
    return out.getvalue()


def test_page_images_come_one_at_a_time_in_order_at_their_own_size():
    pdf = roll_of_slips()
    expected = [
        (float(page.mediabox.width), float(page.mediabox.height))
        for page in PdfReader(io.BytesIO(pdf)).pages
    ]
    assert len(set(expected)) == 3
    sizes = [(image.width(), image.height()) for image in page_images(pdf, 144)]
    assert sizes == [
        (pytest.approx(2 * width, abs=1), pytest.approx(2 * height, abs=1))
        for width, height in expected
    ]


def test_page_images_renders_nothing_until_a_page_is_asked_for():
    pages = page_images(b"not a PDF", 72)  # a list of every page would have failed here
    with pytest.raises(pypdfium2.PdfiumError):
        next(pages)


def test_print_pdf_paints_every_page(qapp, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(roll_of_slips(), printer) == 3
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 3
