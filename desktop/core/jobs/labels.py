"""Printing DIN label sets: one job that the labels dialog and ``hmtn labels print``
both drive.

A job is planned (new numbers allocated to the drive from the site's sequence, or
numbers already allocated taken again for a reprint), rendered as one PDF (on any
thread: rendering reads nothing from the database) and committed once the pages came
out (each set's printing counted). A job that is never committed leaves its numbers
allocated and never printed: the reconciliation shows them, and they can be printed
again or voided.

One set per DIN: the bag label, the sample tube labels (how many is a setting) and a
label for the paperwork, all carrying the same DIN.

A large job is drawn by a child process (``jobs.drawing``: reportlab's drawing would
take the interpreter from the window); planning and commit stay here.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop.core.domain.dates import dmy
from desktop.core.domain.isbt128 import Din
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.records import Drive
from desktop.core.foundation.files import refuse_open_database, written_whole
from desktop.core.foundation.progress import QUIET, Progress
from desktop.core.foundation.session import Acting
from desktop.core.jobs.drawing import drawn_by_child
from desktop.core.stations.din_allocation import MAX_TUBES, DinService
from printing.labels import LABEL_LAYOUTS, Label, write_labels

__all__ = ["LABEL_LAYOUTS", "LabelJob", "label_set"]

CHILD_FROM_SETS = 40  # label sets: fewer are drawn here, in well under 100 ms
RENDERER = f"{__name__}:render_file"


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


@dataclass(frozen=True)
class LabelJob:
    dins: DinService
    drive: Drive
    numbers: tuple[Din, ...]  # one label set each
    layout: str
    tubes: int
    acting: Acting | None = None  # who planned the run: its printing is counted as theirs

    def __post_init__(self) -> None:
        if self.acting is None:
            object.__setattr__(self, "acting", self.dins.session.now())

    @classmethod
    def new(cls, dins: DinService, drive: Drive, count: int, layout: str, tubes: int) -> "LabelJob":
        """Allocate ``count`` new DINs to the drive (written at once: a number once given
        out is never given again) and plan their label sets."""
        _check(layout, tubes)
        records = dins.allocate(drive, count)
        return cls(dins, drive, tuple(r.din for r in records), layout, tubes)

    @classmethod
    def reprint(
        cls, dins: DinService, drive: Drive, numbers: Sequence[Din], layout: str, tubes: int
    ) -> "LabelJob":
        """The same label sets again (a jam, a spoilt sheet): the same numbers."""
        _check(layout, tubes)
        return cls(dins, drive, tuple(numbers), layout, tubes)

    def render(self, out: str | Path | BinaryIO, progress: Progress = QUIET) -> int:
        """Write every label set as one PDF; the number of pages. Safe on a worker."""
        refuse_open_database(out)
        args = (self.numbers, self.drive, self.tubes, self.layout)
        if len(self.numbers) < CHILD_FROM_SETS:
            with written_whole(out) as target:  # whole or not there (a full disk, say)
                return _render(*args, target, progress=progress)
        return drawn_by_child(RENDERER, args, out, progress)

    def commit(self) -> None:
        """The pages came out: count one more printing of each set, in the name of the
        person who started the run (the desk may have been locked meanwhile)."""
        with self.dins.session.acting(self.acting):
            self.dins.printed([din.number for din in self.numbers])


def _render(
    numbers: Sequence[Din],
    drive: Drive,
    tubes: int,
    layout: str,
    out: str | Path | BinaryIO,
    *,
    progress: Progress,
) -> int:
    labels: list[Label] = []
    for done, din in enumerate(numbers, start=1):
        labels.extend(label_set(din, drive, tubes))
        progress.step("labels", done, len(numbers))
    return write_labels(labels, layout, out, title=f"DIN {drive.code}")


def render_file(
    numbers: Sequence[Din],
    drive: Drive,
    tubes: int,
    layout: str,
    path: str,
    *,
    key: bytes | None,
    progress: Progress,
) -> int:
    """In a child process: the label sets drawn into the file ``path`` (the parent's
    private temporary folder); the number of pages."""
    return _render(numbers, drive, tubes, layout, path, progress=progress)


def _check(layout: str, tubes: int) -> None:
    if layout not in LABEL_LAYOUTS:
        raise ValueError(layout)
    if not 0 <= tubes <= MAX_TUBES:
        raise UserError(Problem("tubes_range", {"max": MAX_TUBES}, "tubes"))
