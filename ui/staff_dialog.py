"""Adding a staff member, or correcting one's name and roles (several: a check box each)."""

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
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

ROLE_COLUMNS = 2


class StaffDialog(QDialog):
    """After ``accepted``, ``staff`` is the staff member as saved (new or corrected).

    Adding someone does not sign them in: each person signs in themselves.
    """

    def __init__(
        self,
        staff: StaffService,
        parent: QWidget | None = None,
        *,
        member: Staff | None = None,
        roles: frozenset[StaffRole] = frozenset({StaffRole.CLERK}),
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
            lambda: self.service.problems(self.full_name.text(), self.chosen_roles())
        )
        self.full_name = QLineEdit(member.full_name if member else "")
        self.full_name.setMaxLength(100)
        held = member.roles if member else roles
        self.roles: dict[StaffRole, QCheckBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for index, code in enumerate(ROLES):
            box = QCheckBox(role_name(code))
            box.setChecked(code in held)
            self.roles[code] = box
            grid.addWidget(box, index // ROLE_COLUMNS, index % ROLE_COLUMNS)
        boxes = QWidget()
        boxes.setLayout(grid)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Full name"), self.full_name, "full_name")
        self.errors.add_row(form, self.tr("Roles"), boxes, "roles")
        buttons, self.save_button = action_buttons(self, self.tr("Save"), self.save)
        layout = QVBoxLayout(self)
        self.heading = heading(title)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.errors.label(None))
        layout.addWidget(buttons)
        self.full_name.setFocus()

    def chosen_roles(self) -> list[StaffRole]:
        return [code for code, box in self.roles.items() if box.isChecked()]

    def save(self) -> None:
        name, roles = self.full_name.text(), self.chosen_roles()
        try:
            if self.member is None:
                self.staff = self.service.add(name, roles)
            else:
                self.staff = self.service.update(self.member.id, name, roles)
        except UserError as error:
            self.errors.show(error.problems, focus=True)
            return
        self.accept()
