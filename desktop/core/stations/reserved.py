"""What every allocator asks before giving a number: the ranges a restore reserved
(``desktop.core.backups.reserve``). Numbers stay derived from the records; the reserved
ranges are records too, so each allocator starts above the highest of both."""

import re

from sqlite_utils import Database

from db import reserved_numbers as reserved_queries
from db import visits as visit_queries
from desktop.core.domain.vocabulary import ReservedKind

_TRAILING_NUMBER = re.compile(r"^(.*?)(\d+)$")
NO_LIMIT = 2**62


def next_ticket(db: Database, drive_id: str, letter: str) -> int:
    """The next queue number of ``letter`` at the drive: above every ticket it holds and
    every number a restore reserved."""
    return max(
        visit_queries.next_queue_no(db, drive_id, letter), ticket_floor(db, drive_id, letter) + 1
    )


def ticket_floor(db: Database, drive_id: str, letter: str) -> int:
    """The highest queue number of the drive's ``letter`` a restore reserved (0: none)."""
    return reserved_queries.highest(db, (ReservedKind.TICKET, drive_id, letter), 1, NO_LIMIT)


def din_floor(db: Database, fin: str, year: int, first: int, last: int) -> int:
    """The highest DIN sequence from ``first`` to ``last`` of ``fin`` and the 2-digit
    ``year`` a restore reserved (0: none)."""
    return reserved_queries.highest(db, (ReservedKind.DIN, fin, f"{year:02d}"), first, last)


def serial_floor(db: Database, prefix: str) -> int:
    """The highest number after ``prefix`` of a serial a restore reserved (0: none)."""
    return reserved_queries.highest(db, (ReservedKind.SERIAL, prefix, ""), 1, NO_LIMIT)


def split_serial(serial: str) -> tuple[str, int] | None:
    """A serial's prefix and its trailing number (None: it ends without one)."""
    match = _TRAILING_NUMBER.match(serial)
    return (match.group(1), int(match.group(2))) if match else None


def serial_reserved(db: Database, serial: str) -> bool:
    """Whether a restore reserved ``serial`` (a form printed after the backup)."""
    parts = split_serial(serial)
    if parts is None:
        return False
    prefix, number = parts
    return reserved_queries.holding(db, ReservedKind.SERIAL, prefix, "", number) is not None
