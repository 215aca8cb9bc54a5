"""The automatic backups while the app runs: every N minutes (setting
``backup_interval_minutes``, default 15; 0: none) and when a drive is closed, each on a
worker thread with its own connection. One that fails, or is skipped for want of room
on the disk (``backups.budget``), is logged and said in the window's status bar (never
a dialog: it would come back every 15 minutes); the work of the desk goes on."""

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from desktop.core.backups.rotation import BackupReason
from desktop.core.backups.service import BackupService
from desktop.core.domain.problems import UserError
from ui.operation import failure_text
from ui.signals import ModelSignals
from ui.worker import BackgroundTask

log = logging.getLogger("hmtn")
SAID_MS = 10_000  # how long a message stays in the status bar


def no_room(error: BaseException) -> bool:
    """A backup skipped because the disk has no room for it."""
    return isinstance(error, UserError) and any(p.code == "backup_no_room" for p in error.problems)


class BackupScheduler(QObject):
    def __init__(
        self,
        backups: BackupService,
        signals: ModelSignals,
        say: Callable[[str, int], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.backups, self.say = backups, say
        self.task: BackgroundTask | None = None
        self.closed_drives = backups.closed_drives()
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.back_up(BackupReason.PERIODIC))
        minutes = backups.interval_minutes()
        if minutes:
            self.timer.start(minutes * 60_000)
        signals.drivesChanged.connect(self._drives_changed)

    def _drives_changed(self) -> None:
        closed = self.backups.closed_drives()
        if closed > self.closed_drives:
            self.back_up(BackupReason.DRIVE_CLOSE)
        self.closed_drives = closed

    def back_up(self, reason: BackupReason) -> None:
        """Start a backup unless one is running (the next tick takes it)."""
        if self.task is not None and self.task.running:
            return
        self.task = BackgroundTask(lambda progress: self.backups.back_up(reason, progress), self)
        self.task.succeeded.connect(self._made)
        self.task.failed.connect(self._failed)
        self.task.start()

    def _made(self, made: object) -> None:
        if made is not None:
            self.say(self.tr("Backed up automatically: {path}").format(path=made.path), SAID_MS)

    def _failed(self, error: BaseException) -> None:
        why = failure_text(error)
        if no_room(error):  # the service logged it; said until the next message
            self.say(self.tr("The automatic backup was skipped: {why}").format(why=why), 0)
            return
        log.warning("an automatic backup failed", exc_info=error)
        self.say(self.tr("The automatic backup failed: {why}").format(why=why), SAID_MS)

    def stop(self) -> None:
        """No more backups; the one running is let finish (it is short)."""
        self.timer.stop()
        if self.task is not None and self.task.running:
            self.task.wait()
            self.task = None
