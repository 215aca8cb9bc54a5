"""Sending a PDF made by reportlab to a printer or to a file.

Where it goes is asked first, on the GUI thread (``ask_destination``), before any work
starts; the pages are then made and sent on a worker (``Destination.send``): QPrinter
and QPainter may paint from a worker thread when printing.

Printing renders each page with PDFium (pypdfium2) at the printer's resolution (at most
600 dpi) and paints it on a printer page of the PDF page's own size, full page, no
margins, no scaling: a 50 × 25 mm label comes out 50 × 25 mm, not blown up to A4. One
page at a time: however long the document, only the page being painted is held as an
image. Labels are painted as 1-bit images (crisp bars, a small spool file); the other
documents in colour.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from desktop.core.domain.problems import Problem, UserError
from desktop.core.foundation.files import open_database_problem, written_whole
from desktop.core.foundation.progress import QUIET, Progress
from ui.dialogs import Dialogs
from ui.messages import problem_text, translate

if TYPE_CHECKING:
    import pypdfium2

MAX_DPI = 600  # enough for 0.254 mm bars at every printer resolution; 1200 only swells
MIN_DPI = 150
BAND_BYTES = 2_000_000  # of image painted per Qt call: about 20 ms of the interpreter held
_BLACK_WHITE = [0xFF000000, 0xFFFFFFFF]  # Qt writes a 1-bit image with this table as such


def page_images(pdf: bytes, dpi: int, *, monochrome: bool = False) -> Iterator[QImage]:
    """The pages of ``pdf`` as images at ``dpi``, in order, each rendered when asked for."""
    for image, _size in _pages(pdf, dpi, monochrome):
        yield image


def _pages(pdf: bytes, dpi: int, monochrome: bool) -> Iterator[tuple[QImage, QSizeF]]:
    """Each page as an image and its size in points, rendered one at a time."""
    import pypdfium2  # noqa: PLC0415 - PDFium: loaded when a PDF is shown or printed

    document = pypdfium2.PdfDocument(pdf)
    try:
        for page in document:
            try:
                width, height = page.get_size()
                yield _render(page, dpi, monochrome), QSizeF(width, height)
            finally:
                page.close()
    finally:
        document.close()


def _render(page: "pypdfium2.PdfPage", dpi: int, monochrome: bool) -> QImage:
    if monochrome:
        return _mono(page, dpi)
    bitmap = page.render(scale=dpi / 72, rev_byteorder=True)  # RGB, no alpha
    try:
        data = bytes(bitmap.buffer)
        image = QImage(
            data, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
        )
        return image.copy()  # own the pixels: ``data`` goes away
    finally:
        bitmap.close()


def _mono(page: "pypdfium2.PdfPage", dpi: int) -> QImage:
    """The page as a 1-bit image: grey below 128 black, the rest white (Qt's threshold,
    the same pixels). The threshold is Pillow's, which lets other threads run while it
    works: Qt's conversion holds the interpreter for its whole length (PySide holds it
    in every Qt call), and a busy machine then kept the window waiting (issue 14)."""
    from PIL import Image  # noqa: PLC0415 - loaded with PDFium, when a PDF is printed

    bitmap = page.render(scale=dpi / 72, grayscale=True)
    try:
        bits = bitmap.to_pil().convert("1", dither=Image.Dither.NONE).tobytes()
        width, height = bitmap.width, bitmap.height
    finally:
        bitmap.close()
    # Pillow packs rows whole bytes long, the most significant bit first, 1 for white:
    # Format_Mono with index 1 white, the table Qt's PDF writer keeps as 1 bit.
    image = QImage(bits, width, height, (width + 7) // 8, QImage.Format.Format_Mono)
    image.setColorTable(_BLACK_WHITE)
    return image.copy()  # own the pixels: ``bits`` goes away


def _page_layout(size_points: QSizeF) -> QPageLayout:
    """A page exactly ``size_points`` large with no margins."""
    page_size = QPageSize(
        size_points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch
    )
    orientation = QPageLayout.Orientation.Portrait
    return QPageLayout(page_size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def print_pdf(
    pdf: bytes, printer: QPrinter, *, monochrome: bool = False, progress: Progress = QUIET
) -> int:
    """Paint every page on ``printer`` at the PDF page's size, rendering each only when it
    is its turn; returns the number of pages printed. ``Cancelled`` from ``progress``
    aborts the print run: nothing is sent to the printer."""
    total = _page_count(pdf)
    dpi = min(max(printer.resolution(), MIN_DPI), MAX_DPI)
    pages = _pages(pdf, dpi, monochrome)
    painter = QPainter()
    printed = 0
    try:
        for image, size in pages:
            printer.setFullPage(True)
            printer.setPageLayout(_page_layout(size))
            if printed == 0:
                if not painter.begin(printer):
                    return 0
            elif not printer.newPage():
                return printed
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            _paint(painter, QRectF(0, 0, target.width(), target.height()), image)
            del image  # let it go before the next page is rendered
            printed += 1
            progress.step("printing", printed, total)
    except BaseException:
        if painter.isActive():
            printer.abort()
        raise
    finally:
        pages.close()  # the document, also when painting failed half-way
        if painter.isActive():
            painter.end()
    return printed


def _paint(painter: QPainter, target: QRectF, image: QImage) -> None:
    """``image`` onto ``target``, a band of rows at a time: PySide holds the interpreter
    for the whole of each Qt call, and Qt's PDF engine compresses the image inside
    ``drawImage`` (a 600 dpi A4 page in colour: 0.7 s in one call, during which the
    window could not run). Bands of ``BAND_BYTES`` let it run between two (issue 14; a
    1-bit label page is one band); each lands on whole device pixels (the image is at
    the printer's resolution)."""
    width, height = image.width(), image.height()
    rows = max(1, BAND_BYTES // max(image.bytesPerLine(), 1))
    if height <= rows:
        painter.drawImage(target, image)
        return
    scale = target.height() / height
    for top in range(0, height, rows):
        band = min(rows, height - top)
        where = QRectF(target.x(), target.y() + top * scale, target.width(), band * scale)
        painter.drawImage(where, image.copy(0, top, width, band))


def _page_count(pdf: bytes) -> int:
    import pypdfium2  # noqa: PLC0415 - PDFium: loaded when a PDF is shown or printed

    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


@dataclass
class Destination:
    """Where finished pages go: a printer chosen in the print dialog, or a file."""

    printer: QPrinter | None = None
    path: Path | None = None

    @property
    def printer_name(self) -> str:
        return self.printer.printerName() if self.printer is not None else ""

    def send(self, pdf: bytes, progress: Progress = QUIET, *, monochrome: bool = False) -> int:
        """Print or save the pages (on any thread); the number of pages sent.
        ``Cancelled`` if the user cancelled; nothing was sent then. ``UserError`` if the
        printer took no page, ``OSError`` if the file could not be written."""
        if self.printer is not None:
            printed = print_pdf(pdf, self.printer, monochrome=monochrome, progress=progress)
            if printed == 0:
                raise UserError(Problem("printer_refused"))
            return printed
        assert self.path is not None
        progress.check()
        save_pdf(pdf, self.path)
        return _page_count(pdf)


def ask_destination(
    parent: QWidget,
    dialogs: Dialogs,
    *,
    to_printer: bool,
    suggested: str,
    printer_name: str | None = None,
) -> Destination | None:
    """Ask where the pages will go, before they are made: the print dialog (with the
    printer used last time chosen) or the file to save; None if the user cancelled.
    ``suggested`` names the file (in Documents) when saving or printing to a file."""
    if to_printer:
        document = pdf_path(Path(suggested)).stem
        printer = dialogs.choose_printer(parent, printer_name, document)
        return Destination(printer=printer) if printer is not None else None
    path = dialogs.save_path(
        parent,
        translate("PdfOutput", "Save as PDF"),
        suggested,
        translate("PdfOutput", "PDF files (*.pdf)"),
    )
    if path is None:
        return None
    target = pdf_path(path)
    if problem := open_database_problem(target):  # writing it would destroy the database
        dialogs.warning(parent, "HMTN Desk", problem_text(problem))
        return None
    return Destination(path=target)


def pdf_path(path: Path) -> Path:
    return path if path.name.lower().endswith(".pdf") else path.with_name(f"{path.name}.pdf")


def save_pdf(pdf: bytes, path: Path) -> Path:
    """Write the PDF whole or not at all (a full disk leaves no part of it); OSError
    when it could not be written."""
    target = pdf_path(path)
    with written_whole(target) as out:
        out.write(pdf)
    return target


def ask_and_print(
    pdf: bytes, parent: QWidget, dialogs: Dialogs, document: str = "hmtn-desk", title: str = ""
) -> bool:
    """A short document (a slip, the register): the print dialog (titled ``title``),
    then the pages. ``document`` names the file when the user prints to a file."""
    printer = dialogs.choose_printer(parent, None, document, title)
    if printer is None:
        return False
    return print_pdf(pdf, printer) > 0


def ask_and_save(pdf: bytes, parent: QWidget, suggested: str, dialogs: Dialogs) -> Path | None:
    """Ask where to save the PDF and write it there; None if the user cancelled."""
    destination = ask_destination(parent, dialogs, to_printer=False, suggested=suggested)
    if destination is None or destination.path is None:
        return None
    return save_pdf(pdf, destination.path)
