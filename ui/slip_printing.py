"""Printing the slips a donor takes away from a station: the deferral slip at the
screening desk and the queue ticket at check-in.

A deferral slip goes through the print dialog (A6 sheets or the 80 mm roll, the size
remembered). A queue ticket goes to the roll printer chosen the first time, without a
dialog afterwards: a busy check-in desk prints one per donor.
"""

import io

from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QWidget

from desktop.core.domain.problems import UserError
from desktop.core.domain.records import Drive
from desktop.core.jobs.reports import render_deferral_slip, render_queue_ticket
from desktop.core.stations.donor_slips import DonorSlipService
from ui.dialogs import Dialogs
from ui.messages import problems_text, translate
from ui.pdf_output import ask_and_print, print_pdf
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
        buffer = io.BytesIO()
        render_deferral_slip(slip, buffer, self.slips.slip_size)
        if not ask_and_print(buffer.getvalue(), parent, self.dialogs):
            return Said(translate("SlipPrinter", "The deferral slip was not printed."), Tone.NOTE)
        return Said(
            translate("SlipPrinter", "Deferral slip printed for {name}.").format(
                name=slip.full_name
            )
        )

    def queue_ticket(self, parent: QWidget, visit_id: str) -> bool:
        """Print the queue ticket on the roll printer (asked for the first time, or when
        it is no longer there); False if nothing was printed."""
        buffer = io.BytesIO()
        render_queue_ticket(self.slips.queue_ticket(self.drive, visit_id), buffer)
        printer = self._roll_printer(parent)
        if printer is None:
            return False
        return print_pdf(buffer.getvalue(), printer) > 0

    def _roll_printer(self, parent: QWidget) -> QPrinter | None:
        name = self.slips.ticket_printer
        if name and name in QPrinterInfo.availablePrinterNames():
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setPrinterName(name)
            return printer
        printer = self.dialogs.choose_printer(parent, name or None)
        if printer is not None and printer.outputFormat() == QPrinter.OutputFormat.NativeFormat:
            self.slips.set_ticket_printer(printer.printerName())
        return printer
