"""Adding a staff member, or correcting one's name and role."""

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
from desktop.core.domain.vocabulary import StaffRole
from desktop.core.foundation.staff import ROLES, StaffService
from ui.forms import FieldErrors, action_buttons, heading
from ui.value_names import role_name


class StaffDialog(QDialog):
    """After ``accepted``, ``staff`` is the staff member as saved (new or corrected).

    Adding someone does not make them the operator: the operator is chosen in the
    toolbar, by the person who sits at the laptop.
    """

    def __init__(
        self,
        staff: StaffService,
        parent: QWidget | None = None,
        *,
        member: Staff | None = None,
        role: str = StaffRole.CLERK,
    ) -> None:
        super().__init__(parent)
        self.service = staff
        self.member = member
        self.staff: Staff | None = None
        title = (
            self.tr("New staff member")
            if member is None
            else self.tr("Staff member: {name}").format(name=member.full_name)
        )
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.errors = FieldErrors(
            lambda: self.service.problems(self.full_name.text(), self.role.currentData())
        )
        self.full_name = QLineEdit(member.full_name if member else "")
        self.full_name.setMaxLength(100)
        self.role = QComboBox()
        for code in ROLES:
            self.role.addItem(role_name(code), code)
        self.role.setCurrentIndex(ROLES.index(member.role if member else role))
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Full name"), self.full_name, "full_name")
        self.errors.add_row(form, self.tr("Role"), self.role, "role")
        buttons, self.save_button = action_buttons(self, self.tr("Save"), self.save)
        layout = QVBoxLayout(self)
        self.heading = heading(title)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.errors.label(None))
        layout.addWidget(buttons)
        self.full_name.setFocus()

    def save(self) -> None:
        name, role = self.full_name.text(), self.role.currentData()
        try:
            if self.member is None:
                self.staff = self.service.add(name, role)
            else:
                self.staff = self.service.update(self.member.id, name, role)
        except UserError as error:
            self.errors.show(error.problems, focus=True)
            return
        self.accept()
