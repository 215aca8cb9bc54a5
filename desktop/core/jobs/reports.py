"""Short documents the desk and the command line print at once (no progress needed):
the end-of-day report, the deferral slip and the queue ticket."""

from pathlib import Path
from typing import BinaryIO

from desktop.core.foundation.files import written_whole
from printing.deferral_slip import DeferralSlipData, write_deferral_slips
from printing.end_of_day import EndOfDayReport, write_end_of_day
from printing.queue_ticket import QueueTicketData, write_queue_tickets

Output = str | Path | BinaryIO

__all__ = ["render_deferral_slip", "render_end_of_day", "render_queue_ticket"]


def render_end_of_day(report: EndOfDayReport, out: Output) -> int:
    with written_whole(out) as target:  # whole or not there (a full disk, say)
        return write_end_of_day(report, target)


def render_deferral_slip(slip: DeferralSlipData, out: Output, size: str = "a6") -> int:
    """On "a6" sheets (as the screening station prints it) or the "80mm" roll."""
    with written_whole(out) as target:
        return write_deferral_slips([slip], target, size=size)


def render_queue_ticket(ticket: QueueTicketData, out: Output) -> int:
    """On the 80 mm roll."""
    with written_whole(out) as target:
        return write_queue_tickets([ticket], target)
