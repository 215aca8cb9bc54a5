"""The "Backups" menu of the site's and the center's window: back up now, to a USB
stick, the administrator's backup key, and restore (the restore itself is the
composition root's: it closes the database first)."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from desktop.core.backups.rotation import BackupReason
from desktop.core.domain.problems import UserError
from desktop.core.services import Services
from ui.backup_texts import size_text
from ui.dialogs import Dialogs, open_dialog
from ui.operation import Operation, failure_text
from ui.restore_dialog import RestoreDialog
from ui.worker import Work


class BackupMenu(QObject):
    restoreConfirmed = Signal(object)  # a CheckedBackup the person chose to restore

    def __init__(self, window: QMainWindow, services: Services, dialogs: Dialogs) -> None:
        super().__init__(window)
        self.backups, self.dialogs = services.backups, dialogs
        self.operation: Operation | None = None
        self.menu = window.menuBar().addMenu(self.tr("&Backups"))
        self.now_action = self._add(self.tr("Back up &now"), self.back_up_now)
        self.usb_action = self._add(self.tr("Back up to &USB…"), self.back_up_to_usb)
        self.key_action = self._add(
            self.tr("Make the administrator's backup &key…"), self.make_admin_key
        )
        self.menu.addSeparator()
        self.restore_action = self._add(self.tr("&Restore from a backup…"), self.restore)

    @property
    def window(self) -> QMainWindow:
        """Its window (not kept in an attribute: the window would never be freed)."""
        return self.parent()

    def _add(self, text: str, slot: object) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    def back_up_now(self) -> None:
        self._run(
            lambda progress: self.backups.back_up(BackupReason.MANUAL, progress),
            lambda made: self.tr("Backup made: {path} ({size})").format(
                path=made.path, size=size_text(made.size)
            ),
        )

    def back_up_to_usb(self) -> None:
        if not self.backups.has_admin_key():
            question = self.tr(
                "A backup for a USB stick is encrypted for the administrator's backup key,"
                " and this laptop has none yet. Make it now, on the administrator's own USB"
                " stick?"
            )
            if not self.dialogs.confirm(self.window, self.tr("Back up to USB"), question):
                return
            if not self.make_admin_key():
                return
        folder = self.dialogs.choose_folder(
            self.window, self.tr("Choose the USB stick (or folder) for the backup")
        )
        if folder is None:
            return
        self._run(
            lambda progress: self.backups.to_usb(folder, progress),
            lambda written: self.tr(
                "Encrypted backup written: {path} ({size}). It opens with the administrator's"
                " backup key or the center's."
            ).format(path=written.path, size=size_text(written.size)),
        )

    def make_admin_key(self) -> bool:
        """Ask for the administrator's own stick and write the key there."""
        folder = self.dialogs.choose_folder(
            self.window,
            self.tr("Choose the administrator's own USB stick for the backup key"),
        )
        if folder is None:
            return False
        try:
            path = self.backups.make_admin_key(folder)
        except (UserError, OSError) as error:  # refused, or a stick that cannot be written
            self.dialogs.warning(self.window, "HMTN Desk", failure_text(error))
            return False
        self.dialogs.inform(
            self.window,
            self.tr("The administrator's backup key"),
            self.tr(
                "The backup key was written to {path}. Keep that stick away from this laptop"
                " (or print the key and lock it away): a USB backup opens only with it or the"
                " center's key."
            ).format(path=path),
        )
        return True

    def restore(self) -> None:
        self.restore_dialog = RestoreDialog(self.backups, self.window, dialogs=self.dialogs)
        self.restore_dialog.confirmed.connect(self.restoreConfirmed)
        open_dialog(self.restore_dialog)

    def _run(self, work: Work, said: Callable[[Any], str]) -> None:
        if self.operation is not None and self.operation.running:
            return
        self.window.statusBar().showMessage(self.tr("Backing up…"))
        self.operation = (
            Operation(self.window, work, self.dialogs)
            .on_success(lambda result: self._done(said(result)))
            .on_finished(self._finished)
            .run()
        )

    def _finished(self) -> None:
        self.window.statusBar().clearMessage()
        self.operation = None  # it holds the window: let both go when it closes

    def _done(self, text: str) -> None:
        self.dialogs.inform(self.window, self.tr("Backups"), text)
