"""The collection station: the accepted donors, the donations in the chair, the unit
being recorded, the units so far.

Keyboard path: Enter in the queue opens the donor with the cursor in the DIN field;
scanning the bag's DIN checks it at once (format, check character, range, earlier use),
fills the start time and puts the donation in the chair (written at once: another
donor may be opened meanwhile, and Enter on it in the chair list brings it back);
Ctrl+Enter records the donation and clears the form.
"""

from dataclasses import replace

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.records import Drive, QueueEntry
from desktop.core.stations.collection import CollectionService, DonationForm, StartedDonation
from desktop.core.stations.reconciliation import ReconciliationService
from ui.amend_dialog import AmendDialog
from ui.collection_lists import ChairModel, UnitsTable, outcome_name
from ui.dialogs import Dialogs, open_dialog
from ui.donation_fields import DonationFields, now_text
from ui.forms import FieldErrors
from ui.messages import problem_text
from ui.queue_models import CollectionQueueModel, queue_table
from ui.signals import ModelSignals
from ui.status_line import StatusLine

TITLE_STYLE = "font-size: 12pt; font-weight: bold;"


class CollectionScreen(QWidget):
    def __init__(
        self,
        collection: CollectionService,
        drive: Drive,
        signals: ModelSignals,
        *,
        reconciliation: ReconciliationService,
        dialogs: Dialogs | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.collection = collection
        self.dialogs = dialogs or Dialogs()
        self.reconciliation = reconciliation
        self.drive = drive
        self.entry: QueueEntry | None = None
        self.in_chair: StartedDonation | None = None  # the open donor's, once started
        self.baseline: DonationForm | None = None  # the open form as saved so far
        self.errors = FieldErrors()
        self._build()
        signals.visitsChanged.connect(self.refresh)
        signals.donationsChanged.connect(self.refresh)
        signals.staffChanged.connect(self._show_phlebotomist)
        QShortcut(QKeySequence("F6"), self, self.focus_queue)
        self.refresh()
        self._show_phlebotomist()
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
        self.done_label = StatusLine()  # what the last action did
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
        self.fields = DonationFields(self.errors)
        self._connect_fields()
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.fields)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([580, 740])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self.setFocusProxy(self.queue)

    def _connect_fields(self) -> None:
        f = self.fields
        f.din.submitted.connect(self.check_din)
        f.din.editingFinished.connect(self._din_left)  # a scanner ending with Tab
        f.started.editingFinished.connect(self._start_time_set)
        for field in (f.started, f.ended):
            field.textChanged.connect(self._show_duration)
        f.save_button.clicked.connect(lambda: self.save())  # noqa: PLW0108 - not the bool
        f.abandon_button.clicked.connect(self.abandon)
        f.left_button.clicked.connect(self.donor_left)

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

    def _show_phlebotomist(self) -> None:
        """The unit is recorded in the name of the nurse signed in: shown, never chosen."""
        self.fields.phlebotomist.setText(self.collection.session.actor.name)

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
        f = self.fields
        self.entry = entry
        f.donor_label.setText(
            self.tr("No. {number} — {name} — approved {volume} ml").format(
                number=entry.visit.ticket, name=entry.full_name, volume=entry.approved_volume_ml
            )
        )
        f.clear()
        f.offer_bags(self.collection.bag_lots(self.drive))
        f.volume.setText(str(entry.approved_volume_ml or ""))
        self.done_label.clear()
        self._show_started(started)
        f.setEnabled(True)
        self.baseline = f.form()
        (f.bag_type if started and started.din else f.din).setFocus()

    def close_donor(self) -> None:
        """No donor open: the form is empty and disabled, never an old donor's values."""
        self.entry = None
        self.in_chair = None
        self.baseline = None
        self.fields.clear()
        self.fields.donor_label.setText(self.tr("Choose a donor from the queue (Enter)"))
        self.fields.abandon_button.setEnabled(False)
        self.fields.setEnabled(False)

    def has_unsaved_input(self) -> bool:
        """The open form holds something typed that is neither recorded nor in the chair."""
        return self.entry is not None and self.fields.form() != self.baseline

    def _show_started(self, started: StartedDonation | None) -> None:
        self.in_chair = started
        self.fields.abandon_button.setEnabled(started is not None)
        if started is None:
            return
        self.fields.din.setText(started.din or "")
        self.fields.started.setText(started.started)
        if started.din:
            self.fields.show_din_ok(started.din, [])

    def check_din(self, text: str) -> None:
        """A scan in the DIN field: checked at once, the start time filled in, and the
        donation written as in the chair."""
        if not text.strip() or self.entry is None:
            return
        f = self.fields
        started = f.started.text() or now_text()
        try:
            result = self.collection.start(self.entry.visit.id, din=text, started=started)
        except UserError as error:
            f.din_status.clear()
            self.errors.show(error.problems)
            f.din.selectAll()
            return
        self.errors.show([])
        self._saved_in_chair(result.donation)
        f.show_din_ok(result.donation.din, result.warnings)
        f.bag_type.setFocus()

    def _din_left(self) -> None:
        """The focus left the DIN field (a scanner ending with Tab): check a new value."""
        saved = self.in_chair.din if self.in_chair else None
        text = self.fields.din.text()
        if self.entry is not None and text.strip() and text != saved:
            self.check_din(text)

    def _start_time_set(self) -> None:
        """A start time typed (or corrected) is saved with the donation in the chair."""
        saved = self.in_chair.started if self.in_chair else ""
        text = self.fields.started.text().strip()
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
        self._show_started(started)
        # What is in the chair is saved; anything else typed still counts as unsaved.
        if started is not None and self.baseline is not None:
            din = self.fields.din.text()
            self.baseline = replace(self.baseline, din=din, started=started.started)

    def _show_duration(self) -> None:
        f, limits = self.fields, self.collection.limits
        took = self.collection.duration(self.drive, f.started.text(), f.ended.text())
        f.show_duration(took.minutes, took.problem, limits.minimum, limits.maximum)

    def amend_selected(self) -> None:
        """Correct a recorded unit with a reason (also after the drive closed)."""
        unit = self.units.selected()
        if unit is None:
            return
        self.amend_dialog = AmendDialog(self.reconciliation, unit, self)
        self.amend_dialog.accepted.connect(lambda: self._amended(unit.id))
        open_dialog(self.amend_dialog)

    def _amended(self, donation_id: str) -> None:
        unit = self.collection.donation(donation_id)
        self.done_label.done(
            self.tr("Unit corrected: No. {number} {name} — {outcome}, {volume} ml, DIN {din}")
            .format(number=unit.ticket, name=unit.full_name, outcome=outcome_name(unit.outcome),
                    volume=unit.volume_ml or 0, din=unit.din or "—")
        )  # fmt: skip

    def _reason(self, title: str, question: str) -> str | None:
        assert self.entry is not None
        return self.dialogs.text(
            self, title,
            question.format(number=self.entry.visit.ticket, name=self.entry.full_name),
            required=True,
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
        entry = self.entry
        try:
            self.collection.abandon(entry.visit.id, reason)
        except UserError as error:
            self.errors.show(error.problems)
            return
        self.close_donor()
        self.done_label.done(
            self.tr("Taken out of the chair: No. {number} {name} waits to give again.").format(
                number=entry.visit.ticket, name=entry.full_name
            )
        )
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
        entry = self.entry
        try:
            self.reconciliation.mark_left(entry.visit.id, reason)
        except UserError as error:
            self.errors.show(error.problems)
            return
        self.close_donor()
        self.done_label.done(
            self.tr("Recorded: No. {number} {name} left without giving.").format(
                number=entry.visit.ticket, name=entry.full_name
            )
        )
        self.focus_queue()

    def save(self, *, duration_confirmed: bool = False) -> None:
        if self.entry is None:
            return
        entry = self.entry
        form = replace(self.fields.form(), duration_confirmed=duration_confirmed)
        try:
            unit = self.collection.record(entry.visit.id, form)
        except UserError as error:
            if not duration_confirmed and self._confirms_duration(error.problems):
                self.save(duration_confirmed=True)
                return
            self.errors.show(error.problems)
            return
        self.close_donor()
        self.done_label.done(
            self.tr("Recorded: No. {number} {name} — {outcome}, {volume} ml, DIN {din}").format(
                number=entry.visit.ticket,
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
