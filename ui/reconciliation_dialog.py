"""End of day: the drive's figures, the discrepancies to explain or settle, closing the
drive in one click (confirmed), and the end-of-day report as PDF."""

import datetime as dt
import io

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.records import Drive
from desktop.core.domain.vocabulary import DiscrepancyKind
from desktop.core.stations.din_allocation import DinRange
from desktop.core.stations.end_of_day import end_of_day_report
from desktop.core.stations.reconciliation import Discrepancy, Reconciliation, ReconciliationService
from ui.dialogs import Dialogs
from ui.drive_header import drive_header
from ui.messages import problems_text, reason_text
from ui.pdf_output import ask_and_print, ask_and_save
from ui.scan_field import ScanLineEdit
from ui.screen_fit import fit_to_screen
from ui.status_line import StatusLine


class ReconciliationDialog(QDialog):
    driveClosed = Signal()

    def __init__(
        self,
        reconciliation: ReconciliationService,
        drive: Drive,
        parent: QWidget | None = None,
        *,
        dialogs: Dialogs | None = None,
    ) -> None:
        super().__init__(parent)
        self.reconciliation = reconciliation
        self.drive = drive
        self.dialogs = dialogs or Dialogs()
        self.note_fields: dict[str, ScanLineEdit] = {}
        self.range_buttons: list[QPushButton] = []
        self.setWindowTitle(self.tr("End of day — drive {code}").format(code=drive.code))
        self.body = QWidget()
        self.scroll = scroll = QScrollArea()
        scroll.setWidget(self.body)
        scroll.setWidgetResizable(True)
        self.message = StatusLine()  # what stands in the way (the last refusal)
        self.close_button = QPushButton(self.tr("Close the drive…"))
        self.close_button.clicked.connect(self.close_drive)
        self.report_to = QComboBox()
        self.report_to.addItem(self.tr("PDF file"), "pdf")
        self.report_to.addItem(self.tr("printer"), "print")
        self.report_button = QPushButton(self.tr("End-of-day report…"))
        self.report_button.clicked.connect(self.output_report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.close_button, 1)
        actions.addWidget(self.report_button)
        actions.addWidget(self.report_to)
        layout = QVBoxLayout(self)
        layout.addWidget(drive_header(drive))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        layout.addWidget(buttons)
        self.refresh()
        fit_to_screen(self, 700, 720)

    def refresh(self, explained: str | None = None) -> None:
        """Build the figures and discrepancies again, where the user was: the scroll
        position kept and, after ``explained``, the focus in the next field to explain."""
        position = self.scroll.verticalScrollBar().value()
        before = list(self.note_fields)
        summary = self.reconciliation.summary(self.drive)
        self.summary = summary
        old = self.body.layout()
        if old is not None:
            QWidget().setLayout(old)  # reparent the old layout away, so it is deleted
        column = QVBoxLayout(self.body)
        column.addWidget(self._figures(summary))
        self.note_fields.clear()
        self.range_buttons.clear()
        for discrepancy in summary.discrepancies:
            column.addWidget(self._discrepancy(discrepancy))
        if not summary.discrepancies:
            column.addWidget(QLabel(self.tr("No discrepancies: the drive can be closed.")))
        column.addStretch(1)
        # The new widgets are shown, and so take room in the scroll area, only once the
        # event loop has turned: then the view goes back to where it was.
        QTimer.singleShot(0, self, lambda: self._back_to(position, before, explained))

    def _back_to(self, position: int, before: list[str], explained: str | None) -> None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.scroll.verticalScrollBar().setValue(position)
        if explained is None:
            return
        after = before[before.index(explained) + 1 :] if explained in before else []
        following = [kind for kind in after if kind in self.note_fields]
        field = self.note_fields.get(next(iter(following or self.note_fields), ""))
        if field is None:  # everything explained: closing is the next step
            self.close_button.setFocus()
            return
        self.scroll.ensureWidgetVisible(field)
        field.setFocus()

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
            (self.tr("DINs allocated to the drive"), s.dins_allocated),
            (self.tr("DINs whose labels were printed"), s.dins_printed),
            (self.tr("DINs allocated, labels never printed"), s.dins_never_printed),
            (self.tr("DINs used"), s.dins_used),
            (self.tr("DINs voided"), s.dins_voided),
            (self.tr("DINs printed, not used or voided"), s.dins_unaccounted),
            (self.tr("DINs used from pre-printed rolls"), s.dins_from_rolls),
            (self.tr("This laptop: desk letter · DIN block"), s.desk),
            (self.tr("Certificates issued"), s.certificates_issued),
            (self.tr("Certificates voided"), s.certificates_voided),
            (self.tr("Certificate serials reserved, never confirmed"), s.certificates_reserved),
            (self.tr("Complete donations without a certificate"), s.certificates_pending),
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
            DiscrepancyKind.UNUSED_DINS: self.tr("DINs neither used nor voided: {count}"),
            DiscrepancyKind.RESERVED_CERTIFICATES: self.tr(
                "Certificate serials reserved, never confirmed printed: {count}"
            ),
        }
        box = QGroupBox(titles[d.kind].format(count=len(d.keys)))
        column = QVBoxLayout(box)
        if d.kind == DiscrepancyKind.UNUSED_DINS:
            for din_range in d.ranges:
                column.addLayout(self._range_row(din_range))
        else:
            items = QLabel(", ".join(d.items))
            items.setWordWrap(True)
            column.addWidget(items)
        if d.kind == DiscrepancyKind.RESERVED_CERTIFICATES:
            self.void_reserved_button = QPushButton(self.tr("Void these serials…"))
            self.void_reserved_button.clicked.connect(self.void_reserved)
            column.addWidget(self.void_reserved_button)
        if d.explained:
            column.addWidget(QLabel(self.tr("Explained: {note}").format(note=d.note)))
            return box
        field = ScanLineEdit()  # Enter saves; never the dialog's default button
        field.setPlaceholderText(self.tr("Explain (e.g. left without giving; labels destroyed)"))
        # Saving rebuilds the fields: not while this one is still handling its key.
        field.submitted.connect(
            lambda _text, kind=d.kind: QTimer.singleShot(0, self, lambda: self.explain(kind))
        )
        self.note_fields[d.kind] = field
        button = QPushButton(self.tr("Save the explanation"))
        button.clicked.connect(lambda _=False, kind=d.kind: self.explain(kind))
        column.addWidget(field)
        column.addWidget(button)
        return box

    def _range_row(self, din_range: DinRange) -> QHBoxLayout:
        row = QHBoxLayout()
        state = self.tr("labels printed") if din_range.printed else self.tr("never printed")
        label = QLabel(f"{din_range.text} — {state}")
        button = QPushButton(self.tr("Void this range…"))
        button.clicked.connect(lambda _=False, r=din_range: self.void_range(r))
        self.range_buttons.append(button)
        row.addWidget(label, 1)
        row.addWidget(button)
        return row

    # --- actions ----------------------------------------------------------------------

    def explain(self, kind: str) -> None:
        try:
            self.reconciliation.explain(self.drive, kind, self.note_fields[kind].text())
        except UserError as error:
            self.message.failed(problems_text(error.problems))
            return
        self.message.clear()
        self.refresh(explained=kind)

    def void_range(self, din_range: DinRange) -> None:
        reason = self.dialogs.text(
            self,
            self.tr("Void unused DINs"),
            self.tr("Why are {range} voided (labels destroyed, never printed, …)?").format(
                range=din_range.text
            ),
            required=True,
        )
        if reason is None:
            return
        self._settle(
            lambda: self.reconciliation.void_unused_dins(
                self.drive, list(din_range.numbers), reason
            )
        )

    def void_reserved(self) -> None:
        reason = self.dialogs.text(
            self,
            self.tr("Void reserved serials"),
            self.tr("Why were they never printed? Their serials stay used."),
            required=True,
        )
        if reason is not None:
            self._settle(lambda: self.reconciliation.void_reserved_certificates(self.drive, reason))

    def _settle(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except UserError as error:
            self.message.failed(problems_text(error.problems))
            return
        self.message.clear()
        self.refresh()

    def close_drive(self) -> None:
        """One click: confirm (saying what is still open), close, offer the report."""
        summary = self.reconciliation.summary(self.drive)
        if summary.unexplained:
            count = {"count": len(summary.unexplained)}
            self.message.failed(problems_text([Problem("unexplained_discrepancies", count)]))
            return
        text = self.tr(
            "Close drive {code}? Nothing more can be checked in, screened or recorded;"
            " corrections become audited amendments."
        ).format(code=self.drive.code)
        if summary.certificates_pending:
            text += "\n\n" + self.tr("{count} complete donations have no certificate yet.").format(
                count=summary.certificates_pending
            )
        if not self.dialogs.confirm(self, self.tr("Close the drive"), text):
            return
        try:
            self.reconciliation.close(self.drive)
        except UserError as error:
            self.message.failed(problems_text(error.problems))
            return
        self.output_report()
        self.driveClosed.emit()
        self.accept()

    def output_report(self) -> None:
        """The end-of-day report, saved as PDF or printed."""
        from desktop.core.jobs.reports import render_end_of_day  # noqa: PLC0415 - reportlab: loaded when printing

        buffer = io.BytesIO()
        render_end_of_day(
            end_of_day_report(self.reconciliation, self.drive, dt.datetime.now()), buffer
        )
        name = f"tong-ket-{self.drive.code}.pdf"
        if self.report_to.currentData() == "print":
            ask_and_print(buffer.getvalue(), self, self.dialogs)
        else:
            ask_and_save(buffer.getvalue(), self, name, self.dialogs)
