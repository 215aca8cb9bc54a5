"""A read-only table of rows already turned into words, for the center's lists: the
screen gives the headers and, per entry, its cells; the entry itself stays with its row
so a button acts on the one selected."""

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from desktop.core.domain.problems import UserError
from ui.dialogs import Dialogs
from ui.messages import problems_text
from ui.status_line import StatusLine

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: Callable[[], list[str]], cells: Callable[[Any], Sequence[str]]):
        super().__init__()
        self._headers = headers
        self._cells = cells
        self.entries: list[Any] = []
        self._rows: list[Sequence[str]] = []

    def set_entries(self, entries: Sequence[Any]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self._rows = [self._cells(entry) for entry in self.entries]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers()[section]
        return None


class RowsView(QTableView):
    """One row selected at a time, whole rows, last column stretched."""

    def __init__(self, model: RowsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a file name keeps its end
        self.setWordWrap(True)  # a long reason (the last column) wraps, never cut short
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(lambda *_: self.resizeRowsToContents())
        self._kept: object = None
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._fit)

    def _remember(self) -> None:
        self._kept = getattr(self.selected(), "id", None)

    def _fit(self) -> None:
        """Columns fitted (within reason); the entry selected before stays selected
        (after a decision, the list goes on where it was), else the first."""
        self.resizeColumnsToContents()
        for column in range(self.model().columnCount() - 1):
            self.setColumnWidth(column, min(self.columnWidth(column), 230))
        self.resizeRowsToContents()
        model = self.model()
        assert isinstance(model, RowsModel)
        ids = [getattr(entry, "id", None) for entry in model.entries]
        if self._kept is not None and self._kept in ids:
            self.selectRow(ids.index(self._kept))
        elif model.rowCount():
            self.selectRow(0)

    def selected(self) -> Any:
        """The entry of the selected row, or None."""
        rows = self.selectionModel().selectedRows()
        model = self.model()
        assert isinstance(model, RowsModel)
        return model.entries[rows[0].row()] if rows else None


def status_choice(
    statuses: Sequence[str], name_of: Callable[[str], str], changed: Callable[[], None]
) -> QComboBox:
    """The "Show:" choice of a list: its states in words; ``changed`` when one is chosen."""
    choice = QComboBox()
    for status in statuses:
        choice.addItem(name_of(status), status)
    choice.currentIndexChanged.connect(changed)
    return choice


def list_header(intro: str, show: str, choice: QComboBox) -> QHBoxLayout:
    """What a list is for (wrapped), then "Show:" and the choice of its states."""
    top = QHBoxLayout()
    label = QLabel(intro)
    label.setWordWrap(True)
    top.addWidget(label, 1)
    top.addWidget(QLabel(show))
    top.addWidget(choice)
    return top


def decide_with_reason(
    owner: QWidget,
    dialogs: Dialogs,
    message: StatusLine,
    texts: tuple[str, str, str],
    *,
    decide: Callable[[str], None],
    refresh: Callable[[], None],
) -> None:
    """A decision on a list entry: the reason asked (required; cancelling does nothing),
    the decision taken, the list refreshed and what was done said; a refusal is said on
    the status line. ``texts``: the dialog's title, its question and the sentence said
    once done (all in words already)."""
    title, question, said = texts
    reason = dialogs.text(owner, title, question, required=True)
    if reason is None:
        return
    try:
        decide(reason)
    except UserError as error:
        message.failed(problems_text(error.problems))
        return
    refresh()
    message.done(said)
