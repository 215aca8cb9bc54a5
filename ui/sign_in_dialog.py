"""Signing in at the start: a user name and password open the encrypted database."""

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.core import access
from desktop.core.access import DatabaseRefused
from desktop.core.domain.problems import UserError
from desktop.core.services import Services
from ui.credentials import secret_field, show_refusal, user_field
from ui.forms import FieldErrors, action_buttons, heading
from ui.messages import refusal_text


class SignInDialog(QDialog):
    """After ``accepted``, ``services`` is the database opened by the person signed in.

    Enter signs in; a wrong password or a slow-down is said under the fields, and the
    password is cleared for the next try (the user name stays).
    """

    def __init__(
        self, path: Path, parent: QWidget | None = None, *, user: str = "", hint: str = ""
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.services: Services | None = None
        self.setWindowTitle(self.tr("Sign in — HMTN Desk"))
        self.setMinimumWidth(440)
        self.errors = FieldErrors()
        self.user = user_field(user)
        self.password = secret_field()
        form = QFormLayout()
        self.errors.add_row(form, self.tr("User name"), self.user, "user_name")
        self.errors.add_row(form, self.tr("Password"), self.password, "password")
        buttons, self.sign_in_button = action_buttons(
            self, self.tr("Sign in"), self.sign_in, cancel=self.tr("Quit")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Sign in to {file}").format(file=path.name)))
        layout.addLayout(form)
        if hint:
            self.hint = QLabel(hint)
            self.hint.setWordWrap(True)
            layout.addWidget(self.hint)
        layout.addWidget(self.errors.label(None))
        layout.addWidget(buttons)
        (self.password if user else self.user).setFocus()

    def sign_in(self) -> None:
        try:
            self.services = access.sign_in(self.path, self.user.text(), self.password.text())
        except UserError as error:
            show_refusal(self.errors, error.problems, self.password, self.user)
            return
        except DatabaseRefused as refused:
            self.errors.show([])
            self.errors.label(None).setText(refusal_text(refused.reason, str(self.path)))
            self.errors.label(None).show()
            return
        self.accept()
