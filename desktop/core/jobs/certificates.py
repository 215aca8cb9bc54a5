"""Certificates, slips and the register as PDF: the core's side of printing."""

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

from desktop.core.stations.certificates import BLANK, Planned
from printing.certificate import write_blank
from printing.kit import Cancelled
from printing.overlay import DEFAULT_OVERLAY, write_calibration, write_overlay
from printing.register import RegisterRow, write_register
from printing.slip import SlipData, write_slips

Output = str | Path | BinaryIO

__all__ = [
    "Cancelled",
    "render_calibration",
    "render_certificates",
    "render_register",
    "render_slips",
]


def render_certificates(
    planned: Sequence[Planned],
    mode: str,
    out: Output,
    *,
    offset_mm: tuple[float, float] = (0.0, 0.0),
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Blank paper: the whole certificate; pre-printed forms: only the values, moved by
    the printer's offset. Returns the number of pages."""
    data = [item.data for item in planned]
    if mode == BLANK:
        return write_blank(data, out, progress=progress, cancelled=cancelled)
    return write_overlay(
        data, out, layout=DEFAULT_OVERLAY, offset_mm=offset_mm, progress=progress,
        cancelled=cancelled,
    )  # fmt: skip


def render_calibration(out: Output, offset_mm: tuple[float, float]) -> int:
    return write_calibration(out, layout=DEFAULT_OVERLAY, offset_mm=offset_mm)


def render_slips(slips: Sequence[SlipData], out: Output, size: str) -> int:
    return write_slips(slips, out, size=size)


def render_register(rows: Sequence[RegisterRow], out: Output, title: str) -> int:
    return write_register(rows, out, title=title)
