"""The QR code on a blank-paper certificate, drawn as vector modules with reportlab.

The symbol comes from segno (a full QR code, never a Micro QR, error correction level M
or higher where the same version has room for it; segno chooses the mask). This module
only draws its dark modules: each run of dark modules in a row is one rectangle, and all
of them one path in module units, filled once, so the PDF stays small and fast to write
and shows no hairline seams between modules.
"""

from collections.abc import Iterator

import segno
from reportlab.pdfgen.canvas import Canvas

__all__ = ["dark_runs", "draw_qr", "qr_modules"]

_DARK, _LIGHT = 1, 0  # module values in segno's matrix


def qr_modules(payload: str) -> list[bytes]:
    """The symbol of ``payload`` row by row, one byte a module (1 dark, 0 light), without
    the quiet zone."""
    symbol = segno.make(payload, error="m", micro=False)
    return [bytes(row) for row in symbol.matrix_iter(border=0)]


def dark_runs(modules: list[bytes]) -> Iterator[tuple[int, int, int]]:
    """(row, first column, length) of every run of dark modules, row by row."""
    for row_index, row in enumerate(modules):
        start = row.find(_DARK)
        while start != -1:
            end = row.find(_LIGHT, start)
            if end == -1:
                end = len(row)
            yield row_index, start, end - start
            start = row.find(_DARK, end)


def draw_qr(canvas: Canvas, payload: str, left: float, top: float, side: float) -> None:
    """The symbol in a ``side`` square whose top left corner is at ``left``, ``top``.

    The 4-module quiet zone lies outside that square: keep it clear.
    """
    modules = qr_modules(payload)
    unit = side / len(modules)
    # Black fill; origin at the top left corner, one unit a module, rows going down.
    ops = [f"q 0 g 1 0 0 1 {left:.3f} {top:.3f} cm {unit:.5f} 0 0 {-unit:.5f} 0 0 cm"]
    ops += [f"{column} {row} {length} 1 re" for row, column, length in dark_runs(modules)]
    ops.append("f Q")
    canvas.addLiteral("\n".join(ops))
