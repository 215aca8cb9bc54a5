"""The first start on a new database, or on one from before sign-in: its administrator is
created, and the database is then encrypted (a long conversion for a big database,
off the GUI thread)."""

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.core import access
from desktop.core.access import DatabaseRefused
from desktop.core.domain.problems import Problem, UserError
from desktop.core.foundation.logins import full_name_problems, pin_problems
from desktop.core.services import Services
from ui.credentials import pin_field, secret_field, user_field
from ui.dialogs import Dialogs
from ui.forms import FieldErrors, action_buttons, heading
from ui.messages import refusal_text
from ui.operation import Operation


class FirstAdminDialog(QDialog):
    """After ``accepted``, ``services`` is the encrypted database with its new
    administrator signed in."""

    def __init__(
        self,
        path: Path,
        parent: QWidget | None = None,
        *,
        create: bool = True,
        dialogs: Dialogs | None = None,
    ) -> None:
        super().__init__(parent)
        self.path, self.create, self.dialogs = path, create, dialogs
        self.services: Services | None = None
        self.operation: Operation | None = None
        self.setWindowTitle(self.tr("Create the administrator — HMTN Desk"))
        self.setMinimumWidth(520)
        self.errors = FieldErrors(self._problems)
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(100)
        self.user = user_field()
        self.password = secret_field()
        self.again = secret_field()
        self.pin = pin_field()
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Full name"), self.full_name, "full_name")
        self.errors.add_row(form, self.tr("User name"), self.user, "user_name")
        self.errors.add_row(form, self.tr("Password"), self.password, "password")
        self.errors.add_row(form, self.tr("Password again"), self.again, "password_again")
        self.errors.add_row(form, self.tr("PIN (4 to 8 digits)"), self.pin, "pin")
        self.explanation = QLabel(
            self.tr(
                "Nobody can use this database without signing in. The administrator"
                " created now adds the other staff and their passwords. The database is"
                " then encrypted: without a password it cannot be read, even when the"
                " laptop or the file is stolen. Keep the password safe: only the"
                " provincial center can recover a database whose passwords are all"
                " forgotten."
            )
        )
        self.explanation.setWordWrap(True)
        buttons, self.create_button = action_buttons(
            self, self.tr("Create and encrypt"), self.save, cancel=self.tr("Quit")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("The administrator of {file}").format(file=path.name)))
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.errors.label(None))
        layout.addWidget(buttons)
        self.full_name.setFocus()

    def _problems(self) -> list[Problem]:
        """What is wrong with the form as it stands (nothing saved)."""
        problems = [
            *full_name_problems(self.full_name.text()),
            *access.user_name_problems(self.user.text()),
            *access.password_problems(self.password.text()),
            *pin_problems(self.pin.text()),
        ]
        if self.again.text() != self.password.text():
            problems.append(Problem("passwords_differ", field="password_again"))
        return problems

    def save(self) -> None:
        if problems := self._problems():
            self.errors.show(problems, focus=True)
            return
        self.errors.clear()
        values = (self.full_name.text(), self.user.text(), self.password.text(), self.pin.text())
        self.operation = (
            Operation(self, lambda _progress: self._create(*values), self.dialogs)
            .on_success(lambda _: self._signed_in(values[1], values[2]))
            .on_failure(self._refused)
            .blocking(self.create_button, self.full_name, self.user, self.password)
            .run()
        )

    def _create(self, full_name: str, user: str, password: str, pin: str) -> None:
        """On the worker thread: create, encrypt and close (the GUI thread opens it)."""
        access.create_administrator(
            self.path, full_name, user, password, pin, create=self.create
        ).close()

    def _signed_in(self, user: str, password: str) -> None:
        try:
            self.services = access.sign_in(self.path, user, password)
        except (UserError, DatabaseRefused) as error:
            self._refused(error)
            return
        self.accept()

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self.errors.show(error.problems, focus=True)
        elif isinstance(error, DatabaseRefused):
            self.errors.label(None).setText(refusal_text(error.reason, str(self.path)))
            self.errors.label(None).show()
        else:
            raise error
