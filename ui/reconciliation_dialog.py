"""End of day: the drive's figures, the discrepancies to explain, and closing the drive."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.problems import UserError
from desktop.core.domain.records import Drive
from desktop.core.domain.vocabulary import DiscrepancyKind
from desktop.core.stations.reconciliation import Discrepancy, Reconciliation, ReconciliationService
from ui.forms import ERROR_STYLE
from ui.messages import problems_text, reason_text


class ReconciliationDialog(QDialog):
    driveClosed = Signal()

    def __init__(
        self, reconciliation: ReconciliationService, drive: Drive, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.reconciliation = reconciliation
        self.drive = drive
        self.note_fields: dict[str, QLineEdit] = {}
        self.setWindowTitle(self.tr("End of day — drive {code}").format(code=drive.code))
        self.resize(640, 720)
        self.body = QWidget()
        scroll = QScrollArea()
        scroll.setWidget(self.body)
        scroll.setWidgetResizable(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.close_button = QPushButton(self.tr("Close the drive"))
        self.close_button.clicked.connect(self.close_drive)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.close_button)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        summary = self.reconciliation.summary(self.drive)
        self.summary = summary
        old = self.body.layout()
        if old is not None:
            QWidget().setLayout(old)  # reparent the old layout away, so it is deleted
        column = QVBoxLayout(self.body)
        column.addWidget(self._figures(summary))
        self.note_fields.clear()
        for discrepancy in summary.discrepancies:
            column.addWidget(self._discrepancy(discrepancy))
        if not summary.discrepancies:
            column.addWidget(QLabel(self.tr("No discrepancies: the drive can be closed.")))
        column.addStretch(1)

    def _figures(self, s: Reconciliation) -> QGroupBox:
        box = QGroupBox(self.tr("Figures of the day"))
        form = QFormLayout(box)
        reasons = ", ".join(
            f"{reason_text(s.reason_names.get(code, code)) or '—'}: {count}"
            for code, count in s.deferred_by_reason.items()
        )
        rows = [
            (self.tr("Checked in"), s.checked_in),
            (self.tr("Waiting for screening"), s.waiting),
            (self.tr("Screened"), s.screened),
            (self.tr("Deferred"), f"{s.deferred} ({reasons})" if reasons else s.deferred),
            (self.tr("Accepted"), s.accepted),
            (self.tr("Collected, complete"), s.complete),
            (self.tr("Collected, incomplete"), s.incomplete),
            (self.tr("Not collected"), s.not_collected),
            (self.tr("Accepted, no unit yet"), s.accepted_no_unit),
            (self.tr("Left before giving"), s.left),
            (self.tr("DINs printed"), s.dins_allocated),
            (self.tr("DINs used"), s.dins_used),
            (self.tr("DINs voided"), s.dins_voided),
            (self.tr("DINs printed, not used or voided"), s.dins_unaccounted),
            (self.tr("DINs used from pre-printed rolls"), s.dins_from_rolls),
        ]
        for text, value in rows:
            label = QLabel(str(value))
            label.setWordWrap(True)
            form.addRow(text, label)
        return box

    def _discrepancy(self, d: Discrepancy) -> QGroupBox:
        titles = {
            DiscrepancyKind.WAITING: self.tr("Checked in but never screened: {count}"),
            DiscrepancyKind.ACCEPTED_NO_UNIT: self.tr("Accepted but no unit recorded: {count}"),
            DiscrepancyKind.UNUSED_DINS: self.tr("Printed DINs neither used nor voided: {count}"),
        }
        box = QGroupBox(titles[d.kind].format(count=len(d.items)))
        column = QVBoxLayout(box)
        items = QLabel(", ".join(d.items))
        items.setWordWrap(True)
        column.addWidget(items)
        if d.explained:
            column.addWidget(QLabel(self.tr("Explained: {note}").format(note=d.note)))
            return box
        field = QLineEdit()
        field.setPlaceholderText(self.tr("Explain (e.g. left without giving; labels destroyed)"))
        self.note_fields[d.kind] = field
        button = QPushButton(self.tr("Save the explanation"))
        button.clicked.connect(lambda _=False, kind=d.kind: self.explain(kind))
        column.addWidget(field)
        column.addWidget(button)
        return box

    def explain(self, kind: str) -> None:
        try:
            self.reconciliation.explain(self.drive, kind, self.note_fields[kind].text())
        except UserError as error:
            self.message.setText(problems_text(error.problems))
            return
        self.message.clear()
        self.refresh()

    def close_drive(self) -> None:
        try:
            self.reconciliation.close(self.drive)
        except UserError as error:
            self.message.setText(problems_text(error.problems))
            return
        self.driveClosed.emit()
        self.accept()
