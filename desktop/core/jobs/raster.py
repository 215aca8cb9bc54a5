"""Pages of a PDF as 1-bit images for a printer (labels): PDFium renders each page in
grey at the printer's resolution; grey below 128 is black, the rest white (Pillow's
threshold, which lets other threads run while it works).

A long job's pages are rendered by a child process (``rasterise``, through
``run_in_child``) while the app paints them on the printer: in the app's process,
rendering and converting 2,000 label pages held the interpreter for seconds in all, in
pieces of a few milliseconds, and whenever the machine was busy the window waited for
one of them for over 100 ms (issue 14). The child writes each page to a file as one
record (its sizes, then its rows compressed), then says the page is there
(``PAGE_READY``); the app reads it (``read_page``) and paints it meanwhile. Both ways
give the same pixels: ``mono_page`` makes them. The painting stays in the app (Qt's
printer): PySide holds the interpreter in every Qt call, about a millisecond for each
label page's ``drawImage``.
"""

import contextlib
import os
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pypdfium2
from PIL import Image

from desktop.core.foundation.progress import Progress

TARGET = "desktop.core.jobs.raster:rasterise"  # for ``run_in_child``
PAGE_READY = "page_ready"  # the child's step: this many pages are in the file
CHILD_NICENESS = 10  # added to the app's: the child runs when the app's threads do not
_RECORD = struct.Struct(">IIddI")  # pixels wide, high; points wide, high; bytes that follow


@dataclass(frozen=True)
class MonoPage:
    """A page's pixels, rows of ``(width + 7) // 8`` bytes, the leftmost pixel in the
    most significant bit, 1 for white; and the page's size in points."""

    width: int
    height: int
    points: tuple[float, float]
    bits: bytes


def mono_page(page: pypdfium2.PdfPage, dpi: int) -> MonoPage:
    bitmap = page.render(scale=dpi / 72, grayscale=True)
    try:
        bits = bitmap.to_pil().convert("1", dither=Image.Dither.NONE).tobytes()
        return MonoPage(bitmap.width, bitmap.height, page.get_size(), bits)
    finally:
        bitmap.close()


def mono_pages(pdf: bytes | str, dpi: int) -> Iterator[MonoPage]:
    """Each page of ``pdf`` (its bytes or its path), rendered when it is asked for."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        yield from _rendered(document, dpi)
    finally:
        document.close()


def _rendered(document: pypdfium2.PdfDocument, dpi: int) -> Iterator[MonoPage]:
    for page in document:
        try:
            yield mono_page(page, dpi)
        finally:
            page.close()


def rasterise(pdf_path: str, out_path: str, dpi: int, *, key: None, progress: Progress) -> int:
    """In a child process: every page of the PDF at ``pdf_path`` into the file at
    ``out_path``, each followed by a ``PAGE_READY`` step; the number of pages."""
    _behind_the_app()
    document = pypdfium2.PdfDocument(pdf_path)
    try:
        total, done = len(document), 0
        with Path(out_path).open("wb") as out:
            for page in _rendered(document, dpi):
                packed = zlib.compress(page.bits, 1)
                out.write(_RECORD.pack(page.width, page.height, *page.points, len(packed)))
                out.write(packed)
                out.flush()  # whole before the app is told
                done += 1
                progress.step(PAGE_READY, done, total)
    finally:
        document.close()
    return done


def _behind_the_app() -> None:
    """This process gives way to the app's (POSIX): on a busy machine, the app's thread
    painting the pages, preempted by this one while it holds the interpreter, kept the
    window waiting; the child renders far ahead of the painting anyway."""
    with contextlib.suppress(AttributeError, OSError):  # no os.nice on Windows
        os.nice(CHILD_NICENESS)


def read_page(file: BinaryIO) -> MonoPage:
    """The next page of a file ``rasterise`` writes (told ready by its step)."""
    width, height, points_wide, points_high, size = _RECORD.unpack(file.read(_RECORD.size))
    bits = zlib.decompress(file.read(size))
    return MonoPage(width, height, (points_wide, points_high), bits)
