"""Short documents the desk and the command line print at once (no progress needed):
the end-of-day report, the deferral slip and the queue ticket."""

from pathlib import Path
from typing import BinaryIO

from printing.end_of_day import EndOfDayReport, write_end_of_day

Output = str | Path | BinaryIO

__all__ = ["render_end_of_day"]


def render_end_of_day(report: EndOfDayReport, out: Output) -> int:
    return write_end_of_day(report, out)
