"""Printing certificates: one job that the certificate desk and ``hmtn certificates
print`` both drive; and the desk's other documents (slips, the register, the
calibration page) as PDF.

A job is issued (new certificates get their serials and are entered in the register as
reserved, in one transaction, before anything is printed; certificates already issued
may be printed again), rendered as one PDF (on any thread: rendering reads nothing from
the database) and then either committed once the pages came out (the reserved ones are
issued and the reprints counted, in one transaction) or abandoned with the reason it
never reached the printer (the reservations are voided: a serial is never given twice).
A preview is planned only: nothing is reserved, and it cannot be committed.

A large job is drawn by a child process (``jobs.drawing``: reportlab's drawing would
take the interpreter from the window).
"""

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.records import Drive
from desktop.core.domain.vocabulary import CertificateMode
from desktop.core.foundation.files import refuse_open_database, written_whole
from desktop.core.foundation.progress import QUIET, Progress
from desktop.core.foundation.session import Acting
from desktop.core.jobs.drawing import drawn_by_child
from desktop.core.stations.certificates import CertificateService, Planned
from printing.certificate import write_blank
from printing.certificate_data import CertificateData
from printing.overlay import DEFAULT_OVERLAY, write_calibration, write_overlay
from printing.register import RegisterRow, write_register
from printing.slip import SlipData, write_slips

Output = str | Path | BinaryIO
CHILD_FROM_CERTIFICATES = 10  # fewer are drawn here, in well under 100 ms
DRAWER = f"{__name__}:draw_file"

__all__ = [
    "CertificateJob",
    "render_calibration",
    "render_certificates",
    "render_register",
    "render_slips",
]


@dataclass(frozen=True)
class CertificateJob:
    service: CertificateService
    mode: CertificateMode
    new: tuple[Planned, ...] = ()  # not yet in the register
    again: tuple[tuple[str, Planned], ...] = ()  # (certificate id, its data) printed again
    offset_mm: tuple[float, float] = (0.0, 0.0)  # the printer's, for pre-printed forms
    acting: Acting | None = None  # who planned the run: its outcome is written as theirs

    def __post_init__(self) -> None:
        if self.acting is None:
            object.__setattr__(self, "acting", self.service.session.now())

    @classmethod
    def issue(
        cls,
        service: CertificateService,
        drive: Drive,
        donation_ids: Sequence[str],
        mode: str,
        first_serial: str | None = None,
    ) -> "CertificateJob":
        """New certificates for these donations, their serials reserved in the register
        (one transaction) before anything is printed."""
        reserved = service.reserve(drive, list(donation_ids), mode, first_serial)
        return cls(service, CertificateMode(mode), new=tuple(reserved))

    @classmethod
    def preview(
        cls,
        service: CertificateService,
        drive: Drive,
        donation_ids: Sequence[str],
        mode: str,
        first_serial: str | None = None,
    ) -> "CertificateJob":
        """The same pages as ``issue`` would print, checked, with nothing written."""
        planned = service.plan(drive, list(donation_ids), mode, first_serial)
        return cls(service, CertificateMode(mode), new=tuple(planned))

    @classmethod
    def reprint(
        cls,
        service: CertificateService,
        certificate_ids: Sequence[str],
        mode: str | None = None,
    ) -> "CertificateJob":
        """Certificates already issued, printed again with their own serials: in the
        mode they were issued in (all alike), or in ``mode`` when given."""
        again = tuple((cid, service.reprint_data(cid)) for cid in certificate_ids)
        if mode is None:
            modes = {planned.mode for _cid, planned in again}
            if len(modes) > 1:
                raise UserError(Problem("certificate_modes_mixed"))
            mode = modes.pop() if modes else CertificateMode.BLANK
        return cls(service, CertificateMode(mode), again=again)

    def and_reprint(self, certificate_ids: Sequence[str]) -> "CertificateJob":
        """This job with issued certificates printed again too, in this job's mode."""
        more = CertificateJob.reprint(self.service, certificate_ids, self.mode)
        return replace(self, again=self.again + more.again)

    def with_offset(self, offset_mm: tuple[float, float]) -> "CertificateJob":
        return replace(self, offset_mm=offset_mm)

    @property
    def planned(self) -> list[Planned]:
        """Every certificate to print, reprints first, in print order."""
        return [planned for _cid, planned in self.again] + list(self.new)

    def render(self, out: Output, progress: Progress = QUIET, *, limit: int | None = None) -> int:
        """The pages as one PDF (the first ``limit`` certificates for a preview); the
        number of pages. Safe on a worker thread."""
        refuse_open_database(out)
        planned = self.planned[:limit] if limit else self.planned
        return render_certificates(
            planned, self.mode, out, offset_mm=self.offset_mm, progress=progress
        )

    @property
    def reserved_ids(self) -> list[str]:
        return [item.certificate_id for item in self.new if item.certificate_id]

    def commit(self) -> list[str]:
        """The pages came out: issue the reserved certificates and count the reprints,
        all in one transaction; the new certificates' ids."""
        if len(self.reserved_ids) != len(self.new):
            raise ValueError("a preview is not in the register: issue the job to print it")
        reprinted = [cid for cid, _planned in self.again]
        with self.service.session.acting(self.acting):  # the desk may be locked by now
            self.service.confirm(self.reserved_ids, reprinted)
        return self.reserved_ids

    def abandon(self, reason: str) -> int:
        """The pages never reached the printer (cancelled, failed): void the reserved
        certificates with ``reason``; their serials are never given again. Safe to call
        after a commit (nothing is reserved any more) and on a preview."""
        if not self.reserved_ids:
            return 0
        with self.service.session.acting(self.acting):
            return self.service.abandon(self.reserved_ids, reason)


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
    if len(data) >= CHILD_FROM_CERTIFICATES:
        return drawn_by_child(DRAWER, (data, str(mode), offset_mm), out, progress)
    with written_whole(out) as target:  # whole or not there (a full disk, say)
        return _draw(data, mode, offset_mm, target, progress)


def _draw(
    data: list[CertificateData],
    mode: str,
    offset_mm: tuple[float, float],
    out: Output,
    progress: Progress,
) -> int:
    pages = progress.pages("certificates")
    if mode == CertificateMode.BLANK:
        return write_blank(data, out, progress=pages)
    return write_overlay(data, out, layout=DEFAULT_OVERLAY, offset_mm=offset_mm, progress=pages)


def draw_file(
    data: list[CertificateData],
    mode: str,
    offset_mm: tuple[float, float],
    path: str,
    *,
    key: bytes | None,
    progress: Progress,
) -> int:
    """In a child process: the certificates drawn into the file ``path`` (the parent's
    private temporary folder); the number of pages."""
    return _draw(data, mode, offset_mm, path, progress)


def render_calibration(out: Output, offset_mm: tuple[float, float]) -> int:
    with written_whole(out) as target:
        return write_calibration(target, layout=DEFAULT_OVERLAY, offset_mm=offset_mm)


def render_slips(slips: Sequence[SlipData], out: Output, size: str) -> int:
    with written_whole(out) as target:
        return write_slips(slips, target, size=size)


def render_register(rows: Sequence[RegisterRow], out: Output, title: str) -> int:
    with written_whole(out) as target:
        return write_register(rows, target, title=title)
