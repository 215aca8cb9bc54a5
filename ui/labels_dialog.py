"""Label sets for the drive: allocate and print new ones, reprint, void unused DINs.

Writing the PDF runs off the GUI thread with a progress bar and a cancel button; the
PDF then goes to a printer through the Qt print dialog, or to a file.
"""

import io

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.problems import UserError
from desktop.core.domain.records import Drive
from desktop.core.domain.vocabulary import DinStatus
from desktop.core.foundation.progress import Cancelled, Progress
from desktop.core.jobs.labels import LABEL_LAYOUTS, LabelJob
from desktop.core.stations.din_allocation import MAX_TUBES, DinService
from ui.dialogs import Dialogs
from ui.forms import ERROR_STYLE
from ui.messages import problems_text
from ui.pdf_output import ask_and_print, ask_and_save
from ui.task_progress import TaskProgress

LAYOUT_NAMES = {"50x25": "50 × 25 mm", "70x30": "70 × 30 mm", "a4": "A4"}


class LabelsDialog(QDialog):
    def __init__(
        self,
        dins: DinService,
        drive: Drive,
        parent: QWidget | None = None,
        *,
        dialogs: Dialogs | None = None,
    ) -> None:
        super().__init__(parent)
        self.dins = dins
        self.drive = drive
        self.dialogs = dialogs or Dialogs()
        self.pdf: bytes | None = None
        self.setWindowTitle(self.tr("Labels — drive {code}").format(code=drive.code))
        self.resize(560, 560)
        self.count = QSpinBox()
        self.count.setRange(1, 1000)
        self.count.setValue(50)
        self.tubes = QSpinBox()
        self.tubes.setRange(0, MAX_TUBES)
        self.tubes.setValue(dins.sample_tubes())
        self.layout_choice = QComboBox()
        for code in LABEL_LAYOUTS:
            self.layout_choice.addItem(LAYOUT_NAMES.get(code, code), code)
        self.destination = QComboBox()
        self.destination.addItem(self.tr("print"), "print")
        self.destination.addItem(self.tr("save as PDF"), "pdf")
        self.new_button = QPushButton(self.tr("Allocate and print new label sets"))
        self.new_button.clicked.connect(self.print_new)
        self.list = QListWidget()
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.reprint_button = QPushButton(self.tr("Reprint the selected"))
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.void_button = QPushButton(self.tr("Void the selected unused DIN…"))
        self.void_button.clicked.connect(self.void_selected)
        self.progress = TaskProgress()
        self.message = QLabel()
        self.message.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self._layout(close)
        self.refresh()

    def _layout(self, close: QDialogButtonBox) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Label sets"), self.count)
        form.addRow(self.tr("Sample tube labels per set"), self.tubes)
        form.addRow(self.tr("Label size"), self.layout_choice)
        form.addRow(self.tr("Send to"), self.destination)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(self.void_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.new_button)
        layout.addWidget(QLabel(self.tr("DINs of this drive")))
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(close)

    def refresh(self) -> None:
        self.list.clear()
        names = {"allocated": self.tr("unused"), "used": self.tr("used"),
                 "voided": self.tr("voided")}  # fmt: skip
        for record in self.dins.for_drive(self.drive):
            text, _flags, check = record.din.eye_readable()
            item = QListWidgetItem(
                self.tr("{din} [{check}] — {status}, printed {times}×").format(
                    din=text, check=check, status=names[record.status], times=record.label_prints
                )
            )
            item.setData(256, record)
            self.list.addItem(item)

    def _selected(self) -> list:
        return [item.data(256) for item in self.list.selectedItems()]

    # --- actions ----------------------------------------------------------------------

    def print_new(self) -> None:
        layout, tubes = self.layout_choice.currentData(), self.tubes.value()
        try:
            self.dins.set_sample_tubes(tubes)
            job = LabelJob.new(self.dins, self.drive, self.count.value(), layout, tubes)
        except UserError as error:
            self._say(problems_text(error.problems), error=True)
            return
        self.refresh()
        self._render(job)

    def reprint_selected(self) -> None:
        records = self._selected()
        if records:
            layout, tubes = self.layout_choice.currentData(), self.tubes.value()
            dins = [r.din for r in records]
            self._render(LabelJob.reprint(self.dins, self.drive, dins, layout, tubes))

    def void_selected(self) -> None:
        records = [r for r in self._selected() if r.status == DinStatus.ALLOCATED]
        if not records:
            self._say(self.tr("Choose an unused DIN to void."), error=True)
            return
        reason = self.dialogs.text(
            self, self.tr("Void DIN"), self.tr("Why is it voided (spoilt, lost, …)?")
        )
        if reason is None:
            return
        try:
            for record in records:
                self.dins.void(record.din.number, reason)
        except UserError as error:
            self._say(problems_text(error.problems), error=True)
        self.refresh()

    def _render(self, job: LabelJob) -> None:
        """Write the PDF off the GUI thread, then print or save it."""

        def work(progress: Progress) -> bytes:
            buffer = io.BytesIO()
            job.render(buffer, progress)
            return buffer.getvalue()

        self.progress.run(
            work,
            lambda pdf: self._rendered(pdf, job),
            self._failed,
            block=(self.new_button, self.reprint_button, self.void_button),
        )

    def _rendered(self, pdf: bytes, job: LabelJob) -> None:
        self.pdf = pdf
        if self.destination.currentData() == "pdf":
            name = f"nhan-{self.drive.code}.pdf"
            done = ask_and_save(pdf, self, name, self.dialogs) is not None
        else:
            done = ask_and_print(pdf, self, f"nhan-{self.drive.code}")
        if done:
            job.commit()
            self._say(self.tr("{count} label sets sent.").format(count=len(job.numbers)))
        else:
            self._say(self.tr("Not printed. The DINs stay allocated; reprint them from the list."))
        self.refresh()

    def _failed(self, error: object) -> None:
        if isinstance(error, Cancelled):
            self._say(self.tr("Cancelled. The DINs stay allocated; reprint them from the list."))
        else:
            self._say(self.tr("The labels could not be made: {error}").format(error=error), True)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")
