"""DIN labels as PDF, read back as a scanner and a PDF reader would.

Every page is rasterised with PDFium and decoded with zxing-cpp; the text is extracted
with PDFium; the font dictionaries are inspected with pypdf.
"""

import io
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from printing.fonts import BOLD, REGULAR, register_fonts
from printing.labels import LABEL_LAYOUTS, Label, barcode_geometry, write_labels

THERMAL = {"50x25": (50.0, 25.0), "70x30": (70.0, 30.0)}
SHEET_COLUMNS, SHEET_ROWS = 3, 10
POINTS_PER_MM = 72 / 25.4
CAPTIONS = ["Túi máu", "Ống mẫu 1", "Ống mẫu 2", "Phiếu"]
FOOTER = "HM261125 · 25/11/2026"

_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"


def check_value(din13: str) -> int:
    """ISO/IEC 7064 MOD 37-2, as in the domain notes."""
    total = sum(_ALPHABET.index(char) * 2 ** (13 - i) for i, char in enumerate(din13))
    return (38 - total % 37) % 37


def din_label(fin: str, year: int, sequence: int, caption: str) -> Label:
    """A syntactically valid DIN label with type 3 flags (60 + check value)."""
    din13 = f"{fin}{year:02d}{sequence:06d}"
    value = check_value(din13)
    flags = f"{60 + value}"
    return Label(
        barcode_data=f"={din13}{flags}",
        din_text=f"{fin} {year:02d} {sequence:06d}",
        flags=flags,
        check=_ALPHABET[value],
        caption=caption,
        footer=FOOTER,
    )


def label_sets(count: int) -> list[Label]:
    """``count`` labels: sets of bag, two tubes and paperwork, DINs from several FINs."""
    fins = ["A9999", "W1234", "11234", "Z0001"]
    labels = []
    for index in range(count):
        din_index, caption_index = divmod(index, len(CAPTIONS))
        fin = fins[din_index % len(fins)]
        labels.append(din_label(fin, 26, 100_000 + 7 * din_index, CAPTIONS[caption_index]))
    return labels


def decode_page(page: pdfium.PdfPage, dpi: float) -> list[tuple[float, float, str, str]]:
    """Every bar code on the page: (x, y of its centre in mm from the top left, format, text)."""
    image = page.render(scale=dpi / 72, grayscale=True).to_pil()
    found = []
    for result in zxingcpp.read_barcodes(image):
        corners = [result.position.top_left, result.position.bottom_right]
        x = sum(point.x for point in corners) / 2 * 25.4 / dpi
        y = sum(point.y for point in corners) / 2 * 25.4 / dpi
        found.append((x, y, result.format.name, result.text))
    return found


def page_text(page: pdfium.PdfPage) -> str:
    return page.get_textpage().get_text_range()


def render(labels: list[Label], layout: str) -> tuple[bytes, int]:
    out = io.BytesIO()
    pages = write_labels(labels, layout, out, title="DIN HM261125")
    return out.getvalue(), pages


# --- the font ---


def vietnamese_letters() -> list[str]:
    vowels = "aăâeêioôơuưy"
    tones = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]  # sắc huyền hỏi ngã nặng
    letters = [
        unicodedata.normalize("NFC", vowel + tone)
        for vowel in vowels + vowels.upper()
        for tone in tones
    ]
    return [*letters, "đ", "Đ"]


def test_every_vietnamese_letter_has_a_glyph_in_both_fonts():
    letters = vietnamese_letters()
    assert len(letters) == 24 * 6 + 2
    assert all(len(letter) == 1 for letter in letters)  # all precomposed in NFC
    for name in register_fonts():
        char_to_glyph = pdfmetrics.getFont(name).face.charToGlyph
        missing = [ch for ch in letters if char_to_glyph.get(ord(ch), 0) == 0]
        assert not missing, f"{name} lacks {''.join(missing)}"
        others = "0123456789 ·/-:()" + "bcdghklmnpqrstvx" + "BCDGHKLMNPQRSTVX"
        assert all(char_to_glyph.get(ord(ch), 0) for ch in others), name


def test_register_fonts_is_idempotent():
    first = register_fonts()
    font = pdfmetrics.getFont(first[0])
    assert register_fonts() == first == (REGULAR, BOLD)
    assert pdfmetrics.getFont(first[0]) is font


# --- the labels, read back ---


@pytest.mark.parametrize("layout", ["50x25", "70x30"])
def test_thermal_labels_one_per_page_of_the_label_size(layout):
    labels = label_sets(6)
    data, pages = render(labels, layout)
    pdf = pdfium.PdfDocument(data)
    assert pages == len(pdf) == len(labels)
    width_mm, height_mm = THERMAL[layout]
    for index, label in enumerate(labels):
        page = pdf[index]
        width, height = page.get_size()
        assert width / POINTS_PER_MM == pytest.approx(width_mm, abs=0.01)
        assert height / POINTS_PER_MM == pytest.approx(height_mm, abs=0.01)

        # 203 dpi is what most thermal label printers have, 600 a close look.
        for dpi in (203, 600):
            found = decode_page(page, dpi)
            assert [(fmt, text) for _, _, fmt, text in found] == [
                ("Code128", label.barcode_data)
            ], (index, dpi)

        text = page_text(page)
        lines = text.split("\r\n")
        assert label.din_text in lines
        assert label.flags in lines
        assert label.check in lines
        assert label.caption in lines
        assert label.footer in lines


def test_a4_sheet_fills_rows_then_a_new_page():
    labels = label_sets(35)  # a full sheet of 30 and 5 on the next
    data, pages = render(labels, "a4")
    pdf = pdfium.PdfDocument(data)
    assert pages == len(pdf) == 2
    for page_index, page in enumerate(pdf):
        width, height = page.get_size()
        assert width / POINTS_PER_MM == pytest.approx(210, abs=0.1)
        assert height / POINTS_PER_MM == pytest.approx(297, abs=0.1)
        on_page = labels[page_index * 30 : (page_index + 1) * 30]

        found = decode_page(page, 300)
        assert len(found) == len(on_page)
        by_cell = {}
        for x, y, fmt, text in found:
            assert fmt == "Code128"
            cell = int(y // 29.7) * SHEET_COLUMNS + int(x // 70)
            assert cell not in by_cell
            by_cell[cell] = text
        assert by_cell == {cell: label.barcode_data for cell, label in enumerate(on_page)}

        lines = page_text(page).split("\r\n")
        for label in on_page:
            for expected in (label.din_text, label.flags, label.check, label.caption):
                assert expected in lines
        assert lines.count("Ống mẫu 1") == sum(lab.caption == "Ống mẫu 1" for lab in on_page)


def test_a4_sheet_also_decodes_at_600_dpi():
    labels = label_sets(3)
    data, _ = render(labels, "a4")
    found = decode_page(pdfium.PdfDocument(data)[0], 600)
    assert sorted(text for _, _, _, text in found) == sorted(lab.barcode_data for lab in labels)


@pytest.mark.parametrize("layout", LABEL_LAYOUTS)
def test_the_font_is_embedded_and_the_only_one(layout):
    data, _ = render(label_sets(4), layout)
    reader = PdfReader(io.BytesIO(data))
    names = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        assert fonts
        for reference in fonts.values():
            font = reference.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor  # TrueType outlines, embedded
            assert "/ToUnicode" in font  # so the text can be extracted
            names.add(str(font["/BaseFont"]).split("+", 1)[-1])
    assert names == {"NotoSans-Regular", "NotoSans-Bold"}
    assert reader.metadata.title == "DIN HM261125"


def test_flags_are_rotated_and_the_din_is_not():
    label = din_label("A9999", 26, 123456, "Ống mẫu 1")
    data, _ = render([label], "70x30")
    textpage = pdfium.PdfDocument(data)[0].get_textpage()
    text = textpage.get_text_range()
    start = text.index(label.din_text + "\r\n" + label.flags) + len(label.din_text) + 2
    first, second = (textpage.get_charbox(start + i) for i in range(2))
    assert text[start : start + 2] == label.flags
    # Clockwise: the second flag character is below the first, in the same column.
    assert second[3] < first[3]
    assert abs(second[0] - first[0]) < 1
    din_first = textpage.get_charbox(text.index(label.din_text))
    din_last = textpage.get_charbox(text.index(label.din_text) + len(label.din_text) - 1)
    assert din_last[0] > din_first[0]
    assert din_last[1] == pytest.approx(din_first[1], abs=0.5)


@pytest.mark.parametrize("layout", LABEL_LAYOUTS)
def test_bar_code_geometry(layout):
    x_mm, symbol_mm, with_quiet_mm = barcode_geometry("=A99992612345689", layout)
    assert x_mm == pytest.approx(0.254)
    assert symbol_mm == pytest.approx(145 * 0.254)  # start, "=", "A", code C, 7 pairs, check, stop
    assert with_quiet_mm == pytest.approx(symbol_mm + 20 * 0.254)
    assert with_quiet_mm < 50


def test_a_long_caption_is_shrunk_to_fit_the_label():
    caption = "Ống mẫu xét nghiệm huyết thanh học bổ sung số 1 (lưu mẫu)"
    label = din_label("W1234", 26, 1, caption)
    data, _ = render([label], "50x25")
    page = pdfium.PdfDocument(data)[0]
    textpage = page.get_textpage()
    text = textpage.get_text_range()
    assert caption in text.split("\r\n")
    width, _ = page.get_size()
    start = text.index(caption)
    left = textpage.get_charbox(start)[0]
    right = textpage.get_charbox(start + len(caption) - 1)[2]
    assert 0 < left < right < width
    found = decode_page(page, 600)
    assert [text for _, _, _, text in found] == [label.barcode_data]


def test_writes_to_a_path_a_file_name_and_a_stream(tmp_path: Path):
    labels = label_sets(2)
    assert write_labels(labels, "50x25", tmp_path / "a.pdf") == 2
    assert write_labels(labels, "50x25", str(tmp_path / "b.pdf")) == 2
    stream = io.BytesIO()
    assert write_labels(labels, "50x25", stream) == 2
    for data in ((tmp_path / "a.pdf").read_bytes(), stream.getvalue()):
        assert data.startswith(b"%PDF-")
        assert len(pdfium.PdfDocument(data)) == 2


def test_refuses_what_it_cannot_print():
    label = label_sets(1)[0]
    with pytest.raises(ValueError, match="layout"):
        write_labels([label], "100x50", io.BytesIO())
    with pytest.raises(ValueError, match="no labels"):
        write_labels([], "a4", io.BytesIO())
    bad = Label("=Ă99992612345689", "Ă9999 26 123456", "89", "T", "Túi máu")
    with pytest.raises(ValueError, match="ASCII"):
        write_labels([bad], "70x30", io.BytesIO())
