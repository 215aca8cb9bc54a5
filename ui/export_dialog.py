"""Exporting the day's records for the center onto a USB stick.

The menu action asks for the folder (the stick), then this dialog writes the export
file off the GUI thread with a progress bar and a cancel button, and says which file
was written and that the stick may be removed (both files are on it, synced and read
back) or, if not, why and that nothing was left there. Once a drive package brought the
center's acknowledgement back, it also says up to when everything is at the center (the
file then holds only what was made since).
"""

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.core.exchange.export import ExportResult, ExportService
from desktop.core.foundation.progress import Cancelled
from ui.dialogs import Dialogs, open_dialog
from ui.messages import problems_text, translate
from ui.operation import failure_text
from ui.package_report import at_center_text
from ui.status_line import Said, StatusLine, Tone
from ui.task_progress import TaskProgress


def export_for_center(
    exports: ExportService, parent: QWidget, dialogs: Dialogs
) -> "ExportDialog | None":
    """The menu action: refuse at once what cannot be exported, ask for the folder, then
    write there (None when refused or cancelled before anything started)."""
    title = translate("ExportDialog", "Export the day's records for the center")
    if problems := exports.readiness_problems():
        dialogs.warning(parent, title, problems_text(problems))
        return None
    folder = dialogs.choose_folder(
        parent, translate("ExportDialog", "Choose the USB stick (or folder) for the export file")
    )
    if folder is None:
        return None
    dialog = ExportDialog(exports, folder, parent)
    open_dialog(dialog)
    dialog.start()
    return dialog


class ExportDialog(QDialog):
    def __init__(self, exports: ExportService, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exports = exports
        self.folder = folder
        self.result: ExportResult | None = None
        self.setWindowTitle(self.tr("Export the day's records for the center"))
        self.resize(620, 220)
        self.intro = QLabel(
            self.tr(
                "Writing the records of this laptop, encrypted for the provincial center"
                " and signed, to {folder}. Do not remove the USB stick yet."
            ).format(folder=folder)
        )
        self.intro.setWordWrap(True)
        self.at_center = QLabel(at_center_text(exports.at_center()))
        self.at_center.setWordWrap(True)
        self.at_center.setVisible(bool(self.at_center.text()))
        self.message = StatusLine()
        self.progress = TaskProgress()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.at_center)
        layout.addWidget(self.progress)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.buttons)

    def start(self) -> None:
        self.progress.run(
            lambda progress: self.exports.export(self.folder, progress),
            self._written,
            self._failed,
            block=(self.buttons,),
        )

    @property
    def running(self) -> bool:
        return self.progress.running

    def _written(self, result: object) -> None:
        assert isinstance(result, ExportResult)
        self.result = result
        self.intro.setText(self.tr("Export no. {number} is written and checked.").format(
            number=result.number))  # fmt: skip
        self.message.done(
            self.tr(
                "File written: {file}\nIts signature is beside it: {signature}\n{records}"
                " records. The USB stick is safe to remove; take both files to the center."
            ).format(
                file=result.path,
                signature=result.signature_path.name,
                records=f"{sum(result.records.values()):,}".replace(",", "."),
            )
        )

    def _failed(self, error: BaseException) -> None:
        self.intro.setText(self.tr("No export file was written."))
        if isinstance(error, Cancelled):
            self.message.say(Said(self.tr("Cancelled: no file was left on the stick."), Tone.NOTE))
        else:
            self.message.failed(failure_text(error))

    def done(self, result: int) -> None:
        """Closing while the file is written cancels it: nothing is left half-written."""
        if self.progress.running:
            self.progress.cancel()
        super().done(result)
