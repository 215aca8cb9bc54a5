"""The collection station: the accepted donors, the donations in the chair, the unit
being recorded, the units so far.

Keyboard path: Enter in the queue opens the donor with the cursor in the DIN field;
scanning the bag's DIN checks it at once (format, check character, range, earlier use),
fills the start time and puts the donation in the chair (written at once: another
donor may be opened meanwhile, and Enter on it in the chair list brings it back);
Ctrl+Enter records the donation and clears the form.
"""

import datetime as dt
from dataclasses import replace

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.records import Drive, QueueEntry
from desktop.core.domain.vocabulary import BagType, DonationOutcome
from desktop.core.foundation.session import Session
from desktop.core.stations.collection import (
    BagLots,
    CollectionService,
    DonationForm,
    StartedDonation,
)
from desktop.core.stations.reconciliation import ReconciliationService
from ui.amend_dialog import AmendDialog
from ui.collection_lists import ChairModel, UnitsTable, outcome_name
from ui.dialogs import Dialogs
from ui.donor_card import WARNING_STYLE
from ui.forms import ERROR_STYLE, FieldErrors, hbox
from ui.messages import problem_text, problems_text
from ui.queue_models import CollectionQueueModel, queue_table
from ui.reaction_fields import ReactionFields
from ui.scan_field import ScanLineEdit
from ui.signals import ModelSignals

OK_STYLE = "color: #1b5e20; font-weight: bold;"
TITLE_STYLE = "font-size: 12pt; font-weight: bold;"


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
        self.in_chair: StartedDonation | None = None  # the open donor's, once started
        self.baseline: DonationForm | None = None  # the open form as saved so far
        self.bag_lots = BagLots()  # the drive's last lot of each bag type
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
        column.setContentsMargins(0, 0, 4, 0)
        self.queue_title = QLabel()
        self.queue_title.setStyleSheet(TITLE_STYLE)
        self.queue_model = CollectionQueueModel()
        self.queue = queue_table(self.queue_model)
        self.queue.activated.connect(lambda index: self.open_row(index.row()))
        self.chair_title = QLabel()
        self.chair_title.setStyleSheet(TITLE_STYLE)
        self.chair_model = ChairModel()
        self.chair = queue_table(self.chair_model)
        self.chair.activated.connect(lambda index: self.open_chair_row(index.row()))
        self.done_label = QLabel()
        self.done_label.setStyleSheet(OK_STYLE)
        self.done_label.setWordWrap(True)
        self.units = UnitsTable()
        self.amend_button = QPushButton(self.tr("Correct the selected unit…"))
        self.amend_button.clicked.connect(self.amend_selected)
        column.addWidget(self.queue_title)
        column.addWidget(self.queue, 3)
        column.addWidget(self.chair_title)
        column.addWidget(self.chair, 2)
        column.addWidget(self.done_label)
        column.addWidget(QLabel(self.tr("Units recorded at this drive")))
        column.addWidget(self.units, 3)
        column.addWidget(self.amend_button)
        self.form_widget = self._form()
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.form_widget)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([580, 740])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self.setFocusProxy(self.queue)

    def _fields(self) -> None:
        self.donor_label = QLabel()
        self.donor_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.donor_label.setWordWrap(True)
        self.din = ScanLineEdit()
        self.din.setPlaceholderText(self.tr("Scan the DIN on the bag"))
        self.din.submitted.connect(self.check_din)
        self.din.editingFinished.connect(self._din_left)  # a scanner ending with Tab
        self.din_status = QLabel()
        self.din_status.setWordWrap(True)
        self.bag_type = QComboBox()
        for code, text in zip(
            BagType,
            (self.tr("single"), self.tr("double"), self.tr("triple"), self.tr("quadruple")),
            strict=True,
        ):
            self.bag_type.addItem(text, code)
        self.bag_type.currentIndexChanged.connect(self._bag_type_chosen)
        self._bag_type_shown: str | None = None
        self.bag_lot = QLineEdit()
        self.bag_lot.setPlaceholderText(self.tr("lot number"))
        self.volume = QLineEdit()
        self.volume.setMaximumWidth(90)
        self.started = QLineEdit()
        self.ended = QLineEdit()
        for field in (self.started, self.ended):
            field.setPlaceholderText(self.tr("hh:mm"))
            field.setMaximumWidth(80)
            field.textChanged.connect(self._show_duration)
        self.started.editingFinished.connect(self._start_time_set)
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
        self.abandon_button = QPushButton(self.tr("Take out of the chair…"))
        self.abandon_button.clicked.connect(self.abandon)
        self.left_button = QPushButton(self.tr("The donor left without giving…"))
        self.left_button.clicked.connect(self.donor_left)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)

    def _form(self) -> QWidget:
        self._fields()
        form = QFormLayout()
        form.setVerticalSpacing(4)
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
        column.setContentsMargins(4, 0, 0, 0)
        column.addWidget(self.donor_label)
        column.addLayout(form)
        column.addWidget(self.reaction)
        column.addWidget(self.message)
        column.addWidget(self.save_button)
        column.addWidget(hbox(self.abandon_button, self.left_button))
        column.addStretch(1)
        return box

    # --- lists ----------------------------------------------------------------------

    def refresh(self) -> None:
        entries = self.collection.queue(self.drive)
        self.queue_model.set_entries(entries)
        self.queue_title.setText(self.tr("Waiting to give: {count}").format(count=len(entries)))
        if entries and self.queue.currentIndex().row() < 0:
            self.queue.selectRow(0)
        chair = self.collection.in_chair(self.drive)
        self.chair_model.set_donations(chair)
        self.chair_title.setText(self.tr("In the chair: {count}").format(count=len(chair)))
        self.units.fill(self.collection.donations(self.drive), self.collection.limits)

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

    def open_chair_row(self, row: int) -> None:
        """Back to a donation in the chair: its DIN and start time as they were saved."""
        started = self.chair_model.donation_at(row)
        if started is not None:
            self.open_entry(started.entry, started)

    def open_entry(self, entry: QueueEntry, started: StartedDonation | None = None) -> None:
        self.entry = entry
        self.donor_label.setText(
            self.tr("No. {number} — {name} — approved {volume} ml").format(
                number=entry.visit.queue_no, name=entry.full_name, volume=entry.approved_volume_ml
            )
        )
        self._clear_fields()
        self._offer_last_bag()
        self.volume.setText(str(entry.approved_volume_ml or ""))
        self._prefer_operator()
        self.done_label.clear()
        self._show_started(started)
        self.form_widget.setEnabled(True)
        self.baseline = self.form()
        (self.bag_type if started and started.din else self.din).setFocus()

    def _clear_fields(self) -> None:
        for field in (self.din, self.started, self.ended, self.note, self.volume):
            field.clear()
        self._show_bag(None, "")
        self.complete.setChecked(True)
        self.reaction.reset()
        self.din_status.clear()
        self.message.clear()
        self.duration.clear()
        self.errors.clear()

    def _offer_last_bag(self) -> None:
        """The bag type used last at this drive, with its lot: typed once a day, not per donor."""
        self.bag_lots = self.collection.bag_lots(self.drive)
        last = self.bag_lots.last_type
        self._show_bag(last, self.bag_lots.lot(last))

    def _show_bag(self, bag_type: str | None, lot: str) -> None:
        """Set the bag (the first type for None) without treating it as the nurse's choice."""
        self.bag_type.blockSignals(True)
        self.bag_type.setCurrentIndex(max(self.bag_type.findData(bag_type), 0))
        self.bag_type.blockSignals(False)
        self._bag_type_shown = self.bag_type.currentData()
        self.bag_lot.setText(lot)

    def _bag_type_chosen(self) -> None:
        """Another bag type brings its own last lot, unless a lot was typed by hand."""
        previous, chosen = self._bag_type_shown, self.bag_type.currentData()
        self._bag_type_shown = chosen
        if self.bag_lot.text() in ("", self.bag_lots.lot(previous)):
            self.bag_lot.setText(self.bag_lots.lot(chosen))

    def close_donor(self) -> None:
        """No donor open: the form is empty and disabled, never an old donor's values."""
        self.entry = None
        self.in_chair = None
        self.baseline = None
        self._clear_fields()
        self.donor_label.setText(self.tr("Choose a donor from the queue (Enter)"))
        self.abandon_button.setEnabled(False)
        self.form_widget.setEnabled(False)

    def has_unsaved_input(self) -> bool:
        """The open form holds something typed that is neither recorded nor in the chair."""
        return self.entry is not None and self.form() != self.baseline

    def _show_started(self, started: StartedDonation | None) -> None:
        self.in_chair = started
        self.abandon_button.setEnabled(started is not None)
        if started is None:
            return
        self.din.setText(started.din or "")
        self.started.setText(started.started)
        if started.din:
            self._show_din_ok(started.din, [])

    def _show_din_ok(self, number: str, warnings: list[Problem]) -> None:
        spaced = f"{number[:5]} {number[5:7]} {number[7:]}"
        text_ok = self.tr("DIN {din} ✓").format(din=spaced)
        texts = [problem_text(w) for w in warnings]
        self.din_status.setText("\n".join([text_ok, *texts]))
        self.din_status.setStyleSheet(WARNING_STYLE if texts else OK_STYLE)

    def check_din(self, text: str) -> None:
        """A scan in the DIN field: checked at once, the start time filled in, and the
        donation written as in the chair."""
        if not text.strip() or self.entry is None:
            return
        started = self.started.text() or now_text()
        try:
            result = self.collection.start(self.entry.visit.id, din=text, started=started)
        except UserError as error:
            self.din_status.clear()
            self.errors.show(error.problems)
            self.din.selectAll()
            return
        self.errors.show([])
        self._saved_in_chair(result.donation)
        self._show_din_ok(result.donation.din, result.warnings)
        self.bag_type.setFocus()

    def _din_left(self) -> None:
        """The focus left the DIN field (a scanner ending with Tab): check a new value."""
        saved = self.in_chair.din if self.in_chair else None
        if self.entry is not None and self.din.text().strip() and self.din.text() != saved:
            self.check_din(self.din.text())

    def _start_time_set(self) -> None:
        """A start time typed (or corrected) is saved with the donation in the chair."""
        saved = self.in_chair.started if self.in_chair else ""
        text = self.started.text().strip()
        if self.entry is None or not text or text == saved:
            return
        try:
            result = self.collection.start(self.entry.visit.id, started=text)
        except UserError as error:
            self.errors.show(error.problems)
            return
        self.errors.show([])
        self._saved_in_chair(result.donation)

    def _saved_in_chair(self, started: StartedDonation | None) -> None:
        self.in_chair = started
        self.abandon_button.setEnabled(started is not None)
        if started is None:
            return
        self.din.setText(started.din or "")
        self.started.setText(started.started)
        # What is in the chair is saved; anything else typed still counts as unsaved.
        if self.baseline is not None:
            self.baseline = replace(self.baseline, din=self.din.text(), started=started.started)

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

    def amend_selected(self) -> None:
        """Correct a recorded unit with a reason (also after the drive closed)."""
        unit = self.units.selected()
        if unit is None:
            return
        self.amend_dialog = AmendDialog(self.reconciliation, unit, self)
        self.amend_dialog.open()

    def _reason(self, title: str, question: str) -> str | None:
        assert self.entry is not None
        return self.dialogs.text(
            self, title,
            question.format(number=self.entry.visit.queue_no, name=self.entry.full_name),
        )  # fmt: skip

    def abandon(self) -> None:
        """Take the open donation out of the chair, with the reason; the donor waits again."""
        if self.entry is None or self.in_chair is None:
            return
        reason = self._reason(
            self.tr("Take out of the chair"),
            self.tr("Why is the donation of No. {number} {name} not going on?"),
        )
        if reason is None:
            return
        try:
            self.collection.abandon(self.entry.visit.id, reason)
        except UserError as error:
            self.message.setText(problems_text(error.problems))
            return
        self.close_donor()
        self.focus_queue()

    def donor_left(self) -> None:
        """The accepted donor went away: the ticket says so, with the reason."""
        if self.entry is None:
            return
        reason = self._reason(
            self.tr("Left without giving"), self.tr("Why did No. {number} {name} leave?")
        )
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
                outcome=outcome_name(unit.outcome),
                volume=unit.volume_ml or 0,
                din=unit.din or "—",
            )
        )
        self.focus_queue()

    def _confirms_duration(self, problems: list[Problem]) -> bool:
        """Only an unusual collection time stands in the way: the nurse confirms it."""
        if [p.code for p in problems] != ["duration_unusual"]:
            return False
        question = self.tr("Record the donation with this collection time?")
        text = f"{problem_text(problems[0])}\n\n{question}"
        return self.dialogs.confirm(self, self.tr("Unusual collection time"), text)
