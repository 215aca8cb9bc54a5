"""Installing the drive package the center prepared for this laptop, off the GUI thread
with progress and Cancel (the desk goes on meanwhile), then what it brought in words.

Enter chooses the file (the button has the focus), choosing it starts the install;
Esc cancels a running install (nothing is changed) or closes the dialog.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.core.exchange.package_checks import PackageRefused
from desktop.core.exchange.package_install import PackageInstaller, PackageReport
from desktop.core.foundation.progress import Cancelled, Progress
from ui.dialogs import Dialogs
from ui.file_task_dialog import PROGRESS_STEPS, FileTaskDialog
from ui.messages import line_error_text, translate
from ui.operation import failure_text, refused
from ui.package_report import package_report_lines
from ui.screen_fit import fit_to_screen

# How far each phase of the install takes the bar: checking the signature and
# decrypting, checking the registry's lines, storing its new donors.
PHASES = {"open": (0, 100), "read": (100, 500), "write": (500, PROGRESS_STEPS)}


class PackageInstallDialog(FileTaskDialog):
    finishedInstall = Signal(object)  # PackageReport, or None when refused, cancelled, failed

    def __init__(
        self,
        installer: PackageInstaller,
        parent: QWidget | None = None,
        *,
        dialogs: Dialogs | None = None,
    ) -> None:
        super().__init__(parent, dialogs)
        self.choose_button.setText(self.tr("&Choose the package…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.installer = installer
        self.report: PackageReport | None = None
        self.setWindowTitle(self.tr("Install a drive package from the center"))
        self.intro.setText(
            self.tr(
                "Choose the package the blood center prepared for this laptop (a file ending"
                " in .hmtn.age, with its .minisig file beside it). The whole package is"
                " checked first: if anything is wrong, nothing is changed. Check-in can go"
                " on while it is installed."
            )
        )
        self.phase.setWordWrap(True)
        # always there, so the words above stay at the top of the dialog before a file
        self.report_view.setPlaceholderText(self.tr("What the package brought is said here."))
        self.choose_button.setDefault(True)
        fit_to_screen(self, 760, 520)
        self.choose_button.setFocus()

    def choose_file(self) -> None:
        path = self.dialogs.open_path(
            self,
            self.tr("Drive package from the center"),
            self.tr("Drive packages (*.hmtn.age);;All files (*)"),
        )
        if path is not None:
            self.start(path)

    def work(self, path: Path) -> Callable[[Progress], PackageReport]:
        return lambda progress: self.installer.install_file(path, progress)

    def start(self, path: Path) -> None:
        """Install the package ``path`` on a worker thread; the dialog stays responsive."""
        self.report = None
        super().start(path)
        self.cancel_button.setFocus()

    def step(self, phase: str) -> tuple[int, int]:
        texts = {
            "open": self.tr("Checking the center's signature and opening the package…"),
            "read": self.tr("Checking the registry in the package…"),
            "write": self.tr("Saving donors…"),
        }
        self.phase.setText(texts.get(phase, self.phase.text()))
        return PHASES.get(phase, (0, PROGRESS_STEPS))

    def _succeeded(self, report: PackageReport) -> None:
        self.report = report
        self._done()
        self.progress.setValue(PROGRESS_STEPS)
        self.phase.setText(
            self.tr("Nothing new: this package is installed already.")
            if report.already_installed
            else self.tr("The package is installed.")
        )
        self._show_report(package_report_lines(report))
        self.finishedInstall.emit(report)

    def _failed(self, error: BaseException) -> None:
        self._done()
        self.progress.hide()
        if isinstance(error, Cancelled):
            self.phase.setText(self.tr("Installing was cancelled. Nothing was changed."))
        elif refused(error):
            self.phase.setText(self.tr("The package was not installed. Nothing was changed."))
            self._show_report(refusal_lines(error))
        else:
            self.phase.setText(
                "\n".join((self.tr("The install failed and nothing was changed."),
                           failure_text(error)))
            )  # fmt: skip
        self.finishedInstall.emit(None)

    def _show_report(self, lines: list[str]) -> None:
        self.report_view.setPlainText("\n".join(lines))

    def _done(self) -> None:
        super()._done()
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def reject(self) -> None:
        """Esc: cancel the install while it runs (the dialog stays to say so), else close."""
        if self.task is not None:
            self.cancel()
        else:
            super().reject()


def refusal_lines(error: BaseException) -> list[str]:
    """Why the package was refused, every sentence; a registry's bad lines each with its
    line number."""
    lines = failure_text(error).splitlines()
    if isinstance(error, PackageRefused):
        lines += [line_error_text(e.line, e.column, e.problem) for e in error.line_errors]
        more = error.problems[0].params.get("count", 0) - len(error.line_errors)
        if more > 0:
            lines.append(translate("Messages", "... and {more} more problems.").format(more=more))
    return lines
