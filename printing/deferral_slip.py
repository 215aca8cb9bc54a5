"""The deferral slip (phiếu tạm hoãn hiến máu) for a donor turned away at screening:
``write_deferral_slips``, on A6 or the 80 mm roll.

In plain words: that they cannot give blood today, why (the reasons as the donor was
told them, never a diagnosis beyond that), from when they may come back (or that they
should not), advice, and the center's contact line.
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from printing.column import ColumnLayout, Op, write_column_pages
from printing.kit import MUTED, RED, Output, format_date, nfc

__all__ = ["DeferralSlipData", "write_deferral_slips"]


@dataclass(frozen=True)
class DeferralSlipData:
    full_name: str
    drive_date: dt.date
    drive_place: str
    reasons: Sequence[str]  # in plain Vietnamese, as the donor was told
    until: dt.date | None  # the first day they may give again; None: not before told
    permanent: bool
    center_contact: str
    ticket: str  # the donor's number at this drive: not printed, it names the file


_ADVICE = (
    "Anh/chị vẫn khỏe mạnh để sinh hoạt bình thường; tạm hoãn là để bảo vệ sức khỏe của"
    " chính anh/chị và người nhận máu.",
    "Ăn uống đủ chất, ngủ đủ giấc, uống đủ nước trước lần hiến máu sau.",
    "Khi đến hiến máu lần sau, mang theo phiếu này và thẻ căn cước.",
)
_ADVICE_PERMANENT = (
    "Cảm ơn tấm lòng của anh/chị. Anh/chị vẫn có thể đồng hành cùng phong trào bằng cách"
    " vận động người thân, bạn bè tham gia hiến máu.",
    "Nếu cần tư vấn thêm, vui lòng liên hệ trung tâm theo số dưới đây.",
)


def _lay_out(
    slip: DeferralSlipData, width: float, scale: float, regular: str, bold: str
) -> tuple[list[Op], float]:
    layout = ColumnLayout(width, scale, regular, bold)
    layout.para("HIẾN MÁU TÌNH NGUYỆN - GIỌT MÁU NGHĨA TÌNH", bold, 7.5, centred=True, colour=RED)
    layout.space(3)
    layout.para("PHIẾU TẠM HOÃN HIẾN MÁU", bold, 13, centred=True, colour=RED)
    layout.space(2)
    name = nfc(slip.full_name)
    if name:
        layout.para(name, bold, 12, centred=True)
    layout.pair("Ngày khám: ", format_date(slip.drive_date), 9.5)
    if slip.drive_place:
        layout.para(nfc(slip.drive_place), regular, 8.5, centred=True, colour=MUTED)
    layout.space(5)
    layout.para("Cảm ơn anh/chị đã đến hiến máu. Hôm nay anh/chị chưa hiến máu được vì:",
                regular, 9.5)  # fmt: skip
    layout.space(1)
    for reason in slip.reasons or ("Theo chỉ định của bác sĩ",):
        layout.para(nfc(reason), bold, 10, indent=9, bullet="•")
    layout.space(5)
    top = layout.y
    if slip.permanent:
        text = "Anh/chị không nên đăng ký hiến máu lại."
    elif slip.until is not None:
        text = f"Anh/chị có thể đăng ký hiến máu lại từ ngày {format_date(slip.until)}"
    else:
        text = "Anh/chị có thể đăng ký hiến máu lại ở đợt hiến máu sau."
    layout.para(text, bold, 10.5, centred=True)
    layout.box_from(top, 2.5)
    layout.space(6)
    layout.para("Lời khuyên:", bold, 9.5)
    for advice in _ADVICE_PERMANENT if slip.permanent else _ADVICE:
        layout.para(advice, regular, 8.5, indent=9, bullet="•")
        layout.space(0.8)
    contact = nfc(slip.center_contact)
    if contact:
        layout.space(4)
        layout.rule()
        layout.space(3)
        layout.para(f"Liên hệ: {contact}", regular, 8.5, centred=True, colour=MUTED)
    return layout.ops, layout.y


def write_deferral_slips(
    slips: Sequence[DeferralSlipData], out: Output, *, size: str = "a6"
) -> int:
    """Deferral slips, one per page, on "a6" sheets or the "80mm" roll; the page count."""
    return write_column_pages(slips, _lay_out, out, size=size, title="Phiếu tạm hoãn hiến máu")
