"""The screening station's two lists: who is waiting, and who has been decided."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop.core.models import QueueEntry
from ui.messages import translate
from ui.screening_texts import outcome_text

Index = QModelIndex | QPersistentModelIndex


class DecidedModel(QAbstractTableModel):
    """Screened tickets of the drive: number, name, decision, override mark."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[QueueEntry] = []

    def set_entries(self, entries: list[QueueEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def entry_at(self, row: int) -> QueueEntry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                str(entry.visit.queue_no),
                entry.full_name,
                outcome_text(entry.decision, entry.approved_volume_ml, entry.deferral_until),
                translate("DecidedModel", "override") if entry.overridden else "",
            )[index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            translate("DecidedModel", "No."),
            translate("DecidedModel", "Full name"),
            translate("DecidedModel", "Decision"),
            translate("DecidedModel", "Note"),
        )[section]


def queue_table(model: QAbstractTableModel) -> QTableView:
    """A read-only, row-selecting table that takes the keyboard (arrows, Enter)."""
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return table
