"""The locked desk: a screen over everything that hides the donors' data, says who
locked it and since when, and opens again with that person's PIN or anyone's password
(``access.unlock``; another person's password signs them in). ``IdleWatch`` tells when
the desk has been idle for the time set (``ui.desk_access`` locks it then)."""

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.core import access
from desktop.core.domain.problems import UserError
from desktop.core.domain.records import Staff
from desktop.core.services import Services
from ui.credentials import secret_field, show_refusal, user_field
from ui.forms import FieldErrors, action_buttons, heading

# What a person at the desk does: any of these restarts the idle countdown (a scanner
# types keys too).
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
    }
)


class IdleWatch(QObject):
    """``idle`` is emitted once the whole application saw no key, click, mouse move or
    wheel for ``interval_ms`` (0: never)."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_interval(interval_ms)
        QApplication.instance().installEventFilter(self)

    def set_interval(self, interval_ms: int) -> None:
        self.timer.setInterval(interval_ms)
        if interval_ms > 0:
            self.timer.start()
        else:
            self.timer.stop()

    def restart(self) -> None:
        """Count from now (after an unlock)."""
        self.set_interval(self.timer.interval())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False


class LockScreen(QDialog):
    """Over the whole screen, above the window and its dialogs, until someone unlocks:
    Escape and closing the window do nothing."""

    def __init__(
        self, services: Services, locked: Staff, since: dt.datetime, parent: QWidget
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.services = services
        self.unlocked = False
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowTitle(self.tr("Locked — HMTN Desk"))
        self.setObjectName("lock_screen")
        self.errors = FieldErrors()
        self.user = user_field(services.logins.user_name(locked.id) or "")
        self.secret = secret_field()
        form = QFormLayout()
        self.errors.add_row(form, self.tr("User name"), self.user, "user_name")
        self.errors.add_row(form, self.tr("PIN or password"), self.secret, "pin")
        buttons, self.unlock_button = action_buttons(self, self.tr("Unlock"), self.unlock)
        buttons.buttons()[-1].hide()  # nothing to cancel: the desk stays locked
        self.who = QLabel(
            self.tr("Locked by {name} at {time}.").format(
                name=locked.full_name, time=since.astimezone().strftime("%H:%M")
            )
        )
        hint = QLabel(
            self.tr(
                "{name} unlocks with their PIN; anyone else signs in with their own user"
                " name and password."
            ).format(name=locked.full_name)
        )
        hint.setWordWrap(True)
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setFixedWidth(560)  # wrapped lines get their height for this width
        column = QVBoxLayout(box)
        column.addWidget(heading(self.tr("The screen is locked")))
        column.addWidget(self.who)
        column.addWidget(hint)
        column.addLayout(form)
        column.addWidget(self.errors.label(None))
        column.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.secret.setFocus()

    def unlock(self) -> None:
        try:
            access.unlock(self.services, self.user.text(), self.secret.text())
        except UserError as error:
            show_refusal(self.errors, error.problems, self.secret, self.user)
            return
        self.unlocked = True
        self.accept()

    def reject(self) -> None:
        """Escape does not open the desk."""

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.unlocked:
            event.ignore()
