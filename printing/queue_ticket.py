"""The queue ticket (phiếu số thứ tự) printed on the 80 mm roll at check-in:
``write_queue_tickets``: the drive, the queue number in large figures, the donor's
name, the time, and what comes next."""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from printing.column import ColumnLayout, Op, write_column_pages
from printing.kit import MUTED, RED, Output, format_moment, nfc

__all__ = ["QueueTicketData", "write_queue_tickets"]


@dataclass(frozen=True)
class QueueTicketData:
    ticket: str  # the desk letter and number: B12
    full_name: str
    checked_in_at: dt.datetime  # on the laptop's clock
    drive_code: str
    drive_place: str


def _lay_out(
    ticket: QueueTicketData, width: float, scale: float, regular: str, bold: str
) -> tuple[list[Op], float]:
    layout = ColumnLayout(width, scale, regular, bold)
    layout.para("HIẾN MÁU TÌNH NGUYỆN", bold, 8, centred=True, colour=RED)
    layout.para(nfc(ticket.drive_place), regular, 8, centred=True, colour=MUTED)
    layout.space(3)
    layout.para("SỐ THỨ TỰ", bold, 10, centred=True)
    layout.para(ticket.ticket, bold, 40, centred=True)
    layout.space(2)
    layout.para(nfc(ticket.full_name), bold, 11, centred=True)
    layout.para(f"Tiếp nhận lúc {format_moment(ticket.checked_in_at)} · {ticket.drive_code}",
                regular, 8, centred=True, colour=MUTED)  # fmt: skip
    layout.space(4)
    layout.para("Vui lòng chờ gọi số để vào khám sàng lọc.", regular, 9, centred=True)
    return layout.ops, layout.y


def write_queue_tickets(tickets: Sequence[QueueTicketData], out: Output) -> int:
    """Queue tickets on the 80 mm roll, one per page; the page count."""
    return write_column_pages(tickets, _lay_out, out, size="80mm", title="Phiếu số thứ tự")
