"""Who is waiting for screening at this drive, with the drive's counts."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.checkin import CheckinService
from desktop.core.models import Drive, QueueEntry
from desktop.core.screening import ScreeningService
from ui.messages import problem_text, sex_name, translate
from ui.questionnaire_dialog import QuestionnaireDialog
from ui.signals import ModelSignals

Index = QModelIndex | QPersistentModelIndex


class QueueModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.entries: list[QueueEntry] = []

    def set_entries(self, entries: list[QueueEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                str(entry.visit.queue_no),
                entry.full_name,
                str(entry.birth_date.year),
                sex_name(entry.sex),
                "⚠" if entry.visit.warnings else "",
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and entry.visit.warnings:
            return "\n".join(problem_text(w) for w in entry.visit.warnings)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            translate("QueueModel", "No."),
            translate("QueueModel", "Full name"),
            translate("QueueModel", "Born"),
            translate("QueueModel", "Sex"),
            translate("QueueModel", "Note"),
        )[section]


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
    ) -> None:
        super().__init__(parent)
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
        layout.addWidget(self.table, 1)
        layout.addWidget(self.questionnaire_button)
        signals.visitsChanged.connect(self.refresh)
        signals.donorsChanged.connect(self.refresh)
        self.refresh()

    def open_questionnaire(self, row: int) -> None:
        """The questionnaire of the chosen ticket (the last one when none is chosen)."""
        entries = self.model.entries
        if not entries:
            return
        entry = entries[row] if 0 <= row < len(entries) else entries[-1]
        self.questionnaire_dialog = QuestionnaireDialog(self.screening, entry, self.language, self)
        self.questionnaire_dialog.open()

    def refresh(self) -> None:
        entries = self.checkin.waiting_for_screening(self.drive)
        self.model.set_entries(entries)
        self.title.setText(self.tr("Waiting for screening: {count}").format(count=len(entries)))
        counts = self.checkin.counts(self.drive)
        self.counts.setText(
            self.tr(
                "Checked in: {total} · waiting for screening: {waiting} · target: {target}"
            ).format(
                total=sum(counts.values()),
                waiting=counts.get("waiting_screening", 0),
                target=self.drive.target_units,
            )
        )
