"""The collection station's lists: the donations in the chair, and the units recorded."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from desktop.core.stations.collection import DonationRecord, DurationLimits, StartedDonation
from ui.messages import translate
from ui.reaction_fields import reaction_name

Index = QModelIndex | QPersistentModelIndex


def outcome_name(code: str) -> str:
    return {
        "complete": translate("CollectionScreen", "complete"),
        "incomplete": translate("CollectionScreen", "incomplete"),
        "not_collected": translate("CollectionScreen", "not collected"),
    }[code]


class ChairModel(QAbstractTableModel):
    """Donations started and not yet recorded: ticket, name, DIN on the bag, start."""

    def __init__(self) -> None:
        super().__init__()
        self.donations: list[StartedDonation] = []

    def set_donations(self, donations: list[StartedDonation]) -> None:
        self.beginResetModel()
        self.donations = donations
        self.endResetModel()

    def donation_at(self, row: int) -> StartedDonation | None:
        return self.donations[row] if 0 <= row < len(self.donations) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.donations)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        donation = self.donations[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            cells = (donation.entry.visit.ticket, donation.entry.full_name,
                     donation.din or "—", donation.started or "—")  # fmt: skip
            return cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and not donation.here:
            return translate("ChairModel", "Started on another laptop of the drive")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            translate("ChairModel", "No."),
            translate("ChairModel", "Full name"),
            translate("ChairModel", "DIN"),
            translate("ChairModel", "Start"),
        )[section]


class UnitsTable(QTableWidget):
    """The units recorded at the drive, latest first; ⚠ marks an unusual duration."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.records: list[DonationRecord] = []
        self.verticalHeader().hide()
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.setHorizontalHeaderLabels(
            [translate("CollectionScreen", "No."), translate("CollectionScreen", "Full name"),
             translate("CollectionScreen", "DIN"), translate("CollectionScreen", "Outcome"),
             translate("CollectionScreen", "ml"), translate("CollectionScreen", "Minutes")]
        )  # fmt: skip
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The outcome (with any reaction) takes the room left; the rest fit their text.
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def fill(self, units: list[DonationRecord], limits: DurationLimits) -> None:
        self.records = units
        self.setRowCount(len(units))
        for row, unit in enumerate(units):
            minutes = "" if unit.minutes is None else f"{unit.minutes:.0f}"
            if unit.minutes is not None and limits.unusual(unit.minutes):
                minutes += " ⚠"
            outcome = outcome_name(unit.outcome)
            if unit.reaction:
                outcome += f" · {reaction_name(unit.reaction)}"
            cells = (unit.ticket, unit.full_name, unit.din or "", outcome,
                     str(unit.volume_ml or ""), minutes)  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text if column == 3 else "")
                self.setItem(row, column, item)

    def selected(self) -> DonationRecord | None:
        row = self.currentRow()
        return self.records[row] if 0 <= row < len(self.records) else None
