"""Planning a drive at the center, or changing one planned: the site's drive form and,
for a new drive, the laptops that will work it (each gets its DIN block for it)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.problems import UserError
from desktop.core.domain.records import Drive
from desktop.core.exchange.planning import PlanningService
from desktop.core.stations.drives import DriveForm
from ui.drive_fields import DriveFields
from ui.forms import FieldErrors, action_buttons, heading
from ui.plan_texts import enrolled_device_line


class PlanDriveDialog(QDialog):
    """``drive`` None: a new drive; else the planned drive to change. After
    ``accepted``, ``drive`` is the drive as saved."""

    def __init__(
        self, planning: PlanningService, drive: Drive | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.planning = planning
        self.editing = drive
        self.drive: Drive | None = None
        if drive is None:
            title, action = self.tr("Plan a drive"), self.tr("Plan the drive")
        else:
            title = self.tr("Change drive {code}").format(code=drive.code)
            action = self.tr("Save the changes")
        self.setWindowTitle(title)
        self.errors = FieldErrors(self._problems)
        self.fields = DriveFields(self.errors, None if drive else planning.suggested_code)
        self.fields.setMinimumWidth(520)
        self.devices = QListWidget()
        columns = QHBoxLayout()
        columns.addWidget(self.fields, 3)
        if drive is None:
            self._list_devices()
            side = QVBoxLayout()
            note = QLabel(
                self.tr(
                    "The laptops that will work it (Space ticks one): each gets a DIN"
                    " block for the drive, sized for its target."
                )
            )
            note.setWordWrap(True)
            side.addWidget(note)
            side.addWidget(self.devices, 1)
            self.devices.setMinimumWidth(430)
            columns.addLayout(side, 2)
            self.setMinimumWidth(1040)
        else:
            self.fields.show_drive(drive)
            self.devices.hide()
        buttons, self.save_button = action_buttons(self, action, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title))
        layout.addLayout(columns)
        layout.addWidget(self.errors.label(None))
        layout.addWidget(buttons)
        self.fields.date.setFocus()  # the code follows the date; the place comes next

    def _list_devices(self) -> None:
        for device in self.planning.assignable_devices():
            item = QListWidgetItem(enrolled_device_line(device))
            item.setData(Qt.ItemDataRole.UserRole, device["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.devices.addItem(item)
        if self.devices.count():
            self.devices.setCurrentRow(0)

    def chosen_devices(self) -> list[str]:
        items = (self.devices.item(row) for row in range(self.devices.count()))
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def form(self) -> DriveForm:
        return self.fields.form()

    def _problems(self) -> list:
        editing = self.editing.id if self.editing else None
        return self.planning.validate(self.form(), editing=editing)

    def save(self) -> None:
        try:
            if self.editing is None:
                self.drive = self.planning.plan(self.form(), self.chosen_devices())
            else:
                self.drive = self.planning.edit(self.editing.id, self.form())
        except UserError as error:
            self.errors.show(error.problems, focus=True)
            return
        self.accept()
