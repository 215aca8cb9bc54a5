"""Running core work off the GUI thread: the one helper every screen uses.

Modelled on Anki's ``CollectionOp``: a screen says what to run and what to do with the
result and with a failure; the helper runs the work on a worker thread, passes it a
``Progress`` (progress reports, and the cancel request), and delivers progress, the
result and the failure on the GUI thread. Widgets named with ``blocking`` are disabled
while it runs, so the same work cannot start twice. A failure the screen does not
handle is shown plainly (``failure_text``), a cancel not at all.
"""

import errno
import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import QWidget

from desktop.core.domain.problems import UserError
from desktop.core.foundation.base_service import storage_problem
from desktop.core.foundation.progress import Cancelled
from ui.dialogs import Dialogs
from ui.messages import problems_text, storage_error_text, translate
from ui.worker import BackgroundTask, Work

log = logging.getLogger("hmtn")

# Why a file could not be used, in words (the system's own are English).
_FILE_REASONS = {
    errno.EACCES: QT_TRANSLATE_NOOP("Operation", "access to it is not allowed"),
    errno.EPERM: QT_TRANSLATE_NOOP("Operation", "access to it is not allowed"),
    errno.EROFS: QT_TRANSLATE_NOOP("Operation", "it is on a read-only disk"),
    errno.ENOENT: QT_TRANSLATE_NOOP("Operation", "it or its folder is not there"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Operation", "it is a folder"),
}


def refused(error: BaseException) -> bool:
    """A failure that says what is wrong and leaves things as they were: a refusal, a
    busy database or a full disk, a file or a printer that could not be used."""
    return isinstance(error, (UserError, OSError)) or storage_problem(error) is not None


def failure_text(error: BaseException) -> str:
    """What the user reads about work that failed: a refusal as its sentences, a busy
    database or a full disk in words (nothing was written), a file that could not be
    used with why; anything else the general sentence, its details written to the log."""
    if isinstance(error, UserError):
        return problems_text(error.problems)
    if (storage := storage_error_text(error)) is not None:
        return storage
    if isinstance(error, OSError) and error.filename:
        reason = _FILE_REASONS.get(error.errno)
        why = (
            translate("Operation", reason)
            if reason
            else translate("Operation", "the system refused it (error {code})").format(
                code=error.errno
            )
        )
        return translate("Operation", "{file} could not be used: {why}.").format(
            file=error.filename, why=why
        )
    log.error("work failed", exc_info=error)
    return translate(
        "Operation",
        "Something went wrong and the work was not finished. Everything saved before is safe.",
    )


class Operation(QObject):
    def __init__(self, parent: QWidget, work: Work, dialogs: Dialogs | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._dialogs = dialogs or Dialogs()
        self._work = work
        self._success: Callable[[Any], None] = lambda _result: None
        self._failure: Callable[[BaseException], None] = self._show_failure
        self._progress: Callable[[str, int, int], None] | None = None
        self._blocked: Sequence[QWidget] = ()
        self._finished: Callable[[], None] = lambda: None
        self.task: BackgroundTask | None = None

    def on_success(self, handler: Callable[[Any], None]) -> "Operation":
        self._success = handler
        return self

    def on_failure(self, handler: Callable[[BaseException], None]) -> "Operation":
        self._failure = handler
        return self

    def on_progress(self, handler: Callable[[str, int, int], None]) -> "Operation":
        self._progress = handler
        return self

    def on_finished(self, handler: Callable[[], None]) -> "Operation":
        """Called after the success or failure handler, either way."""
        self._finished = handler
        return self

    def blocking(self, *widgets: QWidget) -> "Operation":
        self._blocked = widgets
        return self

    def run(self) -> "Operation":
        self.task = BackgroundTask(self._work, self)
        if self._progress is not None:
            self.task.progressed.connect(self._progress)
        self.task.succeeded.connect(self._success)
        self.task.failed.connect(self._failure)
        self.task.finished.connect(self._done)
        for widget in self._blocked:
            widget.setEnabled(False)
        self.task.start()
        return self

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _done(self) -> None:
        for widget in self._blocked:
            widget.setEnabled(True)
        self._finished()

    def _show_failure(self, error: BaseException) -> None:
        if not isinstance(error, Cancelled):
            self._dialogs.warning(self._parent, "HMTN Desk", failure_text(error))
