"""Adding a staff member who can then be chosen as the operator."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.problems import UserError
from desktop.core.domain.records import Staff
from desktop.core.foundation.staff import ROLES, StaffService
from ui.forms import FieldErrors, action_buttons
from ui.value_names import role_name


class StaffDialog(QDialog):
    """After ``accepted``, ``staff`` is the new staff member."""

    def __init__(self, staff: StaffService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = staff
        self.staff: Staff | None = None
        self.setWindowTitle(self.tr("New staff member"))
        self.errors = FieldErrors()
        self.full_name = QLineEdit()
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_name(role), role)
        self.role.setCurrentIndex(ROLES.index("clerk"))
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Full name"), self.full_name, "full_name")
        self.errors.add_row(form, self.tr("Role"), self.role, "role")
        buttons, self.save_button = action_buttons(self, self.tr("Save"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            self.staff = self.service.add(self.full_name.text(), self.role.currentData())
        except UserError as error:
            self.errors.show(error.problems)
            return
        self.accept()
