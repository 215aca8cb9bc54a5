"""The database file checked whole in the background once the window is up (at most
once a day): the start only made a fast check (db.connection.fast_check). Damage found
is said plainly, with what to do, and recorded; nothing is repaired."""

import logging

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from desktop.core.domain.problems import UserError
from desktop.core.foundation.integrity import IntegrityReport, IntegrityService
from desktop.core.foundation.progress import Cancelled
from ui.dialogs import Dialogs
from ui.messages import translate
from ui.operation import Operation, failure_text

log = logging.getLogger("hmtn")
SHOWN_LINES = 3  # of SQLite's own lines about the damage, for the center's technician


def damage_text(report: IntegrityReport) -> str:
    """What the people at the laptop read when the file is damaged."""
    text = translate(
        "IntegrityCheck",
        "The check of this laptop's database file found damage. Some records may be"
        " missing or unreadable, and what is saved now may be lost.\n\nWhat to do: stop"
        " registering donors on this laptop, restore the latest backup (menu Backups,"
        " Restore from a backup…) and call the provincial center; tell them the details"
        " below.\n\nDetails: {details}",
    )
    return text.format(details="; ".join(report.damage[:SHOWN_LINES]))


class IntegrityStartupCheck(QObject):
    def __init__(self, window: QWidget, integrity: IntegrityService, dialogs: Dialogs) -> None:
        super().__init__(window)
        self.window = window
        self.integrity = integrity
        self.dialogs = dialogs
        self.report: IntegrityReport | None = None
        self.operation = (
            Operation(window, integrity.check, dialogs)
            .on_success(self._checked)
            .on_failure(self._not_checked)
        )

    def start(self) -> "IntegrityStartupCheck":
        """Once the window is idle (the first paint done), if a check is due."""
        if self.integrity.due():
            QTimer.singleShot(0, self.operation.run)
        return self

    @property
    def running(self) -> bool:
        return self.operation.running

    def _checked(self, report: IntegrityReport) -> None:
        self.report = report
        try:
            self.integrity.record(report)
        except UserError:  # busy or full: not kept, so the next start checks again
            log.warning("the full check's result could not be recorded")
        if not report.ok:
            log.error("the database file is damaged: %s", "; ".join(report.damage))
            self.dialogs.warning(self.window, self._title(), damage_text(report))

    def _not_checked(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):  # the app closed meanwhile: checked next time
            return
        text = translate(
            "IntegrityCheck", "The database file could not be checked: {reason}"
        ).format(reason=failure_text(error))
        self.dialogs.warning(self.window, self._title(), text)

    @staticmethod
    def _title() -> str:
        return translate("IntegrityCheck", "Database file check")
