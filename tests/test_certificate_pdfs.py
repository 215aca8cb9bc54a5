"""Certificates on blank paper and on pre-printed forms, and the calibration page, as
PDF read back as a reader would (see ``tests/pdf_reading.py``)."""

import datetime as dt
import io
import itertools
import re
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image
from reportlab.pdfbase import pdfmetrics

from desktop.core.foundation.progress import Cancelled, Progress
from printing.certificate import write_blank
from printing.certificate_data import CertificateData
from printing.certificate_page import ENTITLEMENT, TITLE
from printing.fonts import register_fonts
from printing.overlay import (
    write_calibration,
    write_overlay,
)
from printing.qr import dark_runs, qr_modules
from printing.register import write_register
from printing.slip import SlipData, write_slips
from tests.pdf_reading import (
    A5_LANDSCAPE_MM,
    POINTS_PER_MM,
    assert_only_noto_embedded,
    decode,
    flat,
    fonts_of,
    missing_glyphs,
    page_size_mm,
    page_text,
    pdf_of,
    vietnamese_letters,
)
from tests.test_slip_and_register_pdfs import register_rows, slip


def certificate(index: int = 1, **changes) -> CertificateData:
    values = {
        "serial": f"HM26-{index:06d}",
        "full_name": "Đỗ Thị Ngọc Diễm",
        "birth_date": dt.date(1992, 10, 15),
        "id_number": "001192012345",
        "address": "Số 5 ngõ 12 phố Chùa Láng, Phường Láng, Thành phố Hà Nội",
        "volume_ml": 350,
        "donation_date": dt.date(2026, 11, 25),
        "ordinal": 3,
        "drive_place": (
            "Đại học Bách khoa Hà Nội, Số 1 Đại Cồ Việt, Phường Bạch Mai, Thành phố Hà Nội"
        ),
        "organizer": "Hội Chữ thập đỏ thành phố Hà Nội",
        "facility": "Viện Huyết học - Truyền máu Trung ương",
        "qr_payload": (
            f"HMTN1|0192f3a4-5b6c-7d8e-9f01-{index:012x}|A99992600{index:04d}"
            f"|HM26-{index:06d}|K3F9Q2MZ"
        ),
        "issue_place": "Hà Nội",
    }
    values.update(changes)
    return CertificateData(**values)


# --- the certificate on blank paper ---


def test_blank_front_holds_every_particular_as_text():
    cert = certificate()
    pdf, _, pages = pdf_of(write_blank, [cert])
    assert pages == len(pdf) == 2
    for page in pdf:
        assert page_size_mm(page) == pytest.approx(A5_LANDSCAPE_MM, abs=0.01)
    lines = page_text(pdf[0]).split("\r\n")
    text = flat(page_text(pdf[0]))
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines
    assert "Độc lập - Tự do - Hạnh phúc" in lines
    assert TITLE in lines
    assert "Số: HM26-000001" in lines
    assert "Họ và tên: Đỗ Thị Ngọc Diễm" in lines
    for expected in (
        "Ngày sinh: 15/10/1992",
        "Số CCCD/CMND: 001192012345",
        f"Địa chỉ: {cert.address}",
        "Đã hiến máu tình nguyện lần thứ 3",
        "Lượng máu hiến: 350 ml",
        "Ngày hiến: 25/11/2026",
        f"Tại: {cert.drive_place}",
        "Đơn vị tổ chức: Hội Chữ thập đỏ thành phố Hà Nội",
        "Cơ sở tiếp nhận máu: Viện Huyết học - Truyền máu Trung ương",
        "Hà Nội, ngày 25 tháng 11 năm 2026",
        "Thủ trưởng cơ sở tiếp nhận máu (Ký tên, đóng dấu)",
        "Mã tra cứu giấy chứng nhận",
    ):
        assert expected in text
    assert "lần thứ 3" in text and "350 ml" in text
    assert ENTITLEMENT not in text


def test_blank_back_holds_the_entitlement_and_the_serial():
    pdf, _, _ = pdf_of(write_blank, [certificate(7)])
    back = flat(page_text(pdf[1]))
    assert ENTITLEMENT in back
    assert "truyền máu miễn phí" in back
    assert "cơ sở y tế công lập" in back
    assert "Số: HM26-000007" in back
    assert "Đỗ Thị Ngọc Diễm" not in back


def test_blank_names_another_donor_exactly():
    cert = certificate(
        full_name="Lê Đức Tựu", ordinal=12, volume_ml=450, serial="AB 0012345", issue_place=""
    )
    pdf, _, _ = pdf_of(write_blank, [cert])
    text = flat(page_text(pdf[0]))
    assert "Họ và tên: Lê Đức Tựu" in text
    assert "lần thứ 12" in text
    assert "Lượng máu hiến: 450 ml" in text
    assert "Số: AB 0012345" in text
    assert "Ngày 25 tháng 11 năm 2026" in text  # no issue place: the date alone


def test_blank_pages_come_front_then_back_per_certificate():
    names = ["Đặng Thị Thu Hương", "Lê Đức Tựu", "Đỗ Thị Ngọc Diễm"]
    certs = [certificate(i, full_name=name) for i, name in enumerate(names, start=1)]
    pdf, _, pages = pdf_of(write_blank, certs)
    assert pages == len(pdf) == 6
    for index, name in enumerate(names):
        front, back = flat(page_text(pdf[2 * index])), flat(page_text(pdf[2 * index + 1]))
        assert f"Họ và tên: {name}" in front
        assert f"HM26-{index + 1:06d}" in front
        assert f"HM26-{index + 1:06d}" in back
        assert ENTITLEMENT in back


def test_blank_qr_code_decodes_to_the_payload():
    certs = [
        certificate(1),
        certificate(
            2,
            qr_payload="HMTN1|018f2c7e-0000-7000-8000-00000000abcd|W123426999999|"
            "AB 0012345|ZZZZZZZZ",
        ),
    ]
    pdf, _, _ = pdf_of(write_blank, certs)
    for index, cert in enumerate(certs):
        assert decode(pdf[2 * index], 300) == [("QRCode", cert.qr_payload)]
        assert decode(pdf[2 * index + 1], 300) == []  # nothing on the back
    assert decode(pdf[0], 150) == [("QRCode", certs[0].qr_payload)]


@pytest.mark.parametrize(
    "payload",
    [
        "HMTN1|0192f3a4-5b6c-7d8e-9f01-000000000001|A999926000011|HM26-000123|K3F9Q2MZ",
        "short",
        "HMTN1|" + "x" * 150,
        "0123456789" * 3,
    ],
)
def test_qr_symbol_is_drawn_as_runs_covering_exactly_its_dark_modules(payload):
    modules = qr_modules(payload)
    size = len(modules)
    assert size >= 21 and (size - 17) % 4 == 0  # a full QR code, not a Micro QR
    assert all(len(row) == size for row in modules)
    runs = list(dark_runs(modules))
    drawn = [bytearray(size) for _ in range(size)]
    for row, column, length in runs:
        assert length > 0 and not any(drawn[row][column : column + length])  # no overlap
        drawn[row][column : column + length] = b"\x01" * length
    assert [bytes(row) for row in drawn] == modules
    for (row, column, length), (next_row, next_column, _) in itertools.pairwise(runs):
        assert next_row > row or next_column > column + length  # runs are merged
    # The modules themselves decode to the payload (4 px a module, 4-module quiet zone).
    image = Image.new("L", ((size + 8) * 4, (size + 8) * 4), 255)
    for row, column, length in runs:
        image.paste(0, ((column + 4) * 4, (row + 4) * 4, (column + 4 + length) * 4, (row + 5) * 4))
    found = [(code.format.name, code.text) for code in zxingcpp.read_barcodes(image)]
    assert found == [("QRCode", payload)]


@pytest.mark.parametrize(
    ("write", "args"),
    [
        (write_blank, ([certificate()],)),
        (write_overlay, ([certificate()],)),
        (write_calibration, ()),
        (
            write_slips,
            (
                [
                    SlipData(
                        "Lê Đức Tựu", 350, dt.date(2026, 11, 25), dt.date(2027, 2, 17), "ĐT 1", 2
                    )
                ],
            ),
        ),
        (write_register, ([],)),
    ],
)
def test_only_noto_sans_is_used_and_it_is_embedded(write, args):
    kwargs = {"title": "Sổ cấp giấy chứng nhận"} if write is write_register else {}
    _, data, _ = pdf_of(write, *args, **kwargs)
    assert_only_noto_embedded(data)
    assert not missing_glyphs(data)


def test_every_vietnamese_letter_in_the_name_comes_back_exactly():
    letters = vietnamese_letters()
    assert len(letters) == 24 * 6 + 2 and all(len(letter) == 1 for letter in letters)
    for name in register_fonts():
        char_to_glyph = pdfmetrics.getFont(name).face.charToGlyph
        assert all(char_to_glyph.get(ord(letter), 0) for letter in letters), name

    # One word per vowel with its six tone forms: a realistic line length per name.
    words = ["".join(letters[i : i + 6]) for i in range(0, 144, 6)]
    names = [" ".join(words[:12]), " ".join(words[12:]), "Đặng Đình Đức đ Đ"]
    certs = [certificate(i, full_name=name) for i, name in enumerate(names, start=1)]
    pdf, data, _ = pdf_of(write_blank, certs)
    for index, name in enumerate(names):
        assert f"Họ và tên: {name}" in flat(page_text(pdf[2 * index]))
    assert not missing_glyphs(data)
    embedded = set()
    for font in fonts_of(data):
        to_unicode = font["/ToUnicode"].get_object().get_data().decode("latin-1")
        embedded |= {
            chr(int(c, 16)) for c in re.findall(r"<[0-9A-F]{2}> <([0-9A-F]{4})>", to_unicode)
        }
    assert set(letters) <= embedded


def test_decomposed_input_is_printed_composed():
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Ánh Tuyết")
    pdf, _, _ = pdf_of(write_blank, [certificate(full_name=decomposed)])
    assert "Họ và tên: Nguyễn Thị Ánh Tuyết" in flat(page_text(pdf[0]))


LONG_NAME = "Tôn Nữ Hoàng Thị Phương Thảo Nguyễn Huỳnh Ngọc Bảo Trân Công Tằng Tôn Nữ"
LONG_ADDRESS = (
    "Phòng 1203, tòa nhà CT2B, khu đô thị mới Nghĩa Đô, số 106 đường Hoàng Quốc Việt, "
    "tổ dân phố số 18, Phường Nghĩa Đô, Thành phố Hà Nội (địa chỉ cũ: phường Nghĩa Tân, "
    "quận Cầu Giấy, thành phố Hà Nội)"
)
LONG_PLACE = (
    "Nhà thi đấu đa năng Trường Đại học Kinh tế Quốc dân, số 207 đường Giải Phóng, "
    "Phường Bạch Mai, Thành phố Hà Nội - điểm hiến máu lưu động Chủ nhật đỏ lần thứ XVIII"
)
LONG_FACILITY = "Khoa Huyết học - Truyền máu, Bệnh viện Đa khoa Trung ương Cần Thơ cơ sở 2"


def test_long_values_shrink_or_wrap_inside_the_certificate():
    cert = certificate(
        full_name=LONG_NAME,
        address=LONG_ADDRESS,
        drive_place=LONG_PLACE,
        organizer=LONG_PLACE,
        facility=LONG_FACILITY,
        issue_place="Thành phố Hồ Chí Minh",
    )
    pdf, _, _ = pdf_of(write_blank, [cert])
    page = pdf[0]
    text = flat(page_text(page))
    for value in (LONG_NAME, LONG_ADDRESS, LONG_PLACE, LONG_FACILITY):
        assert value in text
    assert "Thành phố Hồ Chí Minh, ngày 25 tháng 11 năm 2026" in text
    width, height = page.get_size()
    inner = 6.6 * POINTS_PER_MM  # the inner border
    raw = page_text(page)
    for value in (LONG_NAME, LONG_ADDRESS, LONG_PLACE, LONG_FACILITY):
        # The value may be split over lines: find it in the text as extracted.
        pieces = re.escape(value).replace(r"\ ", r"\s+")
        match = re.search(pieces, raw)
        assert match, value
        textpage = page.get_textpage()
        for index in range(match.start(), match.end()):
            if raw[index].isspace():
                continue
            left, bottom, right, top = textpage.get_charbox(index)
            assert inner < left < right < width - 20 * POINTS_PER_MM + 0.5, value
            # Above the issue date line and the signature block.
            assert height - 101 * POINTS_PER_MM < bottom < top < height - inner, value


# --- progress, cancelling, outputs ---


@pytest.mark.parametrize("write", [write_blank, write_overlay])
def test_progress_is_reported_and_cancelling_writes_nothing(write, tmp_path: Path):
    certs = [certificate(i) for i in range(1, 4)]
    calls = []
    pages = write(certs, io.BytesIO(), progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 3), (2, 3), (3, 3)]
    assert pages == (6 if write is write_blank else 3)

    target = tmp_path / "cancelled.pdf"
    calls.clear()
    progress = Progress(lambda _, done, total: calls.append((done, total)), lambda: bool(calls))
    with pytest.raises(Cancelled):
        write(certs, target, progress=progress.pages("certificates"))
    assert calls == [(1, 3)]
    assert not target.exists()
    with pytest.raises(Cancelled):
        write(certs, io.BytesIO(), progress=Progress(cancel_requested=lambda: True).pages("x"))


def test_writes_to_a_path_a_file_name_and_a_stream(tmp_path: Path):
    certs = [certificate()]
    assert write_blank(certs, tmp_path / "a.pdf") == 2
    assert write_overlay(certs, str(tmp_path / "b.pdf")) == 1
    assert write_calibration(tmp_path / "c.pdf") == 1
    assert write_slips([slip()], tmp_path / "d.pdf", size="80mm") == 1
    assert write_register(register_rows(3), tmp_path / "e.pdf", title="Sổ") == 1
    for name, pages in (("a", 2), ("b", 1), ("c", 1), ("d", 1), ("e", 1)):
        data = (tmp_path / f"{name}.pdf").read_bytes()
        assert data.startswith(b"%PDF-")
        assert len(pdfium.PdfDocument(data)) == pages


def test_refuses_nothing_to_print():
    with pytest.raises(ValueError, match="no certificates"):
        write_blank([], io.BytesIO())
    with pytest.raises(ValueError, match="no certificates"):
        write_overlay([], io.BytesIO())
    with pytest.raises(ValueError, match="no slips"):
        write_slips([], io.BytesIO())
    with pytest.raises(ValueError, match="QR"):
        write_blank([certificate(qr_payload="")], io.BytesIO())
