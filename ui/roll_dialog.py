"""Registering a pre-printed label roll: scan its first and last label."""

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.domain.problems import UserError
from desktop.core.domain.records import Drive
from desktop.core.stations.din_allocation import DinService
from ui.forms import FieldErrors, action_buttons
from ui.scan_field import ScanLineEdit


class RollDialog(QDialog):
    def __init__(self, dins: DinService, drive: Drive, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dins = dins
        self.drive = drive
        self.setWindowTitle(self.tr("Pre-printed label roll"))
        self.setMinimumWidth(460)
        self.errors = FieldErrors()
        self.first = ScanLineEdit()
        self.last = ScanLineEdit()
        self.first.submitted.connect(lambda _: self.last.setFocus())
        self.last.submitted.connect(lambda _: self.save())
        intro = QLabel(
            self.tr(
                "Scan the first and the last label of the roll. Every DIN scanned at"
                " collection is then checked against this range."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("First label"), self.first, "first")
        self.errors.add_row(form, self.tr("Last label"), self.last, "last")
        form.addRow("", self.errors.label(None))
        buttons, self.save_button = action_buttons(self, self.tr("Register the roll"), self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            self.dins.add_roll(self.drive, self.first.text(), self.last.text())
        except UserError as error:
            self.errors.show(error.problems, focus=True)
            return
        self.accept()
