"""The fixed page of the certificate on blank paper: A5 landscape geometry, the printed
texts, and the parts that are the same on every certificate.

The unchanging parts (the border, the national heading and title, the signature area and
the QR caption, the whole back page but its serial) are drawn once per document as form
XObjects by ``define_forms`` and placed on every page by name (``BORDER``, ``HEAD``,
``FOOT``, ``BACK``): a batch stays fast and small. ``printing.certificate`` draws what
changes from one certificate to the next onto this page.
"""

import itertools

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from printing.kit import FAINT, INK, MUTED, RED, centred, slanted

__all__ = [
    "A5_LANDSCAPE",
    "BACK",
    "BORDER",
    "COLUMN_GAP",
    "ENTITLEMENT",
    "FIELDS_BOTTOM",
    "FIELDS_TOP",
    "FOOT",
    "HEAD",
    "LABEL_SIZE",
    "LEFT",
    "MIDDLE",
    "NAME_SIZE",
    "QR_LEFT",
    "QR_SIDE",
    "QR_TOP",
    "RIGHT",
    "ROW_PITCH",
    "SIGN_X",
    "TITLE",
    "VALUE_SIZE",
    "define_forms",
    "down",
]

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
_BACK_ITEMS = (
    ENTITLEMENT,
    "Khi cần truyền máu, người hiến máu xuất trình Giấy chứng nhận này (bản chính) "
    "cùng giấy tờ tùy thân tại cơ sở y tế nơi điều trị.",
    "Cơ sở y tế đã truyền máu ghi ngày truyền, lượng máu đã truyền, ký tên và đóng "
    "dấu xác nhận vào bảng dưới đây.",
    "Giấy chứng nhận không có giá trị khi bị tẩy xóa, sửa chữa. Xin giữ gìn cẩn thận.",
)

# Geometry, in points; "top" distances are measured down from the top of the page.
A5_LANDSCAPE = (210 * mm, 148 * mm)
PAGE_W, PAGE_H = A5_LANDSCAPE
LEFT = 20 * mm  # text column, between the inner border (6.6 mm) and a wide margin
RIGHT = PAGE_W - 20 * mm
MIDDLE = 112 * mm  # the second column of the two-value rows
COLUMN_GAP = 3 * mm
FIELDS_TOP = 47 * mm  # first baseline of the particulars, from the top
FIELDS_BOTTOM = 99.5 * mm  # lowest baseline the particulars may use
ROW_PITCH = 6.5 * mm
LABEL_SIZE = 10.5
VALUE_SIZE = 11.0
NAME_SIZE = 13.5
QR_SIDE = 25 * mm
QR_LEFT, QR_TOP = 20 * mm, 107 * mm  # of the dark modules, quiet zone outside
SIGN_X = 150 * mm  # centre of the signature block
SIGN_BOX = (120 * mm, 116.5 * mm, 180 * mm, 139.5 * mm)  # left, top, right, bottom

# The forms, by name.
BORDER, HEAD, FOOT, BACK = "hmtnBorder", "hmtnHead", "hmtnFoot", "hmtnBack"


def down(distance: float) -> float:
    """The PDF y of a point ``distance`` points below the top of an A5 landscape page."""
    return PAGE_H - distance


def define_forms(canvas: Canvas, regular: str, bold: str) -> None:
    """Draw the unchanging parts once, as forms the pages place by name."""
    drawings = (
        (BORDER, lambda: _border(canvas)),
        (HEAD, lambda: _head(canvas, bold)),
        (FOOT, lambda: _foot(canvas, regular, bold)),
        (BACK, lambda: _back(canvas, regular, bold)),
    )
    for name, draw in drawings:
        canvas.beginForm(name)
        draw()
        canvas.endForm()


def _border(canvas: Canvas) -> None:
    """A double red frame with small diamonds in the inner corners."""
    canvas.setStrokeColor(RED)
    canvas.setLineWidth(1.5)
    canvas.rect(5 * mm, 5 * mm, PAGE_W - 10 * mm, PAGE_H - 10 * mm)
    canvas.setLineWidth(0.5)
    canvas.rect(6.6 * mm, 6.6 * mm, PAGE_W - 13.2 * mm, PAGE_H - 13.2 * mm)
    canvas.setFillColor(RED)
    for x, y in (
        (8.6 * mm, 8.6 * mm),
        (PAGE_W - 8.6 * mm, 8.6 * mm),
        (8.6 * mm, PAGE_H - 8.6 * mm),
        (PAGE_W - 8.6 * mm, PAGE_H - 8.6 * mm),
    ):
        path = canvas.beginPath()
        path.moveTo(x, y + 1.1 * mm)
        path.lineTo(x + 1.1 * mm, y)
        path.lineTo(x, y - 1.1 * mm)
        path.lineTo(x - 1.1 * mm, y)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)


def _head(canvas: Canvas, bold: str) -> None:
    """The national heading on the right and the title."""
    canvas.setFillColor(INK)
    centre = 148 * mm
    centred(canvas, centre, down(15 * mm), NATION, (bold, 10))
    motto_y = down(19.8 * mm)
    centred(canvas, centre, motto_y, MOTTO, (bold, 10.5))
    half = stringWidth(MOTTO, bold, 10.5) / 2
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.6)
    canvas.line(centre - half, motto_y - 1.6 * mm, centre + half, motto_y - 1.6 * mm)
    canvas.setFillColor(RED)
    centred(canvas, PAGE_W / 2, down(37 * mm), TITLE, (bold, 18))


def _foot(canvas: Canvas, regular: str, bold: str) -> None:
    """Signature and stamp captions and area, the QR code's caption."""
    canvas.setFillColor(INK)
    centred(canvas, SIGN_X, down(110.8 * mm), SIGNER, (bold, 10))
    canvas.setFillColor(MUTED)
    slanted(canvas, SIGN_X, down(114.8 * mm), SIGNER_NOTE, (regular, 9))
    left, top, right, bottom = SIGN_BOX
    canvas.setStrokeColor(FAINT)
    canvas.setLineWidth(0.4)
    canvas.setDash(2, 2)
    canvas.roundRect(left, down(bottom), right - left, bottom - top, 2 * mm)
    canvas.setDash()
    canvas.setFillColor(MUTED)
    caption_y = down(QR_TOP + QR_SIDE + 3.2 * mm)
    centred(canvas, QR_LEFT + QR_SIDE / 2, caption_y, QR_CAPTION, (regular, 6.5))


def _back(canvas: Canvas, regular: str, bold: str) -> None:
    """The whole back page but its serial number."""
    _border(canvas)
    canvas.setFillColor(RED)
    heading = "QUYỀN LỢI CỦA NGƯỜI HIẾN MÁU TÌNH NGUYỆN"
    centred(canvas, PAGE_W / 2, down(22 * mm), heading, (bold, 13))
    cursor = _back_items(canvas, regular, bold)
    _confirmation_table(canvas, bold, cursor - 3.5 * mm)
    canvas.setFillColor(RED)
    motto = "Giọt máu cho đi - Cuộc đời ở lại"
    slanted(canvas, PAGE_W / 2, down(134 * mm), motto, (bold, 11))


def _back_items(canvas: Canvas, regular: str, bold: str) -> float:
    """The numbered paragraphs of the back; returns the y just below the last one."""
    style = ParagraphStyle(
        "back", fontName=regular, fontSize=10, leading=13.6, alignment=TA_JUSTIFY, textColor=INK
    )
    number_x, text_x = LEFT, LEFT + 6 * mm
    cursor = down(28 * mm)
    for number, item in enumerate(_BACK_ITEMS, start=1):
        canvas.setFont(bold, 10)
        canvas.setFillColor(INK)
        # The first baseline of a Paragraph is one font size below its top.
        canvas.drawString(number_x, cursor - 10, f"{number}.")
        paragraph = Paragraph(item, style)
        _, height = paragraph.wrap(RIGHT - text_x, PAGE_H)
        paragraph.drawOn(canvas, text_x, cursor - height)
        cursor -= height + 1.6 * mm
    return cursor


def _confirmation_table(canvas: Canvas, bold: str, title_y: float) -> None:
    """The table where a hospital confirms a transfusion, its title on ``title_y``."""
    canvas.setFillColor(INK)
    title = "XÁC NHẬN CỦA CƠ SỞ Y TẾ ĐÃ TRUYỀN MÁU"
    centred(canvas, PAGE_W / 2, title_y, title, (bold, 9.5))
    top = title_y - 2.5 * mm
    columns = (LEFT, LEFT + 32 * mm, LEFT + 74 * mm, RIGHT)
    header_h, row_h, rows = 6.5 * mm, 11 * mm, 3
    bottom = top - header_h - rows * row_h
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.5)
    canvas.rect(LEFT, bottom, RIGHT - LEFT, top - bottom)
    for x in columns[1:-1]:
        canvas.line(x, bottom, x, top)
    for index in range(rows):
        y = top - header_h - index * row_h
        canvas.line(LEFT, y, RIGHT, y)
    headers = ("Ngày truyền", "Lượng máu đã truyền (ml)", "Cơ sở y tế (ký tên, đóng dấu)")
    for (left, right), text in zip(itertools.pairwise(columns), headers, strict=True):
        centred(canvas, (left + right) / 2, top - 4.4 * mm, text, (bold, 8.5))
