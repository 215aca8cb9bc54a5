"""The thank-you slip and the certificate issue register as PDF, read back as a reader
would (see ``tests/pdf_reading.py``)."""

import datetime as dt
import io
import re
from dataclasses import replace

import pytest
from pypdf import PdfReader

from printing.register import RegisterRow, write_register
from printing.slip import THANKS, SlipData, write_slips
from tests.pdf_reading import (
    assert_only_noto_embedded,
    char_boxes,
    flat,
    page_size_mm,
    page_text,
    pdf_of,
)

# --- slips ---


def slip(**changes) -> SlipData:
    values = {
        "full_name": "Đặng Thị Thu Hương",
        "volume_ml": 350,
        "donation_date": dt.date(2026, 11, 25),
        "next_eligible": dt.date(2027, 2, 17),
        "center_contact": "Viện Huyết học - Truyền máu Trung ương · ĐT 024 3868 6008",
        "ordinal": 4,
    }
    values.update(changes)
    return SlipData(**values)


@pytest.mark.parametrize(("size", "width_mm"), [("a6", 105.0), ("80mm", 80.0)])
def test_slips_thank_and_give_the_next_eligible_date(size, width_mm):
    slips = [slip(), slip(full_name="Lê Đức Tựu", next_eligible=dt.date(2027, 3, 3))]
    pdf, data, pages = pdf_of(write_slips, slips, size=size)
    assert pages == len(pdf) == 2
    for page, this in zip(pdf, slips, strict=True):
        width, height = page_size_mm(page)
        assert width == pytest.approx(width_mm, abs=0.01)
        if size == "a6":
            assert height == pytest.approx(148.0, abs=0.01)
        else:
            assert 90 < height < 250
        text = flat(page_text(page))
        assert THANKS in text
        assert this.full_name in text
        eligible = f"{this.next_eligible:%d/%m/%Y}"
        assert f"Anh/chị có thể hiến máu lần tiếp theo từ ngày {eligible}" in text
        assert "Lượng máu hiến: 350 ml" in text
        assert "Ngày hiến: 25/11/2026" in text
        assert "Giữ băng ở chỗ lấy máu 4-6 giờ" in text
        assert "Liên hệ: Viện Huyết học - Truyền máu Trung ương · ĐT 024 3868 6008" in text
        page_w, page_h = page.get_size()
        textpage = page.get_textpage()
        for index in range(textpage.count_chars()):
            left, bottom, right, top = textpage.get_charbox(index)
            if right > left:
                assert left > 0 and right < page_w and bottom > 0 and top < page_h
    assert_only_noto_embedded(data)


def test_a6_slip_with_a_very_long_contact_still_fits():
    contact = "Trung tâm Truyền máu khu vực, " * 12
    pdf, _, _ = pdf_of(write_slips, [slip(center_contact=contact)], size="a6")
    page = pdf[0]
    assert flat(contact) in flat(page_text(page))
    textpage = page.get_textpage()
    _, page_h = page.get_size()
    for index in range(textpage.count_chars()):
        _, bottom, _, top = textpage.get_charbox(index)
        assert bottom >= 0 and top <= page_h


def test_slips_refuse_an_unknown_size():
    with pytest.raises(ValueError, match="slip size"):
        write_slips([slip()], io.BytesIO(), size="a5")


# --- the issue register ---


def register_rows(count: int) -> list[RegisterRow]:
    rows = []
    for index in range(1, count + 1):
        void = index % 9 == 0
        rows.append(
            RegisterRow(
                serial=f"HM26-{index:06d}",
                issued_at=dt.datetime(2026, 11, 25, 8 + index // 60, index % 60),
                full_name=["Đặng Thị Thu Hương", "Lê Đức Tựu", "Đỗ Thị Ngọc Diễm"][index % 3],
                birth_date=dt.date(1992, 10, 15),
                id_number=f"001092{index:06d}",
                volume_ml=[250, 350, 450][index % 3],
                din=f"A9999 26 {index:06d}",
                mode="overlay" if index % 2 else "blank",
                printed_by="Nguyễn Văn An",
                print_count=2 if void else 1,
                status="void" if void else "issued",
                void_reason="In lệch, hỏng phôi" if void else "",
            )
        )
    return rows


def test_register_has_headers_rows_and_page_numbers():
    rows = register_rows(5)
    pdf, data, pages = pdf_of(write_register, rows, title="Sổ cấp giấy chứng nhận - HM261125")
    assert pages == len(pdf) == 1
    page = pdf[0]
    width, height = page_size_mm(page)
    assert (width, height) == pytest.approx((297.0, 210.0), abs=0.1)
    text = flat(page_text(page))
    for header in ("STT", "Số giấy CN", "Thời điểm cấp", "Họ và tên", "Ngày sinh"):
        assert header in text
    for header in ("Số CCCD/CMND", "Mã túi máu (DIN)", "Hình thức", "Người in", "Lý do hủy"):
        assert header in text
    assert "Sổ cấp giấy chứng nhận - HM261125" in text
    for row in rows:
        assert f"{row.serial} {row.issued_at:%d/%m/%Y %H:%M} {row.full_name} 15/10/1992" in text
        assert row.din in text
    assert "In lên phôi" in text and "Giấy trắng" in text and "Đã cấp" in text
    assert "Trang 1/1" in text
    assert "Tổng cộng: 5 dòng" in text
    assert PdfReader(io.BytesIO(data)).metadata.title == "Sổ cấp giấy chứng nhận - HM261125"


def test_register_paginates_with_the_header_on_every_page():
    rows = register_rows(130)
    pdf, _, pages = pdf_of(write_register, rows, title="Sổ cấp giấy chứng nhận")
    assert pages == len(pdf) > 2
    seen = []
    for number, page in enumerate(pdf, start=1):
        text = flat(page_text(page))
        assert "Họ và tên" in text and "Mã túi máu (DIN)" in text
        assert f"Trang {number}/{pages}" in text
        seen += re.findall(r"HM26-\d{6}", text)
    assert seen == [row.serial for row in rows]
    last = flat(page_text(pdf[len(pdf) - 1]))
    assert "Tổng cộng: 130 dòng (Đã cấp: 116; Đã hủy: 14)" in last
    assert "In lệch, hỏng phôi" in flat(page_text(pdf[0]))


def test_an_empty_register_still_prints():
    pdf, data, pages = pdf_of(write_register, [], title="Sổ cấp giấy chứng nhận")
    assert pages == 1
    assert "Chưa cấp giấy chứng nhận nào." in flat(page_text(pdf[0]))
    assert_only_noto_embedded(data)


@pytest.mark.parametrize(
    "serial", ["NDH-01-26-000001", "TTHH-HANOI01-26-000123", "AB 12/2026 DN-HCM 000001"]
)
def test_a_serial_stays_on_one_line_inside_its_column(serial):
    rows = [replace(register_rows(1)[0], serial=serial)]
    pdf, _, _ = pdf_of(write_register, rows, title="Sổ cấp giấy chứng nhận")
    page = pdf[0]
    assert serial in page_text(page)  # not broken by a line break
    boxes = char_boxes(page, serial)
    bottoms = [bottom for _, bottom, _, _ in boxes]
    assert max(bottoms) - min(bottoms) < 3  # on one line ("-" sits higher than digits)
    row_number_right = char_boxes(page, "STT")[-1][2]
    moment_left = char_boxes(page, "25/11/2026 08:01")[0][0]  # the next column's text
    assert row_number_right < boxes[0][0] and boxes[-1][2] < moment_left
