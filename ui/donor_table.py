"""Table model of donors found by the check-in search."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.core.domain.records import Donor
from ui.formatting import dmy, id_text
from ui.messages import translate

Index = QModelIndex | QPersistentModelIndex


class DonorTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.donors: list[Donor] = []

    def headers(self) -> list[str]:
        return [
            translate("DonorTable", "Full name"),
            translate("DonorTable", "Date of birth"),
            translate("DonorTable", "CCCD / CMND"),
            translate("DonorTable", "Phone"),
            translate("DonorTable", "Blood group"),
            translate("DonorTable", "Donations"),
        ]

    def set_donors(self, donors: list[Donor]) -> None:
        self.beginResetModel()
        self.donors = list(donors)
        self.endResetModel()

    def donor_at(self, row: int) -> Donor | None:
        return self.donors[row] if 0 <= row < len(self.donors) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.donors)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        donor = self.donors[index.row()]
        return (
            donor.full_name,
            dmy(donor.birth_date),
            id_text(donor),
            donor.phone,
            donor.blood_group,
            str(donor.donation_count),
        )[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None
