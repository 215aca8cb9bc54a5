"""Switching person at a busy desk: another member of staff takes over with their user
name and PIN, without closing the database (``access.switch_person``)."""

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.core import access
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.records import Staff
from desktop.core.services import Services
from ui.credentials import pin_field, show_refusal, user_field
from ui.forms import FieldErrors, action_buttons, heading


class SwitchPersonDialog(QDialog):
    """After ``accepted``, ``staff`` is the person signed in now; the screens follow
    through ``staffChanged`` (every record from now on is in their name).

    Enter switches; a refusal (a wrong PIN, a slow-down with its seconds, no PIN yet) is
    said under the fields, the PIN cleared and the cursor back in it.
    """

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.staff: Staff | None = None
        self.setWindowTitle(self.tr("Switch person"))
        self.setMinimumWidth(440)
        self.errors = FieldErrors()
        self.user = user_field()
        self.pin = pin_field()
        form = QFormLayout()
        self.errors.add_row(form, self.tr("User name"), self.user, "user_name")
        self.errors.add_row(form, self.tr("PIN"), self.pin, "pin")
        buttons, self.switch_button = action_buttons(self, self.tr("Switch"), self.switch)
        now = services.session.actor.name
        intro = QLabel(
            self.tr(
                "Signed in now: {name}. The person taking over types their user name and"
                " PIN; what is recorded from then on is in their name."
            ).format(name=now)
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Who takes over this desk?")))
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.errors.label(None))
        layout.addWidget(buttons)
        self.user.setFocus()

    def switch(self) -> None:
        if not self.user.text().strip():
            self.errors.show([Problem("required", field="user_name")], focus=True)
            return
        try:
            self.staff = access.switch_person(self.services, self.user.text(), self.pin.text())
        except UserError as error:
            show_refusal(self.errors, error.problems, self.pin, self.user)
            return
        self.accept()
