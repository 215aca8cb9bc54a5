"""The shared kit of the certificate desk's documents (certificate, overlay, slip, register).

It owns what every one of them needs and none of them owns alone:

- where a PDF goes (``Output``), a new canvas with the document's metadata
  (``new_canvas``), and progress while a batch is written (``report``: the caller's
  callback may raise to stop the batch, and nothing is saved);
- the inks (``RED``, ``INK``, ``MUTED``, ``FAINT``) and the slant of "italic" lines;
- text: Unicode NFC (``nfc``), fitting a value to its room by shrinking or wrapping
  (``fit``), wrapping a paragraph (``wrap``), centred and slanted lines;
- dates as Vietnamese readers write them: the documents take ``datetime.date`` and
  ``datetime.datetime`` values and print them dd/mm/yyyy (``format_date``,
  ``format_moment``) or in words (``date_in_words``).

All text is real text in Noto Sans (regular and bold, embedded), so it can be searched and
copied. Italic is drawn as slanted upright text: Noto Sans italic is not shipped.
"""

import datetime as dt
import functools
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.colors import Color
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

__all__ = [
    "FAINT",
    "INK",
    "MUTED",
    "RED",
    "Font",
    "Output",
    "Progress",
    "centred",
    "date_in_words",
    "fit",
    "format_date",
    "format_moment",
    "new_canvas",
    "nfc",
    "pdf_target",
    "report",
    "slanted",
    "wrap",
]

Output = str | Path | BinaryIO
Progress = Callable[[int, int], None]
Font = tuple[str, float]  # name and size

RED = Color(0.62, 0.09, 0.11)  # deep red; prints as a dark grey on a mono laser printer
INK = Color(0.08, 0.08, 0.08)
MUTED = Color(0.3, 0.3, 0.3)
FAINT = Color(0.55, 0.55, 0.55)
SLANT = 0.2  # tan of about 11 degrees, for the slanted ("italic") lines


# --- text ---


def nfc(text: str) -> str:
    """``text`` stripped and composed (NFC), as it is printed."""
    return unicodedata.normalize("NFC", text.strip())


@functools.lru_cache(maxsize=4096)
def fit(
    text: str, font: str, size: float, width: float, *, max_lines: int = 1, min_size: float = 0.0
) -> tuple[float, tuple[str, ...]]:
    """The size and lines at which ``text`` fits ``width`` points in at most ``max_lines``.

    One line at ``size`` if it fits; else one line shrunk, down to ``min_size``; else the
    largest size at which it wraps into ``max_lines`` lines, unless one line at an even
    smaller size would be larger. Never wider than ``width``. Cached: facility, organizer
    and place repeat on every certificate of a drive.
    """
    if not text:
        return size, ()
    unit = stringWidth(text, font, 1.0)
    if unit * size <= width:
        return size, (text,)
    one_line = width / unit * 0.999
    if max_lines == 1 or one_line >= min_size:
        return one_line, (text,)
    trial = size
    while trial > one_line:
        lines = simpleSplit(text, font, trial, width)
        if len(lines) <= max_lines and all(
            stringWidth(line, font, trial) <= width for line in lines
        ):
            return trial, tuple(lines)
        trial *= 0.97
    return one_line, (text,)


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` in lines no wider than ``width``; a word too long for a line is broken."""
    lines: list[str] = []
    for line in simpleSplit(text, font, size, width):
        rest = line
        while stringWidth(rest, font, size) > width and len(rest) > 1:
            cut = len(rest) - 1
            while cut > 1 and stringWidth(rest[:cut], font, size) > width:
                cut -= 1
            lines.append(rest[:cut])
            rest = rest[cut:]
        lines.append(rest)
    return lines


def centred(canvas: Canvas, x: float, y: float, text: str, font: Font) -> None:
    """``text`` in ``font`` centred on ``x`` with its baseline at ``y``."""
    canvas.setFont(*font)
    canvas.drawCentredString(x, y, text)


def slanted(canvas: Canvas, x: float, y: float, text: str, font: Font) -> None:
    """Upright glyphs slanted like italic, centred on ``x``; still plain, extractable text."""
    x -= stringWidth(text, *font) / 2
    canvas.saveState()
    canvas.transform(1, 0, SLANT, 1, x, y)
    canvas.setFont(*font)
    canvas.drawString(0, 0, text)
    canvas.restoreState()


# --- dates ---


def format_date(day: dt.date) -> str:
    """'25/11/2026': day and month in two digits, the year in four."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def format_moment(moment: dt.datetime) -> str:
    """'25/11/2026 08:30', on the clock ``moment`` carries (the laptop's, from the core)."""
    return f"{format_date(moment.date())} {moment.hour:02d}:{moment.minute:02d}"


def date_in_words(day: dt.date) -> str:
    """'ngày 25 tháng 11 năm 2026', the day and month in two digits as on the date."""
    return f"ngày {day.day:02d} tháng {day.month:02d} năm {day.year:04d}"


# --- the PDF and the batch ---


def pdf_target(out: Output) -> str | BinaryIO:
    """``out`` as reportlab takes it: a file name or a binary stream."""
    return str(out) if isinstance(out, Path) else out


def new_canvas(out: Output, size: tuple[float, float], title: str, regular: str) -> Canvas:
    """A canvas of pages ``size`` points large, titled ``title``, written to ``out``."""
    # The initial font is embedded too, so the PDF names no font it does not carry.
    canvas = Canvas(pdf_target(out), pagesize=size, initialFontName=regular, initialFontSize=10)
    canvas.setTitle(title)
    canvas.setCreator("HMTN Desk")
    canvas.setAuthor("HMTN Desk")
    canvas.setSubject("")
    return canvas


def report(done: int, total: int, progress: Progress | None) -> None:
    """Tell ``progress``; an exception it raises (the operator cancelled) stops the
    batch before the canvas is saved, so nothing is written."""
    if progress is not None:
        progress(done, total)
