"""Xung đột: a record changed on two devices (or lost by a restore) has several
versions; the list shows them side by side, what differs first, and the signed-in person
keeps one, with a reason. Resolved conflicts are one choice away."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.device_names import short_device_id
from desktop.core.domain.vocabulary import ConflictStatus
from desktop.core.exchange.center import CenterService
from desktop.core.exchange.center_views import BOOKKEEPING, CenterViews, ConflictEntry, ConflictHead
from desktop.core.exchange.versions import EPOCH_SPAN
from ui.center_names import (
    SIDE_BY_SIDE,
    column_name,
    conflict_status_name,
    table_name,
    value_shown,
)
from ui.center_table import RowsModel, RowsView, decide_with_reason, list_header, status_choice
from ui.dialogs import Dialogs
from ui.messages import translate
from ui.screening_texts import local_time
from ui.signals import ModelSignals
from ui.status_line import StatusLine


def head_title(head: ConflictHead) -> str:
    """Where a version comes from, in words; a laptop's change by its number (after a
    restore from a backup, the restore's number too)."""
    source = head_source(head)
    if head.from_registry or head.from_center:
        return source
    number = head.change_seq % EPOCH_SPAN
    if head.epoch:
        change = translate("CenterConflicts", "change {n} after restore {epoch}")
    else:
        change = translate("CenterConflicts", "change {n}")
    return f"{source}\n{change.format(n=number, epoch=head.epoch)}"


def head_source(head: ConflictHead) -> str:
    if head.from_registry:
        return translate("CenterConflicts", "The center's registry")
    if head.from_center:
        return translate("CenterConflicts", "A decision at the center")
    if head.site_code:
        return translate("CenterConflicts", "{site} · {device} (desk {letter})").format(
            site=head.site_code, device=head.device_name, letter=head.desk_letter
        )
    return translate("CenterConflicts", "Device {device}").format(
        device=short_device_id(head.device_id)
    )


class CenterConflicts(QWidget):
    def __init__(
        self,
        center: CenterService,
        views: CenterViews,
        signals: ModelSignals,
        dialogs: Dialogs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.center = center
        self.views = views
        self.dialogs = dialogs
        self.status_choice = status_choice(ConflictStatus, conflict_status_name, self.refresh)
        self.model = RowsModel(self._headers, self._cells)
        self.table = RowsView(self.model)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_versions())
        self.versions = QTableWidget()
        self.versions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.versions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions.horizontalHeader().setStretchLastSection(True)
        self.keep_button = QPushButton(self.tr("&Keep this version…"))
        self.keep_button.clicked.connect(self.keep)
        self.message = StatusLine()
        intro = self.tr(
            "Records changed on two devices: nothing was overwritten. Compare the"
            " versions (what differs is listed first), choose the column of the one to"
            " keep, and keep it with the reason."
        )
        top = list_header(intro, self.tr("Show:"), self.status_choice)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.versions)
        split.setSizes([200, 320])
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        signals.donationsChanged.connect(self.refresh)
        signals.donorsChanged.connect(self.refresh)
        self.refresh()

    def _headers(self) -> list[str]:
        resolved = self.status_choice.currentData() == ConflictStatus.RESOLVED
        return [
            self.tr("Kind"),
            self.tr("Record"),
            self.tr("Versions"),
            *([self.tr("Resolved by"), self.tr("At")] if resolved else []),
            self.tr("Decision reason") if resolved else self.tr("What differs"),
        ]

    def _cells(self, e: ConflictEntry) -> list[str]:
        label = e.label or translate("CenterConflicts", "record {id}").format(id=e.record_id[:8])
        common = [table_name(e.table), label, str(len(e.heads))]
        if e.status == ConflictStatus.RESOLVED:
            return [*common, e.resolved_by, local_time(e.resolved_at), e.decision_reason]
        return [*common, ", ".join(column_name(c) for c in e.differing)]

    def refresh(self) -> None:
        self.model.set_entries(self.views.conflicts(self.status_choice.currentData()))
        self._show_versions()

    def selected(self) -> ConflictEntry | None:
        entry = self.table.selected()
        return entry if isinstance(entry, ConflictEntry) else None

    def _show_versions(self) -> None:
        entry = self.selected()
        self.versions.clear()
        self.versions.setRowCount(0)
        self.versions.setColumnCount(0)
        is_open = entry is not None and entry.status == ConflictStatus.OPEN
        self.keep_button.setEnabled(is_open)
        if entry is None:
            return
        # what differs, then what has a name (ids and bookkeeping only when they differ)
        named = {c for h in entry.heads for c in h.content} & SIDE_BY_SIDE
        others = sorted(named - BOOKKEEPING - set(entry.differing))
        columns = [*entry.differing, *others]
        self.versions.setColumnCount(len(entry.heads))
        self.versions.setRowCount(len(columns) + 1)
        self.versions.setHorizontalHeaderLabels([head_title(h) for h in entry.heads])
        names = [self.tr("received"), *(column_name(c) for c in columns)]
        # row labels start with a capital, as in the side-by-side view of two people
        self.versions.setVerticalHeaderLabels([n[:1].upper() + n[1:] for n in names])
        for col, head in enumerate(entry.heads):
            self.versions.setItem(0, col, QTableWidgetItem(local_time(head.received_at)))
            for row, column in enumerate(columns, start=1):
                item = QTableWidgetItem(value_shown(column, head.content.get(column)))
                if column in entry.differing:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.versions.setItem(row, col, item)
        self.versions.resizeColumnsToContents()
        chosen = next((i for i, h in enumerate(entry.heads) if h.stamp == entry.chosen), 0)
        if is_open:
            self.versions.selectColumn(chosen)

    def keep(self) -> None:
        entry = self.selected()
        columns = self.versions.selectionModel().selectedColumns()
        if entry is None or entry.status != ConflictStatus.OPEN or not columns:
            return
        head = entry.heads[columns[0].column()]
        source = head_title(head).replace("\n", ", ")
        texts = (
            self.tr("Keep this version"),
            self.tr("Keep the version from {source} as the record. Why?").format(source=source),
            self.tr("The version from {source} is the record now.").format(source=source),
        )
        decide_with_reason(
            self, self.dialogs, self.message, texts,
            decide=lambda reason: self.center.resolve_conflict(entry.id, head.stamp, reason),
            refresh=self.refresh,
        )  # fmt: skip
