"""The application's dialog service answering from a script instead of showing dialogs."""

from collections import deque
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from ui.dialogs import Dialogs, required_label


@dataclass(frozen=True)
class Asked:
    kind: str  # the Dialogs method: "save_path", "open_path", "open_paths",
    # "choose_folder", "text", "choose_printer", "confirm", "inform", "warning", "error"
    title: str
    detail: str  # the file name offered (also by a print dialog), the filter, the label
    # or the message


class ScriptedDialogs(Dialogs):
    """Answers queued by the test, in order; never a Qt dialog, which would wait forever.

    A question with no answer queued, or whose next answer is for another kind of
    question, fails the test (pytest-qt reports an exception raised in a slot).
    Every question and message is kept in ``asked``; the messages also in ``warnings``
    and ``errors``.
    """

    def __init__(self) -> None:
        super().__init__()
        self.answers: deque[tuple[str, object]] = deque()
        self.asked: list[Asked] = []
        self.warnings: list[str] = []
        self.errors: list[str] = []
        self.preferred_printers: list[str | None] = []  # the printer each dialog offered

    # --- the script -------------------------------------------------------------------

    def will_save(self, path: Path) -> None:
        self.answers.append(("save_path", path))

    def will_open(self, path: Path) -> None:
        self.answers.append(("open_path", path))

    def will_open_paths(self, paths: list[Path]) -> None:
        """Choose these files in the next multi-select open dialog ([] cancels it)."""
        self.answers.append(("open_paths", list(paths)))

    def will_choose_folder(self, folder: Path) -> None:
        self.answers.append(("choose_folder", folder))

    def will_type(self, text: str) -> None:
        self.answers.append(("text", text))

    def will_print_to(self, printer_name: str) -> None:
        """Choose this printer (of the CUPS server in use) in the next print dialog."""
        self.answers.append(("choose_printer", printer_name))

    def will_print_to_file(self, path: Path) -> None:
        """Choose Qt's "print to PDF file" in the next print dialog."""
        self.answers.append(("choose_printer", path))

    def will_confirm(self, answer: bool) -> None:
        """Answer the next yes/no question with yes (True) or no (False)."""
        self.answers.append(("confirm", answer))

    def will_cancel(self, kind: str) -> None:
        """Cancel the next question of ``kind`` ("save_path", "open_path", "choose_folder",
        "text" or "choose_printer")."""
        self.answers.append((kind, None))

    def _answer(self, kind: str, title: str, detail: str) -> object:
        self.asked.append(Asked(kind, title, detail))
        if not self.answers:
            raise AssertionError(f"no answer scripted for {kind} {title!r} ({detail})")
        expected, answer = self.answers.popleft()
        if expected != kind:
            raise AssertionError(f"asked {kind} {title!r}, but the next answer is for {expected}")
        return answer

    # --- Dialogs ----------------------------------------------------------------------

    def save_path(
        self, parent: QWidget | None, title: str, suggested: str, file_filter: str
    ) -> Path | None:
        return self._answer("save_path", title, suggested)

    def open_path(self, parent: QWidget | None, title: str, file_filter: str) -> Path | None:
        return self._answer("open_path", title, file_filter)

    def open_paths(self, parent: QWidget | None, title: str, file_filter: str) -> list[Path]:
        return list(self._answer("open_paths", title, file_filter) or [])

    def choose_folder(self, parent: QWidget | None, title: str) -> Path | None:
        return self._answer("choose_folder", title, "")

    def text(
        self,
        parent: QWidget | None,
        title: str,
        label: str,
        text: str = "",
        *,
        required: bool = False,
    ) -> str | None:
        """As the real dialog: an empty answer to a required question is refused there
        and then, and the question is asked again saying it is required."""
        answer = self._answer("text", title, label)
        while required and answer is not None and not answer.strip():
            answer = self._answer("text", title, required_label(label))
        return answer

    def choose_printer(
        self,
        parent: QWidget | None,
        preferred: str | None,
        document: str = "hmtn-desk",
        title: str = "",
    ) -> QPrinter | None:
        self.preferred_printers.append(preferred)
        answer = self._answer("choose_printer", title, document)
        if answer is None:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if isinstance(answer, Path):
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(answer))
        else:
            printer.setPrinterName(str(answer))
        return printer

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        return bool(self._answer("confirm", title, text))

    def show_message(self, kind: str, parent: QWidget | None, title: str, text: str) -> None:
        """A message shown (``Dialogs`` holds it first while the desk is locked)."""
        self.asked.append(Asked(kind, title, text))
        if kind == "warning":
            self.warnings.append(text)
        elif kind == "error":
            self.errors.append(text)
