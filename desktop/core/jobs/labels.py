"""Label sets for donation identification numbers, as PDF.

One set per DIN: the bag label, the sample tube labels (how many is a setting) and a
label for the paperwork, all carrying the same DIN.
"""

from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from desktop.core.domain.dates import dmy
from desktop.core.domain.isbt128 import Din
from desktop.core.domain.records import Drive
from desktop.core.foundation.progress import QUIET, Progress
from desktop.core.stations.din_allocation import DEFAULT_TUBES
from printing.labels import LABEL_LAYOUTS, Label, write_labels

__all__ = ["LABEL_LAYOUTS", "label_set", "write_label_sets"]


def label_set(din: Din, drive: Drive, tubes: int) -> list[Label]:
    """Bag, ``tubes`` sample tubes, paperwork: the same DIN on each."""
    # The printed flags carry the check character (ISBT 128 "type 3"): ST-001 prints
    # no text for such flags, only the boxed check character.
    text, _flags, check = din.eye_readable()
    footer = f"{drive.code} · {dmy(drive.drive_date)}"
    captions = ["Túi máu", *(f"Ống mẫu {n}" for n in range(1, tubes + 1)), "Phiếu"]
    return [
        Label(
            barcode_data=din.barcode_data,
            din_text=text,
            flags="",
            check=check,
            caption=caption,
            footer=footer,
        )
        for caption in captions
    ]


def write_label_sets(
    dins: Sequence[Din],
    drive: Drive,
    layout: str,
    out: str | Path | BinaryIO,
    *,
    tubes: int = DEFAULT_TUBES,
    progress: Progress = QUIET,
) -> int:
    """Write the label sets of ``dins`` as one PDF; returns the number of pages."""
    labels: list[Label] = []
    for done, din in enumerate(dins, start=1):
        labels.extend(label_set(din, drive, tubes))
        progress.step("labels", done, len(dins))
    return write_labels(labels, layout, out, title=f"DIN {drive.code}")
