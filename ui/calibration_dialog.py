"""Calibrating pre-printed certificate forms: x/y offsets in mm, saved per printer."""

import io

from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.problems import UserError
from desktop.core.stations.certificates import MAX_OFFSET_MM, CertificateService
from ui.dialogs import Dialogs
from ui.forms import FieldErrors, action_buttons
from ui.pdf_output import print_pdf


class CalibrationDialog(QDialog):
    def __init__(
        self,
        certificates: CertificateService,
        parent: QWidget | None = None,
        dialogs: Dialogs | None = None,
    ) -> None:
        super().__init__(parent)
        self.certificates = certificates
        self.dialogs = dialogs or Dialogs()
        self.setWindowTitle(self.tr("Calibrate the certificate forms"))
        self.setMinimumWidth(480)
        self.errors = FieldErrors()
        intro = QLabel(
            self.tr(
                "Print the calibration page on a blank sheet, lay it over a form against the"
                " light and note how far the crosses are from the boxes. Positive x moves the"
                " values right, positive y moves them down."
            )
        )
        intro.setWordWrap(True)
        self.printer = QComboBox()
        self.printer.setEditable(True)
        self.printer.addItems(QPrinterInfo.availablePrinterNames())
        self.printer.setCurrentText(QPrinterInfo.defaultPrinterName())
        self.printer.currentTextChanged.connect(self._load)
        self.x = self._spin()
        self.y = self._spin()
        self.print_button = QPushButton(self.tr("Print the calibration page…"))
        self.print_button.clicked.connect(self.print_calibration)
        form = QFormLayout()
        form.addRow(self.tr("Printer"), self.printer)
        self.errors.add_row(form, self.tr("x offset (mm)"), self.x, "offset")
        form.addRow(self.tr("y offset (mm)"), self.y)
        buttons, self.save_button = action_buttons(self, self.tr("Save the offsets"), self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.print_button)
        layout.addWidget(buttons)
        self._load()

    def _spin(self) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(-MAX_OFFSET_MM, MAX_OFFSET_MM)
        spin.setSingleStep(0.5)
        spin.setDecimals(1)
        return spin

    def _load(self) -> None:
        x, y = self.certificates.overlay_offset(self.printer.currentText())
        self.x.setValue(x)
        self.y.setValue(y)

    def print_calibration(self) -> None:
        from desktop.core.jobs.certificates import render_calibration  # noqa: PLC0415 - reportlab: loaded when printing

        buffer = io.BytesIO()
        render_calibration(buffer, (self.x.value(), self.y.value()))
        printer = self.dialogs.choose_printer(
            self, self.printer.currentText(), "trang-can-chinh-phoi"
        )
        if printer is not None:
            print_pdf(buffer.getvalue(), printer)

    def save(self) -> None:
        try:
            self.certificates.set_overlay_offset(
                self.printer.currentText().strip(), self.x.value(), self.y.value()
            )
        except UserError as error:
            self.errors.show(error.problems, focus=True)
            return
        self.accept()
