"""Certificates, slips and the register as PDF: the core's side of printing."""

from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from desktop.core.domain.vocabulary import CertificateMode
from desktop.core.foundation.progress import QUIET, Progress
from desktop.core.stations.certificates import Planned
from printing.certificate import write_blank
from printing.overlay import DEFAULT_OVERLAY, write_calibration, write_overlay
from printing.register import RegisterRow, write_register
from printing.slip import SlipData, write_slips

Output = str | Path | BinaryIO

__all__ = [
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
    progress: Progress = QUIET,
) -> int:
    """Blank paper: the whole certificate; pre-printed forms: only the values, moved by
    the printer's offset. Returns the number of pages; ``Cancelled`` when cancelled."""
    data = [item.data for item in planned]
    pages = progress.pages("certificates")
    if mode == CertificateMode.BLANK:
        return write_blank(data, out, progress=pages)
    return write_overlay(data, out, layout=DEFAULT_OVERLAY, offset_mm=offset_mm, progress=pages)


def render_calibration(out: Output, offset_mm: tuple[float, float]) -> int:
    return write_calibration(out, layout=DEFAULT_OVERLAY, offset_mm=offset_mm)


def render_slips(slips: Sequence[SlipData], out: Output, size: str) -> int:
    return write_slips(slips, out, size=size)


def render_register(rows: Sequence[RegisterRow], out: Output, title: str) -> int:
    return write_register(rows, out, title=title)
