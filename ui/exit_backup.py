"""The last automatic backup, once the window has closed.

It copies the whole database (6.3 GB at 10 million donors, about 10 s at 1 million on a
busy laptop): it runs on a worker thread, as every backup does, while a small progress
window says what the app is still doing (from half a second on: a small database is
backed up before anything shows) and lets the person close at once without it (the
periodic backups stay; the copy begun is removed). Skipped or failed, it is logged; the
app ends all the same.
"""

import logging

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog

from desktop.core.backups.rotation import BackupReason
from desktop.core.backups.service import BackupService
from desktop.core.foundation.progress import Cancelled
from ui.messages import translate
from ui.worker import BackgroundTask

log = logging.getLogger("hmtn")
SHOWN_AFTER_MS = 500


class ExitBackup:
    def __init__(self, backups: BackupService) -> None:
        self.backups = backups
        self.task = BackgroundTask(lambda progress: backups.back_up(BackupReason.EXIT, progress))
        self.progress = QProgressDialog(
            translate("App", "Backing up the database before closing…"),
            translate("App", "Close without this backup"),
            0,
            0,
        )
        self.progress.setWindowTitle("HMTN Desk")
        self.progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.progress.setMinimumDuration(SHOWN_AFTER_MS)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.task.cancel)
        self.task.progressed.connect(self._progressed)
        self.task.failed.connect(self._failed)
        self.progress.setValue(0)  # starts the clock of the minimum duration

    def run(self) -> None:
        """Back up, the event loop running meanwhile; returns once it has ended."""
        loop = QEventLoop()
        self.task.finished.connect(loop.quit)
        self.task.start()
        if self.task.running:
            loop.exec()
        self.progress.close()
        self.progress.deleteLater()

    def _progressed(self, _phase: str, done: int, total: int) -> None:
        if not self.progress.wasCanceled():
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            log.info("the backup at exit was left out by the user")
        else:  # the exit goes on: the failure (a disk with no room) is in the log
            log.warning("the backup at exit failed or was skipped", exc_info=error)
