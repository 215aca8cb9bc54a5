"""The voluntary blood donation certificate (Giấy chứng nhận hiến máu tình nguyện), whole,
on blank A5 landscape paper, for sites without pre-printed forms: ``write_blank``.

Two pages per certificate: the front (national-style heading, title, the donor's
particulars, the issue place and date, the signature and stamp area and a QR code for
checking the certificate) and the back (the holder's entitlement to a free transfusion
of the same volume, and a table where a hospital confirms one).

This module draws what changes from one certificate to the next: the facility and the
serial, the particulars, the date line, the QR code and the serial on the back. The fixed
page it draws on is ``printing.certificate_page``. Values too long for their place first
shrink, then wrap where the layout has room for a second line, and never run out of it.
"""

import datetime as dt
from collections.abc import Sequence
from typing import NamedTuple

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from printing.certificate_data import CertificateData, check_certificates
from printing.certificate_page import (
    A5_LANDSCAPE,
    BACK,
    BORDER,
    COLUMN_GAP,
    FIELDS_BOTTOM,
    FIELDS_TOP,
    FOOT,
    HEAD,
    LABEL_SIZE,
    LEFT,
    MIDDLE,
    NAME_SIZE,
    QR_LEFT,
    QR_SIDE,
    QR_TOP,
    RIGHT,
    ROW_PITCH,
    SIGN_X,
    VALUE_SIZE,
    define_forms,
    down,
)
from printing.fonts import register_fonts
from printing.kit import (
    INK,
    MUTED,
    Output,
    Progress,
    centred,
    date_in_words,
    fit,
    format_date,
    new_canvas,
    nfc,
    report,
    slanted,
)
from printing.qr import draw_qr

__all__ = ["write_blank"]


def write_blank(
    certs: Sequence[CertificateData],
    out: Output,
    *,
    progress: Progress | None = None,
) -> int:
    """The whole certificates on blank A5 landscape paper, front and back; the page count.

    ``progress(done, total)`` is called after each certificate; when it raises (the
    operator cancelled), nothing is written. Meant for duplex printing; the back
    carries the serial number too, so pages printed one side at a time can be paired
    again.
    """
    check_certificates(certs)
    for cert in certs:
        if not cert.qr_payload:
            raise ValueError(f"certificate {cert.serial} has no QR payload")
    regular, bold = register_fonts()
    canvas = new_canvas(out, A5_LANDSCAPE, "Giấy chứng nhận hiến máu tình nguyện", regular)
    define_forms(canvas, regular, bold)
    painter = _BlankPainter(canvas, regular, bold)
    total = len(certs)
    for done, cert in enumerate(certs, start=1):
        painter.front(cert)
        painter.back(cert)
        report(done, total, progress)
    canvas.save()
    return 2 * total


def _date_line(place: str, day: dt.date) -> str:
    """'Hà Nội, ngày 25 tháng 11 năm 2026'; without a place 'Ngày 25 tháng 11 năm 2026'."""
    words = date_in_words(day)
    return f"{place}, {words}" if place else words[0].upper() + words[1:]


class _Cell(NamedTuple):
    """A labelled value of the particulars, between ``left`` and ``right``."""

    label: str
    value: str
    left: float
    right: float
    font: str
    size: float
    max_lines: int


class _Placed(NamedTuple):
    """A cell with its value fitted: the size and lines it is drawn in."""

    cell: _Cell
    label_width: float
    size: float
    lines: tuple[str, ...]


class _BlankPainter:
    """Draws the two pages of one certificate onto the forms of ``certificate_page``."""

    def __init__(self, canvas: Canvas, regular: str, bold: str) -> None:
        self.canvas = canvas
        self.regular = regular
        self.bold = bold

    def front(self, cert: CertificateData) -> None:
        canvas = self.canvas
        canvas.doForm(BORDER)
        canvas.doForm(HEAD)
        self._issuer(cert)
        self._particulars(cert)
        canvas.setFillColor(INK)
        line = _date_line(nfc(cert.issue_place), cert.donation_date)
        size, _ = fit(line, self.regular, 10.5, RIGHT - MIDDLE)
        slanted(canvas, SIGN_X, down(106 * mm), line, (self.regular, size))
        canvas.doForm(FOOT)
        draw_qr(canvas, cert.qr_payload, QR_LEFT, down(QR_TOP), QR_SIDE)
        canvas.showPage()

    def back(self, cert: CertificateData) -> None:
        canvas = self.canvas
        canvas.doForm(BACK)
        canvas.setFillColor(MUTED)
        canvas.setFont(self.regular, 8.5)
        canvas.drawRightString(RIGHT, down(14 * mm), f"Số: {nfc(cert.serial)}")
        canvas.showPage()

    def _issuer(self, cert: CertificateData) -> None:
        """The collecting facility in capitals and the serial number, top left."""
        canvas = self.canvas
        centre, width = 57 * mm, 78 * mm
        baseline = down(15 * mm)
        canvas.setFillColor(INK)
        facility = nfc(cert.facility).upper()
        size, lines = fit(facility, self.bold, 9.5, width, max_lines=2, min_size=8.5)
        for line in lines:
            centred(canvas, centre, baseline, line, (self.bold, size))
            baseline -= size * 1.22
        baseline += size * 1.22
        if lines:
            canvas.setStrokeColor(INK)
            canvas.setLineWidth(0.6)
            canvas.line(
                centre - 13 * mm, baseline - 1.7 * mm, centre + 13 * mm, baseline - 1.7 * mm
            )
        serial = f"Số: {nfc(cert.serial)}"
        size, _ = fit(serial, self.regular, 10, width)
        centred(canvas, centre, baseline - 6.2 * mm, serial, (self.regular, size))

    def _rows(self, cert: CertificateData) -> list[list[_Cell]]:
        """The particulars, row by row: one value across, or two side by side."""
        bold, regular = self.bold, self.regular
        end = MIDDLE - COLUMN_GAP  # of the left value of a two-value row

        def across(label: str, value: str, font: str, size: float = VALUE_SIZE) -> list[_Cell]:
            return [_Cell(label, value, LEFT, RIGHT, font, size, 2)]

        def pair(first: tuple[str, str], second: tuple[str, str], size: float) -> list[_Cell]:
            return [
                _Cell(*first, LEFT, end, bold, size, 1),
                _Cell(*second, MIDDLE, RIGHT, bold, size, 1),
            ]

        return [
            across("Họ và tên: ", nfc(cert.full_name), bold, NAME_SIZE),
            pair(
                ("Ngày sinh: ", format_date(cert.birth_date)),
                ("Số CCCD/CMND: ", nfc(cert.id_number)),
                VALUE_SIZE,
            ),
            across("Địa chỉ: ", nfc(cert.address), regular),
            pair(
                ("Đã hiến máu tình nguyện lần thứ ", str(cert.ordinal)),
                ("Lượng máu hiến: ", f"{cert.volume_ml} ml"),
                VALUE_SIZE + 1,
            ),
            [_Cell("Ngày hiến: ", format_date(cert.donation_date), LEFT, end, bold, VALUE_SIZE, 1)],
            across("Tại: ", nfc(cert.drive_place), regular),
            across("Đơn vị tổ chức: ", nfc(cert.organizer), regular),
            across("Cơ sở tiếp nhận máu: ", nfc(cert.facility), regular),
        ]

    def _particulars(self, cert: CertificateData) -> None:
        placed = [[self._place(cell) for cell in row] for row in self._rows(cert)]
        # Extra height of wrapped values; the row pitch gives way if they need the room.
        extras = [max((len(p.lines) - 1) * p.size * 1.18 for p in row) for row in placed]
        room = FIELDS_BOTTOM - FIELDS_TOP
        pitch = ROW_PITCH
        needed = pitch * (len(placed) - 1) + sum(extras)
        if needed > room:
            pitch = max((room - sum(extras)) / (len(placed) - 1), VALUE_SIZE * 1.15)
        baseline = down(FIELDS_TOP)
        for row, extra in zip(placed, extras, strict=True):
            for item in row:
                self._draw_cell(item, baseline)
            baseline -= pitch + extra

    def _place(self, cell: _Cell) -> _Placed:
        label_width = stringWidth(cell.label, self.regular, LABEL_SIZE)
        room = cell.right - cell.left - label_width
        min_size = cell.size * 0.86
        size, lines = fit(
            cell.value, cell.font, cell.size, room, max_lines=cell.max_lines, min_size=min_size
        )
        return _Placed(cell, label_width, size, lines)

    def _draw_cell(self, placed: _Placed, baseline: float) -> None:
        canvas = self.canvas
        cell = placed.cell
        canvas.setFillColor(MUTED)
        canvas.setFont(self.regular, LABEL_SIZE)
        canvas.drawString(cell.left, baseline, cell.label)
        canvas.setFillColor(INK)
        canvas.setFont(cell.font, placed.size)
        x = cell.left + placed.label_width
        for line in placed.lines:
            canvas.drawString(x, baseline, line)
            baseline -= placed.size * 1.18
