"""What every sign-in form shares (the start's sign-in, switching person, the lock
screen, setting a password or PIN): its fields, and a refusal said under them with the
secret cleared and the cursor back in it for the next try."""

from collections.abc import Iterable

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.core.domain.problems import Problem
from desktop.core.foundation.logins import PIN_DIGITS, USER_NAME_MAX
from ui.forms import FieldErrors


def user_field(text: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setMaxLength(USER_NAME_MAX)
    return edit


def secret_field() -> QLineEdit:
    """A password: its characters never shown."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def pin_field() -> QLineEdit:
    """A PIN: digits only (a letter typed is not taken), never shown."""
    edit = secret_field()
    edit.setMaxLength(PIN_DIGITS[1])
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d*"), edit))
    return edit


def show_refusal(
    errors: FieldErrors, problems: Iterable[Problem], secret: QLineEdit, user: QLineEdit
) -> None:
    """Say why under the fields; the secret is cleared and the cursor goes back to it
    (to the user name while none is typed)."""
    secret.clear()  # first: clearing a field clears its error line
    errors.show(problems)
    target: QWidget = secret if user.text().strip() else user
    target.setFocus()
