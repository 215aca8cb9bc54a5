"""The questions the interface asks through Qt's standard dialogs, in one small service.

The composition root (``desktop.app``) makes one ``Dialogs`` and hands it down through
the constructors to every screen and dialog that asks the user for a file, a line of
text or shows a message box; tests hand down a scripted one instead.

File dialogs start in the folder the user last chose (saving, opening or printing to a
file), kept in the core's settings across restarts (``remember_folder``); before the
first, in Documents.
"""

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from desktop.core.domain.problems import Problem
from desktop.core.foundation.base_service import storage_problem
from desktop.core.foundation.files import open_database_problem
from desktop.core.foundation.settings import SettingsService
from ui.messages import problem_text
from ui.worker import delete_once_idle


def documents_folder() -> Path:
    """The user's Documents folder (their home when there is none), where files are saved
    and looked for first: never the program's folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def print_dialog(
    printer: QPrinter, parent: QWidget | None, document: str, folder: Path | None = None
) -> QPrintDialog:
    """Qt's print dialog for ``document`` (a file name without ".pdf"): printing to a file
    offers <folder>/<document>.pdf (Documents by default) instead of the program's folder
    or ~/print.pdf."""
    printer.setDocName(document)
    dialog = QPrintDialog(printer, parent)
    field = dialog.findChild(QLineEdit, "filename")  # the output file (Qt's own name for it)
    if field is not None:
        _no_database_as_output(dialog, field)
        field.setText(str((folder or documents_folder()) / f"{document}.pdf"))
    return dialog


def _no_database_as_output(dialog: QPrintDialog, field: QLineEdit) -> None:
    """OK (Print) is disabled while the output file named is a database this process
    has open, or one of its -wal or -shm files: Qt tests the file by opening and closing
    it as soon as OK is pressed, which drops this process's locks on it (see
    ``db.open_files``), and printing would then write over it."""
    buttons = dialog.findChild(QDialogButtonBox)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok) if buttons is not None else None
    if ok is None:
        return

    def check(name: str) -> None:
        problem = open_database_problem(name) if name else None
        why = problem_text(problem) if problem is not None else ""
        ok.setEnabled(problem is None)
        ok.setToolTip(why)
        field.setToolTip(why)

    field.textChanged.connect(check)


def open_dialog(dialog: QDialog) -> QDialog:
    """Open ``dialog`` (window-modal, without waiting for it); once it is closed it is
    deleted, when the work it started has ended. A drive day opens hundreds of dialogs
    (a form per donor, previews full of page images): kept, each would live as long
    as the window."""
    dialog.finished.connect(lambda _result: delete_once_idle(dialog))
    dialog.open()
    return dialog


def required_label(label: str) -> str:
    """The question asked again after an empty answer where one is required."""
    return f"{label}\n\n{problem_text(Problem('required'))}"


class TextDialog(QInputDialog):
    """Qt's line-of-text dialog; a required text is not accepted empty: the dialog stays
    and says it is required."""

    def __init__(
        self, parent: QWidget | None, title: str, label: str, text: str, *, required: bool
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setLabelText(label)
        self.setTextEchoMode(QLineEdit.EchoMode.Normal)
        self.setTextValue(text)
        self.question = label
        self.required = required

    def done(self, result: int) -> None:
        accepted = result == QDialog.DialogCode.Accepted
        if accepted and self.required and not self.textValue().strip():
            self.setLabelText(required_label(self.question))
            return
        super().done(result)


class HeldMessages(QObject):
    """A window's messages while its screen is locked: work that ends in the background
    (an import's report, a failure) says nothing over the lock screen; its messages are
    shown, in order, once the desk is unlocked (``ui.desk_access``)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.held: list[Callable[[], None]] | None = None  # None: not locked

    def hold(self) -> None:
        if self.held is None:
            self.held = []

    def release(self) -> None:
        held, self.held = self.held or [], None
        for show in held:
            show()


def _locked_messages() -> HeldMessages | None:
    """The messages of a window on screen that is locked, if any: a message from any
    window waits then (the lock screen covers the whole screen)."""
    for window in QApplication.topLevelWidgets():
        if window.isVisible():
            for gate in window.findChildren(HeldMessages):
                if gate.held is not None:
                    return gate
    return None


class Dialogs:
    def __init__(self) -> None:
        self.folder: Path | None = None  # where the user last saved or opened a file
        self._settings: SettingsService | None = None

    def remember_folder(self, settings: SettingsService) -> None:
        """Start in the folder last chosen, also in an earlier run, and keep each folder
        chosen from now on in ``settings``."""
        self._settings = settings
        self.folder = Path(settings.last_folder) if settings.last_folder else None

    def _use_folder(self, folder: Path) -> None:
        self.folder = folder
        if self._settings is None:
            return
        try:
            self._settings.set_last_folder(str(folder))
        except Exception as error:  # a convenience: never in the way of the file itself
            if storage_problem(error) is None:
                raise

    def _start_folder(self) -> Path:
        return (
            self.folder if self.folder is not None and self.folder.is_dir() else documents_folder()
        )

    def save_path(
        self, parent: QWidget | None, title: str, suggested: str, file_filter: str
    ) -> Path | None:
        """The file to write, or None if cancelled. ``suggested`` (a file name that says
        what the file holds) is offered in the Documents folder, or in the folder the user
        last chose."""
        start = self._start_folder() / suggested
        path, _ = QFileDialog.getSaveFileName(parent, title, str(start), file_filter)
        return self._chosen(path)

    def open_path(self, parent: QWidget | None, title: str, file_filter: str) -> Path | None:
        """The file to read, or None if cancelled."""
        path, _ = QFileDialog.getOpenFileName(parent, title, str(self._start_folder()), file_filter)
        return self._chosen(path)

    def open_paths(self, parent: QWidget | None, title: str, file_filter: str) -> list[Path]:
        """The files to read (several may be chosen); an empty list if cancelled."""
        paths, _ = QFileDialog.getOpenFileNames(
            parent, title, str(self._start_folder()), file_filter
        )
        chosen = [Path(path) for path in paths if path]
        if chosen:
            self._use_folder(chosen[0].parent)
        return chosen

    def choose_folder(self, parent: QWidget | None, title: str) -> Path | None:
        """A folder to write into (a USB stick), or None if cancelled; starts in the
        folder last chosen."""
        folder = QFileDialog.getExistingDirectory(parent, title, str(self._start_folder()))
        if not folder:
            return None
        self._use_folder(Path(folder))
        return Path(folder)

    def _chosen(self, path: str) -> Path | None:
        if not path:
            return None
        self._use_folder(Path(path).parent)
        return Path(path)

    def text(
        self,
        parent: QWidget | None,
        title: str,
        label: str,
        text: str = "",
        *,
        required: bool = False,
    ) -> str | None:
        """A line of text (``text`` is typed in already), or None if cancelled.

        An empty line is "", not None: the caller decides whether it may be empty. With
        ``required`` (a reason), OK on an empty line keeps the dialog open and says so.
        """
        dialog = TextDialog(parent, title, label, text, required=required)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.textValue()
        dialog.deleteLater()  # not kept with the parent for as long as it lives
        return value if accepted else None

    def choose_printer(
        self,
        parent: QWidget | None,
        preferred: str | None,
        document: str = "hmtn-desk",
        title: str = "",
    ) -> QPrinter | None:
        """The print dialog for ``document`` (a file name without ".pdf", offered in the
        folder last chosen when printing to a file), titled ``title`` (what is printed; Qt's "Print"
        if empty), with the ``preferred`` printer chosen if it is still there; the printer
        set up as the user chose, or None if cancelled. A file that is a database in use
        is never the output: said, and None."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if preferred and preferred in QPrinterInfo.availablePrinterNames():
            printer.setPrinterName(preferred)
        dialog = print_dialog(printer, parent, document, self._start_folder())
        if title:
            dialog.setWindowTitle(title)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()  # not kept with the parent for as long as it lives
        if not accepted:
            return None
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            output = printer.outputFileName()
            if problem := open_database_problem(output):  # printing would destroy it
                self.warning(parent, "HMTN Desk", problem_text(problem))
                return None
            self._use_folder(Path(output).parent)
        return printer

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        """A yes/no question; True for yes. No is the default button."""
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        """A message that something was done, and what comes next."""
        self._say("inform", parent, title, text)

    def warning(self, parent: QWidget | None, title: str, text: str) -> None:
        self._say("warning", parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self._say("error", parent, title, text)

    def _say(self, kind: str, parent: QWidget | None, title: str, text: str) -> None:
        """Shown now, or once the desk is unlocked when it is locked (``HeldMessages``)."""
        locked = _locked_messages()
        if locked is None:
            self.show_message(kind, parent, title, text)
            return
        assert locked.held is not None
        locked.held.append(lambda: self.show_message(kind, _alive(parent), title, text))

    def show_message(self, kind: str, parent: QWidget | None, title: str, text: str) -> None:
        """The message box of ``kind`` ("inform", "warning" or "error")."""
        box = {"inform": QMessageBox.information, "warning": QMessageBox.warning}
        box.get(kind, QMessageBox.critical)(parent, title, text)


def _alive(widget: QWidget | None) -> QWidget | None:
    """``widget``, unless it was deleted while the message waited (a dialog closed)."""
    return widget if widget is not None and shiboken6.isValid(widget) else None
