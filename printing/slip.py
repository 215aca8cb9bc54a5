"""The thank-you slip (phiếu cảm ơn) handed to the donor with the certificate: ``write_slips``.

It thanks the donor, repeats the donation (date, volume, how many times), gives the date
from which they may give blood again, after-care advice and the center's contact line.
A6 portrait sheets, or an 80 mm thermal roll where each page is as long as its slip.
A slip is laid out first as a list of drawing operations, so an A6 slip that would not
fit can be laid out again smaller before anything is drawn.
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from printing.fonts import register_fonts
from printing.kit import FAINT, INK, MUTED, RED, Output, format_date, new_canvas, nfc, wrap

__all__ = ["SLIP_SIZES", "THANKS", "SlipData", "write_slips"]

THANKS = "Cảm ơn anh/chị đã hiến máu cứu người!"
SLIP_SIZES = ("a6", "80mm")


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


class _Op(NamedTuple):
    """One thing to draw on a slip; y in points below the top of the content."""

    kind: str  # "text", "box" or "rule"
    x: float
    y: float
    text: str = ""
    font: str = ""
    size: float = 0.0
    colour: Color = INK
    width: float = 0.0
    height: float = 0.0


class _SlipLayout:
    """Lays out one slip in a column ``width`` points wide, scaled by ``scale``."""

    def __init__(self, width: float, scale: float, regular: str, bold: str) -> None:
        self.width = width
        self.scale = scale
        self.regular = regular
        self.bold = bold
        self.ops: list[_Op] = []
        self.y = 0.0

    def space(self, points: float) -> None:
        self.y += points * self.scale

    def para(
        self,
        text: str,
        font: str,
        size: float,
        *,
        centred: bool = False,
        indent: float = 0.0,
        bullet: str = "",
        colour: Color = INK,
    ) -> None:
        size *= self.scale
        indent *= self.scale
        lines = wrap(text, font, size, self.width - indent)
        for index, line in enumerate(lines):
            baseline = self.y + size * 0.95
            if index == 0 and bullet:
                self.ops.append(_Op("text", 0, baseline, bullet, font, size, colour))
            x = self.width / 2 if centred else indent
            kind = "centred" if centred else "text"
            self.ops.append(_Op(kind, x, baseline, line, font, size, colour))
            self.y += size * 1.28

    def pair(self, label: str, value: str, size: float) -> None:
        """'label value' on one line, the value bold, shrunk to fit, centred."""
        size *= self.scale
        label_w = stringWidth(label, self.regular, size)
        value_w = stringWidth(value, self.bold, size)
        if label_w + value_w > self.width:
            size *= self.width / (label_w + value_w) * 0.999
            label_w = stringWidth(label, self.regular, size)
            value_w = stringWidth(value, self.bold, size)
        x = (self.width - label_w - value_w) / 2
        baseline = self.y + size * 0.95
        self.ops.append(_Op("text", x, baseline, label, self.regular, size, MUTED))
        self.ops.append(_Op("text", x + label_w, baseline, value, self.bold, size))
        self.y += size * 1.4

    def box_from(self, top: float, pad: float) -> None:
        """A rounded frame around what was laid out since ``top``."""
        pad *= self.scale
        self.ops.append(
            _Op("box", 0, top - pad, colour=RED, width=self.width, height=self.y - top + 2 * pad)
        )
        self.y += pad

    def rule(self) -> None:
        self.ops.append(_Op("rule", 0, self.y, width=self.width))


def _layout_slip(
    slip: SlipData, width: float, scale: float, regular: str, bold: str
) -> tuple[list[_Op], float]:
    layout = _SlipLayout(width, scale, regular, bold)
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


def _draw_ops(canvas: Canvas, ops: list[_Op], left: float, top: float) -> None:
    for op in ops:
        if op.kind == "box":
            canvas.setStrokeColor(op.colour)
            canvas.setLineWidth(0.8)
            canvas.roundRect(left, top - op.y - op.height, op.width, op.height, 2 * mm)
        elif op.kind == "rule":
            canvas.setStrokeColor(FAINT)
            canvas.setLineWidth(0.4)
            canvas.line(left, top - op.y, left + op.width, top - op.y)
        else:
            canvas.setFillColor(op.colour)
            canvas.setFont(op.font, op.size)
            if op.kind == "centred":
                canvas.drawCentredString(left + op.x, top - op.y, op.text)
            else:
                canvas.drawString(left + op.x, top - op.y, op.text)


class _Page(NamedTuple):
    """A slip's paper: its width, its height (0 on a roll: as long as the slip), margins."""

    width: float
    height: float
    margin_x: float
    margin_top: float
    margin_bottom: float


_PAGES = {
    "a6": _Page(105 * mm, 148 * mm, 9 * mm, 9 * mm, 9 * mm),
    "80mm": _Page(80 * mm, 0.0, 4 * mm, 5 * mm, 12 * mm),  # 12 mm: room to tear off
}


def write_slips(slips: Sequence[SlipData], out: Output, *, size: str = "a6") -> int:
    """Thank-you slips, one per page; returns the page count.

    ``size`` "a6": A6 portrait sheets (the text shrinks if a slip would not fit);
    "80mm": an 80 mm thermal roll (72 mm printed), each page as long as its slip.
    """
    if size not in SLIP_SIZES:
        raise ValueError(f"unknown slip size {size!r}; one of {', '.join(SLIP_SIZES)}")
    if not slips:
        raise ValueError("no slips to write")
    regular, bold = register_fonts()
    page = _PAGES[size]
    width = page.width - 2 * page.margin_x
    title = "Phiếu cảm ơn người hiến máu"
    canvas = new_canvas(out, (page.width, max(page.height, 1.0)), title, regular)
    for slip in slips:
        ops, height = _layout_to_fit(slip, page, width, regular, bold)
        this_h = page.height or height + page.margin_top + page.margin_bottom
        canvas.setPageSize((page.width, this_h))
        _draw_ops(canvas, ops, page.margin_x, this_h - page.margin_top)
        canvas.showPage()
    canvas.save()
    return len(slips)


def _layout_to_fit(
    slip: SlipData, page: _Page, width: float, regular: str, bold: str
) -> tuple[list[_Op], float]:
    """The slip laid out at full size, or smaller until it fits a page of fixed height."""
    scale = 1.0
    ops, height = _layout_slip(slip, width, scale, regular, bold)
    if page.height:
        room = page.height - page.margin_top - page.margin_bottom
        while height > room and scale > 0.4:
            scale *= 0.94
            ops, height = _layout_slip(slip, width, scale, regular, bold)
    return ops, height
