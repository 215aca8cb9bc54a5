"""Running core work off the GUI thread: the one helper every screen uses.

Modelled on Anki's ``CollectionOp``: a screen says what to run and what to do with the
result and with a failure; the helper runs the work on a worker thread, passes it a
``Progress`` (progress reports, and the cancel request), and delivers progress, the
result and the failure on the GUI thread. Widgets named with ``blocking`` are disabled
while it runs, so the same work cannot start twice. A failure the screen does not
handle is shown plainly: a refusal (``UserError``) as its sentences, a cancel not at
all, anything else as the general message (and logged).
"""

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desktop.core.domain.problems import UserError
from desktop.core.foundation.progress import Cancelled
from ui.dialogs import Dialogs
from ui.messages import problems_text, storage_error_text, translate
from ui.worker import BackgroundTask, Work

log = logging.getLogger("hmtn")


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
        if isinstance(error, Cancelled):
            return
        if isinstance(error, UserError):
            text = problems_text(error.problems)
        elif (storage := storage_error_text(error)) is not None:
            text = storage  # a busy database or a full disk: nothing was written
        else:
            log.error("work on a worker thread failed", exc_info=error)
            text = translate(
                "Operation",
                "Something went wrong and the work was not finished. Everything saved"
                " before is safe.",
            )
        self._dialogs.warning(self._parent, "HMTN Desk", text)
