"""A progress bar with a cancel button that runs one piece of long work off the GUI thread.

While the work runs, the given buttons are disabled so it cannot be started twice; the
result or the error arrives on the GUI thread through the callbacks.
"""

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from ui.worker import BackgroundTask, Work


class TaskProgress(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task: BackgroundTask | None = None
        self.bar = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self._blocked: Sequence[QWidget] = ()
        self.hide()

    def run(
        self,
        work: Work,
        succeeded: Callable[[object], None],
        failed: Callable[[object], None],
        block: Sequence[QWidget] = (),
    ) -> None:
        self.task = BackgroundTask(work, self)
        self.task.progressed.connect(self._progressed)
        self.task.succeeded.connect(succeeded)
        self.task.failed.connect(failed)
        self.task.finished.connect(self._idle)
        self._blocked = block
        for widget in block:
            widget.setEnabled(False)
        self.bar.setRange(0, 0)
        self.show()
        self.task.start()

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _progressed(self, _phase: str, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def _idle(self) -> None:
        for widget in self._blocked:
            widget.setEnabled(True)
        self.hide()
