"""Running long work (imports, exports, batch printing) off the GUI thread.

The work is a plain function taking ``progress(phase, done, total)`` and
``cancelled()`` callbacks. It runs on a QThread, in the name of the person signed in
when it started (every session's ``Acting`` pinned for it: a lock or a switch of person
meanwhile changes nothing of it); progress, the result and errors come
back as signals, which Qt delivers on the GUI thread. Widgets are never touched from
the worker.

Qt aborts the whole process when a QThread is destroyed while it runs ("QThread:
Destroyed while thread is still running"): a window or dialog whose work still runs is
deleted only once that work has ended (``running_tasks``, ``delete_once_idle``), and at
exit the work is stopped and waited for (``stop_running_work``).
"""

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from desktop.core.foundation.progress import Progress
from desktop.core.foundation.session import Pinned, acting_everywhere

Work = Callable[[Progress], Any]


class _Runner(QObject):
    progressed = Signal(str, int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, cancel_event: threading.Event) -> None:
        super().__init__()
        self.work = work
        self.cancel_event = cancel_event
        self.pinned: Pinned | None = None

    def run(self) -> None:
        try:
            pinned = self.pinned or acting_everywhere()
            with pinned.applied():  # its starter's work, the desk locked meanwhile or not
                result = self.work(Progress(self.progressed.emit, self.cancel_event.is_set))
        except Exception as error:  # reported to the GUI thread, which decides what to show
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        finally:
            self.pinned = None  # the sessions are not kept for as long as the task lives
            QThread.currentThread().quit()  # the thread ends with the work: wait() may wait


class BackgroundTask(QObject):
    """One piece of work on its own thread. Connect the signals, then ``start()``."""

    progressed = Signal(str, int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._active = False  # started, and its result or failure not yet delivered
        self._thread = QThread(self)
        self._runner = _Runner(work, self._cancel)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        # Slots of this object, which lives on the GUI thread: Qt queues the calls there.
        self._runner.progressed.connect(self.progressed)
        self._runner.succeeded.connect(self._on_succeeded)
        self._runner.failed.connect(self._on_failed)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self._stop_thread()
        self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self._stop_thread()
        self.failed.emit(error)
        self.finished.emit()

    def _stop_thread(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self._active = False

    def start(self) -> None:
        """Run the work for whom the desk acts for now (``session.acting_everywhere``):
        it reads and writes in the starter's name to its end."""
        self._active = True
        self._runner.pinned = acting_everywhere()
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self) -> None:
        """Until the work has ended (its result or failure is then queued for delivery)."""
        self._thread.wait()

    @property
    def running(self) -> bool:
        """Until its result or failure has been delivered (the thread may end first)."""
        return self._active


def running_tasks(root: QObject) -> list[BackgroundTask]:
    """The work still running that ``root`` (a window) or its children started."""
    return [task for task in root.findChildren(BackgroundTask) if task.running]


def delete_once_idle(root: QObject) -> None:
    """Delete ``root`` (a closed dialog), once the work it started has ended: the work
    goes on after a close (or is being cancelled), and its thread must not be destroyed
    while it runs."""
    tasks = running_tasks(root)
    if not tasks:
        root.deleteLater()
        return

    def task_ended() -> None:
        if not running_tasks(root):
            root.deleteLater()

    for task in tasks:
        task.finished.connect(task_ended)


def stop_running_work(roots: list[QObject]) -> None:
    """Cancel the work still running under ``roots``, as its Cancel button would, wait
    for it to stop, and deliver its last signals (the result or the failure) here."""
    tasks = [task for root in roots for task in running_tasks(root)]
    for task in tasks:
        task.cancel()
    for task in tasks:
        task.wait()
    QCoreApplication.sendPostedEvents()
