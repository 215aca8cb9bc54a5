"""Importing the center's donor registry, on a worker thread with progress and cancel."""

from pathlib import Path

from PySide6.QtCore import Signal
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

from desktop.core.foundation.files import open_database_problem
from desktop.core.foundation.progress import Cancelled
from desktop.core.registry.importer import ImportReport, RegistryImporter
from ui.dialogs import Dialogs
from ui.messages import import_report_lines, problem_text
from ui.operation import Operation, failure_text

PROGRESS_STEPS = 1000


class RegistryImportDialog(QDialog):
    finishedImport = Signal(object)  # ImportReport, or None when cancelled or failed

    def __init__(
        self,
        registry: RegistryImporter,
        parent: QWidget | None = None,
        *,
        dialogs: Dialogs | None = None,
    ) -> None:
        super().__init__(parent)
        self.registry = registry
        self.dialogs = dialogs or Dialogs()
        self.task: Operation | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import the donor registry"))
        self.resize(680, 420)
        self.intro = QLabel(
            self.tr(
                "Choose the registry file (CSV, UTF-8) sent by the blood center. The whole"
                " file is checked first; if any line is wrong nothing is imported."
            )
        )
        self.intro.setWordWrap(True)
        self.phase = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.hide()
        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.report_view.hide()
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.save_report_button = QPushButton(self.tr("Save report…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.choose_button.clicked.connect(self.choose_file)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_report_button.clicked.connect(self.save_report)
        self.close_button.clicked.connect(self.reject)
        self.cancel_button.hide()
        self.save_report_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_report_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.phase)
        layout.addWidget(self.progress)
        layout.addWidget(self.report_view, 1)
        layout.addLayout(buttons)

    def choose_file(self) -> None:
        path = self.dialogs.open_path(
            self, self.tr("Registry file"), self.tr("CSV files (*.csv);;All files (*)")
        )
        if path is not None:
            self.start(path)

    def start(self, path: Path) -> None:
        """Import ``path`` on a worker thread; the dialog stays responsive."""
        self.report = None
        self.report_view.clear()
        self.report_view.hide()
        self.save_report_button.hide()
        self.progress.setValue(0)
        self.progress.show()
        self.phase.setText(self.tr("Checking {file}…").format(file=path.name))
        self.choose_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.task = (
            Operation(self, lambda progress: self.registry.import_file(path, progress))
            .on_progress(self._progressed)
            .on_success(self._succeeded)
            .on_failure(self._failed)
            .run()
        )

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.phase.setText(self.tr("Cancelling…"))

    def _progressed(self, phase: str, done: int, total: int) -> None:
        if self.task is None or not self.cancel_button.isEnabled():
            return
        text = self.tr("Checking the file…") if phase == "read" else self.tr("Saving donors…")
        self.phase.setText(text)
        # Checking is the first half of the bar, saving the second.
        fraction = done / total if total else 1.0
        offset = 0 if phase == "read" else PROGRESS_STEPS // 2
        self.progress.setValue(offset + int(fraction * PROGRESS_STEPS / 2))

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

    def _done(self) -> None:
        self.task = None
        self.cancel_button.hide()
        self.choose_button.setEnabled(True)
        self.close_button.setEnabled(True)

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
