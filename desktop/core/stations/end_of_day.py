"""The end-of-day report's content: the reconciliation's figures in the words of the
printed report (Vietnamese, as every printed document), the discrepancies with their
explanations, and who closed the drive and when."""

import datetime as dt
from typing import TYPE_CHECKING

from db import drives as drive_queries
from desktop.core.domain.dates import local_moment
from desktop.core.domain.records import Drive
from desktop.core.domain.vocabulary import DiscrepancyKind
from desktop.core.stations.reconciliation import Reconciliation, ReconciliationService

if TYPE_CHECKING:  # it loads reportlab: imported where the report is made
    from printing.end_of_day import EndOfDayReport

DISCREPANCY_TITLES = {
    DiscrepancyKind.WAITING: "Đã tiếp nhận nhưng chưa khám",
    DiscrepancyKind.ACCEPTED_NO_UNIT: "Đủ điều kiện nhưng chưa ghi nhận đơn vị máu",
    DiscrepancyKind.UNUSED_DINS: "Mã DIN chưa dùng, chưa hủy",
    DiscrepancyKind.RESERVED_CERTIFICATES: "Số giấy chứng nhận đã giữ, chưa xác nhận in",
}


def figures(s: Reconciliation) -> list[tuple[str, str]]:
    """The figures of the day, labelled as the printed report says them."""
    rows: list[tuple[str, int]] = [
        ("Đã tiếp nhận", s.checked_in),
        ("Chờ khám", s.waiting),
        ("Đã khám", s.screened),
        ("Đủ điều kiện hiến", s.accepted),
        ("Tạm hoãn hoặc không đủ điều kiện", s.deferred),
        ("Lấy máu đủ", s.complete),
        ("Lấy máu không đủ", s.incomplete),
        ("Không lấy được máu", s.not_collected),
        ("Đủ điều kiện, chưa có đơn vị máu", s.accepted_no_unit),
        ("Ra về trước khi hiến", s.left),
        ("Mã DIN cấp cho đợt", s.dins_allocated),
        ("Mã DIN đã in nhãn", s.dins_printed),
        ("Mã DIN cấp nhưng chưa in nhãn", s.dins_never_printed),
        ("Mã DIN đã dùng", s.dins_used),
        ("Mã DIN đã hủy", s.dins_voided),
        ("Mã DIN đã in, chưa dùng, chưa hủy", s.dins_unaccounted),
        ("Mã DIN dùng từ cuộn in sẵn", s.dins_from_rolls),
        ("Giấy chứng nhận đã cấp", s.certificates_issued),
        ("Giấy chứng nhận đã hủy", s.certificates_voided),
        ("Số giấy chứng nhận đã giữ, chưa xác nhận in", s.certificates_reserved),
        ("Lần hiến đủ chưa được cấp giấy chứng nhận", s.certificates_pending),
    ]
    counted = [(label, f"{value:,}".replace(",", ".")) for label, value in rows]
    # Which laptop's numbers these are: its tickets carry the letter, its DINs the block.
    return [*counted, ("Máy lập báo cáo: chữ cái của bàn · dải số DIN", s.desk)]


def end_of_day_report(
    reconciliation: ReconciliationService, drive: Drive, now: dt.datetime | None = None
) -> "EndOfDayReport":
    from printing.end_of_day import EndOfDayReport, ReportDiscrepancy  # noqa: PLC0415 - reportlab: loaded when printing

    summary = reconciliation.summary(drive)
    row = drive_queries.get(reconciliation.db, drive.id) or {}
    closed_at = row.get("closed_at")
    return EndOfDayReport(
        drive_code=drive.code,
        drive_date=drive.drive_date,
        place=", ".join(part for part in (drive.place_name, drive.address) if part),
        organizer=drive.organizer,
        facility=reconciliation.settings.facility,
        figures=figures(summary),
        deferrals=[
            (summary.reason_names.get(code, {}).get("vi", code) if code else "", count)
            for code, count in summary.deferred_by_reason.items()
        ],
        discrepancies=[
            ReportDiscrepancy(DISCREPANCY_TITLES[d.kind], d.items, d.note or "", len(d.keys))
            for d in summary.discrepancies
        ],
        closed_at=local_moment(closed_at) if closed_at else None,
        closed_by=row.get("closed_by") or "",
        made_at=now or dt.datetime.now(),
    )
