"""The numbers this laptop may give, once the center hands out blocks (drive packages).

* DINs: for a drive the center planned for this laptop, its DIN block for that drive
  (``number_block`` kind din, active); for any other drive (one made here, or one
  whose block the center withdrew), the laptop's enrolled block below the lowest block
  the center gave it of that FIN and year, also a withdrawn one (the center carves its
  blocks from the top of the enrolled block, so the two never meet, and never hands
  out a withdrawn block's numbers again). Without blocks from the center, the enrolled
  block as before.
* Certificate serials on pre-printed forms: when the center allocated serial runs to
  this laptop, a serial outside every active run is refused; without any, as before. A
  serial of a run the center withdrew (its next package says so) is always refused.
"""

from dataclasses import dataclass

from sqlite_utils import Database

from db import installation
from db import number_blocks as block_queries
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.records import Drive
from desktop.core.domain.vocabulary import BlockKind, BlockStatus


@dataclass(frozen=True)
class DinSpan:
    """The sequence numbers this laptop may give a drive's DINs (first..last; empty
    when last < first), and whether they are the center's block for that drive."""

    first: int
    last: int
    from_center: bool


def din_span(db: Database, fin: str, drive: Drive, enrolled: tuple[int, int]) -> DinSpan:
    """Where ``drive``'s DINs of ``fin`` come from (see the module docstring)."""
    device = installation.device_id(db)
    year = drive.drive_date.year
    active = {"kind": BlockKind.DIN, "status": BlockStatus.ACTIVE}
    block = block_queries.din_block_for_drive(db, device, (drive.id, fin, year), **active)
    if block is not None:
        return DinSpan(block["first"], block["last"], True)
    return own_din_span(db, fin, year, enrolled)


def own_din_span(db: Database, fin: str, year: int, enrolled: tuple[int, int]) -> DinSpan:
    """The laptop's own DINs of ``fin`` and the 4-digit ``year``: its enrolled block,
    below the lowest block the center gave it (see the module docstring)."""
    device = installation.device_id(db)
    first, last = enrolled
    lowest = block_queries.lowest_din_block_first(db, device, fin, year, BlockKind.DIN)
    if lowest is not None:
        last = min(last, lowest - 1)
    return DinSpan(first, last, False)


@dataclass(frozen=True)
class SerialRun:
    """Pre-printed certificate forms allocated to this laptop: ``prefix`` and a number
    zero-padded to ``width``, from ``first`` to ``last``."""

    prefix: str
    width: int
    first: int
    last: int

    def holds(self, serial: str) -> bool:
        number = serial.removeprefix(self.prefix)
        return (
            serial.startswith(self.prefix)
            and len(number) == self.width
            and number.isdigit()
            and self.first <= int(number) <= self.last
        )

    @property
    def text(self) -> str:
        """``AA0012001–AA0012500``."""
        return f"{self.prefix}{self.first:0{self.width}d}–{self.prefix}{self.last:0{self.width}d}"


def serial_runs(db: Database, status: str = BlockStatus.ACTIVE) -> list[SerialRun]:
    """The serial runs the center allocated to this laptop (``status``: active, or
    those it withdrew)."""
    rows = block_queries.blocks_of(db, installation.device_id(db), BlockKind.SERIAL, status)
    return [SerialRun(r["prefix"], r["width"], r["first"], r["last"]) for r in rows]


def check_allocated_serials(db: Database, serials: list[str]) -> None:
    """UserError for the first serial on a form of a run the center withdrew from this
    laptop (``serial_run_withdrawn``: the stack went back), or outside every run it
    holds (``serial_not_allocated``, naming the runs); without runs, any other."""
    runs = serial_runs(db)
    withdrawn = serial_runs(db, BlockStatus.WITHDRAWN)
    for serial in serials:
        if any(run.holds(serial) for run in runs):
            continue
        if (gone := next((run for run in withdrawn if run.holds(serial)), None)) is not None:
            params = {"value": serial, "run": gone.text}
            raise UserError(Problem("serial_run_withdrawn", params, "serial"))
        if runs:
            params = {"value": serial, "runs": ", ".join(run.text for run in runs)}
            raise UserError(Problem("serial_not_allocated", params, "serial"))
