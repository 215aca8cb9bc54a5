"""The typeface of every printed document: Noto Sans, embedded in the PDF.

The fonts come from the ``pymupdf-fonts`` package (SIL Open Font License 1.1): static
Noto Sans 2.000, TrueType outlines (glyf), covering every Vietnamese letter with every
tone mark. They ship as compressed bytes inside the package, so nothing depends on the
fonts installed on the machine. reportlab embeds a subset of each font it uses.
"""

import io
import threading

import pymupdf_fonts
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"

# Font name in reportlab -> font code in pymupdf-fonts.
_SOURCES = {REGULAR: "notos", BOLD: "notosbo"}
_lock = threading.Lock()


def font_bytes(name: str) -> bytes:
    """The TrueType file of ``name`` (REGULAR or BOLD)."""
    return pymupdf_fonts.myfont(_SOURCES[name])


def register_fonts() -> tuple[str, str]:
    """Register the regular and bold fonts with reportlab; returns their names.

    Safe to call any number of times, from any thread: the fonts are read once.
    The two also form a family, so ``<b>`` in a Paragraph picks the bold one.
    """
    with _lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name in (REGULAR, BOLD):
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, io.BytesIO(font_bytes(name))))
        # Italic is not shipped here: italic requests fall back to upright.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
