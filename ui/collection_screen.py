"""The collection station: the accepted donors, the unit being recorded, the units so far.

Keyboard path: Enter in the queue opens the donor with the cursor in the DIN field;
scanning the bag's DIN checks it at once (format, check character, range, earlier use)
and fills the start time; Ctrl+Enter records the donation.
"""

import datetime as dt
from dataclasses import replace

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.records import Drive, QueueEntry
from desktop.core.domain.vocabulary import BagType, DonationOutcome
from desktop.core.foundation.session import Session
from desktop.core.stations.collection import CollectionService, DonationForm, DonationRecord
from desktop.core.stations.reconciliation import ReconciliationService
from ui.amend_dialog import AmendDialog
from ui.dialogs import Dialogs
from ui.donor_card import WARNING_STYLE
from ui.forms import ERROR_STYLE, FieldErrors, hbox
from ui.messages import problem_text, problems_text
from ui.queue_models import CollectionQueueModel, queue_table
from ui.reaction_fields import ReactionFields, reaction_name
from ui.scan_field import ScanLineEdit
from ui.signals import ModelSignals

OK_STYLE = "color: #1b5e20; font-weight: bold;"


def now_text() -> str:
    return dt.datetime.now().strftime("%H:%M")


class CollectionScreen(QWidget):
    def __init__(
        self,
        collection: CollectionService,
        drive: Drive,
        signals: ModelSignals,
        *,
        reconciliation: ReconciliationService,
        session: Session,
        dialogs: Dialogs | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.collection = collection
        self.dialogs = dialogs or Dialogs()
        self.reconciliation = reconciliation
        self.drive = drive
        self.session = session
        self.entry: QueueEntry | None = None
        self.errors = FieldErrors()
        self._build()
        signals.visitsChanged.connect(self.refresh)
        signals.donationsChanged.connect(self.refresh)
        signals.staffChanged.connect(self._fill_phlebotomists)
        QShortcut(QKeySequence("F6"), self, self.focus_queue)
        self.refresh()
        self._fill_phlebotomists()
        self.close_donor()

    # --- layout ---------------------------------------------------------------------

    def _build(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        self.queue_title = QLabel()
        self.queue_title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.queue_model = CollectionQueueModel()
        self.queue = queue_table(self.queue_model)
        self.queue.activated.connect(lambda index: self.open_row(index.row()))
        self.done_label = QLabel()
        self.done_label.setStyleSheet(OK_STYLE)
        self.done_label.setWordWrap(True)
        self.units = QTableWidget(0, 6)
        self.units.verticalHeader().hide()
        self.units.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.units.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.units.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Full name"), self.tr("DIN"), self.tr("Outcome"),
             self.tr("ml"), self.tr("Minutes")]
        )  # fmt: skip
        self.units.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.units.horizontalHeader().setStretchLastSection(True)
        column.addWidget(self.queue_title)
        column.addWidget(self.queue, 2)
        column.addWidget(self.done_label)
        self.amend_button = QPushButton(self.tr("Correct the selected unit…"))
        self.amend_button.clicked.connect(self.amend_selected)
        column.addWidget(QLabel(self.tr("Units recorded at this drive")))
        column.addWidget(self.units, 3)
        column.addWidget(self.amend_button)
        right = self._form()
        self.form_widget = right
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([560, 720])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self.setFocusProxy(self.queue)

    def _fields(self) -> None:
        self.donor_label = QLabel()
        self.donor_label.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.din = ScanLineEdit()
        self.din.setPlaceholderText(self.tr("Scan the DIN on the bag"))
        self.din.submitted.connect(self.check_din)
        self.din_status = QLabel()
        self.din_status.setWordWrap(True)
        self.bag_type = QComboBox()
        for code, text in zip(
            BagType,
            (self.tr("single"), self.tr("double"), self.tr("triple"), self.tr("quadruple")),
            strict=True,
        ):
            self.bag_type.addItem(text, code)
        self.bag_lot = QLineEdit()
        self.volume = QLineEdit()
        self.volume.setMaximumWidth(100)
        self.started = QLineEdit()
        self.ended = QLineEdit()
        for field in (self.started, self.ended):
            field.setPlaceholderText(self.tr("hh:mm"))
            field.setMaximumWidth(90)
            field.textChanged.connect(self._show_duration)
        self.ended_now = QPushButton(self.tr("End now (F8)"))
        self.ended_now.clicked.connect(lambda: self.ended.setText(now_text()))
        QShortcut(QKeySequence("F8"), self, lambda: self.ended.setText(now_text()))
        self.duration = QLabel()
        self.phlebotomist = QComboBox()
        self.complete = QRadioButton(self.tr("complete"))
        self.incomplete = QRadioButton(self.tr("incomplete"))
        self.not_collected = QRadioButton(self.tr("not collected"))
        self.outcomes = QButtonGroup(self)
        buttons = (self.complete, self.incomplete, self.not_collected)
        for button, code in zip(buttons, DonationOutcome, strict=True):
            self.outcomes.addButton(button)
            button.setProperty("outcome", code)
        self.complete.setChecked(True)
        self.reaction = ReactionFields(self.errors)
        self.note = QLineEdit()
        self.save_button = QPushButton(self.tr("&Record the donation (Ctrl+Enter)"))
        self.save_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.save_button.clicked.connect(lambda: self.save())  # noqa: PLW0108 - not the bool
        self.left_button = QPushButton(self.tr("The donor left without giving…"))
        self.left_button.clicked.connect(self.donor_left)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)

    def _form(self) -> QWidget:
        self._fields()
        form = QFormLayout()
        self.errors.add_row(form, self.tr("DIN"), self.din, "din")
        form.addRow("", self.din_status)
        self.errors.add_row(form, self.tr("Bag"), hbox(self.bag_type, self.bag_lot), "bag_type")
        self.errors.add_row(form, self.tr("Volume collected (ml)"), self.volume, "volume")
        times = hbox(self.started, QLabel("→"), self.ended, self.ended_now, self.duration)
        self.errors.add_row(form, self.tr("Start → end"), times, "started")
        form.addRow("", self.errors.label("ended"))
        self.errors.add_row(form, self.tr("Phlebotomist"), self.phlebotomist, "phlebotomist")
        outcome_row = hbox(self.complete, self.incomplete, self.not_collected)
        form.addRow(self.tr("Outcome"), outcome_row)
        form.addRow(self.tr("Note"), self.note)
        box = QWidget()
        column = QVBoxLayout(box)
        column.addWidget(self.donor_label)
        column.addLayout(form)
        column.addWidget(self.reaction)
        column.addWidget(self.message)
        column.addWidget(self.save_button)
        column.addWidget(self.left_button)
        column.addStretch(1)
        return box

    # --- lists ----------------------------------------------------------------------

    def refresh(self) -> None:
        entries = self.collection.queue(self.drive)
        self.queue_model.set_entries(entries)
        self.queue_title.setText(self.tr("Waiting to give: {count}").format(count=len(entries)))
        if entries and self.queue.currentIndex().row() < 0:
            self.queue.selectRow(0)
        self._fill_units(self.collection.donations(self.drive))

    def _fill_units(self, units: list[DonationRecord]) -> None:
        self.unit_records = units
        self.units.setRowCount(len(units))
        limits = self.collection.limits
        for row, unit in enumerate(units):
            minutes = "" if unit.minutes is None else f"{unit.minutes:.0f}"
            if unit.minutes is not None and limits.unusual(unit.minutes):
                minutes += " ⚠"
            outcome = self._outcome_name(unit.outcome)
            if unit.reaction:
                outcome += f" · {reaction_name(unit.reaction)}"
            cells = (str(unit.queue_no), unit.full_name, unit.din or "", outcome,
                     str(unit.volume_ml or ""), minutes)  # fmt: skip
            for column, text in enumerate(cells):
                self.units.setItem(row, column, QTableWidgetItem(text))

    def _outcome_name(self, code: str) -> str:
        return {
            DonationOutcome.COMPLETE: self.tr("complete"),
            DonationOutcome.INCOMPLETE: self.tr("incomplete"),
            DonationOutcome.NOT_COLLECTED: self.tr("not collected"),
        }[code]

    def _fill_phlebotomists(self) -> None:
        current = self.phlebotomist.currentData() or self.session.actor.staff_id
        self.phlebotomist.clear()
        for staff in self.collection.phlebotomists():
            self.phlebotomist.addItem(staff.full_name, staff.id)
        self.phlebotomist.setCurrentIndex(max(self.phlebotomist.findData(current), 0))

    def _prefer_operator(self) -> None:
        """The nurse signed in on this laptop is the usual phlebotomist."""
        index = self.phlebotomist.findData(self.session.actor.staff_id)
        if index >= 0:
            self.phlebotomist.setCurrentIndex(index)

    def focus_queue(self) -> None:
        self.queue.setFocus()
        if self.queue_model.rowCount() and self.queue.currentIndex().row() < 0:
            self.queue.selectRow(0)

    # --- one donor ------------------------------------------------------------------

    def open_row(self, row: int) -> None:
        entry = self.queue_model.entry_at(row)
        if entry is not None:
            self.open_entry(entry)

    def open_entry(self, entry: QueueEntry) -> None:
        self.entry = entry
        self.donor_label.setText(
            self.tr("No. {number} — {name} — approved {volume} ml").format(
                number=entry.visit.queue_no, name=entry.full_name, volume=entry.approved_volume_ml
            )
        )
        for field in (self.din, self.bag_lot, self.started, self.ended, self.note):
            field.clear()
        self.volume.setText(str(entry.approved_volume_ml or ""))
        self.complete.setChecked(True)
        self._prefer_operator()
        self.reaction.reset()
        self.din_status.clear()
        self.message.clear()
        self.done_label.clear()
        self.errors.clear()
        self.form_widget.setEnabled(True)
        self.din.setFocus()

    def close_donor(self) -> None:
        self.entry = None
        self.donor_label.setText(self.tr("Choose a donor from the queue (Enter)"))
        self.form_widget.setEnabled(False)

    def check_din(self, text: str) -> None:
        """A scan in the DIN field: checked at once, the start time filled in."""
        if not text.strip() or self.entry is None:
            return
        try:
            check = self.collection.check_din(self.drive, text)
        except UserError as error:
            self._din_refused(error.problems)
            return
        self.errors.show([])
        self.din.setText(check.din.number)
        din_text, _flags, check_char = check.din.eye_readable()
        text_ok = self.tr("DIN {din} ✓").format(din=f"{din_text} [{check_char}]")
        warnings = [problem_text(w) for w in check.warnings]
        self.din_status.setText("\n".join([text_ok, *warnings]))
        self.din_status.setStyleSheet(WARNING_STYLE if warnings else OK_STYLE)
        if not self.started.text():
            self.started.setText(now_text())
        self.bag_type.setFocus()

    def _din_refused(self, problems: list[Problem]) -> None:
        self.din_status.clear()
        self.errors.show(problems)
        self.din.selectAll()

    def _show_duration(self) -> None:
        took = self.collection.duration(self.drive, self.started.text(), self.ended.text())
        if took.problem is not None and took.problem.code == "end_before_start":
            text = problem_text(took.problem)
        elif took.minutes is None:
            text = ""
        elif took.problem is not None:
            limits = self.collection.limits
            text = self.tr("{minutes} min — outside {min} to {max} min").format(
                minutes=f"{took.minutes:.0f}", min=limits.minimum, max=limits.maximum
            )
        else:
            text = self.tr("{minutes} min").format(minutes=f"{took.minutes:.0f}")
        self.duration.setText(text)
        self.duration.setStyleSheet(ERROR_STYLE if took.problem is not None else "")

    def form(self) -> DonationForm:
        return DonationForm(
            din=self.din.text(),
            bag_type=self.bag_type.currentData(),
            bag_lot=self.bag_lot.text(),
            volume_ml=self.volume.text(),
            started=self.started.text(),
            ended=self.ended.text(),
            phlebotomist_id=self.phlebotomist.currentData(),
            outcome=self.outcomes.checkedButton().property("outcome"),
            reaction=self.reaction.form(),
            note=self.note.text(),
        )

    def _confirms_duration(self, problems: list[Problem]) -> bool:
        """Only an unusual collection time stands in the way: the nurse confirms it."""
        if [p.code for p in problems] != ["duration_unusual"]:
            return False
        question = self.tr("Record the donation with this collection time?")
        text = f"{problem_text(problems[0])}\n\n{question}"
        return self.dialogs.confirm(self, self.tr("Unusual collection time"), text)

    def amend_selected(self) -> None:
        """Correct a recorded unit with a reason (also after the drive closed)."""
        row = self.units.currentRow()
        if not 0 <= row < len(self.unit_records):
            return
        self.amend_dialog = AmendDialog(self.reconciliation, self.unit_records[row], self)
        self.amend_dialog.open()

    def donor_left(self) -> None:
        """The accepted donor went away: the ticket says so, with the reason."""
        if self.entry is None:
            return
        reason = self.dialogs.text(
            self, self.tr("Left without giving"),
            self.tr("Why did No. {number} {name} leave?").format(
                number=self.entry.visit.queue_no, name=self.entry.full_name
            ),
        )  # fmt: skip
        if reason is None:
            return
        try:
            self.reconciliation.mark_left(self.entry.visit.id, reason)
        except UserError as error:
            self.message.setText(problems_text(error.problems))
            return
        self.close_donor()
        self.focus_queue()

    def save(self, *, duration_confirmed: bool = False) -> None:
        if self.entry is None:
            return
        entry = self.entry
        form = replace(self.form(), duration_confirmed=duration_confirmed)
        try:
            unit = self.collection.record(entry.visit.id, form)
        except UserError as error:
            if not duration_confirmed and self._confirms_duration(error.problems):
                self.save(duration_confirmed=True)
                return
            self.errors.show(error.problems)
            rest = [p for p in error.problems if p.field not in self.errors.labels]
            self.message.setText(problems_text(rest))
            return
        self.close_donor()
        self.done_label.setText(
            self.tr("Recorded: No. {number} {name} — {outcome}, {volume} ml, DIN {din}").format(
                number=entry.visit.queue_no,
                name=entry.full_name,
                outcome=self._outcome_name(unit.outcome),
                volume=unit.volume_ml or 0,
                din=unit.din or "—",
            )
        )
        self.focus_queue()
