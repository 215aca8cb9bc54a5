"""Answering the start's sign-in dialogs as a user would (for ``ModalScript``)."""

from PySide6.QtCore import Qt

from tests.signin import ADMIN, FULL_NAME, PASSWORD, PIN
from tests.ui.keyboard import commit_text, press, type_keys
from ui.first_admin_dialog import FirstAdminDialog
from ui.sign_in_dialog import SignInDialog


def sign_in_as(user: str = ADMIN, password: str = PASSWORD):
    """A ``ModalScript`` step: type the user name and password, press Enter."""

    def act(dialog: SignInDialog) -> None:
        dialog.user.clear()
        type_keys(dialog.user, user)
        type_keys(dialog.password, password)
        press(dialog.password, Qt.Key.Key_Return)

    return (SignInDialog, act)


def create_administrator():
    """A ``ModalScript`` step: fill in the first administrator, press Enter."""

    def act(dialog: FirstAdminDialog) -> None:
        fill_first_admin(dialog)
        press(dialog.pin, Qt.Key.Key_Return)

    return (FirstAdminDialog, act)


def fill_first_admin(dialog: FirstAdminDialog, again: str = PASSWORD, pin: str = PIN) -> None:
    commit_text(dialog.full_name, FULL_NAME)
    type_keys(dialog.user, ADMIN)
    commit_text(dialog.password, PASSWORD)
    commit_text(dialog.again, again)
    type_keys(dialog.pin, pin)


def opening(path):
    """The step the start asks for on the database at ``path``: signing in to an
    encrypted one, creating the administrator of a new or plain one."""
    from desktop.core.access import AccessState, database_state

    if database_state(path) == AccessState.ENCRYPTED:
        return sign_in_as()
    return create_administrator()
