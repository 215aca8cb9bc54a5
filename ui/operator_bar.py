"""The toolbar that says who is working: the person signed in and their roles. Every
record and decision is made in this person's name; nobody is chosen from a list.

Switching person (a user and a PIN, without restarting) and locking the screen are
here too (``add_switch_person``)."""

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QToolBar, QWidget

from desktop.core.foundation.session import Session
from desktop.core.foundation.staff import StaffService
from ui.signals import ModelSignals
from ui.value_names import role_names


class OperatorBar(QToolBar):
    def __init__(
        self,
        staff: StaffService,
        session: Session,
        signals: ModelSignals,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Operator"))
        self.staff = staff
        self.session = session
        self.setMovable(False)
        self.addWidget(QLabel(self.tr("Signed in: ")))
        self.operator = QLabel()
        self.operator.setObjectName("signed_in_person")
        self.addWidget(self.operator)
        self.fill()
        signals.staffChanged.connect(self.fill)

    def fill(self) -> None:
        """``NAME (roles)`` of the person signed in, as the session holds them now."""
        actor = self.session.actor
        if actor.staff_id is None:
            self.operator.setText(self.tr("nobody"))
            return
        self.operator.setText(
            self.tr("{name} ({roles})").format(
                name=actor.name, roles=role_names(self.session.roles)
            )
        )

    def add_switch_person(self, *actions: QAction) -> None:
        """The place of "Switch person…" (the PIN dialog) and of the screen's lock."""
        self.addSeparator()
        self.addActions(list(actions))
