"""Pages of a PDF as images, rendered one at a time for printing and the preview."""

import datetime as dt
import io

import pypdfium2
import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from printing.slip import SlipData, write_slips
from ui import pdf_output
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


def colour_page() -> bytes:
    """An A4 page in one solid colour: a band out of place or a seam between two would
    show as a row of another colour."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.setFillColorRGB(0.75, 0.1, 0.2)
    page.rect(0, 0, *A4, stroke=0, fill=1)
    page.save()
    return out.getvalue()


def test_a_colour_page_is_painted_in_bands_that_print_as_one_page(qapp, tmp_path, monkeypatch):
    # A 600 dpi A4 page in one Qt call held the interpreter for 0.7 s (the window
    # waited); in bands it lets go between two, and the page must print the same.
    source = colour_page()
    assert print_pdf(source, _pdf_printer(tmp_path / "bands.pdf")) == 1
    assert len(PdfReader(tmp_path / "bands.pdf").pages[0].images) > 20  # bands
    monkeypatch.setattr(pdf_output, "BAND_BYTES", 1 << 40)  # the page in one piece
    assert print_pdf(source, _pdf_printer(tmp_path / "whole.pdf")) == 1
    assert len(PdfReader(tmp_path / "whole.pdf").pages[0].images) == 1
    for dpi in (150, 600):
        whole = _rendered((tmp_path / "whole.pdf").read_bytes(), dpi)
        bands = _rendered((tmp_path / "bands.pdf").read_bytes(), dpi)
        rows = _row_differences(whole, bands)
        assert max(rows) < 2, (dpi, rows.index(max(rows)), max(rows))  # no seam


def _pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(600)
    printer.setOutputFileName(str(path))
    return printer


def _rendered(pdf: bytes, dpi: int):
    document = pypdfium2.PdfDocument(pdf)
    try:
        return document[0].render(scale=dpi / 72).to_pil().convert("L")
    finally:
        document.close()


def _row_differences(expected, got) -> list[float]:
    """The mean absolute difference of each row of pixels (0-255)."""
    from PIL import ImageChops

    difference = ImageChops.difference(expected, got)
    width, height = difference.size
    data = difference.tobytes()
    return [sum(data[y * width : (y + 1) * width]) / width for y in range(height)]
