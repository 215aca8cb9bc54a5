"""The certificate's values printed onto the nationally pre-printed form, and the page to
calibrate where they land.

- ``OverlayLayout`` says where a form wants each field (names in ``FIELD_LABELS``);
  ``DEFAULT_OVERLAY`` fits the usual A5 landscape form.
- ``write_overlay``: only the values, each at its position in the layout plus the
  printer's offset; the form carries the captions and the serial's box.
- ``write_calibration``: a millimetre grid with a cross-hair at every field position, to
  find that offset by holding the printout against a form.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from printing.certificate_data import CertificateData, check_certificates
from printing.fonts import register_fonts
from printing.kit import (
    INK,
    MUTED,
    RED,
    Output,
    Progress,
    centred,
    fit,
    format_date,
    new_canvas,
    nfc,
    report,
)

__all__ = [
    "DEFAULT_OVERLAY",
    "FIELD_LABELS",
    "OverlayLayout",
    "write_calibration",
    "write_overlay",
]

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

_WRAPPING_FIELDS = frozenset({"full_name", "address", "drive_place", "organizer", "facility"})
_OVERLAY_RIGHT_MARGIN = 8 * mm
# A long text field shrunk below this share of the font size takes two lines instead,
# the two no taller than one line at the full size.
_OVERLAY_WRAP_BELOW = 0.62


def write_overlay(
    certs: Sequence[CertificateData],
    out: Output,
    *,
    layout: OverlayLayout = DEFAULT_OVERLAY,
    offset_mm: tuple[float, float] = (0, 0),
    progress: Progress | None = None,
) -> int:
    """Only the values, for pre-printed forms: one page of the form's size per certificate.

    Each value starts at its layout position plus ``offset_mm`` (x to the right, y down).
    The volume is the bare number (the form prints "ml"). Returns the page count;
    ``progress`` as in ``printing.certificate.write_blank``.
    """
    check_certificates(certs)
    if not layout.positions_mm:
        raise ValueError("the overlay layout places no fields")
    regular, bold = register_fonts()
    page = (layout.page_size_mm[0] * mm, layout.page_size_mm[1] * mm)
    canvas = new_canvas(out, page, "Giấy chứng nhận hiến máu tình nguyện (in lên phôi)", regular)
    places = {name: _field_origin(layout, name, offset_mm) for name in _reading_order(layout)}
    total = len(certs)
    for done, cert in enumerate(certs, start=1):
        canvas.setFillColor(INK)
        values = _overlay_values(cert)
        for name, origin in places.items():
            if values[name]:
                font = bold if name == "full_name" else regular
                _draw_value(canvas, layout, name, values[name], font=font, origin=origin)
        canvas.showPage()
        report(done, total, progress)
    canvas.save()
    return total


def _reading_order(layout: OverlayLayout) -> list[str]:
    """The layout's fields top to bottom, then left to right."""
    return sorted(layout.positions_mm, key=lambda n: layout.positions_mm[n][::-1])


def _overlay_values(cert: CertificateData) -> dict[str, str]:
    """Every field's text; the issue date is the donation date."""
    issued = cert.donation_date
    return {
        "serial": nfc(cert.serial),
        "full_name": nfc(cert.full_name),
        "birth_date": format_date(cert.birth_date),
        "id_number": nfc(cert.id_number),
        "address": nfc(cert.address),
        "ordinal": str(cert.ordinal),
        # The form prints the unit after the blank.
        "volume_ml": str(cert.volume_ml),
        "donation_date": format_date(cert.donation_date),
        "drive_place": nfc(cert.drive_place),
        "organizer": nfc(cert.organizer),
        "facility": nfc(cert.facility),
        "issue_place": nfc(cert.issue_place),
        "issue_day": f"{issued.day:02d}",
        "issue_month": f"{issued.month:02d}",
        "issue_year": f"{issued.year:04d}",
    }


def _draw_value(
    canvas: Canvas,
    layout: OverlayLayout,
    name: str,
    value: str,
    *,
    font: str,
    origin: tuple[float, float],
) -> None:
    """One value from its baseline ``origin``, shrunk or wrapped into its room."""
    x, y = origin
    size = layout.font_size
    room = _field_room(layout, name, x)
    fitted, lines = fit(value, font, size, room)
    small = size * _OVERLAY_WRAP_BELOW
    if fitted < small and name in _WRAPPING_FIELDS:
        fitted, lines = fit(value, font, small, room, max_lines=2, min_size=small)
    canvas.setFont(font, fitted)
    # A wrapped value keeps its last line on the form's line, the first above it.
    line_y = y + (len(lines) - 1) * fitted * 1.1
    for line in lines:
        canvas.drawString(x, line_y, line)
        line_y -= fitted * 1.1


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


# --- the calibration page ---


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
    canvas = new_canvas(out, (page_w, page_h), "Trang căn chỉnh vị trí in", regular)
    _calibration_grid(canvas, layout.page_size_mm, regular)
    _calibration_notes(canvas, layout.page_size_mm, offset_mm, regular, bold)
    canvas.setStrokeColor(RED)
    canvas.setFillColor(RED)
    for name in _reading_order(layout):
        _cross_hair(canvas, layout, name, offset_mm, bold)
    canvas.showPage()
    canvas.save()
    return 1


def _cross_hair(
    canvas: Canvas,
    layout: OverlayLayout,
    name: str,
    offset_mm: tuple[float, float],
    bold: str,
) -> None:
    """A cross-hair at the field's origin, a dotted line over its room, and its name."""
    x, y = _field_origin(layout, name, offset_mm)
    arm = 4 * mm
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
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.5)
    canvas.rect(box_x, box_y, box_w, box_h, stroke=1, fill=1)
    canvas.setFillColor(INK)
    y = box_y + box_h - 4.6 * mm
    for index, line in enumerate(lines):
        font = bold if index == 0 else regular
        size, _ = fit(line, font, 7.5 if index else 8.5, box_w - 4 * mm)
        centred(canvas, page_w / 2, y, line, (font, size))
        y -= 3.6 * mm


def _mm(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def _signed(value: float) -> str:
    return ("+" if value > 0 else "") + f"{value:.1f}".replace(".", ",")
