"""Printing the slips a donor takes away from a station: the deferral slip at the
screening desk and the queue ticket at check-in.

A deferral slip goes through the print dialog, on A6. A queue ticket goes to the roll
printer chosen the first time, without a dialog afterwards: a busy check-in desk prints
one per donor. A ticket is for the donor to hold, so it is never written to a file: with
no printer there is nothing to ask, and a dialog cancelled or answered with a file means
no roll printer (``queue_ticket`` returns False; the check-in screen then turns the
option off).

Each offers a file name that says what it is and whose (``phieu-tam-hoan-<drive
code>-<queue no>``, ``phieu-so-thu-tu-<drive code>-<queue no>``), so printing to a file
never offers the same name for two slips.
"""

import io

from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QWidget

from desktop.core.domain.problems import UserError
from desktop.core.domain.records import Drive
from desktop.core.stations.donor_slips import DonorSlipService
from ui.dialogs import Dialogs
from ui.messages import problems_text, translate
from ui.pdf_output import Destination, ask_and_print
from ui.status_line import Said, Tone


class SlipPrinter:
    def __init__(self, slips: DonorSlipService, drive: Drive, dialogs: Dialogs) -> None:
        self.slips = slips
        self.drive = drive
        self.dialogs = dialogs

    def deferral_slip(self, parent: QWidget, visit_id: str) -> Said:
        """Print the deferral slip of a donor deferred here; a line saying what happened."""
        try:
            slip = self.slips.deferral_slip(self.drive, visit_id)
        except UserError as error:
            return Said(problems_text(error.problems), Tone.FAILED)
        from desktop.core.jobs.reports import render_deferral_slip  # noqa: PLC0415 - reportlab: loaded when printing

        buffer = io.BytesIO()
        render_deferral_slip(slip, buffer)
        document = f"phieu-tam-hoan-{self.drive.code}-{slip.ticket}"
        title = translate("SlipPrinter", "Print the deferral slip")
        if not ask_and_print(buffer.getvalue(), parent, self.dialogs, document, title):
            return Said(translate("SlipPrinter", "The deferral slip was not printed."), Tone.NOTE)
        return Said(
            translate("SlipPrinter", "Deferral slip printed for {name}.").format(
                name=slip.full_name
            )
        )

    def queue_ticket(self, parent: QWidget, visit_id: str) -> bool:
        """Print the queue ticket on the roll printer (asked for the first time, or when
        it is no longer there). False if there is no roll printer: none is installed, or
        the dialog was cancelled or answered with a file; nothing was printed then.
        UserError if the printer did not take the pages."""
        ticket = self.slips.queue_ticket(self.drive, visit_id)
        printer = self._roll_printer(parent, f"phieu-so-thu-tu-{self.drive.code}-{ticket.ticket}")
        if printer is None:
            return False
        from desktop.core.jobs.reports import render_queue_ticket  # noqa: PLC0415 - reportlab: loaded when printing

        buffer = io.BytesIO()
        render_queue_ticket(ticket, buffer)
        Destination(printer=printer).send(buffer.getvalue())
        return True

    def _roll_printer(self, parent: QWidget, document: str) -> QPrinter | None:
        """The remembered roll printer if it is there, else the one chosen in the print
        dialog (then remembered); None when there is no printer to print a ticket on."""
        name = self.slips.ticket_printer
        installed = QPrinterInfo.availablePrinterNames()
        if name and name in installed:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setPrinterName(name)
            return printer
        if not installed:  # the dialog could only offer a file
            return None
        title = translate("SlipPrinter", "Print the queue ticket: choose the roll printer")
        printer = self.dialogs.choose_printer(parent, name or None, document, title)
        if printer is None or printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
            return None
        self.slips.set_ticket_printer(printer.printerName())
        return printer
