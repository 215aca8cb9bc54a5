"""A column of text laid out for a slip of paper: A6 sheets, or an 80 mm thermal roll where
each page is as long as what it holds. The thank-you slip, the deferral slip and the
queue ticket are laid out with it.

A slip is laid out first as a list of drawing operations, so an A6 slip that would not
fit can be laid out again smaller before anything is drawn.
"""

from collections.abc import Callable, Sequence
from typing import NamedTuple, TypeVar

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from printing.fonts import register_fonts
from printing.kit import FAINT, INK, MUTED, RED, Output, new_canvas, wrap

__all__ = ["PAPERS", "ColumnLayout", "Op", "write_column_pages"]

T = TypeVar("T")
Layout = Callable[[T, float, float, str, str], tuple[list["Op"], float]]


class Op(NamedTuple):
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


class ColumnLayout:
    """Lays out one slip in a column ``width`` points wide, scaled by ``scale``."""

    def __init__(self, width: float, scale: float, regular: str, bold: str) -> None:
        self.width = width
        self.scale = scale
        self.regular = regular
        self.bold = bold
        self.ops: list[Op] = []
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
                self.ops.append(Op("text", 0, baseline, bullet, font, size, colour))
            x = self.width / 2 if centred else indent
            kind = "centred" if centred else "text"
            self.ops.append(Op(kind, x, baseline, line, font, size, colour))
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
        self.ops.append(Op("text", x, baseline, label, self.regular, size, MUTED))
        self.ops.append(Op("text", x + label_w, baseline, value, self.bold, size))
        self.y += size * 1.4

    def box_from(self, top: float, pad: float) -> None:
        """A rounded frame around what was laid out since ``top``."""
        pad *= self.scale
        self.ops.append(
            Op("box", 0, top - pad, colour=RED, width=self.width, height=self.y - top + 2 * pad)
        )
        self.y += pad

    def rule(self) -> None:
        self.ops.append(Op("rule", 0, self.y, width=self.width))


def draw_ops(canvas: Canvas, ops: list[Op], left: float, top: float) -> None:
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


class Paper(NamedTuple):
    """A slip's paper: its width, its height (0 on a roll: as long as the slip), margins."""

    width: float
    height: float
    margin_x: float
    margin_top: float
    margin_bottom: float


PAPERS = {
    "a6": Paper(105 * mm, 148 * mm, 9 * mm, 9 * mm, 9 * mm),
    "80mm": Paper(80 * mm, 0.0, 4 * mm, 5 * mm, 12 * mm),  # 12 mm: room to tear off
}


def layout_to_fit(
    slip: T, lay_out: Layout, page: Paper, width: float, *, regular: str, bold: str
) -> tuple[list[Op], float]:
    """The slip laid out at full size, or smaller until it fits a page of fixed height."""
    scale = 1.0
    ops, height = lay_out(slip, width, scale, regular, bold)
    if page.height:
        room = page.height - page.margin_top - page.margin_bottom
        while height > room and scale > 0.4:
            scale *= 0.94
            ops, height = lay_out(slip, width, scale, regular, bold)
    return ops, height


def write_column_pages(
    items: Sequence[T], lay_out: Layout, out: Output, *, size: str, title: str
) -> int:
    """One page per item on ``size`` paper (one of ``PAPERS``: "a6" or "80mm"); returns
    the page count."""
    if size not in PAPERS:
        raise ValueError(f"unknown slip size {size!r}; one of {', '.join(PAPERS)}")
    if not items:
        raise ValueError("no slips to write")
    regular, bold = register_fonts()
    page = PAPERS[size]
    width = page.width - 2 * page.margin_x
    canvas = new_canvas(out, (page.width, max(page.height, 1.0)), title, regular)
    for item in items:
        ops, height = layout_to_fit(item, lay_out, page, width, regular=regular, bold=bold)
        this_h = page.height or height + page.margin_top + page.margin_bottom
        canvas.setPageSize((page.width, this_h))
        draw_ops(canvas, ops, page.margin_x, this_h - page.margin_top)
        canvas.showPage()
    canvas.save()
    return len(items)
