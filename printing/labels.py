"""Labels for donation identification numbers (DIN), as PDF.

Each label carries the DIN as a Code 128 bar code (ISBT 128: X-dimension about 0.25 mm,
about 10 mm high, quiet zones of 10 X), the eye-readable DIN under it with the two flag
characters rotated and the check character boxed, a caption saying what the label is for
and a small footer. Plain data in, no application imports.

The X-dimension is 0.254 mm (0.01 inch) and the bar code starts on a 0.01 inch grid from
the page's left edge: every bar is then a whole number of dots at 300 and 600 dpi, and
within 2 % of two dots on an 8 dots/mm (203 dpi) thermal printer. With exactly 0.25 mm a
rasteriser at 203 dpi drew some one-module bars one dot wide and the symbol failed to
decode; 0.254 mm decoded at every resolution tried.

Layouts: ``50x25`` and ``70x30`` are thermal label rolls, one label per page and the page
the size of the label; ``a4`` is a sheet of 3 x 10 labels of 70 x 29.7 mm, filled row by
row, a new page when full. The text is real text in Noto Sans, embedded.
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import inch, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from printing.fonts import register_fonts
from printing.label_layouts import LABEL_LAYOUTS

__all__ = ["LABEL_LAYOUTS", "Label", "barcode_geometry", "write_labels"]


X_DIMENSION = 0.01 * inch  # 0.254 mm; narrower only if a label is too narrow
QUIET_MODULES = 10  # quiet zone on each side, in modules
_MIN_ASCII, _MAX_ASCII = 32, 126  # what Code 128 sets B and C encode, FNC characters aside


@dataclass(frozen=True)
class Label:
    """One label. ``barcode_data`` is exactly what the Code 128 symbol encodes."""

    barcode_data: str  # "=" + 13-character DIN + 2 flag characters, e.g. "=A99992612345677"
    din_text: str  # eye-readable DIN, e.g. "A9999 26 123456"
    flags: str  # the two flag characters, printed small and rotated after the DIN
    check: str  # the check character, printed boxed after the flags
    caption: str  # what the label is for: "Túi máu", "Ống mẫu 1", "Phiếu"
    footer: str = ""  # e.g. drive code and date "HM261125 · 25/11/2026"


@dataclass(frozen=True)
class _Style:
    """Sizes for one label, lengths in points, font sizes in points."""

    width: float
    height: float
    pad_x: float  # left and right margin for text
    pad_y: float  # top and bottom margin
    caption_size: float
    bar_height: float
    din_size: float
    flags_size: float
    footer_size: float


_THERMAL_50X25 = _Style(
    width=50 * mm,
    height=25 * mm,
    pad_x=1.5 * mm,
    pad_y=1.2 * mm,
    caption_size=6.5,
    bar_height=10 * mm,
    din_size=10.5,
    flags_size=6.5,
    footer_size=5.5,
)
_THERMAL_70X30 = _Style(
    width=70 * mm,
    height=30 * mm,
    pad_x=2 * mm,
    pad_y=1.5 * mm,
    caption_size=8.5,
    bar_height=10 * mm,
    din_size=14,
    flags_size=8,
    footer_size=6.5,
)
# Laser and inkjet printers cannot print at the sheet's edge: more room top and bottom.
_SHEET_CELL = _Style(
    width=70 * mm,
    height=29.7 * mm,
    pad_x=3 * mm,
    pad_y=2.5 * mm,
    caption_size=7.5,
    bar_height=10 * mm,
    din_size=12,
    flags_size=7,
    footer_size=6,
)
_SHEET_COLUMNS, _SHEET_ROWS = 3, 10

_GAP_BELOW_CAPTION = 0.8 * mm
_GAP_BELOW_BARS = 1.2 * mm
_BOX_PAD = 0.5 * mm  # between the check character and its box
_BOX_LINE = 0.6  # points


def _check_label(label: Label) -> None:
    data = label.barcode_data
    if not data or any(not _MIN_ASCII <= ord(char) <= _MAX_ASCII for char in data):
        raise ValueError(f"bar code data must be printable ASCII: {data!r}")


def _barcode(data: str, room: float, bar_height: float) -> Code128:
    """The symbol at X_DIMENSION, or narrower if it would not fit ``room`` with its quiet zones.

    reportlab's Code128 switches to code set C for runs of digits (two per symbol
    character), which keeps a DIN with its quiet zones under 42 mm.
    """
    unit = Code128(data, barWidth=1, quiet=0, barHeight=bar_height)
    modules = unit.width + 2 * QUIET_MODULES
    x = min(X_DIMENSION, room / modules)
    quiet = QUIET_MODULES * x
    return Code128(data, barWidth=x, barHeight=bar_height, quiet=1, lquiet=quiet, rquiet=quiet)


def barcode_geometry(data: str, layout: str) -> tuple[float, float, float]:
    """X-dimension, symbol width and width with quiet zones of ``data`` on ``layout``, in mm."""
    style = _style(layout)
    symbol = _barcode(data, style.width - 2 * mm, style.bar_height)
    with_quiet = symbol.width
    without = with_quiet - symbol.lquiet - symbol.rquiet
    return symbol.barWidth / mm, without / mm, with_quiet / mm


def _style(layout: str) -> _Style:
    styles = {"50x25": _THERMAL_50X25, "70x30": _THERMAL_70X30, "a4": _SHEET_CELL}
    if layout not in styles:
        raise ValueError(f"unknown label layout {layout!r}; one of {', '.join(LABEL_LAYOUTS)}")
    return styles[layout]


class _Painter:
    """Draws labels on a canvas, each in a cell whose lower left corner is given."""

    def __init__(self, canvas: Canvas, style: _Style, regular: str, bold: str) -> None:
        self.canvas = canvas
        self.style = style
        self.regular = regular
        self.bold = bold
        face = pdfmetrics.getFont(bold).face
        self.cap = face.capHeight / 1000  # of the font size
        self.descent = -face.descent / 1000

    def draw(self, label: Label, left: float, bottom: float) -> None:
        style = self.style
        canvas = self.canvas
        canvas.saveState()
        canvas.translate(left, bottom)
        top = style.height - style.pad_y

        caption_base = top - self.cap * style.caption_size
        self._centred(label.caption, self.bold, style.caption_size, caption_base)

        bars_top = caption_base - self.descent * style.caption_size - _GAP_BELOW_CAPTION
        bars_bottom = bars_top - style.bar_height
        symbol = _barcode(label.barcode_data, style.width - 2 * mm, style.bar_height)
        # Start the bars on the X grid of the page, not of the cell (see the module doc).
        grid = symbol.barWidth
        bars_left = left + (style.width - symbol.width) / 2 + symbol.lquiet
        bars_left = round(bars_left / grid) * grid
        symbol.drawOn(canvas, bars_left - symbol.lquiet - left, bars_bottom)

        din_top = bars_bottom - _GAP_BELOW_BARS
        self._din_line(label, din_top)

        if label.footer:
            footer_base = style.pad_y + self.descent * style.footer_size
            self._centred(label.footer, self.regular, style.footer_size, footer_base)
        canvas.restoreState()

    def _fitted(self, text: str, font: str, size: float) -> float:
        """``size``, or smaller so that ``text`` fits between the side margins."""
        room = self.style.width - 2 * self.style.pad_x
        width = pdfmetrics.stringWidth(text, font, size)
        return size if width <= room else size * room / width

    def _centred(self, text: str, font: str, size: float, baseline: float) -> None:
        if not text:
            return
        size = self._fitted(text, font, size)
        self.canvas.setFont(font, size)
        self.canvas.drawCentredString(self.style.width / 2, baseline, text)

    def _din_line(self, label: Label, top: float) -> None:
        """DIN text, the flags rotated 90 degrees clockwise, the check character boxed."""
        style = self.style
        canvas = self.canvas
        din_size, flags_size, box_pad = style.din_size, style.flags_size, _BOX_PAD

        def widths(scale: float) -> tuple[float, float, float, float, float]:
            text = pdfmetrics.stringWidth(label.din_text, self.bold, din_size * scale)
            gap = 0.25 * din_size * scale
            flags = self.cap * flags_size * scale if label.flags else 0.0
            check = pdfmetrics.stringWidth(label.check, self.bold, din_size * scale)
            box = max(check, self.cap * din_size * scale) + 2 * box_pad * scale
            return text, gap, flags, check, box

        text_w, gap, flags_w, check_w, box_w = widths(1.0)
        total = text_w + gap + flags_w + gap + box_w
        room = style.width - 2 * style.pad_x
        scale = 1.0 if total <= room else room / total
        if scale < 1.0:
            text_w, gap, flags_w, check_w, box_w = widths(scale)
            total = text_w + gap + flags_w + gap + box_w
        din_size *= scale
        flags_size *= scale
        box_pad *= scale
        cap = self.cap * din_size
        baseline = top - box_pad - cap

        x = (style.width - total) / 2
        canvas.setFont(self.bold, din_size)
        canvas.drawString(x, baseline, label.din_text)
        x += text_w + gap

        if label.flags:
            # Clockwise: the text runs downwards, the tops of the glyphs face right.
            run = pdfmetrics.stringWidth(label.flags, self.regular, flags_size)
            canvas.saveState()
            canvas.translate(x, baseline + cap / 2 + run / 2)
            canvas.rotate(-90)
            canvas.setFont(self.regular, flags_size)
            canvas.drawString(0, 0, label.flags)
            canvas.restoreState()
        x += flags_w + gap

        canvas.setLineWidth(_BOX_LINE)
        canvas.rect(x, baseline - box_pad, box_w, cap + 2 * box_pad, stroke=1, fill=0)
        canvas.drawString(x + (box_w - check_w) / 2, baseline, label.check)


def write_labels(
    labels: Sequence[Label], layout: str, out: str | Path | BinaryIO, title: str = ""
) -> int:
    """Write ``labels`` as a PDF on ``layout`` (one of LABEL_LAYOUTS); returns the page count."""
    style = _style(layout)
    if not labels:
        raise ValueError("no labels to write")
    for label in labels:
        _check_label(label)
    regular, bold = register_fonts()
    sheet = layout == "a4"
    page_size = A4 if sheet else (style.width, style.height)
    target = str(out) if isinstance(out, Path) else out
    # The initial font is embedded too, so the PDF names no font it does not carry.
    canvas = Canvas(target, pagesize=page_size, initialFontName=regular, initialFontSize=8)
    canvas.setTitle(title)
    canvas.setCreator("HMTN Desk")
    canvas.setAuthor("HMTN Desk")
    canvas.setSubject("")
    painter = _Painter(canvas, style, regular, bold)

    per_page = _SHEET_COLUMNS * _SHEET_ROWS if sheet else 1
    pages = math.ceil(len(labels) / per_page)
    for page in range(pages):
        chunk = labels[page * per_page : (page + 1) * per_page]
        for index, label in enumerate(chunk):
            if sheet:
                row, column = divmod(index, _SHEET_COLUMNS)
                left = column * style.width
                bottom = page_size[1] - (row + 1) * style.height
            else:
                left = bottom = 0.0
            painter.draw(label, left, bottom)
        canvas.showPage()
    canvas.save()
    return pages
