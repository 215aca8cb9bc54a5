"""A person's way in: their user name and password (typed twice), and their PIN (typed
twice, or removed). An administrator sets anyone's from the staff list; a person sets
their own (*Đổi mật khẩu / mã PIN của tôi…*). The core decides who may
(``access.set_password``, ``access.set_pin``): a refusal is said in the dialog."""

from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.core import access
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.records import Staff
from desktop.core.foundation.logins import password_problems, pin_problems, user_name_problems
from desktop.core.services import Services
from ui.credentials import pin_field, secret_field, user_field
from ui.forms import FieldErrors, action_buttons, heading


class CredentialsDialog(QDialog):
    """Saves what was typed: a password (with the user name) when one is typed, a PIN
    when one is typed, none when "remove" is ticked; blank fields keep what there is."""

    def __init__(self, services: Services, member: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.member = services, member
        self.setWindowTitle(self.tr("Password and PIN: {name}").format(name=member.full_name))
        self.setMinimumWidth(480)
        self.errors = FieldErrors()
        self.known_user = services.logins.user_name(member.id) or ""
        self.user = user_field(self.known_user)
        self.password = secret_field()
        self.again = secret_field()
        self.pin = pin_field()
        self.pin_again = pin_field()
        self.no_pin = QCheckBox(self.tr("No PIN (switching person by PIN is off)"))
        self.no_pin.toggled.connect(lambda off: self._pin_enabled(not off))
        has_pin = member.id in services.logins.with_pin()
        form = QFormLayout()
        self.errors.add_row(form, self.tr("User name"), self.user, "user_name")
        self.errors.add_row(form, self.tr("New password"), self.password, "password")
        self.errors.add_row(form, self.tr("Password again"), self.again, "password_again")
        self.errors.add_row(form, self.tr("New PIN (4 to 8 digits)"), self.pin, "pin")
        self.errors.add_row(form, self.tr("PIN again"), self.pin_again, "pin_again")
        form.addRow("", self.no_pin)
        state = QLabel(
            self.tr("A PIN is set: leave the PIN empty to keep it.")
            if has_pin
            else self.tr("No PIN is set.")
        )
        state.setWordWrap(True)
        buttons, self.save_button = action_buttons(self, self.tr("Save"), self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.windowTitle()))
        layout.addWidget(state)
        layout.addLayout(form)
        layout.addWidget(self.errors.label(None))
        layout.addWidget(buttons)
        (self.password if self.known_user else self.user).setFocus()

    def _pin_enabled(self, enabled: bool) -> None:
        for edit in (self.pin, self.pin_again):
            edit.setEnabled(enabled)
            if not enabled:
                edit.clear()

    def problems(self) -> list[Problem]:
        """What is wrong with the form as typed (nothing saved)."""
        problems: list[Problem] = []
        user, password, pin = self.user.text(), self.password.text(), self.pin.text()
        if password or self.again.text() or user.strip() != self.known_user:
            problems += user_name_problems(user) + password_problems(password)
            if self.again.text() != password:
                problems.append(Problem("passwords_differ", field="password_again"))
        if pin or self.pin_again.text():
            problems += pin_problems(pin)
            if self.pin_again.text() != pin:
                problems.append(Problem("pins_differ", field="pin_again"))
        return problems

    def save(self) -> None:
        if problems := self.problems():
            self.errors.show(problems, focus=True)
            return
        staff_id = self.member.id
        try:
            if self.password.text():
                access.set_password(self.services, staff_id, self.user.text(), self.password.text())
                self.known_user = self.user.text().strip()
                self.password.clear()
                self.again.clear()
            if self.pin.text():
                access.set_pin(self.services, staff_id, self.pin.text())
            elif self.no_pin.isChecked():
                access.set_pin(self.services, staff_id, None)
        except UserError as error:
            self.errors.show(error.problems, focus=True)
            return
        self.accept()
