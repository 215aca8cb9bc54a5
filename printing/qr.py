"""The QR code on a blank-paper certificate, drawn as vector modules with reportlab.

reportlab's encoder builds the symbol, but its mask selection builds and scores all eight
masked symbols in slow pure Python (about 20 ms a code). Here the symbol is built once
with mask 0; every other mask is that matrix with its data modules flipped where the two
masks differ, and the symbol is one filled path of merged module runs rather than one
rectangle per module.
"""

import functools
import itertools
import re

from reportlab.graphics.barcode import qrencoder
from reportlab.pdfgen.canvas import Canvas

__all__ = ["draw_qr"]

_RUN = re.compile(rb"0{5,}|1{5,}")
_FINDER_LIKE = re.compile(rb"(?=10111010000|00001011101)")
_BIT_CHARS = bytes.maketrans(b"\x00\x01", b"01")


def _qr_matrix(payload: str) -> tuple[int, list[list[bool]]]:
    """The mask pattern chosen and the module matrix of ``payload``, error correction M.

    reportlab's encoder builds the symbol, but its mask selection builds and scores all
    eight masked symbols in slow pure Python (about 20 ms a code). Here the symbol is built
    once with mask 0; every other mask is that matrix with its data modules flipped where
    the two masks differ, and the format information rewritten. The penalty rules are
    those of ISO/IEC 18004 (N1 to N4); any mask decodes, the lowest penalty reads best.
    """
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.version = code.calculate_version()
    code.makeImpl(False, 0)
    base = code.modules
    best_mask, best, best_score = 0, base, _qr_penalty(base)
    for mask in range(1, 8):
        modules = [row[:] for row in base]
        for row, column in _mask_flips(code.version, mask):
            modules[row][column] = not modules[row][column]
        code.modules = modules
        code.setupTypeInfo(False, mask)
        score = _qr_penalty(modules)
        if score < best_score:
            best_mask, best, best_score = mask, modules, score
    return best_mask, [[bool(module) for module in row] for row in best]


@functools.lru_cache(maxsize=64)
def _mask_flips(version: int, mask: int) -> tuple[tuple[int, int], ...]:
    """Data module positions (row, column) where ``mask`` differs from mask 0."""
    code = qrencoder.QRCode(version, qrencoder.QRErrorCorrectLevel.M)
    code.moduleCount = version * 4 + 17
    zero, other = qrencoder.QRUtil.getMask(0), qrencoder.QRUtil.getMask(mask)
    return tuple(
        (row, column)
        for column, row in code.dataPosIterator()
        if bool(zero(row, column)) != bool(other(row, column))
    )


def _qr_penalty(modules: list[list[bool]]) -> int:
    """The ISO/IEC 18004 mask penalty: runs, 2x2 blocks, finder-like patterns, balance."""
    size = len(modules)
    rows = [bytes(row).translate(_BIT_CHARS) for row in modules]  # b"0110..."
    columns = [bytes(column).translate(_BIT_CHARS) for column in zip(*modules, strict=True)]
    score = 0
    for line in rows + columns:
        score += sum(len(run) - 2 for run in _RUN.findall(line))
        score += 40 * len(_FINDER_LIKE.findall(line))
    full = (1 << size) - 1
    bits = [int(row, 2) for row in rows]
    for upper, lower in itertools.pairwise(bits):
        dark = upper & lower
        light = ~(upper | lower) & full
        score += 3 * ((dark & (dark >> 1)).bit_count() + (light & (light >> 1)).bit_count())
    dark_share = sum(row.count(b"1") for row in rows) * 100 / (size * size)
    return score + 10 * int(abs(dark_share - 50) // 5)


def draw_qr(canvas: Canvas, payload: str, left: float, top: float, side: float) -> None:
    """The symbol in a ``side`` square whose top left corner is at ``left``, ``top``.

    The 4-module quiet zone lies outside that square: keep it clear. Dark runs of a row
    are merged into one rectangle, all of them one path in module units, filled once:
    small, fast and without hairline seams between modules.
    """
    _, modules = _qr_matrix(payload)
    count = len(modules)
    unit = side / count
    ops = [f"q 0 g 1 0 0 1 {left:.3f} {top:.3f} cm {unit:.5f} 0 0 {-unit:.5f} 0 0 cm"]
    for row_index, row in enumerate(modules):
        column = 0
        while column < count:
            if not row[column]:
                column += 1
                continue
            start = column
            while column < count and row[column]:
                column += 1
            ops.append(f"{start} {row_index} {column - start} 1 re")
    ops.append("f Q")
    canvas.addLiteral("\n".join(ops))
