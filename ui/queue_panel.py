"""Who is waiting for screening at this drive, with the drive's counts."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.problems import UserError
from desktop.core.domain.records import Drive
from desktop.core.stations.checkin import CheckinService
from desktop.core.stations.screening import ScreeningService
from ui.dialogs import Dialogs, open_dialog
from ui.formatting import unbroken_items
from ui.messages import problems_text
from ui.questionnaire_dialog import QuestionnaireDialog
from ui.queue_models import QueueModel
from ui.signals import ModelSignals
from ui.status_line import StatusLine


class QueuePanel(QWidget):
    def __init__(
        self,
        checkin: CheckinService,
        screening: ScreeningService,
        drive: Drive,
        signals: ModelSignals,
        *,
        language: str,
        parent: QWidget | None = None,
        dialogs: Dialogs | None = None,
    ) -> None:
        super().__init__(parent)
        self.dialogs = dialogs or Dialogs()
        self.checkin = checkin
        self.screening = screening
        self.language = language
        self.drive = drive
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.model = QueueModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.counts)
        self.table.doubleClicked.connect(lambda index: self.open_questionnaire(index.row()))
        self.questionnaire_button = QPushButton(self.tr("Health &questionnaire…"))
        self.questionnaire_button.clicked.connect(
            lambda: self.open_questionnaire(self.table.currentIndex().row())
        )
        self.void_button = QPushButton(self.tr("&Void the chosen ticket…"))
        self.void_button.clicked.connect(self.void_ticket)
        self.message = StatusLine()  # what the last action did
        layout.addWidget(self.table, 1)
        layout.addWidget(self.questionnaire_button)
        layout.addWidget(self.void_button)
        layout.addWidget(self.message)
        signals.visitsChanged.connect(self.refresh)
        signals.donorsChanged.connect(self.refresh)
        self.refresh()

    def open_questionnaire(self, row: int) -> None:
        """The questionnaire of the chosen ticket (the last one when none is chosen)."""
        entries = self.model.entries
        if not entries:
            return
        entry = entries[row] if 0 <= row < len(entries) else entries[-1]
        self.message.clear()
        self.questionnaire_dialog = QuestionnaireDialog(self.screening, entry, self.language, self)
        self.questionnaire_dialog.accepted.connect(
            lambda: self.message.done(
                self.tr("Questionnaire saved: No. {number} {name}.").format(
                    number=entry.visit.ticket, name=entry.full_name
                )
            )
        )
        open_dialog(self.questionnaire_dialog)

    def void_ticket(self) -> None:
        """A ticket issued to the wrong person is voided with a reason (never deleted)."""
        row = self.table.currentIndex().row()
        entries = self.model.entries
        if not 0 <= row < len(entries):
            self._say(self.tr("Choose the ticket to void in the list."))
            return
        entry = entries[row]
        self.message.clear()  # "choose the ticket" is done with
        reason = self.dialogs.text(
            self,
            self.tr("Void ticket No. {number}").format(number=entry.visit.ticket),
            self.tr("Why is the ticket of {name} voided (e.g. the wrong person was checked in)?")
            .format(name=entry.full_name),
            required=True,
        )  # fmt: skip
        if reason is None:
            return
        try:
            self.checkin.void_ticket(entry.visit.id, reason)
        except UserError as error:
            self._say(problems_text(error.problems))
            return
        self.message.done(
            self.tr("Ticket No. {number} of {name} voided.").format(
                number=entry.visit.ticket, name=entry.full_name
            )
        )

    def _say(self, text: str) -> None:
        self.message.failed(text)

    def refresh(self) -> None:
        self.message.clear()  # the queue changed: what was said of the last action is old
        entries = self.checkin.waiting_for_screening(self.drive)
        self.model.set_entries(entries)
        self.title.setText(self.tr("Waiting for screening: {count}").format(count=len(entries)))
        counts = self.checkin.counts(self.drive)
        line = self.tr(
            "Checked in: {total} · waiting for screening: {waiting} · waiting to give:"
            " {accepted} · given: {donated} · deferred: {deferred} · target: {target}"
        ).format(
            total=sum(counts.values()),
            waiting=counts.get("waiting_screening", 0),
            accepted=counts.get("accepted", 0),
            donated=counts.get("donated", 0),
            deferred=counts.get("deferred", 0),
            target=self.drive.target_units,
        )
        self.counts.setText(unbroken_items(line))
