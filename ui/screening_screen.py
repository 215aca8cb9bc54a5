"""The screening station: the queue, the donor's answers and measurements, the
engine's proposal and the doctor's decision.

Keyboard path for a normal donor: the queue has the focus, Enter opens the first
donor, the cursor is in Weight; Tab through the measurements, Ctrl+Enter accepts with
the proposed volume and the focus returns to the queue.
"""

import contextlib

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.records import Donor, Drive, QueueEntry, ScreeningRecord
from desktop.core.foundation.session import Session
from desktop.core.stations.checkin import CheckinService
from desktop.core.stations.donor_slips import DonorSlipService
from desktop.core.stations.screening import (
    DoctorDecision,
    ScreeningService,
    questionnaire_recorded,
)
from ui.decision_panel import DecisionPanel
from ui.dialogs import Dialogs
from ui.donor_card import WARNING_STYLE
from ui.formatting import age_text, dmy
from ui.measurement_form import MeasurementFields
from ui.messages import problem_text, problems_text
from ui.questionnaire_form import QuestionnaireForm
from ui.queue_models import QueueModel, queue_table
from ui.screened_list import ScreenedList
from ui.screening_texts import answered_by_text, outcome_text
from ui.signals import ModelSignals
from ui.slip_printing import SlipPrinter
from ui.status_line import Said, StatusLine
from ui.value_names import donation_type_name, sex_name

COLUMN_WIDTHS = [460, 390, 400]  # lists, questionnaire, measurements and decision
DRAFT_DELAY_MS = 400  # ticks in a burst are kept as one write, soon after the last


class ScreeningScreen(QWidget):
    def __init__(
        self,
        screening: ScreeningService,
        checkin: CheckinService,
        drive: Drive,
        signals: ModelSignals,
        *,
        session: Session,
        language: str,
        slips: DonorSlipService,
        dialogs: Dialogs | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.screening = screening
        self.dialogs = dialogs or Dialogs()
        self.slip_printer = SlipPrinter(slips, drive, self.dialogs)
        self.checkin = checkin
        self.session = session
        self.drive = drive
        self.entry: QueueEntry | None = None
        self.record: ScreeningRecord | None = None
        # Ticks on a questionnaire nobody has recorded yet are kept as a draft in the
        # database shortly after each change (and at once when the doctor moves on), so
        # a crash loses none; they are not answers until recorded.
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.save_draft)
        # Created first so that Tab runs weight -> ... -> doctor -> decision.
        self.measurements = MeasurementFields()
        self.decision = DecisionPanel(screening.rules.standard_volumes_ml, language)
        self.questionnaire = QuestionnaireForm(screening.rules, language)
        self._build()
        self.screened.said.connect(self._said)
        self.screened.reopened.connect(self._reopened)
        self.measurements.changed.connect(self.update_proposal)
        self.questionnaire.changed.connect(self.update_proposal)
        self.questionnaire.changed.connect(self.draft_timer.start)
        self.decision.decided.connect(self.record_decision)
        signals.visitsChanged.connect(self.refresh)
        signals.staffChanged.connect(self._show_doctor)
        QShortcut(QKeySequence("F6"), self, self.focus_queue)
        self.refresh()
        self._show_doctor()
        self.close_donor()

    def _build(self) -> None:
        left, middle, right = self._lists(), self._donor_column(), self._form_column()
        self.form_widgets = (middle, right)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        for widget in (left, middle, right):
            splitter.addWidget(widget)
            splitter.setStretchFactor(splitter.count() - 1, 1)
        # Laid out for a 1366 x 768 laptop (and the 1280-wide window): the lists wide
        # enough for full Vietnamese names, the questionnaire and the form beside them.
        splitter.setSizes(COLUMN_WIDTHS)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.setFocusProxy(self.waiting)

    def _lists(self) -> QWidget:
        self.waiting_model = QueueModel()
        self.waiting = queue_table(self.waiting_model)
        self.waiting.setWordWrap(False)  # a name on one line, never "Ng… Vă…" over two
        self.waiting.activated.connect(lambda index: self.open_row(index.row()))
        self.waiting_title = QLabel()
        self.waiting_title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.screened = ScreenedList(self.screening, self.slip_printer, self.dialogs)
        # The list and its buttons, as tests and the keyboard reach them.
        self.decided_model, self.decided = self.screened.model, self.screened.table
        self.reopen_button = self.screened.reopen_button
        self.done_label = StatusLine()  # what the last action did
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.addWidget(self.waiting_title)
        left_column.addWidget(self.waiting, 3)
        left_column.addWidget(self.done_label)
        left_column.addWidget(self.screened, 2)
        return left

    def _donor_column(self) -> QWidget:
        self.donor_label = QLabel()
        self.donor_label.setWordWrap(True)
        self.donor_label.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.donor_details = QLabel()
        self.donor_details.setWordWrap(True)
        self.warnings_label = QLabel()
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet(WARNING_STYLE)
        self.answered_label = QLabel()
        self.answered_label.setWordWrap(True)
        # The explicit act that makes the ticks answers: never a silent "no" to all.
        self.record_answers_button = QCommandLinkButton(
            self.tr("Record the questionnaire") + " (Ctrl+R)",
            self.tr('The donor has answered: ticked items are "yes", the others "no".'),
        )
        self.record_answers_button.setShortcut(QKeySequence("Ctrl+R"))
        self.record_answers_button.setStyleSheet(
            "QCommandLinkButton { border: 1px solid #f0a040; background: #fff8ec; }"
        )
        self.record_answers_button.clicked.connect(self.record_questionnaire)
        self.questionnaire_message = StatusLine()  # why the answers were not recorded
        middle = QWidget()
        middle_column = QVBoxLayout(middle)
        middle_column.addWidget(self.donor_label)
        middle_column.addWidget(self.donor_details)
        middle_column.addWidget(self.warnings_label)
        middle_column.addWidget(self.answered_label)
        middle_column.addWidget(self.questionnaire, 1)
        middle_column.addWidget(self.record_answers_button)
        middle_column.addWidget(self.questionnaire_message)
        return middle

    def _form_column(self) -> QWidget:
        self.message = StatusLine()  # why the decision was not recorded
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.addWidget(self.measurements)
        right_column.addWidget(self.decision)
        right_column.addWidget(self.message)
        right_column.addStretch(1)
        return right

    # --- the lists ------------------------------------------------------------------

    def refresh(self) -> None:
        entries = self.checkin.waiting_for_screening(self.drive)
        current = self.waiting.currentIndex().row()
        self.waiting_model.set_entries(entries)
        self.waiting_title.setText(
            self.tr("Waiting for screening: {count}").format(count=len(entries))
        )
        if entries:
            self.waiting.selectRow(min(max(current, 0), len(entries) - 1))
        self.screened.set_entries(self.screening.decided(self.drive))

    def _show_doctor(self) -> None:
        self.measurements.show_doctor(self.session.actor.name)

    def focus_queue(self) -> None:
        self.waiting.setFocus()
        if self.waiting_model.rowCount() and self.waiting.currentIndex().row() < 0:
            self.waiting.selectRow(0)

    def _said(self, said: Said) -> None:
        """What an action on the screened list did replaces whatever was said before."""
        self.message.clear()
        self.done_label.say(said)

    def _reopened(self, visit_id: str) -> None:
        """The reopened ticket is back in the queue: chosen there, Enter opens it."""
        rows = [e.visit.id for e in self.waiting_model.entries]
        if visit_id in rows:
            self.waiting.selectRow(rows.index(visit_id))
        self.waiting.setFocus()

    # --- one donor ------------------------------------------------------------------

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.waiting_model.entries):
            self.open_entry(self.waiting_model.entries[row])

    def open_entry(self, entry: QueueEntry) -> None:
        self._keep_answers()
        self.entry = entry
        self.record = self.screening.record(entry.visit.id)
        donor, _drive = self.screening.donor_of(entry.visit.id)
        self.donor_label.setText(
            self.tr("No. {number} — {name}").format(number=entry.visit.ticket, name=donor.full_name)
        )
        self.donor_details.setText(self._details(donor))
        warnings = [problem_text(w) for w in entry.visit.warnings]
        self.warnings_label.setText("\n".join(warnings))
        self.warnings_label.setVisible(bool(warnings))
        self._show_questionnaire_state()
        recorded = questionnaire_recorded(self.record)
        shown = self.record.answers if recorded else self.screening.draft(entry.visit.id)
        self.questionnaire.show_answers(entry.sex, shown)
        self.measurements.show_record(self.record)
        self.decision.clear()
        self.message.clear()
        self.done_label.clear()
        for widget in self.form_widgets:
            widget.setEnabled(True)
        self.update_proposal()
        if recorded:
            self.measurements.weight.setFocus()
        else:
            self.questionnaire.boxes[next(iter(self.questionnaire.boxes))].setFocus()

    def _show_questionnaire_state(self) -> None:
        """Who recorded the answers and when; until someone has, the way to record them."""
        recorded = questionnaire_recorded(self.record)
        self.answered_label.setText(answered_by_text(self.record))
        self.answered_label.setStyleSheet("" if recorded else WARNING_STYLE)
        self.record_answers_button.setVisible(not recorded)
        self.questionnaire_message.clear()

    def record_questionnaire(self) -> None:
        """The doctor went through the form with the donor: the ticks become the answers,
        recorded with who and when."""
        if self.entry is None:
            return
        answers, problems = self.questionnaire.answers()
        self.questionnaire.show_problems(problems)
        if problems:
            return
        try:
            self.record = self.screening.save_questionnaire(self.entry.visit.id, answers)
        except UserError as error:
            self.questionnaire.show_problems(error.problems)
            self.questionnaire_message.failed(
                problems_text(
                    p for p in error.problems if p.field not in self.questionnaire.errors.labels
                )
            )
            return
        self._show_questionnaire_state()
        self.message.clear()  # "record the questionnaire first" is done with
        self.update_proposal()
        self.measurements.weight.setFocus()

    def _keep_answers(self) -> None:
        """Answers changed for the donor being left are not silently dropped: changes to
        a recorded questionnaire are saved; ticks on one not yet recorded stay a draft."""
        if self.entry is None:
            return
        if not questionnaire_recorded(self.record):
            self.save_draft()
            return
        answers, problems = self.questionnaire.answers()
        if problems or self.record.answers == answers:
            return
        # Decided meanwhile (UserError): the decision stands and is not reopened here.
        with contextlib.suppress(UserError):
            self.screening.save_questionnaire(self.entry.visit.id, answers)

    def save_draft(self) -> None:
        """Keep the ticks of the open questionnaire, not yet recorded, as its draft. A
        convenience that never stands in the way: a ticket decided meanwhile elsewhere,
        a busy database or a full disk leave the ticks on screen only."""
        self.draft_timer.stop()
        if self.entry is None or questionnaire_recorded(self.record):
            return
        answers, _problems = self.questionnaire.answers()  # a bad date: the tick alone
        with contextlib.suppress(UserError):
            self.screening.save_draft(self.entry.visit.id, answers)

    def flush_draft(self) -> None:
        """Ticks waiting to be kept are kept now (the window is closing)."""
        if self.draft_timer.isActive():
            self.save_draft()

    def _details(self, donor: Donor) -> str:
        parts = [
            sex_name(donor.sex),
            f"{dmy(donor.birth_date)} ({age_text(donor.birth_date, self.drive.drive_date)})",
            donor.blood_group or self.tr("group not known"),
            self.tr("{count} donations").format(count=donor.donation_count),
        ]
        if donor.last_donation_date:
            parts.append(
                self.tr("last {date} ({kind})").format(
                    date=dmy(donor.last_donation_date),
                    kind=donation_type_name(donor.last_donation_type or "whole_blood"),
                )
            )
        return " · ".join(parts)

    def close_donor(self) -> None:
        """No donor open: nothing of the last one stays on screen (answers,
        measurements, proposal, reason), and the form is disabled."""
        self.entry = None
        self.record = None
        self.donor_label.setText(self.tr("Choose a donor from the queue (Enter)"))
        self.donor_details.clear()
        self.warnings_label.hide()
        self.answered_label.clear()
        self.answered_label.setStyleSheet("")
        self.record_answers_button.hide()
        self.questionnaire_message.clear()
        self.questionnaire.show_answers("F", {})
        self.measurements.show_record(None)
        self.decision.clear()
        self.message.clear()
        for widget in self.form_widgets:
            widget.setEnabled(False)

    def update_proposal(self) -> None:
        if self.entry is None:
            return
        answers, problems = self.questionnaire.answers()
        self.questionnaire.show_problems(problems)
        if problems:
            self.decision.show_proposal(None)
            return
        try:
            evaluation = self.screening.evaluate(
                self.entry.visit.id, self.measurements.form(), answers
            )
        except UserError as error:
            self.measurements.show_problems(error.problems)
            self.questionnaire.show_problems(error.problems)
            self.decision.show_proposal(None)
            return
        self.measurements.show_problems([])
        self.decision.show_proposal(evaluation.decision)

    # --- the decision ---------------------------------------------------------------

    def record_decision(self, choice: DoctorDecision) -> None:
        if self.entry is None:
            return
        entry = self.entry
        answers, problems = self.questionnaire.answers()
        if problems:
            self.questionnaire.show_problems(problems)
            return
        # The doctor's changes to a recorded questionnaire are saved with the decision,
        # at once; a questionnaire nobody recorded is never sent as "no" to every item.
        recorded = questionnaire_recorded(self.record)
        changed = recorded and self.record.answers != answers
        try:
            record = self.screening.decide(
                entry.visit.id,
                self.measurements.form(),
                choice,
                answers=answers if changed else None,
            )
        except UserError as error:
            self._show_problems(error.problems)
            return
        self.close_donor()
        self.done_label.done(
            self.tr("Recorded: No. {number} {name} — {decision}").format(
                number=entry.visit.ticket,
                name=entry.full_name,
                decision=outcome_text(record.decision, record.volume_ml, record.deferral_until),
            )
        )
        self.screened.select_visit(entry.visit.id)
        self.focus_queue()

    def _show_problems(self, problems: list[Problem]) -> None:
        self.questionnaire.show_problems(problems)
        self.measurements.show_problems(problems)
        self.decision.show_problems(problems)
        shown = set(self.measurements.errors.labels) | set(self.decision.errors.labels)
        shown |= set(self.questionnaire.errors.labels)
        rest = [p for p in problems if p.field not in shown or p.field is None]
        if rest:  # each problem said once, here or at its field
            self.message.failed(problems_text(rest))
        else:
            self.message.clear()
