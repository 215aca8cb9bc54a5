"""Reading a PDF back as a reader would: text and character positions (PDFium), codes
(rasterised with PDFium, decoded with zxing-cpp), fonts and the glyphs of the embedded
subsets (pypdf)."""

import ctypes
import io
import re
import struct
import unicodedata

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import zxingcpp
from pypdf import PdfReader

POINTS_PER_MM = 72 / 25.4
A5_LANDSCAPE_MM = (210.0, 148.0)
NOTO = {"NotoSans-Regular", "NotoSans-Bold"}


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
