"""Importing the center's donor registry, on a worker thread with progress and cancel."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.core.foundation.files import open_database_problem
from desktop.core.foundation.progress import Cancelled, Progress
from desktop.core.registry.importer import ImportReport, RegistryImporter
from ui.dialogs import Dialogs
from ui.file_task_dialog import PROGRESS_STEPS, FileTaskDialog
from ui.messages import import_report_lines, problem_text
from ui.operation import failure_text


class RegistryImportDialog(FileTaskDialog):
    finishedImport = Signal(object)  # ImportReport, or None when cancelled or failed

    def __init__(
        self,
        registry: RegistryImporter,
        parent: QWidget | None = None,
        *,
        dialogs: Dialogs | None = None,
    ) -> None:
        save_report_button = QPushButton()
        super().__init__(parent, dialogs, (save_report_button,))
        self.choose_button.setText(self.tr("Choose file…"))
        self.cancel_button.setText(self.tr("Cancel import"))
        self.registry = registry
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import the donor registry"))
        self.resize(680, 420)
        self.intro.setText(
            self.tr(
                "Choose the registry file (CSV, UTF-8) sent by the blood center. The whole"
                " file is checked first; if any line is wrong nothing is imported."
            )
        )
        self.report_view.hide()
        self.save_report_button = save_report_button
        self.save_report_button.setText(self.tr("Save report…"))
        self.save_report_button.clicked.connect(self.save_report)
        self.save_report_button.hide()

    def choose_file(self) -> None:
        path = self.dialogs.open_path(
            self, self.tr("Registry file"), self.tr("CSV files (*.csv);;All files (*)")
        )
        if path is not None:
            self.start(path)

    def work(self, path: Path) -> Callable[[Progress], ImportReport]:
        return lambda progress: self.registry.import_file(path, progress)

    def start(self, path: Path) -> None:
        """Import ``path`` on a worker thread; the dialog stays responsive."""
        self.report = None
        self.report_view.hide()
        self.save_report_button.hide()
        super().start(path)

    def step(self, phase: str) -> tuple[int, int]:
        # Checking is the first half of the bar, saving the second.
        if phase == "read":
            self.phase.setText(self.tr("Checking the file…"))
            return 0, PROGRESS_STEPS // 2
        self.phase.setText(self.tr("Saving donors…"))
        return PROGRESS_STEPS // 2, PROGRESS_STEPS

    def _succeeded(self, report: ImportReport) -> None:
        self.report = report
        self._done()
        self.progress.setValue(PROGRESS_STEPS if report.ok else 0)
        self.phase.setText(
            self.tr("Import finished.") if report.ok else self.tr("The file was not imported.")
        )
        self.report_view.setPlainText("\n".join(import_report_lines(report)))
        self.report_view.show()
        self.save_report_button.setVisible(not report.ok)
        self.finishedImport.emit(report)

    def _failed(self, error: BaseException) -> None:
        self._done()
        self.progress.setValue(0)
        if isinstance(error, Cancelled):
            self.phase.setText(self.tr("Import cancelled. The registry is unchanged."))
        else:
            self.phase.setText(
                "\n".join((self.tr("The import failed and nothing was changed."),
                           failure_text(error)))
            )  # fmt: skip
        self.finishedImport.emit(None)

    def save_report(self) -> None:
        path = self.dialogs.save_path(
            self, self.tr("Save report"), "bao-cao-nhap-danh-sach.txt", "*.txt"
        )
        if path is None:
            return
        if problem := open_database_problem(path):
            self.phase.setText(problem_text(problem))
            return
        try:
            path.write_text(self.report_view.toPlainText() + "\n", encoding="utf-8")
        except OSError as error:  # a USB stick pulled out, a read-only folder
            self.phase.setText(failure_text(error))
            return
        self.phase.setText(self.tr("Report saved to {path}.").format(path=path))

    def reject(self) -> None:
        if self.task is None:  # never close while an import is running
            super().reject()
