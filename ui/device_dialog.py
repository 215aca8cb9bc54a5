"""This laptop's identity: the device id made on first run, the site code, a name, and
its desk letter and DIN block (the numbers it hands out without colliding with another
laptop of the site), and the idle time after which its screen locks itself."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.problems import UserError
from desktop.core.foundation.settings import MAX_LOCK_MINUTES, SettingsService
from ui.desk_fields import DeskFields
from ui.forms import FieldErrors, action_buttons


class DeviceDialog(QDialog):
    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("This device"))
        self.setMinimumWidth(460)
        self.errors = FieldErrors()
        device = settings.device()
        self.device_id = QLabel(device.device_id)
        self.device_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.site_code = QLineEdit(device.site_code)
        self.site_code.setMaxLength(12)
        self.site_code.setPlaceholderText(self.tr("code of the collecting site"))
        self.device_name = QLineEdit(device.device_name)
        self.device_name.setPlaceholderText(self.tr("e.g. Check-in desk 1"))
        form = QFormLayout()
        form.addRow(self.tr("Device id"), self.device_id)
        self.errors.add_row(form, self.tr("Site code"), self.site_code, "site_code")
        self.errors.add_row(form, self.tr("Device name"), self.device_name, "device_name")
        self.desk = DeskFields(settings.desk_numbers(), self.errors)
        self.desk.add_rows(form)
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(0, MAX_LOCK_MINUTES)
        self.lock_minutes.setValue(settings.lock_minutes())
        self.lock_minutes.setSuffix(self.tr(" minutes"))
        self.lock_minutes.setSpecialValueText(self.tr("never"))
        self.lock_minutes.setToolTip(
            self.tr("With no key pressed and no click for this long, the screen locks itself.")
        )
        self.errors.add_row(
            form, self.tr("Lock the screen when idle for"), self.lock_minutes, "lock_minutes"
        )
        buttons, self.save_button = action_buttons(self, self.tr("Save"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            self.settings.save_device(
                self.site_code.text(),
                self.device_name.text(),
                *self.desk.values(),
                lock_minutes=str(self.lock_minutes.value()),
            )
        except UserError as error:
            self.errors.show(error.problems, focus=True)
            return
        self.accept()
