"""Sending a PDF made by reportlab to a printer through the Qt print dialog, or to a file.

The pages are rendered with PDFium (pypdfium2) at the printer's resolution and painted
on the printer page, scaled to fit it.
"""

from pathlib import Path

import pypdfium2
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from ui.dialogs import Dialogs
from ui.messages import translate


def page_images(pdf: bytes, dpi: int) -> list[QImage]:
    """Every page of ``pdf`` as an image at ``dpi``."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        images = []
        for page in document:
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)  # RGB, no alpha
            data = bytes(bitmap.buffer)
            image = QImage(data, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB888)  # fmt: skip
            images.append(image.copy())  # own the pixels: ``data`` goes away
        return images
    finally:
        document.close()


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Paint every page on ``printer``; returns the number of pages printed."""
    images = page_images(pdf, max(printer.resolution(), 150))
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(0, 0, size.width(), size.height()), image)
    finally:
        painter.end()
    return len(images)


def ask_and_print(pdf: bytes, parent: QWidget) -> bool:
    """The Qt print dialog, then the pages; False if the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
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
