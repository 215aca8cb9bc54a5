"""Answering the real modal dialogs the app opens (Qt's file, print and message dialogs),
as a user would, while the code under test waits in their ``exec()``."""

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

# How long a step waits for its dialog: generous, so a slow runner is never a failure;
# a dialog that does not come up at all fails the test instead of hanging it.
TIMEOUT_S = 30.0
POLL_MS = 10

Step = tuple[type, Callable[[Any], None]]


class ModalScript:
    """Acts on the modal dialogs as they come up, one step per dialog, in order.

    A step runs from a timer of its own: a step that opens another modal dialog (Save
    over an existing file) waits inside it, and the polling goes on meanwhile. A step
    whose dialog does not come up within ``TIMEOUT_S`` fails the test loudly (the error
    is raised in the event loop, which pytest-qt reports), and whatever modal dialog is
    on screen then is closed, so that the test never hangs in its ``exec()``.

    ``done`` names the dialogs acted on; ``seen`` holds each one's class, title and text
    (a message's or a text question's), read before the step acts. Every script is kept
    until the test ends (``stop_all``, from tests/ui/conftest.py): never a timer firing
    in the next test.
    """

    scripts: ClassVar[list["ModalScript"]] = []

    def __init__(self, *steps: Step) -> None:
        self.steps = list(steps)
        self.done: list[str] = []
        self.seen: list[tuple[type, str, str]] = []
        self.pending = False
        self.deadline = time.monotonic() + TIMEOUT_S
        self.timer = QTimer()
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)
        self.timer.start()
        ModalScript.scripts.append(self)

    @classmethod
    def stop_all(cls) -> None:
        for script in cls.scripts:
            script.timer.stop()
        cls.scripts.clear()

    def _poll(self) -> None:
        if self.pending or not self.steps:
            return
        kind, act = self.steps[0]
        shown = QApplication.activeModalWidget()
        if not isinstance(shown, kind):
            if time.monotonic() > self.deadline:
                self._give_up(kind, shown)
            return
        self.steps.pop(0)
        self.done.append(kind.__name__)
        self.seen.append((type(shown), shown.windowTitle(), _text(shown)))
        if not self.steps:
            self.timer.stop()
        self.pending = True
        QTimer.singleShot(0, lambda: self._run(act, shown))

    def _run(self, act: Callable[[QWidget], None], shown: QWidget) -> None:
        self.pending = False
        self.deadline = time.monotonic() + TIMEOUT_S  # the next step's wait starts now
        act(shown)

    def _give_up(self, kind: type, shown: QWidget | None) -> None:
        self.timer.stop()
        if shown is not None:
            shown.close()  # the code under test returns from its exec()
        other = f"; {type(shown).__name__} was on screen instead" if shown is not None else ""
        raise AssertionError(f"no {kind.__name__} came up within {TIMEOUT_S:.0f} s{other}")


def answer(act: Callable[[Any], None]) -> list[tuple[type, str, str]]:
    """Hand the next modal dialog, whatever it is, to ``act``; returns what was seen of
    it (its class, title and text), filled in once it came up."""
    return ModalScript((QWidget, act)).seen


def choose_file(dialog: QFileDialog, path: Path) -> None:
    """Type ``path`` in full in the file dialog's name field and press Save or Open.
    (``selectFile`` leaves the field alone while it has the focus: nothing chosen.)"""
    dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path))
    dialog.accept()


def _text(dialog: QWidget) -> str:
    if isinstance(dialog, QInputDialog):
        return dialog.labelText()
    return dialog.text() if isinstance(dialog, QMessageBox) else ""
