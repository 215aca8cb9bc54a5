"""Table models of tickets: who waits for screening, and who has been decided."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop.core.domain.records import QueueEntry
from ui.messages import problem_text, translate
from ui.screening_texts import outcome_text
from ui.value_names import sex_name

Index = QModelIndex | QPersistentModelIndex


class EntriesModel(QAbstractTableModel):
    """A read-only list of tickets; subclasses name the columns and fill the cells."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[QueueEntry] = []

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def cells(self, entry: QueueEntry) -> tuple[str, ...]:
        raise NotImplementedError

    def tooltip(self, entry: QueueEntry) -> str | None:
        return None

    def set_entries(self, entries: list[QueueEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def entry_at(self, row: int) -> QueueEntry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(entry)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(entry)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self.headers()[section]


class QueueModel(EntriesModel):
    """Tickets waiting for screening; a ⚠ marks the check-in warnings (in the tooltip),
    and the note says when the questionnaire is recorded already."""

    def headers(self) -> tuple[str, ...]:
        return (
            translate("QueueModel", "No."),
            translate("QueueModel", "Full name"),
            translate("QueueModel", "Born"),
            translate("QueueModel", "Sex"),
            translate("QueueModel", "Note"),
        )

    def cells(self, entry: QueueEntry) -> tuple[str, ...]:
        return (
            entry.visit.ticket,
            entry.full_name,
            str(entry.birth_date.year),
            sex_name(entry.sex),
            self._note(entry),
        )

    @staticmethod
    def _note(entry: QueueEntry) -> str:
        notes = ["⚠"] if entry.visit.warnings else []
        if entry.questionnaire_recorded:
            notes.append(translate("QueueModel", "has questionnaire"))
        return " ".join(notes)

    def tooltip(self, entry: QueueEntry) -> str | None:
        warnings = entry.visit.warnings
        return "\n".join(problem_text(w) for w in warnings) if warnings else None


class DecidedModel(EntriesModel):
    """Screened tickets: number, name, decision, and a mark on overrides."""

    def headers(self) -> tuple[str, ...]:
        return (
            translate("DecidedModel", "No."),
            translate("DecidedModel", "Full name"),
            translate("DecidedModel", "Decision"),
            translate("DecidedModel", "Note"),
        )

    def cells(self, entry: QueueEntry) -> tuple[str, ...]:
        return (
            entry.visit.ticket,
            entry.full_name,
            outcome_text(entry.decision, entry.approved_volume_ml, entry.deferral_until),
            translate("DecidedModel", "override") if entry.overridden else "",
        )


class CollectionQueueModel(EntriesModel):
    """Accepted donors waiting to give, with the volume the doctor approved."""

    def headers(self) -> tuple[str, ...]:
        return (
            translate("CollectionQueueModel", "No."),
            translate("CollectionQueueModel", "Full name"),
            translate("CollectionQueueModel", "Approved"),
        )

    def cells(self, entry: QueueEntry) -> tuple[str, ...]:
        return (entry.visit.ticket, entry.full_name, f"{entry.approved_volume_ml} ml")


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
