"""The voluntary blood donation certificate (Giấy chứng nhận hiến máu tình nguyện) and the
papers around it, as PDF. Plain data in, no application imports.

- ``write_blank``: the whole certificate on blank A5 landscape paper, for sites without
  pre-printed forms. Two pages per certificate: the front (national-style heading, title,
  the donor's particulars, the issue place and date, the signature and stamp area and a
  QR code for checking the certificate) and the back (the holder's entitlement to a free
  transfusion of the same volume, and a table where a hospital confirms one).
- ``write_overlay``: only the values, to be printed onto the nationally pre-printed form;
  every value at its position in an ``OverlayLayout`` plus an operator's offset.
- ``write_calibration``: a millimetre grid with a cross-hair at every field position, to
  find that offset by holding the printout against a form.
- ``write_slips``: the thank-you slip with the next eligible date and after-care advice,
  A6 or an 80 mm thermal roll.
- ``write_register``: the issue register (sổ cấp giấy chứng nhận) as an A4 landscape table.

All text is real text in Noto Sans (regular and bold, embedded), so it can be searched and
copied. Italic is drawn as slanted upright text: Noto Sans italic is not shipped. Values
too long for their place first shrink, then wrap where the layout has room for a second
line, and never run out of it.

Speed: the unchanging parts of a certificate (borders, headings, captions, the whole back
page) are drawn once per document as form XObjects and placed on every page; fitted text
is cached, since facility, organizer and place repeat on every certificate of a drive.
The QR code's mask is chosen without rebuilding the symbol eight times, and the symbol is
one filled path of merged module runs rather than one rectangle per module.
"""

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from printing.fonts import register_fonts

__all__ = [
    "DEFAULT_OVERLAY",
    "ENTITLEMENT",
    "FIELD_LABELS",
    "SLIP_SIZES",
    "THANKS",
    "TITLE",
    "Cancelled",
    "CertificateData",
    "OverlayLayout",
    "RegisterRow",
    "SlipData",
    "write_blank",
    "write_calibration",
    "write_overlay",
    "write_register",
    "write_slips",
]

Output = str | Path | BinaryIO
Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]

TITLE = "GIẤY CHỨNG NHẬN HIẾN MÁU TÌNH NGUYỆN"
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
SIGNER = "Thủ trưởng cơ sở tiếp nhận máu"
SIGNER_NOTE = "(Ký tên, đóng dấu)"
QR_CAPTION = "Mã tra cứu giấy chứng nhận"
ENTITLEMENT = (
    "Giấy chứng nhận này có giá trị để được truyền máu miễn phí với lượng máu tương đương "
    "lượng máu đã hiến tại các cơ sở y tế công lập trên toàn quốc, khi bản thân người hiến "
    "máu có nhu cầu sử dụng máu."
)
THANKS = "Cảm ơn anh/chị đã hiến máu cứu người!"
SLIP_SIZES = ("a6", "80mm")

# Field name -> what it is, in Vietnamese (for the calibration page and the UI).
FIELD_LABELS: dict[str, str] = {
    "serial": "Số giấy chứng nhận",
    "full_name": "Họ và tên",
    "birth_date": "Ngày sinh",
    "id_number": "Số CCCD/CMND",
    "address": "Địa chỉ",
    "ordinal": "Lần hiến thứ",
    "volume_ml": "Lượng máu hiến (ml)",
    "donation_date": "Ngày hiến",
    "drive_place": "Địa điểm hiến máu",
    "organizer": "Đơn vị tổ chức",
    "facility": "Cơ sở tiếp nhận máu",
    "issue_place": "Nơi cấp",
    "issue_day": "Ngày cấp: ngày",
    "issue_month": "Ngày cấp: tháng",
    "issue_year": "Ngày cấp: năm",
}

_RED = Color(0.62, 0.09, 0.11)  # deep red; prints as a dark grey on a mono laser printer
_INK = Color(0.08, 0.08, 0.08)
_MUTED = Color(0.3, 0.3, 0.3)
_FAINT = Color(0.55, 0.55, 0.55)
_SLANT = 0.2  # tan of about 11 degrees, for the slanted ("italic") lines


class Cancelled(Exception):
    """The operator cancelled while certificates were being written; nothing was saved."""


@dataclass(frozen=True)
class CertificateData:
    """One certificate, every value already formatted for print."""

    serial: str  # "HM26-000123", or a pre-printed form's serial "AB 0012345"
    full_name: str
    birth_date: str  # "15/10/1992"
    id_number: str  # CCCD or CMND
    address: str
    volume_ml: int
    donation_date: str  # "25/11/2026"
    ordinal: int  # the donor's N-th donation
    drive_place: str
    organizer: str
    facility: str  # the collecting facility
    qr_payload: str  # what the QR code on a blank-paper certificate encodes
    issue_place: str = ""  # city of the "Hà Nội, ngày 25 tháng 11 năm 2026" line


@dataclass(frozen=True)
class OverlayLayout:
    """Where a pre-printed form wants each value.

    ``positions_mm``: field name (a key of FIELD_LABELS) -> (x, y) of the start of the
    value's baseline, in mm from the form's top left corner. ``widths_mm``: room for a
    value from its start, in mm; a field not listed may run to 8 mm before the form's right
    edge. A value too long for its room shrinks; a long text field (name, address, place,
    organizer, facility) that would shrink below 62 % of ``font_size`` takes two lines at
    that size or less instead, the second on the baseline and the first just above it,
    together no taller than one line at ``font_size``.
    """

    page_size_mm: tuple[float, float] = (210.0, 148.0)
    positions_mm: dict[str, tuple[float, float]] = field(default_factory=dict)
    font_size: float = 12
    widths_mm: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = sorted((set(self.positions_mm) | set(self.widths_mm)) - set(FIELD_LABELS))
        if unknown:
            raise ValueError(f"unknown certificate fields: {', '.join(unknown)}")
        width, height = self.page_size_mm
        if width <= 0 or height <= 0 or self.font_size <= 0:
            raise ValueError("the page size and the font size must be positive")


# For an A5 landscape form with the usual order of lines, about 8 mm apart. Pre-printed
# forms differ between print runs: the operator adjusts positions or offsets per site.
DEFAULT_OVERLAY = OverlayLayout(
    page_size_mm=(210.0, 148.0),
    positions_mm={
        "serial": (162.0, 24.0),
        "full_name": (45.0, 52.0),
        "birth_date": (45.0, 60.0),
        "id_number": (140.0, 60.0),
        "address": (38.0, 68.0),
        "ordinal": (92.0, 76.0),
        "volume_ml": (150.0, 76.0),
        "donation_date": (45.0, 84.0),
        "drive_place": (34.0, 92.0),
        "facility": (70.0, 100.0),
    },
    font_size=12,
    widths_mm={
        "serial": 38.0,
        "birth_date": 55.0,
        "ordinal": 30.0,
        "volume_ml": 25.0,
        "donation_date": 60.0,
    },
)


@dataclass(frozen=True)
class SlipData:
    """The thank-you slip handed over with the certificate."""

    full_name: str
    volume_ml: int
    donation_date: str
    next_eligible: str  # "17/02/2027"
    center_contact: str  # "Trung tâm Máu ... · ĐT 024 1234 5678"
    ordinal: int


@dataclass(frozen=True)
class RegisterRow:
    """One line of the issue register."""

    serial: str
    issued_at: str
    full_name: str
    birth_date: str
    id_number: str
    volume_ml: int
    din: str
    mode: str  # "blank" or "overlay" (printed in Vietnamese), or already-Vietnamese text
    printed_by: str
    print_count: int
    status: str  # "issued" or "void" (printed in Vietnamese), or already-Vietnamese text
    void_reason: str


# --- text helpers ---


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text.strip())


@functools.lru_cache(maxsize=4096)
def _fit(
    text: str, font: str, size: float, width: float, *, max_lines: int = 1, min_size: float = 0.0
) -> tuple[float, tuple[str, ...]]:
    """The size and lines at which ``text`` fits ``width`` points in at most ``max_lines``.

    One line at ``size`` if it fits; else one line shrunk, down to ``min_size``; else the
    largest size at which it wraps into ``max_lines`` lines, unless one line at an even
    smaller size would be larger. Never wider than ``width``.
    """
    if not text:
        return size, ()
    unit = stringWidth(text, font, 1.0)
    if unit * size <= width:
        return size, (text,)
    one_line = width / unit * 0.999
    if max_lines == 1 or one_line >= min_size:
        return one_line, (text,)
    trial = size
    while trial > one_line:
        lines = simpleSplit(text, font, trial, width)
        if len(lines) <= max_lines and all(
            stringWidth(line, font, trial) <= width for line in lines
        ):
            return trial, tuple(lines)
        trial *= 0.97
    return one_line, (text,)


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` in lines no wider than ``width``; a word too long for a line is broken."""
    lines: list[str] = []
    for line in simpleSplit(text, font, size, width):
        rest = line
        while stringWidth(rest, font, size) > width and len(rest) > 1:
            cut = len(rest) - 1
            while cut > 1 and stringWidth(rest[:cut], font, size) > width:
                cut -= 1
            lines.append(rest[:cut])
            rest = rest[cut:]
        lines.append(rest)
    return lines


Font = tuple[str, float]  # name and size


def _centred(canvas: Canvas, x: float, y: float, text: str, font: Font) -> None:
    canvas.setFont(*font)
    canvas.drawCentredString(x, y, text)


def _slanted(canvas: Canvas, x: float, y: float, text: str, font: Font) -> None:
    """Upright glyphs slanted like italic, centred on ``x``; still plain, extractable text."""
    x -= stringWidth(text, *font) / 2
    canvas.saveState()
    canvas.transform(1, 0, _SLANT, 1, x, y)
    canvas.setFont(*font)
    canvas.drawString(0, 0, text)
    canvas.restoreState()


def _date_line(place: str, date: str) -> str:
    """'Hà Nội, ngày 25 tháng 11 năm 2026' from 'Hà Nội' and '25/11/2026'."""
    match = re.fullmatch(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*", date)
    words = f"ngày {match[1]} tháng {match[2]} năm {match[3]}" if match else f"ngày {date}"
    return f"{place}, {words}" if place else words[0].upper() + words[1:]


def _target(out: Output) -> str | BinaryIO:
    return str(out) if isinstance(out, Path) else out


def _new_canvas(out: Output, size: tuple[float, float], title: str, regular: str) -> Canvas:
    # The initial font is embedded too, so the PDF names no font it does not carry.
    canvas = Canvas(_target(out), pagesize=size, initialFontName=regular, initialFontSize=10)
    canvas.setTitle(title)
    canvas.setCreator("HMTN Desk")
    canvas.setAuthor("HMTN Desk")
    canvas.setSubject("")
    return canvas


def _report(
    done: int, total: int, progress: Progress | None, cancelled: IsCancelled | None
) -> None:
    """Tell ``progress`` and stop if the operator cancelled."""
    if progress is not None:
        progress(done, total)
    if cancelled is not None and done < total and cancelled():
        raise Cancelled(f"cancelled after {done} of {total} certificates")


# --- the QR code ---


_RUN = re.compile(rb"0{5,}|1{5,}")
_FINDER_LIKE = re.compile(rb"(?=10111010000|00001011101)")
_BIT_CHARS = bytes.maketrans(b"\x00\x01", b"01")


def _qr_matrix(payload: str) -> tuple[int, list[list[bool]]]:
    """The mask pattern chosen and the module matrix of ``payload``, error correction M.

    reportlab's encoder builds the symbol, but its mask selection builds and scores all
    eight masked symbols in slow pure Python (about 20 ms a code). Here the symbol is built
    once with mask 0; every other mask is that matrix with its data modules flipped where
    the two masks differ, and the format information rewritten. The penalty rules are
    those of ISO/IEC 18004 (N1 to N4); any mask decodes, the lowest penalty reads best.
    """
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.version = code.calculate_version()
    code.makeImpl(False, 0)
    base = code.modules
    best_mask, best, best_score = 0, base, _qr_penalty(base)
    for mask in range(1, 8):
        modules = [row[:] for row in base]
        for row, column in _mask_flips(code.version, mask):
            modules[row][column] = not modules[row][column]
        code.modules = modules
        code.setupTypeInfo(False, mask)
        score = _qr_penalty(modules)
        if score < best_score:
            best_mask, best, best_score = mask, modules, score
    return best_mask, [[bool(module) for module in row] for row in best]


@functools.lru_cache(maxsize=64)
def _mask_flips(version: int, mask: int) -> tuple[tuple[int, int], ...]:
    """Data module positions (row, column) where ``mask`` differs from mask 0."""
    code = qrencoder.QRCode(version, qrencoder.QRErrorCorrectLevel.M)
    code.moduleCount = version * 4 + 17
    zero, other = qrencoder.QRUtil.getMask(0), qrencoder.QRUtil.getMask(mask)
    return tuple(
        (row, column)
        for column, row in code.dataPosIterator()
        if bool(zero(row, column)) != bool(other(row, column))
    )


def _qr_penalty(modules: list[list[bool]]) -> int:
    """The ISO/IEC 18004 mask penalty: runs, 2x2 blocks, finder-like patterns, balance."""
    size = len(modules)
    rows = [bytes(row).translate(_BIT_CHARS) for row in modules]  # b"0110..."
    columns = [bytes(column).translate(_BIT_CHARS) for column in zip(*modules, strict=True)]
    score = 0
    for line in rows + columns:
        score += sum(len(run) - 2 for run in _RUN.findall(line))
        score += 40 * len(_FINDER_LIKE.findall(line))
    full = (1 << size) - 1
    bits = [int(row, 2) for row in rows]
    for upper, lower in itertools.pairwise(bits):
        dark = upper & lower
        light = ~(upper | lower) & full
        score += 3 * ((dark & (dark >> 1)).bit_count() + (light & (light >> 1)).bit_count())
    dark_share = sum(row.count(b"1") for row in rows) * 100 / (size * size)
    return score + 10 * int(abs(dark_share - 50) // 5)


def _draw_qr(canvas: Canvas, payload: str, left: float, top: float, side: float) -> None:
    """The symbol in a ``side`` square whose top left corner is at ``left``, ``top``.

    The 4-module quiet zone lies outside that square: keep it clear. Dark runs of a row
    are merged into one rectangle, all of them one path in module units, filled once:
    small, fast and without hairline seams between modules.
    """
    _, modules = _qr_matrix(payload)
    count = len(modules)
    unit = side / count
    ops = [f"q 0 g 1 0 0 1 {left:.3f} {top:.3f} cm {unit:.5f} 0 0 {-unit:.5f} 0 0 cm"]
    for row_index, row in enumerate(modules):
        column = 0
        while column < count:
            if not row[column]:
                column += 1
                continue
            start = column
            while column < count and row[column]:
                column += 1
            ops.append(f"{start} {row_index} {column - start} 1 re")
    ops.append("f Q")
    canvas.addLiteral("\n".join(ops))


# --- the certificate on blank paper ---

_A5_LANDSCAPE = (210 * mm, 148 * mm)
_PAGE_W, _PAGE_H = _A5_LANDSCAPE
_LEFT = 20 * mm  # text column, between the inner border (6.6 mm) and a wide margin
_RIGHT = _PAGE_W - 20 * mm
_MIDDLE = 112 * mm  # the second column of the two-value rows
_COLUMN_GAP = 3 * mm
_FIELDS_TOP = 47 * mm  # first baseline of the particulars, from the top
_FIELDS_BOTTOM = 99.5 * mm  # lowest baseline the particulars may use
_ROW_PITCH = 6.5 * mm
_LABEL_SIZE = 10.5
_VALUE_SIZE = 11.0
_NAME_SIZE = 13.5
_QR_SIDE = 25 * mm
_QR_LEFT, _QR_TOP = 20 * mm, 107 * mm  # of the dark modules, quiet zone outside
_SIGN_X = 150 * mm  # centre of the signature block
_SIGN_BOX = (120 * mm, 116.5 * mm, 180 * mm, 139.5 * mm)  # left, top, right, bottom


def _down(distance: float) -> float:
    """The PDF y of a point ``distance`` points below the top of an A5 landscape page."""
    return _PAGE_H - distance


class _Cell(NamedTuple):
    label: str
    value: str
    left: float
    right: float
    font: str
    size: float
    max_lines: int


class _Placed(NamedTuple):
    cell: _Cell
    label_width: float
    size: float
    lines: tuple[str, ...]


class _BlankPainter:
    """Draws the two pages of a certificate; the static parts are forms defined once."""

    FORMS = ("hmtnBorder", "hmtnHead", "hmtnFoot", "hmtnBack")

    def __init__(self, canvas: Canvas, regular: str, bold: str) -> None:
        self.canvas = canvas
        self.regular = regular
        self.bold = bold
        self._forms_defined = False

    # The forms.

    def define_forms(self) -> None:
        if self._forms_defined:
            return
        for name, draw in zip(
            self.FORMS, (self._border, self._head, self._foot, self._back), strict=True
        ):
            self.canvas.beginForm(name)
            draw()
            self.canvas.endForm()
        self._forms_defined = True

    def _border(self) -> None:
        canvas = self.canvas
        canvas.setStrokeColor(_RED)
        canvas.setLineWidth(1.5)
        canvas.rect(5 * mm, 5 * mm, _PAGE_W - 10 * mm, _PAGE_H - 10 * mm)
        canvas.setLineWidth(0.5)
        canvas.rect(6.6 * mm, 6.6 * mm, _PAGE_W - 13.2 * mm, _PAGE_H - 13.2 * mm)
        # Small diamonds in the inner corners.
        canvas.setFillColor(_RED)
        for x, y in (
            (8.6 * mm, 8.6 * mm),
            (_PAGE_W - 8.6 * mm, 8.6 * mm),
            (8.6 * mm, _PAGE_H - 8.6 * mm),
            (_PAGE_W - 8.6 * mm, _PAGE_H - 8.6 * mm),
        ):
            path = canvas.beginPath()
            path.moveTo(x, y + 1.1 * mm)
            path.lineTo(x + 1.1 * mm, y)
            path.lineTo(x, y - 1.1 * mm)
            path.lineTo(x - 1.1 * mm, y)
            path.close()
            canvas.drawPath(path, stroke=0, fill=1)

    def _head(self) -> None:
        """The national heading on the right and the title."""
        canvas = self.canvas
        canvas.setFillColor(_INK)
        centre = 148 * mm
        _centred(canvas, centre, _down(15 * mm), NATION, (self.bold, 10))
        motto_y = _down(19.8 * mm)
        _centred(canvas, centre, motto_y, MOTTO, (self.bold, 10.5))
        half = stringWidth(MOTTO, self.bold, 10.5) / 2
        canvas.setStrokeColor(_INK)
        canvas.setLineWidth(0.6)
        canvas.line(centre - half, motto_y - 1.6 * mm, centre + half, motto_y - 1.6 * mm)
        canvas.setFillColor(_RED)
        _centred(canvas, _PAGE_W / 2, _down(37 * mm), TITLE, (self.bold, 18))

    def _foot(self) -> None:
        """Signature and stamp captions and area, the QR code's caption."""
        canvas = self.canvas
        canvas.setFillColor(_INK)
        _centred(canvas, _SIGN_X, _down(110.8 * mm), SIGNER, (self.bold, 10))
        canvas.setFillColor(_MUTED)
        _slanted(canvas, _SIGN_X, _down(114.8 * mm), SIGNER_NOTE, (self.regular, 9))
        left, top, right, bottom = _SIGN_BOX
        canvas.setStrokeColor(_FAINT)
        canvas.setLineWidth(0.4)
        canvas.setDash(2, 2)
        canvas.roundRect(left, _down(bottom), right - left, bottom - top, 2 * mm)
        canvas.setDash()
        canvas.setFillColor(_MUTED)
        caption_y = _down(_QR_TOP + _QR_SIDE + 3.2 * mm)
        _centred(canvas, _QR_LEFT + _QR_SIDE / 2, caption_y, QR_CAPTION, (self.regular, 6.5))

    def _back(self) -> None:
        """The whole back page but its serial number."""
        canvas = self.canvas
        self._border()
        canvas.setFillColor(_RED)
        heading = "QUYỀN LỢI CỦA NGƯỜI HIẾN MÁU TÌNH NGUYỆN"
        _centred(canvas, _PAGE_W / 2, _down(22 * mm), heading, (self.bold, 13))

        items = (
            ENTITLEMENT,
            "Khi cần truyền máu, người hiến máu xuất trình Giấy chứng nhận này (bản chính) "
            "cùng giấy tờ tùy thân tại cơ sở y tế nơi điều trị.",
            "Cơ sở y tế đã truyền máu ghi ngày truyền, lượng máu đã truyền, ký tên và đóng "
            "dấu xác nhận vào bảng dưới đây.",
            "Giấy chứng nhận không có giá trị khi bị tẩy xóa, sửa chữa. Xin giữ gìn cẩn thận.",
        )
        style = ParagraphStyle(
            "back",
            fontName=self.regular,
            fontSize=10,
            leading=13.6,
            alignment=TA_JUSTIFY,
            textColor=_INK,
        )
        number_x, text_x = _LEFT, _LEFT + 6 * mm
        cursor = _down(28 * mm)
        for number, item in enumerate(items, start=1):
            canvas.setFont(self.bold, 10)
            canvas.setFillColor(_INK)
            # The first baseline of a Paragraph is one font size below its top.
            canvas.drawString(number_x, cursor - 10, f"{number}.")
            paragraph = Paragraph(item, style)
            _, height = paragraph.wrap(_RIGHT - text_x, _PAGE_H)
            paragraph.drawOn(canvas, text_x, cursor - height)
            cursor -= height + 1.6 * mm

        cursor -= 3.5 * mm
        canvas.setFillColor(_INK)
        table_title = "XÁC NHẬN CỦA CƠ SỞ Y TẾ ĐÃ TRUYỀN MÁU"
        _centred(canvas, _PAGE_W / 2, cursor, table_title, (self.bold, 9.5))
        top = cursor - 2.5 * mm
        columns = (_LEFT, _LEFT + 32 * mm, _LEFT + 74 * mm, _RIGHT)
        header_h, row_h, rows = 6.5 * mm, 11 * mm, 3
        bottom = top - header_h - rows * row_h
        canvas.setStrokeColor(_MUTED)
        canvas.setLineWidth(0.5)
        canvas.rect(_LEFT, bottom, _RIGHT - _LEFT, top - bottom)
        for x in columns[1:-1]:
            canvas.line(x, bottom, x, top)
        for index in range(rows):
            y = top - header_h - index * row_h
            canvas.line(_LEFT, y, _RIGHT, y)
        headers = ("Ngày truyền", "Lượng máu đã truyền (ml)", "Cơ sở y tế (ký tên, đóng dấu)")
        for (left, right), text in zip(itertools.pairwise(columns), headers, strict=True):
            _centred(canvas, (left + right) / 2, top - 4.4 * mm, text, (self.bold, 8.5))

        canvas.setFillColor(_RED)
        motto = "Giọt máu cho đi - Cuộc đời ở lại"
        _slanted(canvas, _PAGE_W / 2, _down(134 * mm), motto, (self.bold, 11))

    # The pages.

    def front(self, cert: CertificateData) -> None:
        canvas = self.canvas
        canvas.doForm("hmtnBorder")
        canvas.doForm("hmtnHead")
        self._issuer(cert)
        self._particulars(cert)
        canvas.setFillColor(_INK)
        line = _date_line(_nfc(cert.issue_place), _nfc(cert.donation_date))
        size, _ = _fit(line, self.regular, 10.5, _RIGHT - _MIDDLE)
        _slanted(canvas, _SIGN_X, _down(106 * mm), line, (self.regular, size))
        canvas.doForm("hmtnFoot")
        _draw_qr(canvas, cert.qr_payload, _QR_LEFT, _down(_QR_TOP), _QR_SIDE)
        canvas.showPage()

    def back(self, cert: CertificateData) -> None:
        canvas = self.canvas
        canvas.doForm("hmtnBack")
        canvas.setFillColor(_MUTED)
        canvas.setFont(self.regular, 8.5)
        canvas.drawRightString(_RIGHT, _down(14 * mm), f"Số: {_nfc(cert.serial)}")
        canvas.showPage()

    def _issuer(self, cert: CertificateData) -> None:
        """The collecting facility in capitals and the serial number, top left."""
        canvas = self.canvas
        centre, width = 57 * mm, 78 * mm
        baseline = _down(15 * mm)
        canvas.setFillColor(_INK)
        facility = _nfc(cert.facility).upper()
        size, lines = _fit(facility, self.bold, 9.5, width, max_lines=2, min_size=8.5)
        for line in lines:
            _centred(canvas, centre, baseline, line, (self.bold, size))
            baseline -= size * 1.22
        baseline += size * 1.22
        if lines:
            canvas.setStrokeColor(_INK)
            canvas.setLineWidth(0.6)
            canvas.line(
                centre - 13 * mm, baseline - 1.7 * mm, centre + 13 * mm, baseline - 1.7 * mm
            )
        serial = f"Số: {_nfc(cert.serial)}"
        size, _ = _fit(serial, self.regular, 10, width)
        _centred(canvas, centre, baseline - 6.2 * mm, serial, (self.regular, size))

    def _particulars(self, cert: CertificateData) -> None:
        bold, regular = self.bold, self.regular
        left_end = _MIDDLE - _COLUMN_GAP
        rows = [
            [_Cell("Họ và tên: ", _nfc(cert.full_name), _LEFT, _RIGHT, bold, _NAME_SIZE, 2)],
            [
                _Cell("Ngày sinh: ", _nfc(cert.birth_date), _LEFT, left_end, bold, _VALUE_SIZE, 1),
                _Cell(
                    "Số CCCD/CMND: ", _nfc(cert.id_number), _MIDDLE, _RIGHT, bold, _VALUE_SIZE, 1
                ),
            ],
            [_Cell("Địa chỉ: ", _nfc(cert.address), _LEFT, _RIGHT, regular, _VALUE_SIZE, 2)],
            [
                _Cell(
                    "Đã hiến máu tình nguyện lần thứ ",
                    str(cert.ordinal),
                    _LEFT,
                    left_end,
                    bold,
                    _VALUE_SIZE + 1,
                    1,
                ),
                _Cell(
                    "Lượng máu hiến: ",
                    f"{cert.volume_ml} ml",
                    _MIDDLE,
                    _RIGHT,
                    bold,
                    _VALUE_SIZE + 1,
                    1,
                ),
            ],
            [_Cell("Ngày hiến: ", _nfc(cert.donation_date), _LEFT, left_end, bold, _VALUE_SIZE, 1)],
            [_Cell("Tại: ", _nfc(cert.drive_place), _LEFT, _RIGHT, regular, _VALUE_SIZE, 2)],
            [
                _Cell(
                    "Đơn vị tổ chức: ", _nfc(cert.organizer), _LEFT, _RIGHT, regular, _VALUE_SIZE, 2
                )
            ],
            [
                _Cell(
                    "Cơ sở tiếp nhận máu: ",
                    _nfc(cert.facility),
                    _LEFT,
                    _RIGHT,
                    regular,
                    _VALUE_SIZE,
                    2,
                )
            ],
        ]
        placed = [[self._place(cell) for cell in row] for row in rows]

        # Extra height of wrapped values; the row pitch gives way if they need the room.
        extras = [max((len(p.lines) - 1) * p.size * 1.18 for p in row) for row in placed]
        room = _FIELDS_BOTTOM - _FIELDS_TOP
        pitch = _ROW_PITCH
        needed = pitch * (len(rows) - 1) + sum(extras)
        if needed > room:
            pitch = max((room - sum(extras)) / (len(rows) - 1), _VALUE_SIZE * 1.15)

        baseline = _down(_FIELDS_TOP)
        for row, extra in zip(placed, extras, strict=True):
            for item in row:
                self._draw_cell(item, baseline)
            baseline -= pitch + extra

    def _place(self, cell: _Cell) -> _Placed:
        label_width = stringWidth(cell.label, self.regular, _LABEL_SIZE)
        room = cell.right - cell.left - label_width
        min_size = cell.size * 0.86
        size, lines = _fit(
            cell.value, cell.font, cell.size, room, max_lines=cell.max_lines, min_size=min_size
        )
        return _Placed(cell, label_width, size, lines)

    def _draw_cell(self, placed: _Placed, baseline: float) -> None:
        canvas = self.canvas
        cell = placed.cell
        canvas.setFillColor(_MUTED)
        canvas.setFont(self.regular, _LABEL_SIZE)
        canvas.drawString(cell.left, baseline, cell.label)
        canvas.setFillColor(_INK)
        canvas.setFont(cell.font, placed.size)
        x = cell.left + placed.label_width
        for line in placed.lines:
            canvas.drawString(x, baseline, line)
            baseline -= placed.size * 1.18


def _check_certificates(certs: Sequence[CertificateData]) -> None:
    if not certs:
        raise ValueError("no certificates to write")


def write_blank(
    certs: Sequence[CertificateData],
    out: Output,
    *,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> int:
    """The whole certificates on blank A5 landscape paper, front and back; the page count.

    ``progress(done, total)`` is called after each certificate and ``cancelled()`` checked
    between certificates: when it returns true, ``Cancelled`` is raised and nothing is
    written. Meant for duplex printing; the back carries the serial number too, so pages
    printed one side at a time can be paired again.
    """
    _check_certificates(certs)
    for cert in certs:
        if not cert.qr_payload:
            raise ValueError(f"certificate {cert.serial} has no QR payload")
    regular, bold = register_fonts()
    canvas = _new_canvas(out, _A5_LANDSCAPE, "Giấy chứng nhận hiến máu tình nguyện", regular)
    painter = _BlankPainter(canvas, regular, bold)
    painter.define_forms()
    total = len(certs)
    _report(0, total, None, cancelled)
    for done, cert in enumerate(certs, start=1):
        painter.front(cert)
        painter.back(cert)
        _report(done, total, progress, cancelled)
    canvas.save()
    return 2 * total


# --- the values on a pre-printed form ---

_WRAPPING_FIELDS = frozenset({"full_name", "address", "drive_place", "organizer", "facility"})
_OVERLAY_RIGHT_MARGIN = 8 * mm
# A long text field shrunk below this share of the font size takes two lines instead,
# the two no taller than one line at the full size.
_OVERLAY_WRAP_BELOW = 0.62


def _overlay_values(cert: CertificateData) -> dict[str, str]:
    date = _nfc(cert.donation_date)
    match = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", date)
    day, month, year = match.groups() if match else ("", "", "")
    return {
        "serial": _nfc(cert.serial),
        "full_name": _nfc(cert.full_name),
        "birth_date": _nfc(cert.birth_date),
        "id_number": _nfc(cert.id_number),
        "address": _nfc(cert.address),
        "ordinal": str(cert.ordinal),
        # The form prints the unit after the blank.
        "volume_ml": str(cert.volume_ml),
        "donation_date": date,
        "drive_place": _nfc(cert.drive_place),
        "organizer": _nfc(cert.organizer),
        "facility": _nfc(cert.facility),
        "issue_place": _nfc(cert.issue_place),
        "issue_day": day,
        "issue_month": month,
        "issue_year": year,
    }


def _field_origin(
    layout: OverlayLayout, name: str, offset_mm: tuple[float, float]
) -> tuple[float, float]:
    """Where the field's baseline starts on the PDF page, in points (y up)."""
    x_mm, y_mm = layout.positions_mm[name]
    x = (x_mm + offset_mm[0]) * mm
    y = (layout.page_size_mm[1] - y_mm - offset_mm[1]) * mm
    return x, y


def _field_room(layout: OverlayLayout, name: str, x: float) -> float:
    if name in layout.widths_mm:
        return layout.widths_mm[name] * mm
    return max(layout.page_size_mm[0] * mm - _OVERLAY_RIGHT_MARGIN - x, 10 * mm)


def write_overlay(
    certs: Sequence[CertificateData],
    out: Output,
    *,
    layout: OverlayLayout = DEFAULT_OVERLAY,
    offset_mm: tuple[float, float] = (0, 0),
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> int:
    """Only the values, for pre-printed forms: one page of the form's size per certificate.

    Each value starts at its layout position plus ``offset_mm`` (x to the right, y down).
    The volume is the bare number (the form prints "ml"). Returns the page count;
    ``progress`` and ``cancelled`` as in ``write_blank``.
    """
    _check_certificates(certs)
    if not layout.positions_mm:
        raise ValueError("the overlay layout places no fields")
    regular, bold = register_fonts()
    page = (layout.page_size_mm[0] * mm, layout.page_size_mm[1] * mm)
    canvas = _new_canvas(out, page, "Giấy chứng nhận hiến máu tình nguyện (in lên phôi)", regular)
    size = layout.font_size
    # Fields in reading order: top to bottom, then left to right.
    names = sorted(layout.positions_mm, key=lambda n: layout.positions_mm[n][::-1])
    places = {name: _field_origin(layout, name, offset_mm) for name in names}
    total = len(certs)
    _report(0, total, None, cancelled)
    for done, cert in enumerate(certs, start=1):
        values = _overlay_values(cert)
        canvas.setFillColor(_INK)
        for name in names:
            value = values[name]
            if not value:
                continue
            font = bold if name == "full_name" else regular
            x, y = places[name]
            room = _field_room(layout, name, x)
            fitted, lines = _fit(value, font, size, room)
            small = size * _OVERLAY_WRAP_BELOW
            if fitted < small and name in _WRAPPING_FIELDS:
                fitted, lines = _fit(value, font, small, room, max_lines=2, min_size=small)
            canvas.setFont(font, fitted)
            # A wrapped value keeps its last line on the form's line, the first above it.
            line_y = y + (len(lines) - 1) * fitted * 1.1
            for line in lines:
                canvas.drawString(x, line_y, line)
                line_y -= fitted * 1.1
        canvas.showPage()
        _report(done, total, progress, cancelled)
    canvas.save()
    return total


def write_calibration(
    out: Output,
    *,
    layout: OverlayLayout = DEFAULT_OVERLAY,
    offset_mm: tuple[float, float] = (0, 0),
) -> int:
    """A calibration page for pre-printed forms, of the form's size; returns 1.

    A millimetre grid (numbered every 10 mm from the top left corner of the form) and a
    red cross-hair with the field's name at every field position, the offset applied,
    with a dotted line as long as the field's room. Laid on a form against the light, the
    cross-hairs should sit where each value starts; the distance read on the grid is what
    to add to the offsets.
    """
    regular, bold = register_fonts()
    width_mm, height_mm = layout.page_size_mm
    page_w, page_h = width_mm * mm, height_mm * mm
    canvas = _new_canvas(out, (page_w, page_h), "Trang căn chỉnh vị trí in", regular)
    _calibration_grid(canvas, layout.page_size_mm, regular)
    _calibration_notes(canvas, layout.page_size_mm, offset_mm, regular, bold)

    canvas.setStrokeColor(_RED)
    canvas.setFillColor(_RED)
    arm = 4 * mm
    for name in sorted(layout.positions_mm, key=lambda n: layout.positions_mm[n][::-1]):
        x, y = _field_origin(layout, name, offset_mm)
        canvas.setLineWidth(0.4)
        canvas.line(x - arm, y, x + arm, y)
        canvas.line(x, y - arm, x, y + arm)
        canvas.circle(x, y, 1 * mm, stroke=1, fill=0)
        canvas.setLineWidth(0.25)
        canvas.setDash(1, 1.5)
        canvas.line(x, y, x + _field_room(layout, name, x), y)
        canvas.setDash()
        canvas.setFont(bold, 7)
        canvas.drawString(x + 1.5 * mm, y + 1.2 * mm, f"{name} · {FIELD_LABELS[name]}")
    canvas.showPage()
    canvas.save()
    return 1


def _calibration_grid(canvas: Canvas, size_mm: tuple[float, float], regular: str) -> None:
    width_mm, height_mm = size_mm
    page_w, page_h = width_mm * mm, height_mm * mm

    def grid(step: int, colour: Color, line_width: float) -> None:
        path = canvas.beginPath()
        for x in range(0, int(width_mm) + 1, step):
            path.moveTo(x * mm, 0)
            path.lineTo(x * mm, page_h)
        for y in range(0, int(height_mm) + 1, step):
            path.moveTo(0, page_h - y * mm)
            path.lineTo(page_w, page_h - y * mm)
        canvas.setStrokeColor(colour)
        canvas.setLineWidth(line_width)
        canvas.drawPath(path, stroke=1, fill=0)

    grid(1, Color(0.86, 0.9, 0.96), 0.15)
    grid(5, Color(0.66, 0.74, 0.88), 0.3)
    grid(10, Color(0.35, 0.45, 0.7), 0.5)
    canvas.setFillColor(Color(0.2, 0.3, 0.6))
    canvas.setFont(regular, 5.5)
    for x in range(10, int(width_mm), 10):
        canvas.drawString(x * mm + 0.5, page_h - 3 * mm, str(x))
        canvas.drawString(x * mm + 0.5, 1.2 * mm, str(x))
    for y in range(10, int(height_mm), 10):
        canvas.drawString(1 * mm, page_h - y * mm - 2.3 * mm, str(y))
        canvas.drawRightString(page_w - 1 * mm, page_h - y * mm - 2.3 * mm, str(y))


def _calibration_notes(
    canvas: Canvas,
    size_mm: tuple[float, float],
    offset_mm: tuple[float, float],
    regular: str,
    bold: str,
) -> None:
    """What the page is and how to use it, on a white ground near the bottom."""
    width_mm, height_mm = size_mm
    page_w = width_mm * mm
    dx, dy = offset_mm
    lines = [
        "TRANG CĂN CHỈNH VỊ TRÍ IN GIẤY CHỨNG NHẬN",
        f"Khổ phôi {_mm(width_mm)} x {_mm(height_mm)} mm · độ lệch X = {_signed(dx)} mm"
        f" (sang phải), Y = {_signed(dy)} mm (xuống dưới)",
        "Đặt trang này chồng lên một phôi và soi trước ánh sáng: tâm mỗi dấu chữ thập phải",
        "nằm ở đầu dòng của ô tương ứng. Đọc khoảng lệch trên lưới (mỗi ô nhỏ 1 mm), cộng",
        "vào độ lệch X, Y rồi in lại trang này để kiểm tra.",
    ]
    box_w = min(128 * mm, page_w - 12 * mm)
    box_h = (len(lines) * 3.6 + 3) * mm
    box_x = (page_w - box_w) / 2
    box_y = 9 * mm
    canvas.setFillColor(Color(1, 1, 1))
    canvas.setStrokeColor(_MUTED)
    canvas.setLineWidth(0.5)
    canvas.rect(box_x, box_y, box_w, box_h, stroke=1, fill=1)
    canvas.setFillColor(_INK)
    y = box_y + box_h - 4.6 * mm
    for index, line in enumerate(lines):
        font = bold if index == 0 else regular
        size, _ = _fit(line, font, 7.5 if index else 8.5, box_w - 4 * mm)
        _centred(canvas, page_w / 2, y, line, (font, size))
        y -= 3.6 * mm


def _mm(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def _signed(value: float) -> str:
    return ("+" if value > 0 else "") + f"{value:.1f}".replace(".", ",")


# --- the thank-you slip ---

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
    colour: Color = _INK
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
        colour: Color = _INK,
    ) -> None:
        size *= self.scale
        indent *= self.scale
        lines = _wrap(text, font, size, self.width - indent)
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
        self.ops.append(_Op("text", x, baseline, label, self.regular, size, _MUTED))
        self.ops.append(_Op("text", x + label_w, baseline, value, self.bold, size))
        self.y += size * 1.4

    def box_from(self, top: float, pad: float) -> None:
        """A rounded frame around what was laid out since ``top``."""
        pad *= self.scale
        self.ops.append(
            _Op("box", 0, top - pad, colour=_RED, width=self.width, height=self.y - top + 2 * pad)
        )
        self.y += pad

    def rule(self) -> None:
        self.ops.append(_Op("rule", 0, self.y, width=self.width))


def _layout_slip(
    slip: SlipData, width: float, scale: float, regular: str, bold: str
) -> tuple[list[_Op], float]:
    layout = _SlipLayout(width, scale, regular, bold)
    layout.para("HIẾN MÁU TÌNH NGUYỆN - GIỌT MÁU NGHĨA TÌNH", bold, 7.5, centred=True, colour=_RED)
    layout.space(3)
    layout.para(THANKS, bold, 13, centred=True, colour=_RED)
    layout.space(2)
    name = _nfc(slip.full_name)
    if name:
        layout.para(name, bold, 12, centred=True)
        layout.space(3)
    layout.pair("Ngày hiến: ", _nfc(slip.donation_date), 10)
    layout.pair("Lượng máu hiến: ", f"{slip.volume_ml} ml", 10)
    layout.pair("Hiến máu lần thứ: ", str(slip.ordinal), 10)
    next_eligible = _nfc(slip.next_eligible)
    if next_eligible:
        layout.space(6)
        top = layout.y
        text = f"Anh/chị có thể hiến máu lần tiếp theo từ ngày {next_eligible}"
        layout.para(text, bold, 10.5, centred=True)
        layout.box_from(top, 2.5)
    layout.space(7)
    layout.para("Sau khi hiến máu, anh/chị nên:", bold, 9.5)
    layout.space(1)
    for advice in _AFTER_CARE:
        layout.para(advice, regular, 8.5, indent=9, bullet="•")
        layout.space(0.8)
    contact = _nfc(slip.center_contact)
    if contact:
        layout.space(4)
        layout.rule()
        layout.space(3)
        layout.para(f"Liên hệ: {contact}", regular, 8.5, centred=True, colour=_MUTED)
    return layout.ops, layout.y


def _draw_ops(canvas: Canvas, ops: list[_Op], left: float, top: float) -> None:
    for op in ops:
        if op.kind == "box":
            canvas.setStrokeColor(op.colour)
            canvas.setLineWidth(0.8)
            canvas.roundRect(left, top - op.y - op.height, op.width, op.height, 2 * mm)
        elif op.kind == "rule":
            canvas.setStrokeColor(_FAINT)
            canvas.setLineWidth(0.4)
            canvas.line(left, top - op.y, left + op.width, top - op.y)
        else:
            canvas.setFillColor(op.colour)
            canvas.setFont(op.font, op.size)
            if op.kind == "centred":
                canvas.drawCentredString(left + op.x, top - op.y, op.text)
            else:
                canvas.drawString(left + op.x, top - op.y, op.text)


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
    if size == "a6":
        page_w, page_h = 105 * mm, 148 * mm
        margin_x, margin_top, margin_bottom = 9 * mm, 9 * mm, 9 * mm
    else:
        page_w, page_h = 80 * mm, 0.0
        margin_x, margin_top, margin_bottom = 4 * mm, 5 * mm, 12 * mm  # room to tear off
    width = page_w - 2 * margin_x
    canvas = _new_canvas(out, (page_w, max(page_h, 1.0)), "Phiếu cảm ơn người hiến máu", regular)
    for slip in slips:
        scale = 1.0
        ops, height = _layout_slip(slip, width, scale, regular, bold)
        if page_h:
            room = page_h - margin_top - margin_bottom
            while height > room and scale > 0.4:
                scale *= 0.94
                ops, height = _layout_slip(slip, width, scale, regular, bold)
            this_h = page_h
        else:
            this_h = height + margin_top + margin_bottom
        canvas.setPageSize((page_w, this_h))
        _draw_ops(canvas, ops, margin_x, this_h - margin_top)
        canvas.showPage()
    canvas.save()
    return len(slips)


# --- the issue register ---

_MODES = {"blank": "Giấy trắng", "overlay": "In lên phôi"}
_STATUSES = {
    "issued": "Đã cấp",
    "reprinted": "In lại",
    "void": "Đã hủy",
    "voided": "Đã hủy",
}
_REGISTER_COLUMNS = (  # header, width in mm
    ("STT", 9),
    ("Số giấy CN", 24),
    ("Thời điểm cấp", 28),
    ("Họ và tên", 36),
    ("Ngày sinh", 19),
    ("Số CCCD/CMND", 25),
    ("Lượng (ml)", 12),
    ("Mã túi máu (DIN)", 28),
    ("Hình thức", 17),
    ("Người in", 26),
    ("Số lần in", 10),
    ("Trạng thái", 15),
    ("Lý do hủy", 0),  # the rest of the width
)


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
            self.setFillColor(_MUTED)
            width, _ = self._pagesize
            self.drawRightString(width - 12 * mm, 7 * mm, f"Trang {number}/{total}")
            super().showPage()
        super().save()


def write_register(rows: Sequence[RegisterRow], out: Output, *, title: str) -> int:
    """The issue register as an A4 landscape table; returns the page count.

    The header row repeats on every page, each page is numbered 'Trang x/y', and a voided
    line is printed grey. Known ``mode`` and ``status`` codes are printed in Vietnamese,
    any other text as it is.
    """
    regular, bold = register_fonts()
    page = landscape(A4)
    margin = 12 * mm
    title = _nfc(title)
    doc = SimpleDocTemplate(
        _target(out),
        pagesize=page,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=14 * mm,
        bottomMargin=13 * mm,
        title=title,
        author="HMTN Desk",
        creator="HMTN Desk",
        subject="",
        initialFontName=regular,
        initialFontSize=8,
    )
    cell = ParagraphStyle("cell", fontName=regular, fontSize=8, leading=9.6, alignment=TA_LEFT)
    grey = ParagraphStyle("void", parent=cell, textColor=_FAINT)
    red = ParagraphStyle("void status", parent=cell, fontName=bold, textColor=_RED)
    head = ParagraphStyle("head", parent=cell, fontName=bold, alignment=TA_CENTER)
    title_style = ParagraphStyle(
        "title", fontName=bold, fontSize=14, leading=18, alignment=TA_CENTER, textColor=_INK
    )
    note = ParagraphStyle("note", parent=cell, fontSize=8.5, leading=11)

    usable = page[0] - 2 * margin
    fixed = sum(width for _, width in _REGISTER_COLUMNS) * mm
    widths = [width * mm if width else usable - fixed for _, width in _REGISTER_COLUMNS]
    data: list[list[Any]] = [[Paragraph(name, head) for name, _ in _REGISTER_COLUMNS]]
    counts: dict[str, int] = {}
    voided_rows = []
    for index, row in enumerate(rows, start=1):
        status = _STATUSES.get(row.status.strip().lower(), _nfc(row.status))
        counts[status] = counts.get(status, 0) + 1
        voided = row.status.strip().lower() in {"void", "voided"}
        style = grey if voided else cell
        if voided:
            voided_rows.append(index)
        status_style = red if voided else cell
        texts = (
            _nfc(row.serial),
            _nfc(row.issued_at),
            _nfc(row.full_name),
            _nfc(row.birth_date),
            _nfc(row.id_number),
            _nfc(row.din),
            _MODES.get(row.mode.strip().lower(), _nfc(row.mode)),
            _nfc(row.printed_by),
            status,
            _nfc(row.void_reason),
        )
        paragraphs = [Paragraph(_escape(text), style) for text in texts]
        paragraphs[8] = Paragraph(_escape(status), status_style)
        data.append(
            [
                str(index),
                *paragraphs[:5],
                str(row.volume_ml),
                *paragraphs[5:8],
                str(row.print_count),
                *paragraphs[8:],
            ]
        )
    if not rows:
        data.append(["", Paragraph("Chưa cấp giấy chứng nhận nào.", cell)] + [""] * 11)

    table = LongTable(data, colWidths=widths, repeatRows=1)
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), regular, 8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (0, 1), (0, -1), "RIGHT"),
        ("ALIGN", (6, 1), (6, -1), "RIGHT"),
        ("ALIGN", (10, 1), (10, -1), "CENTER"),
        ("GRID", (0, 0), (-1, -1), 0.4, _FAINT),
        ("BACKGROUND", (0, 0), (-1, 0), Color(0.92, 0.92, 0.92)),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += [("TEXTCOLOR", (0, r), (-1, r), _FAINT) for r in voided_rows]
    table.setStyle(TableStyle(commands))

    summary = f"Tổng cộng: {len(rows)} dòng"
    if counts:
        summary += " (" + "; ".join(f"{k}: {v}" for k, v in counts.items()) + ")"
    story = [
        Paragraph(_escape(title or "Sổ cấp giấy chứng nhận hiến máu tình nguyện"), title_style),
        Spacer(1, 4 * mm),
        table,
        Spacer(1, 3 * mm),
        Paragraph(_escape(summary), note),
    ]

    def later_pages(canvas: Canvas, document: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(regular, 8)
        canvas.setFillColor(_MUTED)
        canvas.drawString(margin, page[1] - 9 * mm, title)
        canvas.restoreState()

    doc.build(story, onLaterPages=later_pages, canvasmaker=_NumberedCanvas)
    return doc.page


def _escape(text: str) -> str:
    """``text`` as Paragraph markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
