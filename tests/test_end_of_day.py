"""End of day: DINs counted as printed only when their labels came out, unused DINs as
ranges voided with one reason, certificate serials reserved and never confirmed, and
the report signed off by whoever closed the drive, read back from its PDF."""

import io
import re

import pypdfium2
import pytest

from desktop.cli import main
from desktop.core.domain.problems import UserError
from desktop.core.domain.vocabulary import DinStatus, StaffRole
from desktop.core.jobs.certificates import CertificateJob
from desktop.core.jobs.labels import LabelJob
from desktop.core.jobs.reports import render_end_of_day
from desktop.core.stations.end_of_day import end_of_day_report
from tests.factories import MALE
from tests.pdf_reading import assert_only_noto_embedded, flat, page_text
from tests.people import person
from tests.signin import credentials, secure
from tests.test_certificates import codes
from tests.test_certificates import donate as donate_fixture

donate = donate_fixture


def pdf_text(data: bytes) -> str:
    document = pypdfium2.PdfDocument(data)
    try:
        return flat(" ".join(page_text(page) for page in document))
    finally:
        document.close()


@pytest.fixture
def labelled(services, drive):
    """100 DINs: the labels of the first 50 printed, the other 50 allocated by a job
    that was cancelled before anything came out."""
    services.dins.set_fin("A9999")
    printed = LabelJob.new(services.dins, drive, 50, "50x25", tubes=1)
    printed.render(io.BytesIO())
    printed.commit()
    LabelJob.new(services.dins, drive, 50, "50x25", tubes=1)  # never rendered
    return services.dins.for_drive(drive)


def test_dins_never_printed_are_counted_as_such_and_listed_as_ranges(services, drive, labelled):
    services.dins.void(labelled[0].din.number, "Nhãn bị nhòe")
    summary = services.reconciliation.summary(drive)
    assert (summary.dins_allocated, summary.dins_printed, summary.dins_never_printed) == (
        100, 50, 50,
    )  # fmt: skip
    assert (summary.dins_voided, summary.dins_unaccounted) == (1, 49)
    [unused] = [d for d in summary.discrepancies if d.kind == "unused_dins"]
    assert unused.items == ("A9999 26 000002–000050 (49)", "A9999 26 000051–000100 (50)")
    assert [r.printed for r in unused.ranges] == [True, False]


def test_a_whole_unused_range_is_voided_with_one_reason(services, drive, labelled):
    summary = services.reconciliation.summary(drive)
    [unused] = [d for d in summary.discrepancies if d.kind == "unused_dins"]
    never_printed = unused.ranges[1]
    with pytest.raises(UserError):
        services.reconciliation.void_unused_dins(drive, list(never_printed.numbers), " ")
    services.reconciliation.void_unused_dins(
        drive, list(never_printed.numbers), "In nhãn bị hủy giữa chừng, chưa in"
    )
    records = {r.din.number: r for r in services.dins.for_drive(drive)}
    assert {records[n].status for n in never_printed.numbers} == {DinStatus.VOIDED}
    assert {records[n].void_reason for n in never_printed.numbers} == {
        "In nhãn bị hủy giữa chừng, chưa in"
    }
    [left] = [d for d in services.reconciliation.summary(drive).discrepancies
              if d.kind == "unused_dins"]  # fmt: skip
    assert left.items == ("A9999 26 000001–000050 (50)",)


def test_serials_reserved_and_never_confirmed_must_be_settled_before_closing(
    services, drive, donate
):
    unit = donate()
    CertificateJob.issue(services.certificates, drive, [unit.id], "blank")  # then a crash
    summary = services.reconciliation.summary(drive)
    assert (summary.certificates_reserved, summary.certificates_pending) == (1, 0)
    [reserved] = [d for d in summary.discrepancies if d.kind == "reserved_certificates"]
    assert reserved.items == ("HMTN-A26-000001",)
    with pytest.raises(UserError) as refused:
        services.reconciliation.close(drive)
    assert codes(refused.value) == ["unexplained_discrepancies"]
    assert services.reconciliation.void_reserved_certificates(drive, "Máy treo khi in") == 1
    summary = services.reconciliation.summary(drive)
    assert (summary.certificates_reserved, summary.certificates_voided) == (0, 1)
    assert summary.certificates_pending == 1
    services.reconciliation.close(drive)


def test_the_reasons_of_end_of_day_voids_are_cleaned_and_held_to_their_length(
    services, drive, donate, labelled
):
    unit = donate()
    CertificateJob.issue(services.certificates, drive, [unit.id], "blank")  # then a crash
    summary = services.reconciliation.summary(drive)
    [unused] = [d for d in summary.discrepancies if d.kind == "unused_dins"]
    numbers = list(unused.ranges[1].numbers)
    for hostile, code in (("\u200b\u202e", "required"), ("x" * 301, "too_long")):
        for void in (
            lambda reason: services.reconciliation.void_reserved_certificates(drive, reason),
            lambda reason: services.reconciliation.void_unused_dins(drive, numbers, reason),
        ):
            with pytest.raises(UserError) as refused:
                void(hostile)
            assert codes(refused.value) == [code]
    services.reconciliation.void_reserved_certificates(drive, "Máy\u202e treo\x00 khi in")
    services.reconciliation.void_unused_dins(drive, numbers, "Chưa\u200b in\tnhãn")
    [row] = services.certificates.register(drive)
    assert row.void_reason == "Máy treo khi in"
    records = {r.din.number: r for r in services.dins.for_drive(drive)}
    assert {records[n].void_reason for n in numbers} == {"Chưa in nhãn"}


def test_the_report_gives_the_figures_signed_off_by_who_closed_the_drive(services, drive, donate):
    first, _second = donate(), donate("Lê Đức Tựu", MALE)
    CertificateJob.issue(services.certificates, drive, [first.id], "blank").commit()
    services.staff.sign_in(person(services, "Nguyễn Thị Thu Hà", StaffRole.ADMIN))
    services.reconciliation.close(drive)
    out = io.BytesIO()
    assert render_end_of_day(end_of_day_report(services.reconciliation, drive), out) >= 1
    text = pdf_text(out.getvalue())
    assert "BÁO CÁO TỔNG KẾT ĐỢT HIẾN MÁU TÌNH NGUYỆN" in text
    assert "HM261124" in text and "24/11/2026" in text and "Trường THPT Chu Văn An" in text
    assert "Lấy máu đủ 2" in text
    assert "Giấy chứng nhận đã cấp 1" in text
    assert "Lần hiến đủ chưa được cấp giấy chứng nhận 1" in text
    assert "Máy lập báo cáo: chữ cái của bàn · dải số DIN A · 000001–038461" in text
    assert "Người kết thúc đợt hiến máu" in text and "Nguyễn Thị Thu Hà" in text
    assert re.search(r"Kết thúc lúc \d\d/\d\d/\d{4} \d\d:\d\d", text)
    assert "CHƯA KẾT THÚC" not in text
    assert_only_noto_embedded(out.getvalue())


@pytest.mark.qt  # hmtn prints through Qt's translators
def test_the_command_line_writes_the_report(services, drive, db_path, tmp_path, capsys):
    services.close()
    secure(db_path)  # a command opens it signed in
    login = credentials(tmp_path)
    out = tmp_path / "tong-ket.pdf"
    argv = ["drives", "report", "--db", str(db_path), *login, "--drive", drive.code, "--out",
            str(out)]  # fmt: skip
    assert main(argv) == 0
    assert str(out) in capsys.readouterr().out
    text = pdf_text(out.read_bytes())
    assert "ĐỢT HIẾN MÁU CHƯA KẾT THÚC" in text and "HM261124" in text
    assert main([*argv[:-2], "--drive", "NOPE", "--out", str(out)]) == 2
    assert main(["drives", "--db", str(db_path), *login]) == 0  # the list still works
