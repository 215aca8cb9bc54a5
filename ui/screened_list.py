"""The donors screened at this drive, with what the doctor may do after a decision:
reopen it (with a reason, before collection) or print the deferral slip of a donor
turned away (Ctrl+P)."""

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.domain.problems import UserError
from desktop.core.domain.records import QueueEntry
from desktop.core.domain.vocabulary import ScreeningDecision
from desktop.core.stations.screening import ScreeningService
from ui.dialogs import Dialogs
from ui.forms import hbox
from ui.messages import problems_text
from ui.queue_models import DecidedModel, queue_table
from ui.slip_printing import SlipPrinter
from ui.status_line import Said, Tone

DEFERRALS = (ScreeningDecision.DEFER_TEMPORARY, ScreeningDecision.DEFER_PERMANENT)


class ScreenedList(QWidget):
    said = Signal(object)  # Said: what happened, for the station's status line
    reopened = Signal(str)  # the visit back in the screening queue

    def __init__(
        self,
        screening: ScreeningService,
        slips: SlipPrinter,
        dialogs: Dialogs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.screening = screening
        self.slips = slips
        self.dialogs = dialogs
        self.model = DecidedModel()
        self.table = queue_table(self.model)
        self.table.setWordWrap(False)
        self.reopen_button = QPushButton(self.tr("Reopen the decision…"))
        self.reopen_button.clicked.connect(self.reopen_selected)
        self.slip_button = QPushButton(self.tr("Print the deferral slip… (Ctrl+P)"))
        self.slip_button.clicked.connect(self.print_slip)
        QShortcut(QKeySequence("Ctrl+P"), self.window() or self, self.print_slip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Screened at this drive")))
        layout.addWidget(self.table, 1)
        layout.addWidget(hbox(self.reopen_button, self.slip_button))

    def set_entries(self, entries: list[QueueEntry]) -> None:
        self.model.set_entries(entries)

    def select_visit(self, visit_id: str) -> None:
        """Make a just-decided ticket the chosen one, so its slip is one key away."""
        for row, entry in enumerate(self.model.entries):
            if entry.visit.id == visit_id:
                self.table.selectRow(row)
                return

    def _chosen(self) -> QueueEntry | None:
        return self.model.entry_at(self.table.currentIndex().row())

    def reopen_selected(self) -> None:
        entry = self._chosen()
        if entry is None:
            return
        reason = self.dialogs.text(
            self,
            self.tr("Reopen the decision"),
            self.tr("Why is the decision for No. {number} {name} reopened?").format(
                number=entry.visit.ticket, name=entry.full_name
            ),
            required=True,
        )
        if reason is None:
            return
        try:
            self.screening.reopen(entry.visit.id, reason)
        except UserError as error:
            self.said.emit(Said(problems_text(error.problems), Tone.FAILED))
            return
        text = self.tr("Decision reopened: No. {number} {name} is back in the queue.")
        self.said.emit(Said(text.format(number=entry.visit.ticket, name=entry.full_name)))
        self.reopened.emit(entry.visit.id)

    def print_slip(self) -> None:
        entry = self._chosen()
        if entry is None or entry.decision not in DEFERRALS:
            text = self.tr("Choose a deferred donor in the list of screened donors.")
            self.said.emit(Said(text, Tone.FAILED))
            return
        self.said.emit(self.slips.deferral_slip(self, entry.visit.id))
