"""A preview of a PDF before it is printed: every page rendered as an image."""

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.records import Drive
from ui.drive_header import drive_header
from ui.pdf_output import page_images
from ui.screen_fit import fit_to_screen

PREVIEW_DPI = 110


class PdfPreview(QDialog):
    def __init__(
        self, pdf: bytes, title: str, parent: QWidget | None = None, *, drive: Drive | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        pages = QWidget()
        column = QVBoxLayout(pages)
        self.page_labels: list[QLabel] = []
        for image in page_images(pdf, PREVIEW_DPI):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("border: 1px solid #999; background: white;")
            column.addWidget(label)
            self.page_labels.append(label)
        scroll = QScrollArea()
        scroll.setWidget(pages)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if drive is not None:
            layout.addWidget(drive_header(drive))
        layout.addWidget(QLabel(self.tr("{count} pages").format(count=len(self.page_labels))))
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 980, 760)
