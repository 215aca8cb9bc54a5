"""Who works at this desk, while the window is open: switching person with a PIN (F12),
locking the screen (Ctrl+L, and after this laptop's idle time) and one's own password
and PIN. The window puts the actions in its *Nhân viên* menu and on the operator bar.

Locking hides the window's content under the lock screen; what was open stays as it was
underneath, a half-filled questionnaire or a dialog in the middle of its work included
(nothing is closed or lost), and work running in the background (an import, a backup)
goes on, in the name of whoever started it (``ui.worker``); a message it ends with
waits until the desk is unlocked (``ui.dialogs.HeldMessages``)."""

import datetime as dt

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from desktop.core import access
from desktop.core.services import Services
from ui.credentials_dialog import CredentialsDialog
from ui.dialogs import HeldMessages, open_dialog
from ui.lock_screen import IdleWatch, LockScreen
from ui.signals import ModelSignals
from ui.switch_person_dialog import SwitchPersonDialog

MINUTE_MS = 60_000


class DeskAccess(QObject):
    def __init__(self, window: QMainWindow, services: Services, signals: ModelSignals) -> None:
        super().__init__(window)
        self.services = services
        self.screen: LockScreen | None = None
        self.dialog: SwitchPersonDialog | CredentialsDialog | None = None
        self._focus: QWidget | None = None
        self.messages = HeldMessages(window)  # what work says while locked waits
        self.idle = IdleWatch(services.settings.lock_minutes() * MINUTE_MS, self)
        self.idle.idle.connect(self.lock)
        signals.settingsChanged.connect(self._idle_time_changed)
        self.switch_action = self._action(self.tr("S&witch person…"), self.switch_person, "F12")
        self.lock_action = self._action(self.tr("&Lock the screen"), self.lock, "Ctrl+L")
        self.my_credentials_action = self._action(
            self.tr("&Change my password / PIN…"), self.change_my_credentials
        )

    @property
    def window(self) -> QMainWindow:
        """Its window (not kept in an attribute: the window would never be freed)."""
        return self.parent()

    @property
    def locked(self) -> bool:
        return self.screen is not None

    def _action(self, text: str, slot: object, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def switch_person(self) -> None:
        """Another person takes over this desk with their user name and PIN (not while
        it is locked: the lock screen is the way back in)."""
        if self.locked:
            return
        self.dialog = SwitchPersonDialog(self.services, self.window)
        open_dialog(self.dialog)

    def change_my_credentials(self) -> None:
        staff_id = self.services.session.actor.staff_id
        if staff_id is None:
            return
        me = self.services.staff.get(staff_id)
        self.dialog = CredentialsDialog(self.services, me, self.window)
        open_dialog(self.dialog)

    def lock(self) -> None:
        """Nobody is signed in until someone unlocks; the window's content is hidden and
        the lock screen covers everything (dialogs open underneath stay as they are)."""
        if self.screen is not None or self.services.session.actor.staff_id is None:
            return
        if not self.window.isVisible():  # a window replaced, kept while its work ends
            return
        self._focus = QApplication.focusWidget()
        access.lock(self.services)
        self.messages.hold()
        locked = self.services.locked
        assert locked is not None
        window = self.window
        window.centralWidget().hide()
        self.screen = LockScreen(self.services, locked, dt.datetime.now(dt.UTC), window)
        self.screen.accepted.connect(self._unlocked)
        self.screen.setWindowState(Qt.WindowState.WindowFullScreen)
        self.screen.open()
        self.screen.activateWindow()
        self.screen.secret.setFocus()

    def _unlocked(self) -> None:
        screen, self.screen = self.screen, None
        if screen is not None:
            screen.deleteLater()
        self.window.centralWidget().show()
        focus = self._focus
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.window().activateWindow()
            focus.setFocus()
        self.idle.restart()
        self.messages.release()  # what background work said meanwhile, now

    def _idle_time_changed(self) -> None:
        interval = self.services.settings.lock_minutes() * MINUTE_MS
        if interval != self.idle.timer.interval():
            self.idle.set_interval(interval)
