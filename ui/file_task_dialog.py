"""The skeleton of a dialog that works on one file the person chooses (a drive package,
the donor registry): the work on a worker thread with a progress bar and Cancel, the
desk going on meanwhile, then what it did in words."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.foundation.progress import Progress
from ui.dialogs import Dialogs
from ui.operation import Operation

PROGRESS_STEPS = 1000


class FileTaskDialog(QDialog):
    """Subclasses give the words, ``work`` (what runs on the file, off the GUI thread)
    and what success and failure say (``_succeeded``, ``_failed``)."""

    def __init__(
        self,
        parent: QWidget | None,
        dialogs: Dialogs | None,
        more_buttons: tuple[QPushButton, ...] = (),
    ) -> None:
        """The buttons' words are the subclass's (``choose_button``, ``cancel_button``);
        ``more_buttons`` stand before Cancel and Close."""
        super().__init__(parent)
        self.dialogs = dialogs or Dialogs()
        self.task: Operation | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.phase = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.hide()
        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.choose_button = QPushButton()
        self.cancel_button = QPushButton()
        self.close_button = QPushButton(self.tr("Close"))
        self.choose_button.clicked.connect(self.choose_file)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.cancel_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        for button in (*more_buttons, self.cancel_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.phase)
        layout.addWidget(self.progress)
        layout.addWidget(self.report_view, 1)
        layout.addLayout(buttons)

    def work(self, path: Path) -> Callable[[Progress], Any]:
        raise NotImplementedError

    def choose_file(self) -> None:
        raise NotImplementedError

    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self, path: Path) -> None:
        """Work on ``path`` on a worker thread; the dialog stays responsive."""
        self.report_view.clear()
        self.progress.setValue(0)
        self.progress.show()
        self.phase.setText(self.tr("Checking {file}…").format(file=path.name))
        self.choose_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.task = (
            Operation(self, self.work(path))
            .on_progress(self._progressed)
            .on_success(self._succeeded)
            .on_failure(self._failed)
            .run()
        )

    def cancel(self) -> None:
        if self.task is not None and self.cancel_button.isEnabled():
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.phase.setText(self.tr("Cancelling…"))

    def _progressed(self, phase: str, done: int, total: int) -> None:
        if self.task is None or not self.cancel_button.isEnabled():
            return
        start, end = self.step(phase)
        fraction = done / total if total else 1.0
        self.progress.setValue(start + int(fraction * (end - start)))

    def step(self, phase: str) -> tuple[int, int]:
        """The part of the bar ``phase`` takes (and the words it shows, set here)."""
        raise NotImplementedError

    def _succeeded(self, report: Any) -> None:
        raise NotImplementedError

    def _failed(self, error: BaseException) -> None:
        raise NotImplementedError

    def _done(self) -> None:
        self.task = None
        self.cancel_button.hide()
        self.choose_button.setEnabled(True)
        self.close_button.setEnabled(True)
