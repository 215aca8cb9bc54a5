"""An adverse reaction during or after a donation: a checkable group of fields."""

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QWidget,
)

from desktop.core.domain.vocabulary import ReactionKind, ReactionSeverity
from desktop.core.stations.collection import ReactionForm
from ui.forms import FieldErrors
from ui.messages import translate

REACTION_NAMES = {
    "vasovagal_immediate": QT_TRANSLATE_NOOP(
        "ReactionFields", "Vasovagal, immediate, without loss of consciousness"
    ),
    "vasovagal_immediate_loc": QT_TRANSLATE_NOOP(
        "ReactionFields", "Vasovagal, immediate, with loss of consciousness"
    ),
    "vasovagal_delayed": QT_TRANSLATE_NOOP(
        "ReactionFields", "Vasovagal, delayed, without loss of consciousness"
    ),
    "vasovagal_delayed_loc": QT_TRANSLATE_NOOP(
        "ReactionFields", "Vasovagal, delayed, with loss of consciousness"
    ),
    "haematoma": QT_TRANSLATE_NOOP("ReactionFields", "Haematoma"),
    "arterial_puncture": QT_TRANSLATE_NOOP("ReactionFields", "Arterial puncture"),
    "nerve_injury": QT_TRANSLATE_NOOP("ReactionFields", "Nerve injury"),
    "other": QT_TRANSLATE_NOOP("ReactionFields", "Other"),
}
SEVERITY_NAMES = {
    "mild": QT_TRANSLATE_NOOP("ReactionFields", "mild"),
    "moderate": QT_TRANSLATE_NOOP("ReactionFields", "moderate"),
    "severe": QT_TRANSLATE_NOOP("ReactionFields", "severe"),
}


def reaction_name(code: str | None) -> str:
    return translate("ReactionFields", REACTION_NAMES[code]) if code in REACTION_NAMES else ""


class ReactionFields(QGroupBox):
    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Adverse reaction"))
        self.setCheckable(True)
        self.setChecked(False)
        self.kind = QComboBox()
        for code in ReactionKind:
            self.kind.addItem(reaction_name(code), code)
        self.severity = QComboBox()
        for code in ReactionSeverity:
            self.severity.addItem(translate("ReactionFields", SEVERITY_NAMES[code]), code)
        self.at = QLineEdit()
        self.at.setPlaceholderText(self.tr("hh:mm"))
        self.at.setMaximumWidth(90)
        self.action = QLineEdit()
        self.action.setPlaceholderText(self.tr("What was done (legs raised, fluids, …)"))
        self.left_well = QCheckBox(self.tr("The donor left in good condition"))
        self.left_well.setChecked(True)
        form = QFormLayout(self)
        errors.add_row(form, self.tr("Type"), self.kind, "reaction")
        errors.add_row(form, self.tr("Severity"), self.severity, "reaction_severity")
        errors.add_row(form, self.tr("Time"), self.at, "reaction_at")
        form.addRow(self.tr("Action taken"), self.action)
        form.addRow("", self.left_well)

    def form(self) -> ReactionForm | None:
        if not self.isChecked():
            return None
        return ReactionForm(
            kind=self.kind.currentData(),
            severity=self.severity.currentData(),
            at=self.at.text(),
            action=self.action.text(),
            left_well=self.left_well.isChecked(),
        )

    def reset(self) -> None:
        self.setChecked(False)
        self.kind.setCurrentIndex(0)
        self.severity.setCurrentIndex(0)
        self.at.clear()
        self.action.clear()
        self.left_well.setChecked(True)
