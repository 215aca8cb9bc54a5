"""The values printed on a pre-printed certificate form, and the calibration page, as
PDF read back as a reader would (see ``tests/pdf_reading.py``)."""

import re

import pytest

from printing.overlay import (
    DEFAULT_OVERLAY,
    FIELD_LABELS,
    OverlayLayout,
    write_calibration,
    write_overlay,
)
from tests.pdf_reading import (
    A5_LANDSCAPE_MM,
    POINTS_PER_MM,
    char_boxes,
    char_origins,
    flat,
    page_size_mm,
    page_text,
    pdf_of,
)
from tests.test_certificate_pdfs import LONG_ADDRESS, LONG_NAME, LONG_PLACE, certificate

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
