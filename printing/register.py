"""The certificate issue register (sổ cấp giấy chứng nhận) as an A4 landscape table:
``write_register``, one ``RegisterRow`` per certificate printed.

The header row repeats on every page, each page is numbered 'Trang x/y', a voided line is
printed grey with its status in red, and a summary counts the lines by status. A serial
is never broken across lines: one too long for its column is printed smaller.
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple
from xml.sax.saxutils import escape  # Paragraph markup

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from printing.fonts import register_fonts
from printing.kit import FAINT, INK, MUTED, RED, Output, format_date, format_moment, nfc, pdf_target

__all__ = ["RegisterRow", "write_register"]


@dataclass(frozen=True)
class RegisterRow:
    """One line of the issue register."""

    serial: str
    issued_at: dt.datetime | None  # when it was printed (on the clock it carries); None
    # for a serial reserved and never printed
    full_name: str
    birth_date: dt.date
    id_number: str
    volume_ml: int
    din: str
    mode: str  # "blank" or "overlay" (printed in Vietnamese), or already-Vietnamese text
    printed_by: str
    print_count: int
    status: str  # "reserved", "issued" or "voided" (printed in Vietnamese), or Vietnamese text
    void_reason: str


_MODES = {"blank": "Giấy trắng", "overlay": "In lên phôi"}
_STATUSES = {
    "reserved": "Đã giữ số, chưa xác nhận in",
    "issued": "Đã cấp",
    "reprinted": "In lại",
    "void": "Đã hủy",
    "voided": "Đã hủy",
}
_VOID = frozenset({"void", "voided"})
_COLUMNS = (  # header, width in mm
    ("STT", 9),
    ("Số giấy CN", 30),  # "NDH-01-26-000001" whole at 8 pt
    ("Thời điểm cấp", 26),
    ("Họ và tên", 36),
    ("Ngày sinh", 19),
    ("Số CCCD/CMND", 25),
    ("Lượng (ml)", 12),
    ("Mã túi máu (DIN)", 26),
    ("Hình thức", 17),
    ("Người in", 24),
    ("Số lần in", 10),
    ("Trạng thái", 15),
    ("Lý do hủy", 0),  # the rest of the width
)
_PAGE = landscape(A4)
_MARGIN = 12 * mm
_FONT_SIZE = 8
_PADDING = 3  # points, left and right of every cell


def write_register(rows: Sequence[RegisterRow], out: Output, *, title: str) -> int:
    """The issue register as an A4 landscape table; returns the page count.

    The header row repeats on every page, each page is numbered 'Trang x/y', and a voided
    line is printed grey. Known ``mode`` and ``status`` codes are printed in Vietnamese,
    any other text as it is.
    """
    regular, bold = register_fonts()
    title = nfc(title)
    styles = _styles(regular, bold)
    doc = SimpleDocTemplate(
        pdf_target(out),
        pagesize=_PAGE,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=14 * mm,
        bottomMargin=13 * mm,
        title=title,
        author="HMTN Desk",
        creator="HMTN Desk",
        subject="",
        initialFontName=regular,
        initialFontSize=8,
    )
    story = [
        Paragraph(escape(title or "Sổ cấp giấy chứng nhận hiến máu tình nguyện"), styles.title),
        Spacer(1, 4 * mm),
        _table(rows, styles, regular),
        Spacer(1, 3 * mm),
        Paragraph(escape(_summary(rows)), styles.note),
    ]

    def later_pages(canvas: Canvas, document: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(regular, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(_MARGIN, _PAGE[1] - 9 * mm, title)
        canvas.restoreState()

    doc.build(story, onLaterPages=later_pages, canvasmaker=_NumberedCanvas)
    return doc.page


class _Styles(NamedTuple):
    cell: ParagraphStyle
    grey: ParagraphStyle  # a voided line
    red: ParagraphStyle  # a voided line's status
    head: ParagraphStyle
    title: ParagraphStyle
    note: ParagraphStyle


def _styles(regular: str, bold: str) -> _Styles:
    cell = ParagraphStyle("cell", fontName=regular, fontSize=8, leading=9.6, alignment=TA_LEFT)
    return _Styles(
        cell=cell,
        grey=ParagraphStyle("void", parent=cell, textColor=FAINT),
        red=ParagraphStyle("void status", parent=cell, fontName=bold, textColor=RED),
        head=ParagraphStyle("head", parent=cell, fontName=bold, alignment=TA_CENTER),
        title=ParagraphStyle(
            "title", fontName=bold, fontSize=14, leading=18, alignment=TA_CENTER, textColor=INK
        ),
        note=ParagraphStyle("note", parent=cell, fontSize=8.5, leading=11),
    )


def _voided(row: RegisterRow) -> bool:
    return row.status.strip().lower() in _VOID


def _status(row: RegisterRow) -> str:
    return _STATUSES.get(row.status.strip().lower(), nfc(row.status))


def _table(rows: Sequence[RegisterRow], styles: _Styles, regular: str) -> LongTable:
    usable = _PAGE[0] - 2 * _MARGIN
    fixed = sum(width for _, width in _COLUMNS) * mm
    widths = [width * mm if width else usable - fixed for _, width in _COLUMNS]
    data: list[list[Any]] = [[Paragraph(name, styles.head) for name, _ in _COLUMNS]]
    data += [_line(index, row, styles) for index, row in enumerate(rows, start=1)]
    serial_room = widths[1] - 2 * _PADDING
    if not rows:
        data.append(["", Paragraph("Chưa cấp giấy chứng nhận nào.", styles.cell)] + [""] * 11)
    table = LongTable(data, colWidths=widths, repeatRows=1)
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), regular, _FONT_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (0, 1), (0, -1), "RIGHT"),
        ("ALIGN", (6, 1), (6, -1), "RIGHT"),
        ("ALIGN", (10, 1), (10, -1), "CENTER"),
        ("GRID", (0, 0), (-1, -1), 0.4, FAINT),
        ("BACKGROUND", (0, 0), (-1, 0), Color(0.92, 0.92, 0.92)),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
    ]
    commands += [  # the serial is one line of plain text: shrunk to fit, never wrapped
        ("FONTSIZE", (1, r), (1, r), size)
        for r, row in enumerate(rows, start=1)
        if (size := _fitting_size(nfc(row.serial), regular, serial_room)) < _FONT_SIZE
    ]
    commands += [
        ("TEXTCOLOR", (0, r), (-1, r), FAINT) for r, row in enumerate(rows, start=1) if _voided(row)
    ]
    table.setStyle(TableStyle(commands))
    return table


def _fitting_size(text: str, font: str, room: float) -> float:
    """The font size at which ``text`` fits in ``room`` points on one line (at most 8)."""
    width = stringWidth(text, font, _FONT_SIZE)
    return _FONT_SIZE if width <= room else _FONT_SIZE * room / width


def _line(index: int, row: RegisterRow, styles: _Styles) -> list[Any]:
    """The table cells of one register line, numbered ``index``."""
    voided = _voided(row)
    style = styles.grey if voided else styles.cell
    texts = (
        format_moment(row.issued_at) if row.issued_at else "",
        nfc(row.full_name),
        format_date(row.birth_date),
        nfc(row.id_number),
        nfc(row.din),
        _MODES.get(row.mode.strip().lower(), nfc(row.mode)),
        nfc(row.printed_by),
    )
    first, rest = [Paragraph(escape(text), style) for text in texts[:4]], texts[4:]
    return [
        str(index),
        nfc(row.serial),  # plain text: a Paragraph would break it
        *first,
        str(row.volume_ml),
        *(Paragraph(escape(text), style) for text in rest),
        str(row.print_count),
        Paragraph(escape(_status(row)), styles.red if voided else styles.cell),
        Paragraph(escape(nfc(row.void_reason)), style),
    ]


def _summary(rows: Sequence[RegisterRow]) -> str:
    """'Tổng cộng: 5 dòng (Đã cấp: 4; Đã hủy: 1)', statuses in order of appearance."""
    counts: dict[str, int] = {}
    for row in rows:
        status = _status(row)
        counts[status] = counts.get(status, 0) + 1
    summary = f"Tổng cộng: {len(rows)} dòng"
    if counts:
        summary += " (" + "; ".join(f"{k}: {v}" for k, v in counts.items()) + ")"
    return summary


class _NumberedCanvas(Canvas):
    """Holds the pages back until the end, then writes 'Trang x/y' on each."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self.setFont(register_fonts()[0], 8)
            self.setFillColor(MUTED)
            width, _ = self._pagesize
            self.drawRightString(width - 12 * mm, 7 * mm, f"Trang {number}/{total}")
            super().showPage()
        super().save()
