"""The thank-you slip (phiếu cảm ơn) handed to the donor with the certificate: ``write_slips``.

It thanks the donor, repeats the donation (date, volume, how many times), gives the date
from which they may give blood again, after-care advice and the center's contact line.
A6 portrait sheets, or an 80 mm thermal roll where each page is as long as its slip
(``printing.column``).
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from printing.column import ColumnLayout, Op, write_column_pages
from printing.kit import MUTED, RED, Output, format_date, nfc

__all__ = ["THANKS", "SlipData", "write_slips"]

THANKS = "Cảm ơn anh/chị đã hiến máu cứu người!"


@dataclass(frozen=True)
class SlipData:
    """The thank-you slip handed over with the certificate."""

    full_name: str
    volume_ml: int
    donation_date: dt.date
    next_eligible: dt.date | None  # the first day the donor may give blood again
    center_contact: str  # "Trung tâm Máu ... · ĐT 024 1234 5678"
    ordinal: int


_AFTER_CARE = (
    "Nghỉ ngơi tại chỗ 10-15 phút, ăn nhẹ và uống nước trước khi ra về.",
    "Uống nhiều nước hơn thường ngày trong 1-2 ngày sau khi hiến máu.",
    "Không làm việc nặng, không chơi thể thao gắng sức trong ngày hiến máu.",
    "Giữ băng ở chỗ lấy máu 4-6 giờ; nếu chảy máu, ấn chặt và giơ cao tay.",
    "Nếu thấy chóng mặt, mệt, buồn nôn: nằm xuống, kê cao chân và báo nhân viên y tế.",
    "Không uống rượu bia, không lái xe đường dài trong ngày hiến máu.",
)


def _layout_slip(
    slip: SlipData, width: float, scale: float, regular: str, bold: str
) -> tuple[list[Op], float]:
    layout = ColumnLayout(width, scale, regular, bold)
    layout.para("HIẾN MÁU TÌNH NGUYỆN - GIỌT MÁU NGHĨA TÌNH", bold, 7.5, centred=True, colour=RED)
    layout.space(3)
    layout.para(THANKS, bold, 13, centred=True, colour=RED)
    layout.space(2)
    name = nfc(slip.full_name)
    if name:
        layout.para(name, bold, 12, centred=True)
        layout.space(3)
    layout.pair("Ngày hiến: ", format_date(slip.donation_date), 10)
    layout.pair("Lượng máu hiến: ", f"{slip.volume_ml} ml", 10)
    layout.pair("Hiến máu lần thứ: ", str(slip.ordinal), 10)
    if slip.next_eligible is not None:
        layout.space(6)
        top = layout.y
        next_eligible = format_date(slip.next_eligible)
        text = f"Anh/chị có thể hiến máu lần tiếp theo từ ngày {next_eligible}"
        layout.para(text, bold, 10.5, centred=True)
        layout.box_from(top, 2.5)
    layout.space(7)
    layout.para("Sau khi hiến máu, anh/chị nên:", bold, 9.5)
    layout.space(1)
    for advice in _AFTER_CARE:
        layout.para(advice, regular, 8.5, indent=9, bullet="•")
        layout.space(0.8)
    contact = nfc(slip.center_contact)
    if contact:
        layout.space(4)
        layout.rule()
        layout.space(3)
        layout.para(f"Liên hệ: {contact}", regular, 8.5, centred=True, colour=MUTED)
    return layout.ops, layout.y


def write_slips(slips: Sequence[SlipData], out: Output, *, size: str = "a6") -> int:
    """Thank-you slips, one per page; returns the page count.

    ``size`` "a6": A6 portrait sheets (the text shrinks if a slip would not fit);
    "80mm": an 80 mm thermal roll (72 mm printed), each page as long as its slip.
    """
    title = "Phiếu cảm ơn người hiến máu"
    return write_column_pages(slips, _layout_slip, out, size=size, title=title)
