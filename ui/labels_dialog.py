"""Label sets for the drive: allocate and print new ones, reprint, void unused DINs.

Where the labels go (the printer, or a file) is asked first; only then are new numbers
allocated. The PDF is made and printed (or saved) off the GUI thread, with a progress
bar and a cancel button; closing the dialog cancels the job. The count, the label size,
the destination and the printer are remembered for the next time.
"""

import io
from typing import TYPE_CHECKING

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

from desktop.core.domain.desk import din_block_text
from desktop.core.domain.problems import UserError
from desktop.core.domain.records import Drive
from desktop.core.domain.vocabulary import DinStatus
from desktop.core.foundation.progress import Cancelled, Progress
from desktop.core.stations.din_allocation import (
    LABEL_LAYOUTS,
    MAX_ALLOCATION,
    MAX_TUBES,
    DinService,
    LabelPreferences,
)
from ui.dialogs import Dialogs
from ui.drive_header import drive_header
from ui.formatting import number_text
from ui.messages import problems_text
from ui.operation import failure_text, refused
from ui.pdf_output import Destination, ask_destination
from ui.screen_fit import fit_to_screen
from ui.status_line import Said, StatusLine, Tone
from ui.task_progress import TaskProgress

if TYPE_CHECKING:  # it loads reportlab: imported where a job is made (not at start)
    from desktop.core.jobs.labels import LabelJob

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
        self.pdf_pages = 0
        self.setWindowTitle(self.tr("Labels — drive {code}").format(code=drive.code))
        preferences = dins.label_preferences()
        self.printer_name = preferences.printer
        self.count = QSpinBox()
        self.count.setRange(1, MAX_ALLOCATION)
        self.count.setValue(preferences.count)
        self.tubes = QSpinBox()
        self.tubes.setRange(0, MAX_TUBES)
        self.tubes.setValue(dins.sample_tubes())
        self.layout_choice = QComboBox()
        for code in LABEL_LAYOUTS:
            self.layout_choice.addItem(LAYOUT_NAMES.get(code, code), code)
        self.layout_choice.setCurrentIndex(self.layout_choice.findData(preferences.layout))
        self.destination = QComboBox()
        self.destination.addItem(self.tr("printer"), "print")
        self.destination.addItem(self.tr("PDF file"), "pdf")
        self.destination.setCurrentIndex(self.destination.findData(preferences.destination))
        self.block = QLabel()  # this laptop's block of the DIN sequence, what is left
        self.block.setWordWrap(True)
        self.new_button = QPushButton(self.tr("Allocate and print new label sets"))
        self.new_button.clicked.connect(self.print_new)
        self.list = QListWidget()
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.reprint_button = QPushButton(self.tr("Reprint the selected"))
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.void_button = QPushButton(self.tr("Void the selected unused DIN…"))
        self.void_button.clicked.connect(self.void_selected)
        self.progress = TaskProgress()
        self.message = StatusLine()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self._layout(close)
        self.refresh()
        fit_to_screen(self, 560, 600)

    def _layout(self, close: QDialogButtonBox) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Label sets"), self.count)
        form.addRow(self.tr("Sample tube labels per set"), self.tubes)
        form.addRow(self.tr("Label size"), self.layout_choice)
        form.addRow(self.tr("Send to"), self.destination)
        form.addRow(self.tr("DIN block"), self.block)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(self.void_button)
        layout = QVBoxLayout(self)
        layout.addWidget(drive_header(self.drive))
        layout.addLayout(form)
        layout.addWidget(self.new_button)
        layout.addWidget(QLabel(self.tr("DINs of this drive")))
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(close)

    def refresh(self) -> None:
        span = self.dins.block_for(self.drive)
        left = self.dins.block_left(self.drive)
        block = din_block_text(span.first, span.last)
        if left is None:
            text = self.tr("{block} (this laptop's; another laptop has another)")
        elif span.from_center:
            text = self.tr("{block} (the center's block for this drive): {left} left")
        else:
            text = self.tr("{block} (this laptop's): {left} left in {year}")
        self.block.setText(
            text.format(block=block, left=number_text(left or 0), year=self.drive.drive_date.year)
        )
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
        from desktop.core.jobs.labels import LabelJob  # noqa: PLC0415 - reportlab: loaded when printing

        layout, tubes = self.layout_choice.currentData(), self.tubes.value()
        try:
            self.dins.set_sample_tubes(tubes)
        except UserError as error:
            self._say(problems_text(error.problems), error=True)
            return
        destination = self._ask_destination()
        if destination is None:
            return  # nothing allocated
        try:
            job = LabelJob.new(self.dins, self.drive, self.count.value(), layout, tubes)
        except UserError as error:
            self._say(problems_text(error.problems), error=True)
            return
        self.refresh()
        self._run(job, destination)

    def reprint_selected(self) -> None:
        from desktop.core.jobs.labels import LabelJob  # noqa: PLC0415 - reportlab: loaded when printing

        records = self._selected()
        if not records:
            return
        destination = self._ask_destination()
        if destination is not None:
            layout, tubes = self.layout_choice.currentData(), self.tubes.value()
            dins = [r.din for r in records]
            self._run(LabelJob.reprint(self.dins, self.drive, dins, layout, tubes), destination)

    def void_selected(self) -> None:
        records = [r for r in self._selected() if r.status == DinStatus.ALLOCATED]
        if not records:
            self._say(self.tr("Choose an unused DIN to void."), error=True)
            return
        reason = self.dialogs.text(
            self, self.tr("Void DIN"), self.tr("Why is it voided (spoilt, lost, …)?"),
            required=True,
        )  # fmt: skip
        if reason is None:
            return
        try:
            self.dins.void_many([record.din.number for record in records], reason)
        except UserError as error:
            self._say(problems_text(error.problems), error=True)
        else:
            self._say(self.tr("{count} DINs voided.").format(count=len(records)))
        self.refresh()

    def _ask_destination(self) -> Destination | None:
        """Where the labels go, asked before anything is allocated or made; the choices
        are remembered for the next time."""
        to_printer = self.destination.currentData() == "print"
        destination = ask_destination(
            self, self.dialogs, to_printer=to_printer, suggested=f"nhan-{self.drive.code}.pdf",
            printer_name=self.printer_name,
        )  # fmt: skip
        if destination is None:
            return None
        self.printer_name = destination.printer_name or self.printer_name
        self.dins.set_label_preferences(
            LabelPreferences(
                count=self.count.value(),
                layout=self.layout_choice.currentData(),
                destination=self.destination.currentData(),
                printer=self.printer_name,
            )
        )
        return destination

    def _run(self, job: "LabelJob", destination: Destination) -> None:
        """Make the PDF and print or save it, off the GUI thread; count the printing
        once the pages went out."""

        def work(progress: Progress) -> int:
            buffer = io.BytesIO()
            job.render(buffer, progress)
            return destination.send(buffer.getvalue(), progress, monochrome=True)

        self.progress.run(
            work,
            lambda pages: self._sent(job, pages),
            self._failed,
            block=(self.new_button, self.reprint_button, self.void_button),
        )

    @property
    def running(self) -> bool:
        return self.progress.running

    def _sent(self, job: "LabelJob", pages: object) -> None:
        self.pdf_pages = int(pages)  # type: ignore[call-overload]
        try:
            job.commit()
        except Exception as error:  # the pages are out, their printing not counted
            if not refused(error):
                raise
            self._say(failure_text(error), error=True)
        else:
            self._say(self.tr("{count} label sets sent.").format(count=len(job.numbers)))
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self.message.say(Said(
                self.tr("Cancelled. The DINs stay allocated, never printed; reprint them from"
                        " the list or void them at the end of the day."), Tone.NOTE,
            ))  # fmt: skip
        else:
            self._say(failure_text(error), error=True)
        self.refresh()

    def done(self, result: int) -> None:
        """Closing the dialog cancels a job still running: nothing more goes out."""
        if self.progress.running:
            self.progress.cancel()
        super().done(result)

    def _say(self, text: str, error: bool = False) -> None:
        """What the last action did replaces what was said before (green when done)."""
        if error:
            self.message.failed(text)
        else:
            self.message.done(text)
