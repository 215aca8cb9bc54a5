"""The end-of-day report of a drive (báo cáo tổng kết đợt hiến máu) as A4 pages:
``write_end_of_day``, from an ``EndOfDayReport`` the core fills in.

The drive, the figures of the day (donors, screening, deferrals by reason, units, DINs,
certificates), every discrepancy with its explanation, and the sign-off: who closed the
drive and when, with room for the signatures. A drive still open is marked as such.
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape  # Paragraph markup

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from printing.fonts import register_fonts
from printing.kit import FAINT, INK, RED, Output, format_date, format_moment, nfc, pdf_target

__all__ = ["EndOfDayReport", "ReportDiscrepancy", "write_end_of_day"]


@dataclass(frozen=True)
class ReportDiscrepancy:
    title: str  # what it is, in Vietnamese: "Đã tiếp nhận nhưng chưa khám"
    items: tuple[str, ...]
    explanation: str  # the note written for it, or "" if none
    count: int | None = None  # how many things (a range of DINs is one item): len(items)


@dataclass(frozen=True)
class EndOfDayReport:
    drive_code: str
    drive_date: dt.date
    place: str  # place name and address
    organizer: str
    facility: str  # the collecting facility, if set
    figures: Sequence[tuple[str, str]]  # (Vietnamese label, value), in order
    deferrals: Sequence[tuple[str, int]]  # (reason in Vietnamese, tickets)
    discrepancies: Sequence[ReportDiscrepancy] = field(default_factory=tuple)
    closed_at: dt.datetime | None = None  # on the laptop's clock; None while open
    closed_by: str = ""
    made_at: dt.datetime | None = None  # when this report was made


_MARGIN = 16 * mm


def write_end_of_day(report: EndOfDayReport, out: Output) -> int:
    """The report as A4 portrait pages; returns the page count."""
    regular, bold = register_fonts()
    styles = _styles(regular, bold)
    title = f"Báo cáo tổng kết đợt hiến máu {nfc(report.drive_code)}"
    doc = SimpleDocTemplate(
        pdf_target(out), pagesize=A4, leftMargin=_MARGIN, rightMargin=_MARGIN,
        topMargin=14 * mm, bottomMargin=14 * mm, title=title, author="HMTN Desk",
        creator="HMTN Desk", subject="", initialFontName=regular, initialFontSize=9,
    )  # fmt: skip
    story: list[Any] = [
        Paragraph("BÁO CÁO TỔNG KẾT ĐỢT HIẾN MÁU TÌNH NGUYỆN", styles["title"]),
        Spacer(1, 2 * mm),
    ]
    if report.closed_at is None:
        story.append(Paragraph("ĐỢT HIẾN MÁU CHƯA KẾT THÚC — SỐ LIỆU TẠM THỜI", styles["warn"]))
    story += [Spacer(1, 3 * mm), _pairs(_heading(report), styles, regular), Spacer(1, 5 * mm)]
    story += [
        Paragraph("Số liệu trong ngày", styles["h2"]),
        _pairs(report.figures, styles, regular),
    ]
    if report.deferrals:
        story += [Spacer(1, 4 * mm), Paragraph("Tạm hoãn theo lý do", styles["h2"])]
        rows = [(nfc(reason) or "—", str(count)) for reason, count in report.deferrals]
        story.append(_pairs(rows, styles, regular))
    story += [Spacer(1, 4 * mm), Paragraph("Chênh lệch và giải trình", styles["h2"])]
    if not report.discrepancies:
        story.append(Paragraph("Không có chênh lệch.", styles["cell"]))
    for item in report.discrepancies:
        count = len(item.items) if item.count is None else item.count
        story.append(Paragraph(escape(f"{item.title}: {count}"), styles["bold"]))
        story.append(Paragraph(escape(", ".join(item.items)), styles["cell"]))
        note = item.explanation or "(chưa giải trình)"
        story.append(Paragraph(escape(f"Giải trình: {note}"), styles["cell"]))
        story.append(Spacer(1, 2 * mm))
    story += [Spacer(1, 8 * mm), _sign_off(report, styles)]
    doc.build(story)
    return doc.page


def _heading(report: EndOfDayReport) -> list[tuple[str, str]]:
    rows = [
        ("Mã đợt", report.drive_code),
        ("Ngày", format_date(report.drive_date)),
        ("Địa điểm", report.place),
        ("Đơn vị tổ chức", report.organizer),
    ]
    if report.facility:
        rows.append(("Cơ sở tiếp nhận máu", report.facility))
    return rows


def _sign_off(report: EndOfDayReport, styles: dict[str, ParagraphStyle]) -> Table:
    if report.closed_at is not None:
        left = [
            "Người kết thúc đợt hiến máu",
            f"{nfc(report.closed_by)}",
            f"Kết thúc lúc {format_moment(report.closed_at)}",
        ]
    else:
        left = ["Người kết thúc đợt hiến máu", "(chưa kết thúc)", ""]
    made = format_moment(report.made_at) if report.made_at else ""
    right = ["Trưởng đoàn / Bác sĩ phụ trách", "(Ký, ghi rõ họ tên)", f"Lập báo cáo lúc {made}"]
    cells = [
        [Paragraph(escape(a), styles["sign"]), Paragraph(escape(b), styles["sign"])]
        for a, b in zip(left, right, strict=True)
    ]
    table = Table(cells, colWidths=[(A4[0] - 2 * _MARGIN) / 2] * 2)
    regular = styles["cell"].fontName
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), regular, 9)])
    )
    return table


def _pairs(
    rows: Sequence[tuple[str, str]], styles: dict[str, ParagraphStyle], regular: str
) -> Table:
    data = [
        [
            Paragraph(escape(nfc(label)), styles["cell"]),
            Paragraph(escape(nfc(str(value))), styles["bold"]),
        ]
        for label, value in rows
    ]
    table = Table(data, colWidths=[75 * mm, A4[0] - 2 * _MARGIN - 75 * mm])
    table.setStyle(
        TableStyle([
            ("FONT", (0, 0), (-1, -1), regular, 9),
            ("GRID", (0, 0), (-1, -1), 0.4, FAINT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (0, -1), Color(0.95, 0.95, 0.95)),
        ])
    )  # fmt: skip
    return table


def _styles(regular: str, bold: str) -> dict[str, ParagraphStyle]:
    cell = ParagraphStyle("cell", fontName=regular, fontSize=9.5, leading=12, textColor=INK)
    return {
        "cell": cell,
        "bold": ParagraphStyle("bold", parent=cell, fontName=bold),
        "h2": ParagraphStyle("h2", parent=cell, fontName=bold, fontSize=11.5, leading=16),
        "title": ParagraphStyle(
            "title", fontName=bold, fontSize=14, leading=18, alignment=TA_CENTER, textColor=RED
        ),
        "warn": ParagraphStyle(
            "warn", parent=cell, fontName=bold, alignment=TA_CENTER, textColor=RED
        ),
        "sign": ParagraphStyle("sign", parent=cell, alignment=TA_CENTER, leading=16),
    }
