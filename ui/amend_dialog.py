"""Correcting a recorded unit (also after the drive closed): an audited amendment."""

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.vocabulary import DonationOutcome
from desktop.core.stations.collection import DonationRecord
from desktop.core.stations.reconciliation import ReconciliationService
from ui.forms import FieldErrors, action_buttons


class AmendDialog(QDialog):
    def __init__(
        self,
        reconciliation: ReconciliationService,
        unit: DonationRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.reconciliation = reconciliation
        self.unit = unit
        self.setWindowTitle(
            self.tr("Correct the unit {din}").format(din=unit.din or f"No. {unit.queue_no}")
        )
        self.errors = FieldErrors()
        self.volume = QLineEdit(str(unit.volume_ml or ""))
        self.outcome = QComboBox()
        for code, text in (
            (DonationOutcome.COMPLETE, self.tr("complete")),
            (DonationOutcome.INCOMPLETE, self.tr("incomplete")),
            (DonationOutcome.NOT_COLLECTED, self.tr("not collected")),
        ):
            self.outcome.addItem(text, code)
        self.outcome.setCurrentIndex(self.outcome.findData(unit.outcome))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why the record is corrected (required)"))
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Volume collected (ml)"), self.volume, "volume")
        form.addRow(self.tr("Outcome"), self.outcome)
        self.errors.add_row(form, self.tr("Reason"), self.reason, "reason")
        form.addRow("", self.errors.label(None))
        buttons, self.save_button = action_buttons(self, self.tr("Save the correction"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        volume = self.volume.text().strip()
        if volume and not volume.isdigit():
            self.errors.show([Problem("not_a_number", {"value": volume}, "volume")])
            return
        changes = {
            "volume_ml": int(volume) if volume else None,
            "outcome": self.outcome.currentData(),
        }
        try:
            self.reconciliation.amend_donation(self.unit.id, changes, self.reason.text())
        except UserError as error:
            self.errors.show(error.problems)
            return
        self.accept()
