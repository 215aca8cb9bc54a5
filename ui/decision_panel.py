"""The engine's proposal with its reasons, and the doctor's decision.

Accept (Ctrl+Enter) with a volume no higher than proposed, or defer (Ctrl+D). Accepting
against a failed rule, or deferring where the rules do not ask for it, needs the reason
written in the reason field; the service refuses without it.
"""

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.dates import dmy, parse_date
from desktop.core.domain.problems import Problem
from desktop.core.domain.vocabulary import Proposal, ScreeningDecision
from desktop.core.eligibility.engine import Decision, Effect
from desktop.core.stations.screening import DoctorDecision
from ui.forms import FieldErrors
from ui.screen_fit import fit_placeholder
from ui.screening_texts import proposal_text

PROPOSAL_STYLES = {
    Proposal.ACCEPT: "background: #e8f5e9; color: #1b5e20; border: 1px solid #66bb6a;",
    Proposal.DEFER_TEMPORARY: "background: #fff4e5; color: #7a3e00; border: 1px solid #f0a040;",
    Proposal.DEFER_PERMANENT: "background: #fdecea; color: #8a1c1c; border: 1px solid #e57373;",
}
NEUTRAL_STYLE = "background: #eceff1; color: #37474f; border: 1px solid #b0bec5;"


class DecisionPanel(QWidget):
    """Emits ``decided`` with the doctor's choice; the screen records it."""

    decided = Signal(object)  # DoctorDecision

    def __init__(
        self, volumes: tuple[int, ...], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.proposal: Decision | None = None
        self.errors = FieldErrors()
        self.proposal_label = QLabel()
        self.proposal_label.setWordWrap(True)
        self.reasons_label = QLabel()
        self.reasons_label.setWordWrap(True)
        self.volume = QComboBox()
        for volume in volumes:
            self.volume.addItem(f"{volume} ml", volume)
        self.accept_button = QPushButton(self.tr("&Accept (Ctrl+Enter)"))
        self.accept_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.accept_button.clicked.connect(self.accept)
        self.temporary = QRadioButton(self.tr("temporary, until"))
        self.permanent = QRadioButton(self.tr("permanent"))
        self.temporary.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.temporary)
        kinds.addButton(self.permanent)
        self.until = QLineEdit()
        self.until.setPlaceholderText(self.tr("dd/mm/yyyy"))
        fit_placeholder(self.until, "00/00/0000")
        self.defer_button = QPushButton(self.tr("&Defer (Ctrl+D)"))
        self.defer_button.setShortcut(QKeySequence("Ctrl+D"))
        self.defer_button.clicked.connect(self.defer)
        self.reason = QLineEdit()
        # Too long for a placeholder in the column: said under the field, in full.
        self.reason_hint = QLabel(
            self.tr("Required to override a rule, or to defer when no rule calls for it")
        )
        self.reason_hint.setWordWrap(True)
        self.reason_hint.setStyleSheet("color: #546e7a;")
        self._layout()

    def _layout(self) -> None:
        accept_row = QHBoxLayout()
        accept_row.addWidget(self.volume)
        accept_row.addWidget(self.accept_button, 1)
        defer_row = QHBoxLayout()
        defer_row.addWidget(self.temporary)
        defer_row.addWidget(self.until)
        defer_row.addWidget(self.permanent)
        defer_row.addStretch(1)
        box = QGroupBox(self.tr("Decision"))
        form = QFormLayout(box)
        form.addRow(self.tr("Accept"), self._wrap(accept_row))
        form.addRow("", self.errors.label("volume"))
        form.addRow(self.tr("Defer"), self._wrap(defer_row))
        form.addRow("", self.defer_button)
        form.addRow("", self.errors.label("until"))
        self.errors.add_row(form, self.tr("Reason"), self.reason, "reason")
        form.addRow("", self.reason_hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.proposal_label)
        layout.addWidget(self.reasons_label)
        layout.addWidget(box)

    @staticmethod
    def _wrap(row: QHBoxLayout) -> QWidget:
        box = QWidget()
        row.setContentsMargins(0, 0, 0, 0)
        box.setLayout(row)
        return box

    def clear(self) -> None:
        self.proposal = None
        self.proposal_label.clear()
        self.proposal_label.setStyleSheet("")
        self.reasons_label.clear()
        self.volume.setCurrentIndex(-1)  # the proposal chooses it
        self.reason.clear()
        self.until.clear()
        self.temporary.setChecked(True)
        self.errors.clear()

    def show_proposal(self, decision: Decision | None) -> None:
        """The engine's proposal (None while a measurement is impossible)."""
        self.proposal = decision
        if decision is None:
            self.proposal_label.setText(self.tr("Correct the marked fields to see the proposal."))
            self.proposal_label.setStyleSheet(f"QLabel {{ {NEUTRAL_STYLE} padding: 6px; }}")
            self.reasons_label.clear()
            return
        style = PROPOSAL_STYLES.get(decision.outcome, NEUTRAL_STYLE)
        self.proposal_label.setStyleSheet(
            f"QLabel {{ {style} padding: 6px; font-size: 13pt; font-weight: bold; }}"
        )
        self.proposal_label.setText(proposal_text(decision))
        lines = [
            ("• " if f.effect == Effect.LIMIT else "✗ ") + f.text(self.language)
            for f in decision.findings
        ]
        self.reasons_label.setText("\n".join(lines))
        # Proposed or, when the rules defer, what weight and haemoglobin would allow.
        volume = decision.volume_ml or decision.allowed_volume_ml
        self.volume.setCurrentIndex(max(self.volume.findData(volume), 0))
        self.until.setText(dmy(decision.until))
        self.permanent.setChecked(decision.outcome == ScreeningDecision.DEFER_PERMANENT)
        self.temporary.setChecked(decision.outcome != ScreeningDecision.DEFER_PERMANENT)

    def accept(self) -> None:
        self.errors.clear()
        self.decided.emit(
            DoctorDecision(
                ScreeningDecision.ACCEPT,
                volume_ml=self.volume.currentData(),
                reason=self.reason.text(),
            )
        )

    def defer(self) -> None:
        self.errors.clear()
        if self.permanent.isChecked():
            self.decided.emit(
                DoctorDecision(ScreeningDecision.DEFER_PERMANENT, reason=self.reason.text())
            )
            return
        until: dt.date | None = None
        text = self.until.text().strip()
        if text:
            until = parse_date(text)
            if until is None:
                self.errors.show([Problem("date_invalid", {"value": text}, "until")])
                return
        self.decided.emit(
            DoctorDecision(
                ScreeningDecision.DEFER_TEMPORARY, until=until, reason=self.reason.text()
            )
        )

    def show_problems(self, problems: list[Problem]) -> None:
        """The problems of the panel's own fields; the screen says the others once."""
        self.errors.show(
            [p for p in problems if p.field is not None and p.field in self.errors.labels]
        )
