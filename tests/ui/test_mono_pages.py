"""Labels go to the printer as 1-bit pages: the threshold is Pillow's (it lets the
window's thread run meanwhile, Qt's holds the interpreter), the pixels exactly Qt's."""

import pypdfium2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from tests.ui.test_pdf_output import roll_of_slips
from ui.pdf_output import page_images


def qt_threshold(page: pypdfium2.PdfPage, dpi: int) -> QImage:
    """The page as Qt made it 1-bit before: its own threshold of the grey render."""
    bitmap = page.render(scale=dpi / 72, grayscale=True)
    grey = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                  QImage.Format.Format_Grayscale8)  # fmt: skip
    mono = grey.convertToFormat(QImage.Format.Format_Mono, Qt.ImageConversionFlag.ThresholdDither)
    mono.invertPixels()  # 0 black, 1 white
    return mono


def rows(image: QImage) -> list[bytes]:
    """Each row's pixels (the bits past the last pixel left out)."""
    data, width = bytes(image.constBits()), image.width()
    whole, rest = divmod(width, 8)
    found = []
    for y in range(image.height()):
        row = data[y * image.bytesPerLine() :][: whole + bool(rest)]
        if rest:
            row = row[:-1] + bytes([row[-1] & (0xFF << (8 - rest)) & 0xFF])
        found.append(row)
    return found


@pytest.mark.parametrize("dpi", [203, 600])
def test_one_bit_pages_have_exactly_the_pixels_of_qts_threshold(dpi):
    pdf = roll_of_slips()  # text: grey at every edge
    document = pypdfium2.PdfDocument(pdf)
    try:
        expected = [qt_threshold(page, dpi) for page in document]
    finally:
        document.close()
    made = list(page_images(pdf, dpi, monochrome=True))
    assert [image.colorTable() for image in made] == [[0xFF000000, 0xFFFFFFFF]] * 3
    assert [rows(image) for image in made] == [rows(image) for image in expected]
