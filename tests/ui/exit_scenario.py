"""A desk's day in a few seconds, then Quit: run in a child process by test_app_exit.py.

    python -m tests.ui.exit_scenario DATABASE FOLDER

Starts the real application (``run_app``) offscreen on DATABASE, prints a queue ticket
through Qt's PDF printer on the GUI thread, makes a day's worth of widget updates and
signals, prints on a worker (``Operation``, ``Destination.send``), starts long work
(a print run), switches the language while it runs and quits with the Quit action
(Ctrl+Q) while it still runs. What it did goes to stdout, one line a step; the parent
checks them, the exit status and that stderr holds no fatal error.
"""

import datetime as dt
import io
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from desktop.app import run_app
from desktop.core.foundation.progress import Cancelled, Progress
from printing.queue_ticket import QueueTicketData, write_queue_tickets
from tests.ui.modal import ModalScript
from tests.ui.signing_in import sign_in_as
from ui.main_window import MainWindow
from ui.operation import Operation
from ui.pdf_output import Destination, print_pdf

# About as many calls into Qt as a long day at a desk makes: each widget update and
# each signal goes through the bindings, which must keep Python's reference counts.
DAY_OF_CALLS = 60_000


def say(line: str) -> None:
    print(line, flush=True)


def ticket_pdf() -> bytes:
    buffer = io.BytesIO()
    ticket = QueueTicketData(
        ticket="A7",
        full_name="Nguyễn Thị Lan",
        checked_in_at=dt.datetime(2026, 11, 24, 7, 30),
        drive_code="HM261124",
        drive_place="Trường THPT Chu Văn An",
    )
    write_queue_tickets([ticket], buffer)
    return buffer.getvalue()


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


class Relay(QObject):
    said = Signal(int)


class Day:
    def __init__(self, window: MainWindow, folder: Path) -> None:
        self.window = window
        self.folder = folder
        self.pdf = ticket_pdf()

    def start(self) -> None:
        pages = print_pdf(self.pdf, pdf_printer(self.folder / "ticket.pdf"))
        say(f"printed on the GUI thread: {pages} page")
        self.busy_day()
        work = lambda progress: Destination(  # noqa: E731
            printer=pdf_printer(self.folder / "worker.pdf")
        ).send(self.pdf, progress)
        self.window.printing = Operation(self.window, work).on_success(self.printed).run()

    def busy_day(self) -> None:
        relay, heard = Relay(), []
        relay.said.connect(heard.append)
        label = self.window.checkin_screen.results_count
        for number in range(DAY_OF_CALLS):
            label.setText(str(number))
            relay.said.emit(number)
        label.clear()
        say(f"a day of calls: {len(heard)} signals")

    def printed(self, pages: int) -> None:
        say(f"printed on a worker: {pages} page")
        self.window.print_run = (
            Operation(self.window, self.long_print_run).on_failure(self.print_run_ended).run()
        )
        self.window.language_actions["en"].trigger()  # the window is rebuilt in English
        say("language switched while the print run goes on")
        QTimer.singleShot(50, self.quit)

    @staticmethod
    def long_print_run(progress: Progress) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            progress.step("printing", 0, 0)  # raises Cancelled once cancelled
            time.sleep(0.01)

    @staticmethod
    def print_run_ended(error: BaseException) -> None:
        say("print run cancelled" if isinstance(error, Cancelled) else f"print run: {error!r}")

    def quit(self) -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        window = next(w for w in shown if w.isVisible())
        quit_action = next(
            a for a in window.findChildren(QAction) if a.shortcut().toString() == "Ctrl+Q"
        )
        say(f"quit from the {window.menuBar().actions()[0].text()!r} menu")
        quit_action.trigger()


def main(database: str, folder: str) -> int:
    QApplication.instance() or QApplication(sys.argv[:1])
    ModalScript(sign_in_as())  # the start's sign-in, as the test administrator
    status = run_app(Path(database), on_ready=lambda window: Day(window, Path(folder)).start())
    say(f"run_app returned {status}")
    return status


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
