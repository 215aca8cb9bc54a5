"""The numbers a restored laptop must not give again.

A backup rewinds the records, and every allocator derives its next number from the
records: after a restore the laptop would give again the tickets, DINs and certificate
serials it gave after the backup (labels already on bags, tickets the center already
holds). So the restore records them as reserved ranges (``reserved_number``), which
every allocator starts above (``desktop.core.stations.reserved``):

* **The file kept aside is readable** (the usual case: it has the same key): the
  numbers it holds that the backup does not (per drive and desk letter, per FIN and
  year, per serial prefix; rolls registered after the backup; ranges an earlier
  restore reserved) are reserved exactly.
* **No such file** (a new laptop restored from a USB backup, or the file before was
  another laptop's): the restore cannot know what was given, so it reserves a margin
  beyond the backup's highest numbers at each drive still open and for this year:
  ``TICKET_MARGIN`` tickets per desk letter, ``DIN_MARGIN`` DINs (within the block:
  a block with no room left after it is named), ``SERIAL_MARGIN`` serials. The
  margins are a festival day's numbers (``MAX_ALLOCATION`` label sets in one go).
"""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from db import backup_copy, installation
from db import certificates as certificate_queries
from db import drives as drive_queries
from db import reserved_numbers as reserved_queries
from db import settings as settings_queries
from db.driver import sqlite3
from db.records import Writer
from desktop.core.domain.records import Drive
from desktop.core.domain.vocabulary import DriveStatus, ReserveBasis, ReservedKind
from desktop.core.foundation.settings import desk_numbers_of
from desktop.core.stations.certificate_serials import site_serial_prefix
from desktop.core.stations.din_allocation import FIN_KEY, MAX_ALLOCATION, highest_given
from desktop.core.stations.number_blocks import DinSpan, din_span, own_din_span
from desktop.core.stations.reserved import serial_floor, split_serial, ticket_floor

TICKET_MARGIN = 1000  # a festival day's donors at one desk
DIN_MARGIN = MAX_ALLOCATION
SERIAL_MARGIN = 1000
SITE_SERIAL_WIDTH = 6


@dataclass(frozen=True)
class Reserved:
    """Numbers ``first``..``last`` of ``kind`` kept unused: a ticket's drive id and
    letter, a DIN's FIN and 2-digit year, a serial's prefix. ``note``: the drive's code
    (tickets), the width of the serial's number (serials)."""

    kind: ReservedKind
    scope: str
    part: str
    first: int
    last: int
    note: str = ""


@dataclass(frozen=True)
class Reservation:
    """What a restore reserved, and how it knew (``basis``); ``full``: DIN spans the
    margin left no room in (first..last of the span)."""

    basis: ReserveBasis
    ranges: tuple[Reserved, ...] = ()
    full: tuple[Reserved, ...] = field(default=())


def reserve(w: Writer, aside: Path | None, key: bytes | None) -> Reservation:
    """Reserve, in the restored database of ``w``, the numbers given after the backup
    (read in ``aside``), else a margin; audited as inserts of ``reserved_number``."""
    found = lost_work(aside, key, w.db) if aside is not None else None
    reservation = found if found is not None else margins(w.db)
    rows = [
        {"kind": r.kind, "scope": r.scope, "part": r.part, "first": r.first, "last": r.last,
         "basis": reservation.basis, "note": r.note}
        for r in reservation.ranges
    ]  # fmt: skip
    if rows:
        w.insert_many("reserved_number", rows)
    return reservation


# --- the file kept aside -------------------------------------------------------------


def lost_work(aside: Path, key: bytes | None, db: Database) -> Reservation | None:
    """The numbers ``aside`` holds beyond the restored database's; None when it cannot
    be read or is another laptop's (then nothing in it says what this one gave)."""
    try:
        with backup_copy.opened(aside, key, read_only=True) as conn:
            if reserved_queries.device_id(conn) != installation.device_id(db):
                return None
            ranges = [
                *_lost_tickets(conn, db),
                *_lost_dins(conn, db),
                *_lost_serials(conn, db),
                *_reserved_before(conn, db),
            ]
    except sqlite3.DatabaseError:
        return None
    return Reservation(ReserveBasis.LOST_WORK, tuple(ranges))


def _lost_tickets(conn: object, db: Database) -> Iterable[Reserved]:
    kept = reserved_queries.highest_tickets(db)
    codes = dict(conn.execute("SELECT id, code FROM drive"))
    for (drive_id, letter), highest in sorted(reserved_queries.highest_tickets(conn).items()):
        known = max(kept.get((drive_id, letter), 0), ticket_floor(db, drive_id, letter))
        if highest > known:
            code = codes.get(drive_id, drive_id)
            yield Reserved(ReservedKind.TICKET, drive_id, letter, known + 1, highest, code)


def _lost_dins(conn: object, db: Database) -> Iterable[Reserved]:
    # Rows are never deleted and every change takes a higher change number: what the
    # backup lacks was written after the highest change of its table.
    after = reserved_queries.dins_changed_after(conn, reserved_queries.highest_change(db, "din"))
    kept = reserved_queries.held(db, "din", "number", [number for number, *_ in after])
    lost: dict[tuple[str, int], set[int]] = {}
    for number, fin, year, sequence in after:
        if number not in kept:
            lost.setdefault((fin, year), set()).add(sequence)
    for (fin, year), sequences in sorted(lost.items()):
        for first, last in _runs(sequences):
            yield Reserved(ReservedKind.DIN, fin, f"{year:02d}", first, last)
    kept_rolls = reserved_queries.din_rolls(db)
    for roll_id, (fin, year, first, last) in sorted(reserved_queries.din_rolls(conn).items()):
        if roll_id not in kept_rolls:  # a roll registered after the backup
            yield Reserved(ReservedKind.DIN, fin, f"{year:02d}", first, last)


def _lost_serials(conn: object, db: Database) -> Iterable[Reserved]:
    since = reserved_queries.highest_change(db, "certificate")
    after = reserved_queries.serials_changed_after(conn, since)
    kept = reserved_queries.held(db, "certificate", "serial", after)
    lost: dict[tuple[str, int], set[int]] = {}
    for serial in set(after) - kept:
        if (parts := split_serial(serial)) is not None:
            prefix, number = parts
            width = len(serial) - len(prefix)
            lost.setdefault((prefix, width), set()).add(number)
    for (prefix, width), numbers in sorted(lost.items()):
        for first, last in _runs(numbers):
            yield Reserved(ReservedKind.SERIAL, prefix, "", first, last, str(width))


def _reserved_before(conn: object, db: Database) -> Iterable[Reserved]:
    """Ranges an earlier restore reserved that the backup does not hold."""
    kept = {(r["kind"], r["scope"], r["part"], r["first"], r["last"]) for r in
            reserved_queries.all_of(db)}  # fmt: skip
    columns = "kind, scope, part, first, last, note"
    for kind, scope, part, first, last, note in conn.execute(
        f"SELECT {columns} FROM reserved_number ORDER BY kind, scope, part, first"
    ):
        if (kind, scope, part, first, last) not in kept:
            yield Reserved(ReservedKind(kind), scope, part, first, last, note)


def _runs(numbers: set[int]) -> list[tuple[int, int]]:
    """Sorted numbers as runs of consecutive ones (first, last)."""
    runs: list[tuple[int, int]] = []
    for number in sorted(numbers):
        if runs and number == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], number)
        else:
            runs.append((number, number))
    return runs


# --- no file from after the backup: a margin -----------------------------------------


def margins(db: Database, today: dt.date | None = None) -> Reservation:
    """A margin beyond the restored database's highest numbers at every drive still
    open and for this year (see the module docstring)."""
    today = today or dt.date.today()
    drives = [Drive.from_row(row) for row in drive_queries.in_status(db, DriveStatus.OPEN)]
    years = sorted({today.year, *(drive.drive_date.year for drive in drives)})
    desk = desk_numbers_of(db)
    ranges: list[Reserved] = [*_ticket_margins(db, drives, desk.letter)]
    full: list[Reserved] = []
    fin = settings_queries.setting(db, FIN_KEY)
    if fin is not None and fin["value"]:
        enrolled = (desk.din_block_first, desk.din_block_last)
        spans = {(d.drive_date.year, din_span(db, fin["value"], d, enrolled)) for d in drives}
        spans |= {(year, own_din_span(db, fin["value"], year, enrolled)) for year in years}
        for year, span in sorted(spans, key=lambda s: (s[0], s[1].first)):
            ranges += _din_margin(db, fin["value"], year % 100, span, full)
    for year in years:
        prefix = site_serial_prefix(db, year, desk.letter)
        known = max(_site_serial_highest(db, prefix), serial_floor(db, prefix))
        last = known + SERIAL_MARGIN
        ranges.append(Reserved(ReservedKind.SERIAL, prefix, "", known + 1, last, "6"))
    return Reservation(ReserveBasis.MARGIN, tuple(ranges), tuple(full))


def _ticket_margins(db: Database, drives: list[Drive], letter: str) -> Iterable[Reserved]:
    given = reserved_queries.highest_tickets(db)
    for drive in drives:
        letters = {letter} | {held for (drive_id, held) in given if drive_id == drive.id}
        for each in sorted(letters):
            known = max(given.get((drive.id, each), 0), ticket_floor(db, drive.id, each))
            last = known + TICKET_MARGIN
            yield Reserved(ReservedKind.TICKET, drive.id, each, known + 1, last, drive.code)


def _din_margin(
    db: Database, fin: str, year: int, span: DinSpan, full: list[Reserved]
) -> list[Reserved]:
    highest = highest_given(db, fin, year, span)
    last = min(highest + DIN_MARGIN, span.last)
    if highest + DIN_MARGIN >= span.last:  # nothing left to print after the margin
        full.append(Reserved(ReservedKind.DIN, fin, f"{year:02d}", span.first, span.last))
    if highest + 1 > last:
        return []
    return [Reserved(ReservedKind.DIN, fin, f"{year:02d}", highest + 1, last)]


def _site_serial_highest(db: Database, prefix: str) -> int:
    numbers = [int(s[len(prefix) :]) for s in certificate_queries.serials_with_prefix(db, prefix)
               if s[len(prefix) :].isdigit()]  # fmt: skip
    return max(numbers, default=0)
