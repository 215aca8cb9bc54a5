"""Sending a PDF made by reportlab to a printer through the Qt print dialog, or to a file.

The pages are rendered with PDFium (pypdfium2) at the printer's resolution and painted
on the printer page, scaled to fit it, one page at a time: however long the document,
only the page being painted is held as an image.
"""

from collections.abc import Iterator
from pathlib import Path

import pypdfium2
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from ui.dialogs import Dialogs, print_dialog
from ui.messages import translate


def page_images(pdf: bytes, dpi: int) -> Iterator[QImage]:
    """The pages of ``pdf`` as images at ``dpi``, in order, each rendered when asked for."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        for page in document:
            try:
                yield _render(page, dpi)
            finally:
                page.close()
    finally:
        document.close()


def _render(page: pypdfium2.PdfPage, dpi: int) -> QImage:
    bitmap = page.render(scale=dpi / 72, rev_byteorder=True)  # RGB, no alpha
    try:
        data = bytes(bitmap.buffer)
        image = QImage(data, bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGB888)  # fmt: skip
        return image.copy()  # own the pixels: ``data`` goes away
    finally:
        bitmap.close()


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Paint every page on ``printer``, rendering each only when it is its turn and
    dropping it once painted; returns the number of pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    pages = page_images(pdf, max(printer.resolution(), 150))
    printed = 0
    try:
        for image in pages:
            if printed:
                printer.newPage()
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(0, 0, size.width(), size.height()), image)
            del image  # let it go before the next page is rendered
            printed += 1
    finally:
        pages.close()  # the document, also when painting failed half-way
        painter.end()
    return printed


def ask_and_print(pdf: bytes, parent: QWidget, document: str = "hmtn-desk") -> bool:
    """The Qt print dialog, then the pages; False if the user cancelled. ``document``
    names the file when the user prints to a file."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = print_dialog(printer, parent, document)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    return print_pdf(pdf, printer) > 0


def ask_and_save(pdf: bytes, parent: QWidget, suggested: str, dialogs: Dialogs) -> Path | None:
    """Ask where to save the PDF and write it there; None if the user cancelled."""
    path = dialogs.save_path(
        parent,
        translate("PdfOutput", "Save as PDF"),
        suggested,
        translate("PdfOutput", "PDF files (*.pdf)"),
    )
    if path is None:
        return None
    target = path if path.name.lower().endswith(".pdf") else path.with_name(f"{path.name}.pdf")
    target.write_bytes(pdf)
    return target
