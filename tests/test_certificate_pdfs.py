"""Certificates, slips and the issue register as PDF, read back as a reader would.

Text and character positions come from PDFium; the QR code is rasterised with PDFium and
decoded with zxing-cpp; fonts, including the glyphs of the embedded subsets, are
inspected with pypdf.
"""

import ctypes
import datetime as dt
import io
import itertools
import re
import struct
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from desktop.core.foundation.progress import Cancelled, Progress
from printing.certificate import write_blank
from printing.certificate_data import CertificateData
from printing.certificate_page import ENTITLEMENT, TITLE
from printing.fonts import register_fonts
from printing.overlay import (
    DEFAULT_OVERLAY,
    FIELD_LABELS,
    OverlayLayout,
    write_calibration,
    write_overlay,
)
from printing.qr import dark_runs, qr_modules
from printing.register import RegisterRow, write_register
from printing.slip import THANKS, SlipData, write_slips

POINTS_PER_MM = 72 / 25.4
A5_LANDSCAPE_MM = (210.0, 148.0)
NOTO = {"NotoSans-Regular", "NotoSans-Bold"}


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


def pdf_of(write, *args, **kwargs) -> tuple[pdfium.PdfDocument, bytes, int]:
    out = io.BytesIO()
    pages = write(*args, out, **kwargs)
    data = out.getvalue()
    return pdfium.PdfDocument(data), data, pages


def page_text(page: pdfium.PdfPage) -> str:
    return page.get_textpage().get_text_range()


def flat(text: str) -> str:
    """Whitespace, line breaks included, collapsed to single spaces."""
    return " ".join(text.split())


def page_size_mm(page: pdfium.PdfPage) -> tuple[float, float]:
    width, height = page.get_size()
    return width / POINTS_PER_MM, height / POINTS_PER_MM


def char_origins(page: pdfium.PdfPage, value: str) -> list[tuple[float, float]]:
    """Origin (x, y in points, y up) of the first character of every occurrence of value."""
    textpage = page.get_textpage()
    text = textpage.get_text_range()
    origins = []
    for match in re.finditer(re.escape(value), text):
        x, y = ctypes.c_double(), ctypes.c_double()
        assert pdfium_c.FPDFText_GetCharOrigin(textpage.raw, match.start(), x, y)
        origins.append((x.value, y.value))
    return origins


def char_boxes(page: pdfium.PdfPage, value: str) -> list[tuple[float, float, float, float]]:
    """Boxes (left, bottom, right, top in points) of the characters of value on the page."""
    textpage = page.get_textpage()
    start = textpage.get_text_range().index(value)
    return [textpage.get_charbox(start + i) for i in range(len(value)) if not value[i].isspace()]


def decode(page: pdfium.PdfPage, dpi: float) -> list[tuple[str, str]]:
    image = page.render(scale=dpi / 72, grayscale=True).to_pil()
    return [(found.format.name, found.text) for found in zxingcpp.read_barcodes(image)]


def fonts_of(data: bytes) -> list:
    """Every font dictionary used by the pages and by the forms they place."""
    reader = PdfReader(io.BytesIO(data))
    fonts, seen = [], set()

    def visit(resources) -> None:
        if resources is None:
            return
        resources = resources.get_object()
        for reference in resources.get("/Font", {}).values():
            font = reference.get_object()
            if id(font) not in seen:
                seen.add(id(font))
                fonts.append(font)
        for reference in resources.get("/XObject", {}).values():
            xobject = reference.get_object()
            if xobject.get("/Subtype") == "/Form":
                visit(xobject.get("/Resources"))

    for page in reader.pages:
        visit(page.get("/Resources"))
    return fonts


def assert_only_noto_embedded(data: bytes) -> None:
    fonts = fonts_of(data)
    assert fonts
    names = set()
    for font in fonts:
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor  # TrueType outlines, embedded
        assert "/ToUnicode" in font  # so the text can be extracted
        names.add(str(font["/BaseFont"]).split("+", 1)[-1])
    assert names <= NOTO
    assert "NotoSans-Regular" in names


def missing_glyphs(data: bytes) -> set[str]:
    """Characters the PDF shows with the .notdef glyph of an embedded subset.

    reportlab embeds subsets whose cmap (format 6) maps each one-byte code to a glyph and
    whose ToUnicode maps the code to its character; a character the font lacks gets
    glyph 0.
    """
    missing = set()
    for font in fonts_of(data):
        to_unicode = font["/ToUnicode"].get_object().get_data().decode("latin-1")
        codes = {
            int(code, 16): chr(int(char, 16))
            for code, char in re.findall(r"<([0-9A-F]{2})> <([0-9A-F]{4})>", to_unicode)
        }
        ttf = font["/FontDescriptor"].get_object()["/FontFile2"].get_object().get_data()
        glyphs = subset_cmap(ttf)
        for code, char in codes.items():
            if not unicodedata.category(char).startswith("C") and glyphs.get(code, 0) == 0:
                missing.add(char)
    return missing


def subset_cmap(ttf: bytes) -> dict[int, int]:
    """Code -> glyph of the first format 6 cmap subtable of a TrueType font."""
    (tables,) = struct.unpack(">H", ttf[4:6])
    offsets = {}
    for index in range(tables):
        tag, _, offset, _ = struct.unpack(">4sIII", ttf[12 + 16 * index : 28 + 16 * index])
        offsets[tag] = offset
    cmap = offsets[b"cmap"]
    (count,) = struct.unpack(">H", ttf[cmap + 2 : cmap + 4])
    for index in range(count):
        _, _, sub = struct.unpack(">HHI", ttf[cmap + 4 + 8 * index : cmap + 12 + 8 * index])
        start = cmap + sub
        (fmt,) = struct.unpack(">H", ttf[start : start + 2])
        if fmt == 6:
            first, entries = struct.unpack(">HH", ttf[start + 6 : start + 10])
            ids = struct.unpack(f">{entries}H", ttf[start + 10 : start + 10 + 2 * entries])
            return {first + i: glyph for i, glyph in enumerate(ids)}
    raise AssertionError("no format 6 cmap in the embedded font")


def vietnamese_letters() -> list[str]:
    """The 12 vowels with each of the 6 tone forms, lower and upper case, and đ Đ."""
    tones = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]  # sắc huyền hỏi ngã nặng
    vowels = "aăâeêioôơuưy"
    letters = [
        unicodedata.normalize("NFC", vowel + tone)
        for vowel in vowels + vowels.upper()
        for tone in tones
    ]
    return [*letters, "đ", "Đ"]


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


# --- the values on a pre-printed form ---


def test_overlay_puts_each_value_at_its_position():
    cert = certificate()
    pdf, _, pages = pdf_of(write_overlay, [cert])
    assert pages == len(pdf) == 1
    page = pdf[0]
    assert page_size_mm(page) == pytest.approx(A5_LANDSCAPE_MM, abs=0.01)
    lines = page_text(page).split("\r\n")
    text = flat(page_text(page))
    for value in (cert.full_name, cert.address, cert.drive_place, cert.facility, cert.serial):
        assert value in lines
    for value in ("15/10/1992", cert.id_number, "25/11/2026", "350", "3"):
        assert value in text
    assert "Họ và tên" not in text and "ml" not in text  # the form prints those
    _, height = page.get_size()
    expected = {
        "full_name": cert.full_name,
        "address": cert.address,
        "serial": cert.serial,
        "id_number": cert.id_number,
        "donation_date": "25/11/2026",
    }
    for field, value in expected.items():
        x_mm, y_mm = DEFAULT_OVERLAY.positions_mm[field]
        ((x, y),) = char_origins(page, value)
        assert x / POINTS_PER_MM == pytest.approx(x_mm, abs=0.01), field
        assert (height - y) / POINTS_PER_MM == pytest.approx(y_mm, abs=0.01), field


def test_overlay_offset_moves_every_value_by_exactly_the_offset():
    cert = certificate(ordinal=7, volume_ml=250)
    base, _, _ = pdf_of(write_overlay, [cert])
    moved, _, _ = pdf_of(write_overlay, [cert], offset_mm=(3, -2))
    values = {
        "serial": cert.serial,
        "full_name": cert.full_name,
        "birth_date": "15/10/1992",
        "id_number": cert.id_number,
        "address": cert.address,
        "ordinal": "7",
        "volume_ml": "250",
        "donation_date": "25/11/2026",
        "drive_place": cert.drive_place,
        "facility": cert.facility,
    }
    assert set(values) == set(DEFAULT_OVERLAY.positions_mm)
    for field, value in values.items():
        before, after = char_origins(base[0], value), char_origins(moved[0], value)
        assert len(before) == len(after) == 1, field
        (x0, y0), (x1, y1) = before[0], after[0]
        assert (x1 - x0) / POINTS_PER_MM == pytest.approx(3, abs=0.2), field
        # y grows downwards on the form and upwards in PDF: -2 mm on the form is up 2 mm.
        assert (y1 - y0) / POINTS_PER_MM == pytest.approx(2, abs=0.2), field
        box_before = char_boxes(base[0], value)[0]
        box_after = char_boxes(moved[0], value)[0]
        assert (box_after[0] - box_before[0]) / POINTS_PER_MM == pytest.approx(3, abs=0.2)
        assert (box_after[1] - box_before[1]) / POINTS_PER_MM == pytest.approx(2, abs=0.2)
    assert page_size_mm(moved[0]) == pytest.approx(A5_LANDSCAPE_MM, abs=0.01)


def test_overlay_page_is_the_size_of_a_custom_form():
    layout = OverlayLayout(
        page_size_mm=(190.0, 135.0),
        positions_mm={"full_name": (40.0, 50.0), "issue_day": (120, 110), "issue_year": (160, 110)},
        font_size=11,
    )
    certs = [certificate(1), certificate(2, full_name="Lê Đức Tựu")]
    pdf, _, pages = pdf_of(write_overlay, certs, layout=layout, offset_mm=(-1.5, 0.5))
    assert pages == len(pdf) == 2
    for page in pdf:
        assert page_size_mm(page) == pytest.approx((190.0, 135.0), abs=0.01)
    assert page_text(pdf[1]).split("\r\n")[0] == "Lê Đức Tựu"
    ((x, y),) = char_origins(pdf[1], "Lê Đức Tựu")
    assert x / POINTS_PER_MM == pytest.approx(38.5, abs=0.01)
    assert 135 - y / POINTS_PER_MM == pytest.approx(50.5, abs=0.01)
    assert flat(page_text(pdf[0])).endswith("25 2026")


def test_overlay_long_values_stay_in_their_room():
    cert = certificate(full_name=LONG_NAME, address=LONG_ADDRESS, drive_place=LONG_PLACE)
    pdf, _, _ = pdf_of(write_overlay, [cert])
    page = pdf[0]
    width, height = page.get_size()
    raw = page_text(page)
    textpage = page.get_textpage()
    for field, value in (
        ("full_name", LONG_NAME),
        ("address", LONG_ADDRESS),
        ("drive_place", LONG_PLACE),
    ):
        match = re.search(re.escape(value).replace(r"\ ", r"\s+"), raw)
        assert match, field
        x_mm, y_mm = DEFAULT_OVERLAY.positions_mm[field]
        for index in range(match.start(), match.end()):
            if raw[index].isspace():
                continue
            left, bottom, right, top = textpage.get_charbox(index)
            # Glyph outlines may overhang their advance by a hair: 0.5 pt.
            assert x_mm * POINTS_PER_MM - 1 < left < right < width - 8 * POINTS_PER_MM + 0.5, field
            # Two lines at most, the last on the form's line (descenders aside), the first
            # clear of the line above (8 mm up, its descenders reaching about 1 mm down).
            assert bottom > height - (y_mm + 1) * POINTS_PER_MM, field
            assert top < height - (y_mm - 6) * POINTS_PER_MM, field
        assert len(raw[match.start() : match.end()].split("\r\n")) <= 2, field


def test_overlay_layout_refuses_unknown_fields():
    with pytest.raises(ValueError, match="unknown certificate fields: nickname"):
        OverlayLayout(positions_mm={"nickname": (10, 10)})


# --- calibration ---


def test_calibration_page_names_every_field_at_its_offset_position():
    offset = (3.0, -2.0)
    pdf, _, pages = pdf_of(write_calibration, offset_mm=offset)
    assert pages == len(pdf) == 1
    page = pdf[0]
    assert page_size_mm(page) == pytest.approx(A5_LANDSCAPE_MM, abs=0.01)
    text = page_text(page)
    _, height = page.get_size()
    assert "TRANG CĂN CHỈNH VỊ TRÍ IN GIẤY CHỨNG NHẬN" in text
    assert "X = +3,0 mm" in text and "Y = -2,0 mm" in text
    for field, (x_mm, y_mm) in DEFAULT_OVERLAY.positions_mm.items():
        caption = f"{field} · {FIELD_LABELS[field]}"
        assert caption in text
        ((x, y),) = char_origins(page, caption)
        # The caption sits just above and to the right of the cross-hair's centre.
        assert x / POINTS_PER_MM == pytest.approx(x_mm + offset[0] + 1.5, abs=0.01)
        assert (height - y) / POINTS_PER_MM == pytest.approx(y_mm + offset[1] - 1.2, abs=0.01)


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
