"""A progress bar with a cancel button for one ``Operation`` at a time.

While the work runs, the given widgets are disabled so it cannot be started twice; the
result or the error arrives on the GUI thread through the callbacks.
"""

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from ui.operation import Operation
from ui.worker import Work


class TaskProgress(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operation: Operation | None = None
        self.bar = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.hide()

    def run(
        self,
        work: Work,
        succeeded: Callable[[object], None],
        failed: Callable[[BaseException], None],
        block: Sequence[QWidget] = (),
    ) -> Operation:
        self.bar.setRange(0, 0)
        self.show()
        self.operation = (
            Operation(self, work)
            .on_progress(self._progressed)
            .on_success(succeeded)
            .on_failure(failed)
            .on_finished(self.hide)
            .blocking(*block)
            .run()
        )
        return self.operation

    @property
    def running(self) -> bool:
        return self.operation is not None and self.operation.running

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()

    def _progressed(self, _phase: str, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)
