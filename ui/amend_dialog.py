"""Correcting a recorded unit (also after the drive closed): an audited amendment.

The dialog says inside whose unit it is (ticket, name, DIN): a window manager may cut
the title short. It opens with the volume chosen, so the digits typed replace it.
"""

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain import isbt128
from desktop.core.domain.problems import UserError
from desktop.core.domain.vocabulary import DonationOutcome
from desktop.core.stations.collection import DonationRecord
from desktop.core.stations.reconciliation import ReconciliationService
from ui.forms import FieldErrors, action_buttons, heading
from ui.screen_fit import fit_placeholder, fit_to_screen

# What a window manager puts in the title bar besides the title: the icon, the buttons.
TITLE_BAR_CONTROLS = 140


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
        which = unit.din or self.tr("No. {number}").format(number=unit.ticket)
        self.setWindowTitle(self.tr("Correct the unit {din}").format(din=which))
        whose = self.tr("No. {number} — {name}").format(number=unit.ticket, name=unit.full_name)
        din = self.tr("DIN {din}").format(din=isbt128.spaced(unit.din)) if unit.din else ""
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
        fit_placeholder(self.reason)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Volume collected (ml)"), self.volume, "volume")
        form.addRow(self.tr("Outcome"), self.outcome)
        self.errors.add_row(form, self.tr("Reason"), self.reason, "reason")
        form.addRow("", self.errors.label(None))
        buttons, self.save_button = action_buttons(self, self.tr("Save the correction"), self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(whose))
        if din:
            layout.addWidget(QLabel(din))
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._fit()
        self.volume.setFocus()  # typed digits replace the volume recorded
        self.volume.selectAll()

    def _fit(self) -> None:
        """Wide enough for the title beside the title bar's controls (within the screen)."""
        bold = QFont(self.font())
        bold.setBold(True)  # window managers often write titles in bold
        title = QFontMetrics(bold).horizontalAdvance(self.windowTitle()) + TITLE_BAR_CONTROLS
        hint = self.sizeHint()
        fit_to_screen(self, max(hint.width(), title), hint.height())

    def save(self) -> None:
        changes = {"volume_ml": self.volume.text(), "outcome": self.outcome.currentData()}
        try:
            self.reconciliation.amend_donation(self.unit.id, changes, self.reason.text())
        except UserError as error:
            self.errors.show(error.problems, focus=True)
            return
        self.accept()
