"""The small dialogs of the center's calendar: the device to assign to a drive, and the
size of a device's DIN block for it."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.number_blocks import SEQUENCE_MAX, suggested_din_block
from desktop.core.domain.problems import UserError
from desktop.core.exchange.plan_calendar import CalendarDrive, DinBlock
from desktop.core.exchange.planning import PlanningService
from ui.formatting import number_text
from ui.forms import FieldErrors, action_buttons, heading
from ui.plan_texts import enrolled_device_line


class AssignDeviceDialog(QDialog):
    """The active devices not working the drive yet (or without a block for it): Enter
    assigns the one chosen. After ``accepted``, ``block`` is its new DIN block."""

    def __init__(
        self, planning: PlanningService, entry: CalendarDrive, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.planning = planning
        self.entry = entry
        self.block: dict | None = None
        title = self.tr("Assign a device to drive {code}").format(code=entry.drive.code)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        working = {d.device_id for d in entry.assigned if d.block is not None}
        self.devices = QListWidget()
        for device in planning.assignable_devices():
            if device["id"] not in working:
                item = QListWidgetItem(enrolled_device_line(device))
                item.setData(Qt.ItemDataRole.UserRole, device["id"])
                self.devices.addItem(item)
        self.devices.setCurrentRow(0)
        self.errors = FieldErrors()
        size = suggested_din_block(entry.target)
        self.note = QLabel(
            self.tr(
                "It gets a block of {size} DINs for the drive, from the top of its enrolled block."
            ).format(size=number_text(size))
        )
        self.note.setWordWrap(True)
        buttons, self.assign_button = action_buttons(self, self.tr("Assign"), self.assign)
        if self.devices.count() == 0:  # nothing to choose: say why (Esc closes)
            self.note.setText(self.tr("Every active device works this drive already."))
            self.assign_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title))
        layout.addWidget(self.devices, 1)
        layout.addWidget(self.errors.label("device"))
        layout.addWidget(self.note)
        layout.addWidget(self.errors.label(None))
        layout.addWidget(buttons)
        self.devices.setFocus()

    def chosen(self) -> str | None:
        item = self.devices.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def assign(self) -> None:
        device = self.chosen()
        if device is None:
            return
        try:
            self.block = self.planning.assign(self.entry.drive.id, device)
        except UserError as error:
            self.errors.show(error.problems)
            return
        self.accept()


class BlockSizeDialog(QDialog):
    """How many DINs the block holds; it keeps its last number and grows or shrinks
    below it."""

    def __init__(
        self,
        planning: PlanningService,
        block: DinBlock,
        target: int,
        whose: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.planning = planning
        self.block = block
        title = self.tr("Resize the DIN block of {device}").format(device=whose)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.errors = FieldErrors()
        self.size_field = QSpinBox()
        self.size_field.setRange(1, SEQUENCE_MAX)
        self.size_field.setValue(block.size)
        self.size_field.setGroupSeparatorShown(True)
        form = QFormLayout()
        form.addRow(self.tr("Block now"), QLabel(block.text))
        suggested = self.tr("{size} (one and a half times the target of {target} units)")
        form.addRow(
            self.tr("Suggested"),
            QLabel(
                suggested.format(
                    size=number_text(suggested_din_block(target)), target=number_text(target)
                )
            ),
        )
        self.errors.add_row(form, self.tr("DINs in the block"), self.size_field, "size")
        buttons, self.save_button = action_buttons(self, self.tr("Resize"), self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title))
        layout.addLayout(form)
        layout.addWidget(self.errors.label(None))
        layout.addWidget(buttons)
        self.size_field.selectAll()
        self.size_field.setFocus()

    def save(self) -> None:
        try:
            self.planning.resize_block(self.block.id, self.size_field.value())
        except UserError as error:
            self.errors.show(error.problems, focus=True)
            return
        self.accept()
