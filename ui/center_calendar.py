"""Lịch đợt hiến máu: every drive of a period by date, planned at the center or set up
by a laptop (an emergency call-out, seen once its export was merged), with its target,
the units collected so far and the laptops that work it; below, the selected drive's
laptops with their DIN blocks. A drive is planned, changed, given or relieved of a
laptop, and a block resized (until a package carried it) from here."""

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.exchange.plan_calendar import CalendarDrive, DriveDevice
from desktop.core.exchange.planning import PlanningService
from ui.center_table import RowsModel, RowsView, decide_with_reason
from ui.dialogs import Dialogs, open_dialog
from ui.formatting import dmy, number_text
from ui.plan_dialogs import AssignDeviceDialog, BlockSizeDialog
from ui.plan_drive_dialog import PlanDriveDialog
from ui.plan_texts import drive_device_line, place_text, role_text
from ui.signals import ModelSignals
from ui.status_line import StatusLine
from ui.value_names import drive_status_name

DAYS_BEFORE = 30  # the period shown at first: the last month's drives, with their units
DAYS_AFTER = 180  # and half a year ahead


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class CenterCalendar(QWidget):
    def __init__(
        self,
        planning: PlanningService,
        signals: ModelSignals,
        dialogs: Dialogs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.planning = planning
        self.dialogs = dialogs
        today = dt.date.today()
        self.first = self._date_edit(today - dt.timedelta(days=DAYS_BEFORE))
        self.last = self._date_edit(today + dt.timedelta(days=DAYS_AFTER))
        self.model = RowsModel(self._headers, self._cells)
        self.table = RowsView(self.model)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_devices())
        self.device_model = RowsModel(self._device_headers, self._device_cells)
        self.device_table = RowsView(self.device_model)
        self.device_table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.devices_label = QLabel()
        self.devices_label.setWordWrap(True)
        self.plan_button = self._button(self.tr("&Plan a drive…"), self.plan)
        self.edit_button = self._button(self.tr("&Edit the drive…"), self.edit)
        self.assign_button = self._button(self.tr("&Assign a device…"), self.assign)
        self.withdraw_button = self._button(self.tr("&Withdraw the device…"), self.withdraw)
        self.resize_button = self._button(self.tr("Resi&ze its DIN block…"), self.resize_block)
        self.message = StatusLine()
        self._lay_out()
        signals.drivesChanged.connect(self.refresh)
        signals.settingsChanged.connect(self.refresh)  # a device enrolled, revoked, renamed
        signals.donationsChanged.connect(self.refresh)  # units collected, after a merge
        self.refresh()

    def _lay_out(self) -> None:
        """The period and the drives above, the selected drive's laptops below."""
        period = QHBoxLayout()
        intro = QLabel(
            self.tr(
                "Drives by date: planned here (they reach their laptops with the next"
                " package) or set up by a laptop (seen once its file was imported)."
            )
        )
        intro.setWordWrap(True)
        period.addWidget(intro, 1)
        period.addWidget(QLabel(self.tr("From")))
        period.addWidget(self.first)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.last)
        drive_buttons = QHBoxLayout()
        for button in (self.plan_button, self.edit_button):
            drive_buttons.addWidget(button)
        drive_buttons.addWidget(self.message, 1)
        device_buttons = QHBoxLayout()
        for button in (self.assign_button, self.withdraw_button, self.resize_button):
            device_buttons.addWidget(button)
        device_buttons.addStretch(1)
        top, bottom = QWidget(), QWidget()
        upper = QVBoxLayout(top)
        upper.setContentsMargins(0, 0, 0, 0)
        upper.addLayout(period)
        upper.addWidget(self.table, 1)
        upper.addLayout(drive_buttons)
        lower = QVBoxLayout(bottom)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(self.devices_label)
        lower.addWidget(self.device_table, 1)
        lower.addLayout(device_buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def _date_edit(self, day: dt.date) -> QDateEdit:
        edit = QDateEdit(qdate(day))
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setCalendarPopup(True)
        edit.dateChanged.connect(self.refresh)
        return edit

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    # -- the lists ------------------------------------------------------------------------

    def _headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Code"),
            self.tr("Kind"),
            self.tr("State"),
            self.tr("Target"),
            self.tr("Collected"),
            self.tr("Devices"),
            self.tr("Place"),
        ]

    def _cells(self, entry: CalendarDrive) -> list[str]:
        drive = entry.drive
        kind = self.tr("planned") if entry.planned else self.tr("set up at a site")
        devices = entry.assigned if entry.planned else entry.devices
        return [
            dmy(drive.drive_date),
            drive.code,
            kind,
            drive_status_name(drive.status),
            number_text(entry.target),
            number_text(entry.collected),
            "; ".join(drive_device_line(d) for d in devices),
            place_text(drive),
        ]

    def _device_headers(self) -> list[str]:
        return [
            self.tr("Device"),
            self.tr("At the drive"),
            self.tr("DIN block"),
            self.tr("DINs"),
            self.tr("Package"),
        ]

    def _device_cells(self, device: DriveDevice) -> list[str]:
        block = device.block
        if block is None:
            return [drive_device_line(device), role_text(device), "", "", ""]
        carried = (
            self.tr("carried: fixed") if block.carried else self.tr("not yet written: may change")
        )
        return [
            drive_device_line(device),
            role_text(device),
            block.text,
            number_text(block.size),
            carried,
        ]

    def refresh(self) -> None:
        first, last = pydate(self.first.date()), pydate(self.last.date())
        self.model.set_entries(self.planning.calendar(first, last))
        self._show_devices()

    def selected(self) -> CalendarDrive | None:
        entry = self.table.selected()
        return entry if isinstance(entry, CalendarDrive) else None

    def _show_devices(self) -> None:
        entry = self.selected()
        self.device_model.set_entries(entry.devices if entry else [])
        if entry is None:
            self.devices_label.setText(self.tr("Choose a drive to see its laptops."))
        else:
            self.devices_label.setText(
                self.tr("Laptops of drive {code} ({date}):").format(
                    code=entry.drive.code, date=dmy(entry.drive.drive_date)
                )
            )
        self._enable()

    def _device(self) -> DriveDevice | None:
        device = self.device_table.selected()
        return device if isinstance(device, DriveDevice) else None

    def _enable(self) -> None:
        entry, device = self.selected(), self._device()
        changeable = entry is not None and entry.changeable
        self.edit_button.setEnabled(changeable)
        self.assign_button.setEnabled(changeable)
        assigned = changeable and device is not None and device.assigned
        self.withdraw_button.setEnabled(assigned)
        block = device.block if device is not None else None
        self.resize_button.setEnabled(assigned and block is not None and not block.carried)

    # -- what a person does -----------------------------------------------------------------

    def plan(self) -> None:
        dialog = PlanDriveDialog(self.planning, None, self)
        dialog.accepted.connect(lambda: self._planned(dialog))
        open_dialog(dialog)

    def _planned(self, dialog: PlanDriveDialog) -> None:
        drive = dialog.drive
        if drive is None:
            return
        self._show_period(drive.drive_date)
        self.refresh()
        self._select(drive.id)
        self.message.done(
            self.tr("Drive {code} planned for {date}.").format(
                code=drive.code, date=dmy(drive.drive_date)
            )
        )

    def edit(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        dialog = PlanDriveDialog(self.planning, entry.drive, self)
        dialog.accepted.connect(lambda: self._planned(dialog))
        open_dialog(dialog)

    def assign(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        dialog = AssignDeviceDialog(self.planning, entry, self)
        dialog.accepted.connect(lambda: self._assigned(entry, dialog))
        open_dialog(dialog)

    def _assigned(self, entry: CalendarDrive, dialog: AssignDeviceDialog) -> None:
        self.refresh()
        self._select(entry.id)
        self.message.done(
            self.tr("The device works drive {code} now.").format(code=entry.drive.code)
        )

    def withdraw(self) -> None:
        entry, device = self.selected(), self._device()
        if entry is None or device is None:
            return
        names = {"device": drive_device_line(device), "code": entry.drive.code}
        decide_with_reason(
            self,
            self.dialogs,
            self.message,
            (
                self.tr("Withdraw a device"),
                self.tr(
                    "Take {device} off drive {code}? Its DIN block for the drive is withdrawn"
                    " too. Why?"
                ).format(**names),
                self.tr("{device} no longer works drive {code}.").format(**names),
            ),
            decide=lambda reason: self.planning.withdraw(entry.drive.id, device.device_id, reason),
            refresh=self.refresh,
        )

    def resize_block(self) -> None:
        entry, device = self.selected(), self._device()
        if entry is None or device is None or device.block is None:
            return
        dialog = BlockSizeDialog(
            self.planning, device.block, entry.target, drive_device_line(device), self
        )
        dialog.accepted.connect(self.refresh)
        open_dialog(dialog)

    def _show_period(self, day: dt.date) -> None:
        """The period is widened to show ``day``."""
        if day < pydate(self.first.date()):
            self.first.setDate(qdate(day))
        if day > pydate(self.last.date()):
            self.last.setDate(qdate(day))

    def _select(self, drive_id: str) -> None:
        ids = [entry.id for entry in self.model.entries]
        if drive_id in ids:
            self.table.selectRow(ids.index(drive_id))
