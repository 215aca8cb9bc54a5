"""Choosing the drive to work on, at start or from the Drive menu. The drive the center
planned for this laptop today (from a drive package), else an open drive of today, is the
one selected."""

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.records import Drive
from desktop.core.stations.drives import DriveService
from ui.drive_dialog import DriveDialog
from ui.formatting import dmy
from ui.value_names import campaign_name, drive_status_name


class DrivePicker(QDialog):
    """After ``accepted``, ``drive`` is the drive chosen (or just created)."""

    def __init__(
        self, drives: DriveService, parent: QWidget | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.drives = drives
        self.today = today or dt.date.today()
        self.drive: Drive | None = None
        self._shown: list[Drive] = []
        self.setWindowTitle(self.tr("Choose a drive"))
        self.resize(820, 420)
        intro = QLabel(self.tr("Which drive are you working on?"))
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Date"),
                self.tr("Place"),
                self.tr("Campaign"),
                self.tr("Status"),
                self.tr("Checked in"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.open_selected)
        buttons = QDialogButtonBox(self)  # in the dialog first, so Open stays the default
        self.open_button = buttons.addButton(
            self.tr("Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setDefault(True)
        self.new_button = buttons.addButton(
            self.tr("New drive…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.clicked.connect(self.open_selected)
        self.new_button.clicked.connect(self.create_drive)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self._shown = self.drives.all()
        self.table.setRowCount(len(self._shown))
        for row, drive in enumerate(self._shown):
            cells = (
                drive.code,
                dmy(drive.drive_date),
                f"{drive.place_name}, {drive.ward_name}, {drive.province_name}",
                campaign_name(drive.campaign, drive.campaign_other),
                drive_status_name(drive.status),
                str(drive.checked_in),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self._shown:
            suggested = self.drives.suggested_for(self.today)
            ids = [drive.id for drive in self._shown]
            chosen = suggested.id if suggested is not None else None
            self.table.selectRow(ids.index(chosen) if chosen in ids else 0)
        self.open_button.setEnabled(bool(self._shown))

    def open_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._shown):
            self.drive = self._shown[row]
            self.accept()

    def create_drive(self) -> None:
        dialog = DriveDialog(self.drives, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted and dialog.drive is not None:
            self.drive = dialog.drive
            self.accept()
