"""The certificate desk: the drive's complete donations and their certificates.

Printing a batch: the data is checked first (serials, complete donations), then the
printer (or the file) is chosen, the serials are reserved in the register, the PDF is
written and printed on a worker thread with progress and cancel (with the printer's
offsets on pre-printed forms), and once the pages went out the certificates are issued.
A batch cancelled or failed on the way has its reservations voided with the reason.
Thank-you slips and the register (a drive's slips are hundreds of pages) are made and
sent the same way, once it is known where they go.
"""

import io
from collections.abc import Callable
from typing import TYPE_CHECKING, BinaryIO

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.problems import UserError
from desktop.core.domain.records import Drive
from desktop.core.domain.vocabulary import CertificateMode
from desktop.core.foundation.progress import Cancelled, Progress
from desktop.core.stations.certificates import CertificateEntry, CertificateService
from ui.calibration_dialog import CalibrationDialog
from ui.dialogs import Dialogs, open_dialog
from ui.forms import hbox
from ui.messages import problems_text
from ui.operation import failure_text, refused
from ui.pdf_output import Destination, ask_destination
from ui.pdf_preview import PdfPreview
from ui.scan_field import ScanLineEdit
from ui.signals import ModelSignals
from ui.status_line import StatusLine
from ui.task_progress import TaskProgress

if TYPE_CHECKING:  # it loads reportlab: imported where a job is made (not at start)
    from desktop.core.jobs.certificates import CertificateJob


class CertificateScreen(QWidget):
    def __init__(
        self,
        certificates: CertificateService,
        drive: Drive,
        signals: ModelSignals,
        parent: QWidget | None = None,
        *,
        dialogs: Dialogs | None = None,
    ) -> None:
        super().__init__(parent)
        self.certificates = certificates
        self.drive = drive
        self.dialogs = dialogs or Dialogs()
        self.entries: list[CertificateEntry] = []
        self.pdf: bytes | None = None
        self._build()
        for signal in (signals.certificatesChanged, signals.donationsChanged):
            signal.connect(self.refresh)
        self.refresh()

    # --- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Full name"), self.tr("DIN"), self.tr("ml"),
             self.tr("Certificate")]
        )  # fmt: skip
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mode = QComboBox()
        # Pre-printed national forms are the normal case; blank paper is the fallback.
        self.mode.addItem(self.tr("pre-printed forms (values only)"), CertificateMode.OVERLAY)
        self.mode.addItem(self.tr("blank paper (whole certificate, A5)"), CertificateMode.BLANK)
        self.mode.setCurrentIndex(self.mode.findData(self.certificates.paper))
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.first_serial = ScanLineEdit()
        self.first_serial.setPlaceholderText(self.tr("serial of the first form in the printer"))
        # A message about the serial goes once the serial is being corrected.
        self.first_serial.textEdited.connect(lambda _text: self.message.clear())
        self.destination = QComboBox()
        self.destination.addItem(self.tr("printer"), "print")
        self.destination.addItem(self.tr("PDF file"), "pdf")
        self.destination.setCurrentIndex(self.destination.findData(self.certificates.destination))
        # Kept across a rebuild of the window (a language switch) and a restart.
        self.destination.currentIndexChanged.connect(
            lambda: self.certificates.set_destination(self.destination.currentData())
        )
        self.print_selected_button = QPushButton(self.tr("Print the selected"))
        self.print_selected_button.clicked.connect(lambda: self.print_new(self._selected(True)))
        self.print_pending_button = QPushButton(self.tr("Print all not yet issued"))
        self.print_pending_button.clicked.connect(
            lambda: self.print_new([e for e in self.entries if e.pending])
        )
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.clicked.connect(self.preview)
        self.reprint_button = QPushButton(self.tr("Reprint the selected"))
        self.reprint_button.clicked.connect(self.reprint)
        self.void_button = QPushButton(self.tr("Void the selected…"))
        self.void_button.clicked.connect(self.void)
        self.slips_button = QPushButton(self.tr("Thank-you slips"))
        self.slips_button.clicked.connect(self.print_slips)
        self.slip_size = QComboBox()
        self.slip_size.addItem("A6", "a6")
        self.slip_size.addItem(self.tr("80 mm roll"), "80mm")
        self.register_button = QPushButton(self.tr("Register (PDF)"))
        self.register_button.clicked.connect(self.print_register)
        self.export_button = QPushButton(self.tr("Register for the center (CSV)…"))
        self.export_button.clicked.connect(self.export_register)
        self.calibrate_button = QPushButton(self.tr("Calibrate the forms…"))
        self.calibrate_button.clicked.connect(self.calibrate)
        self.progress = TaskProgress()
        self.message = StatusLine()
        # One print run at a time: these wait while one is made and sent.
        self.sending_buttons = (
            self.print_selected_button, self.print_pending_button, self.reprint_button,
            self.void_button, self.slips_button, self.register_button,
        )  # fmt: skip
        self._layout()
        self._mode_changed()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Paper"), hbox(self.mode, self.calibrate_button))
        form.addRow(self.tr("First serial"), self.first_serial)
        form.addRow(self.tr("Send to"), self.destination)
        actions = QHBoxLayout()
        for button in (self.print_selected_button, self.print_pending_button,
                       self.preview_button, self.reprint_button, self.void_button):  # fmt: skip
            actions.addWidget(button)
        others = hbox(self.slips_button, self.slip_size, self.register_button, self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(others)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)

    def _mode_changed(self) -> None:
        self.certificates.set_paper(self.mode.currentData())  # kept across a rebuild
        overlay = self.mode.currentData() == CertificateMode.OVERLAY
        self.first_serial.setEnabled(overlay)
        self.calibrate_button.setEnabled(overlay)

    # --- the list ---------------------------------------------------------------------

    def refresh(self) -> None:
        self.entries = self.certificates.entries(self.drive)
        pending = sum(e.pending for e in self.entries)
        self.title.setText(
            self.tr("Complete donations: {total} · certificates not yet issued: {pending}").format(
                total=len(self.entries), pending=pending
            )
        )
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            if entry.pending:
                status = self.tr("not yet issued")
            elif entry.reserved:
                status = self.tr("{serial}: reserved, never confirmed").format(serial=entry.serial)
            else:
                status = self.tr("{serial} issued (printed {times}×)").format(
                    serial=entry.serial, times=entry.print_count
                )
            cells = (entry.ticket, entry.full_name, entry.din, str(entry.volume_ml), status)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _selected(self, pending: bool | None = None) -> list[CertificateEntry]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        chosen = [self.entries[row] for row in rows if row < len(self.entries)]
        return [e for e in chosen if pending is None or e.pending == pending]

    # --- printing ---------------------------------------------------------------------

    def _check(self, entries: list[CertificateEntry]) -> "CertificateJob | None":
        """The batch checked (serials, complete donations), nothing written yet."""
        from desktop.core.jobs.certificates import CertificateJob  # noqa: PLC0415 - reportlab: loaded when printing

        if not entries:
            self._say(self.tr("Choose donations that have no certificate yet."), error=True)
            return None
        try:
            return CertificateJob.preview(
                self.certificates, self.drive, [e.donation_id for e in entries],
                self.mode.currentData(), self.first_serial.text(),
            )  # fmt: skip
        except UserError as error:
            self._say(problems_text(error.problems), error=True)
            return None

    def print_new(self, entries: list[CertificateEntry]) -> None:
        checked = self._check(entries)
        if checked is None or not checked.new:
            return
        destination = self._ask_where(f"giay-chung-nhan-{self.drive.code}.pdf")
        if destination is None:
            return  # nothing reserved
        from desktop.core.jobs.certificates import CertificateJob  # noqa: PLC0415 - reportlab: loaded when printing

        try:
            job = CertificateJob.issue(
                self.certificates, self.drive, [item.donation_id for item in checked.new],
                checked.mode, self.first_serial.text(),
            )  # fmt: skip
        except UserError as error:
            self._say(problems_text(error.problems), error=True)
            return
        self._send(job, destination, lambda: self._issued(job))

    def _issued(self, job: "CertificateJob") -> None:
        if not self._committed(job):  # the pages are out: the serials stay reserved
            return
        self.first_serial.clear()
        self._say(
            self.tr("{count} certificates issued: {first} to {last}.").format(
                count=len(job.new), first=job.new[0].serial, last=job.new[-1].serial
            )
        )

    def preview(self) -> None:
        job = self._check(self._selected(True) or [e for e in self.entries if e.pending])
        if not job or not job.new:
            return
        buffer = io.BytesIO()
        job.render(buffer, limit=10)
        self.preview_dialog = PdfPreview(
            buffer.getvalue(), self.tr("Preview"), self, drive=self.drive
        )
        open_dialog(self.preview_dialog)

    def reprint(self) -> None:
        chosen = [e for e in self._selected(False) if not e.reserved]
        if not chosen:
            self._say(self.tr("Choose certificates already issued."), error=True)
            return
        from desktop.core.jobs.certificates import CertificateJob  # noqa: PLC0415 - reportlab: loaded when printing

        try:
            job = CertificateJob.reprint(self.certificates, [e.certificate_id for e in chosen])
        except UserError as error:
            self._say(problems_text(error.problems), error=True)
            return
        destination = self._ask_where(f"giay-chung-nhan-{self.drive.code}.pdf")
        if destination is None:
            return

        def done() -> None:
            if self._committed(job):
                self._say(self.tr("{count} certificates printed again.").format(count=len(chosen)))

        self._send(job, destination, done)

    def _committed(self, job: "CertificateJob") -> bool:
        """Record that the pages went out; a refusal (a busy database, say) is said."""
        try:
            job.commit()
        except Exception as error:
            if not refused(error):
                raise
            self._say(failure_text(error), error=True)
            return False
        return True

    def void(self) -> None:
        chosen = self._selected(False)
        if not chosen:
            self._say(self.tr("Choose certificates already issued."), error=True)
            return
        reason = self.dialogs.text(
            self,
            self.tr("Void certificates"),
            self.tr("Why are they voided? The serials stay used."),
            required=True,
        )
        if reason is None:
            return
        try:
            self.certificates.void_many([e.certificate_id for e in chosen], reason)
        except UserError as error:
            self._say(problems_text(error.problems), error=True)
            return
        self._say(
            self.tr("{count} certificates voided; their serials stay used.").format(
                count=len(chosen)
            )
        )

    def _ask_where(self, name: str) -> Destination | None:
        """The printer or the file (``name`` offered), as the desk is set to send."""
        return ask_destination(
            self, self.dialogs, to_printer=self.destination.currentData() == "print",
            suggested=name,
        )  # fmt: skip

    def _send(
        self, job: "CertificateJob", destination: Destination, done: Callable[[], None]
    ) -> None:
        """Write the PDF and print or save it off the GUI thread (pre-printed forms moved
        by the chosen printer's offsets); ``done`` once the pages went out, else the
        reservations are voided with the reason."""
        self.message.clear()  # the batch's own line comes once it is done
        if job.mode == CertificateMode.OVERLAY and destination.printer is not None:
            job = job.with_offset(self.certificates.overlay_offset(destination.printer_name))

        def work(progress: Progress) -> int:
            buffer = io.BytesIO()
            job.render(buffer, progress)
            self.pdf = buffer.getvalue()
            return destination.send(self.pdf, progress)

        self.progress.run(
            work, lambda _pages: done(), lambda error: self._failed(job, error),
            block=self.sending_buttons,
        )  # fmt: skip

    def _failed(self, job: "CertificateJob", error: BaseException) -> None:
        if isinstance(error, Cancelled):
            reason = self.tr("Not printed: cancelled")
            text = self.tr("Cancelled; the reserved serials were voided, none was issued.")
        else:
            why = failure_text(error)
            reason = self.tr("Not printed: {error}").format(error=why)
            text = "\n".join(
                (self.tr("The certificates could not be printed; the reserved serials were"
                         " voided, none was issued."), why)
            )  # fmt: skip
        voided = job.abandon(reason)
        self._say(text if voided else self.tr("Nothing was printed."), error=True)

    # --- slips and the register ---------------------------------------------------------

    def print_slips(self) -> None:
        chosen = self._selected()
        if not chosen:
            self._say(self.tr("Choose the donors to print slips for."), error=True)
            return
        from desktop.core.jobs.certificates import render_slips  # noqa: PLC0415 - reportlab: loaded when printing

        slips = self.certificates.slips(self.drive, [e.donation_id for e in chosen])
        size = self.slip_size.currentData()
        what = self.tr("the thank-you slips of {count} donors").format(count=len(chosen))
        self._output(
            lambda out: render_slips(slips, out, size), f"phieu-cam-on-{self.drive.code}.pdf", what
        )

    def print_register(self) -> None:
        from desktop.core.jobs.certificates import render_register  # noqa: PLC0415 - reportlab: loaded when printing

        title = self.tr("Certificate register — drive {code}").format(code=self.drive.code)
        rows = self.certificates.register(self.drive)
        what = self.tr("the certificate register")
        self._output(
            lambda out: render_register(rows, out, title),
            f"so-cap-giay-chung-nhan-{self.drive.code}.pdf", what,
        )  # fmt: skip

    def export_register(self) -> None:
        path = self.dialogs.save_path(
            self, self.tr("Register for the center"),
            f"so-cap-giay-chung-nhan-{self.drive.code}.csv", self.tr("CSV files (*.csv)"),
        )  # fmt: skip
        if path is not None:
            try:
                count = self.certificates.export_register(self.drive, path)
            except OSError as error:
                self._say(failure_text(error), error=True)
                return
            self._say(self.tr("{count} register lines written.").format(count=count))

    def _output(self, render: Callable[[BinaryIO], object], name: str, what: str) -> None:
        """Ask where ``what`` goes (``name`` offered), then make it with ``render`` and
        print or save it off the GUI thread; the line says where it went (nothing if
        cancelled)."""
        self.message.clear()
        destination = self._ask_where(name)
        if destination is None:
            return

        def work(progress: Progress) -> int:
            buffer = io.BytesIO()
            render(buffer)
            return destination.send(buffer.getvalue(), progress)

        def sent(_pages: object) -> None:
            if destination.path is not None:
                self._say(self.tr("Saved {what}: {path}").format(what=what, path=destination.path))
            else:
                self._say(self.tr("Printed {what}.").format(what=what))

        def failed(error: BaseException) -> None:
            if not isinstance(error, Cancelled):
                self._say(failure_text(error), error=True)

        self.progress.run(work, sent, failed, block=self.sending_buttons)

    def calibrate(self) -> None:
        self.calibration_dialog = CalibrationDialog(self.certificates, self, self.dialogs)
        open_dialog(self.calibration_dialog)

    def _say(self, text: str, error: bool = False) -> None:
        """What the last action did replaces what was said before (green when done)."""
        if error:
            self.message.failed(text)
        else:
            self.message.done(text)
