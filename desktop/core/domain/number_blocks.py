"""The arithmetic of the numbers the center hands devices ahead (no database).

A DIN block for one drive is carved from the device's enrolled block of the FIN's
yearly sequence, from the top down: the site's own allocation (drives the center did
not plan) takes numbers from the bottom of the same block, so the two meet only when
the block is full. A serial run is a stack of pre-printed certificate forms: a prefix
and a zero-padded number (``AA0012001``).
"""

import math
import re
from dataclasses import dataclass

MIN_DIN_BLOCK = 100
DIN_BLOCK_FACTOR = 1.5  # numbers per target unit: label sets voided, extra tubes, a spare
SEQUENCE_MAX = 999_999
SERIAL_WIDTH_MAX = 12
SERIAL_PREFIX = re.compile(r"^[A-Z0-9/-]{0,9}[A-Z/-]$")  # ends before the number starts


@dataclass(frozen=True)
class Span:
    """Numbers ``first`` to ``last``, both included."""

    first: int
    last: int

    @property
    def count(self) -> int:
        return max(0, self.last - self.first + 1)

    def overlaps(self, other: "Span") -> bool:
        return self.first <= other.last and other.first <= self.last


def suggested_din_block(target_units: int) -> int:
    """A drive's DIN block size: half again its target, at least ``MIN_DIN_BLOCK``."""
    return max(MIN_DIN_BLOCK, math.ceil(target_units * DIN_BLOCK_FACTOR))


def top_free(enrolled: Span, taken: list[Span]) -> int:
    """The highest number a new block may take: just below the lowest block already
    carved in the enrolled block (of any device or status: a withdrawn block's numbers
    may have been used by the laptop that held it), else the block's top."""
    inside = [span.first for span in taken if span.overlaps(enrolled)]
    return min([enrolled.last, *(first - 1 for first in inside)])


def floor_below(enrolled: Span, taken: list[Span], below: int, used_max: int | None) -> int:
    """The lowest number a block ending at ``below`` may grow down to: above the next
    block under it and above every DIN already used under it."""
    under = [span.last for span in taken if span.last < below and span.overlaps(enrolled)]
    return max([enrolled.first, *(last + 1 for last in under), (used_max or 0) + 1])


def serial_text(prefix: str, width: int, number: int) -> str:
    """A form's serial as the certificate desk reads it: ``AA`` 7 12001 -> AA0012001."""
    return f"{prefix}{number:0{width}d}"


def normalize_prefix(text: str) -> str:
    return "".join(text.split()).upper()


def valid_prefix(prefix: str) -> bool:
    return bool(SERIAL_PREFIX.match(prefix))
