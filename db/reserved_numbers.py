"""Numbers a restored laptop must not give again (table ``reserved_number``), and the
numbers a database holds, read to find those a restore would give twice. The reading
functions take any connection (the file kept aside is read through a plain one)."""

from collections.abc import Iterator
from typing import Any

from sqlite_utils import Database


def highest(db: Database, key: tuple[str, str, str], first: int, last: int) -> int:
    """The highest number reserved from ``first`` to ``last`` under ``key`` (kind, scope,
    part); 0 when none is."""
    kind, scope, part = key
    return db.execute(
        "SELECT coalesce(max(min(last, ?)), 0) FROM reserved_number"
        " WHERE kind = ? AND scope = ? AND part = ? AND first <= ? AND last >= ?",
        [last, kind, scope, part, last, first],
    ).fetchone()[0]


def holding(db: Database, kind: str, scope: str, part: str, number: int) -> dict | None:
    """The reserved range of ``kind`` that holds ``number`` (None: none does)."""
    return next(
        db.query(
            "SELECT * FROM reserved_number WHERE kind = ? AND scope = ? AND part = ?"
            " AND first <= ? AND last >= ? ORDER BY first LIMIT 1",
            [kind, scope, part, number, number],
        ),
        None,
    )


def all_of(db: Database) -> list[dict]:
    return list(db.query("SELECT * FROM reserved_number ORDER BY kind, scope, part, first"))


def highest_tickets(conn: Any) -> dict[tuple[str, str], int]:
    """(drive id, queue letter) -> the highest queue number given."""
    rows = conn.execute(
        "SELECT drive_id, queue_letter, max(queue_no) FROM visit GROUP BY drive_id, queue_letter"
    )
    return {(drive, letter): number for drive, letter, number in rows}


def din_sequences(conn: Any) -> Iterator[tuple[str, int, int]]:
    """(FIN, 2-digit year, sequence) of every DIN held, voided ones included."""
    yield from conn.execute("SELECT fin, year, sequence FROM din")


def din_rolls(conn: Any) -> dict[str, tuple[str, int, int, int]]:
    """roll id -> (FIN, 2-digit year, first, last sequence) of every roll registered."""
    rows = conn.execute("SELECT id, fin, year, first_sequence, last_sequence FROM din_roll")
    return {row[0]: tuple(row[1:]) for row in rows}


def serials(conn: Any) -> set[str]:
    """Every certificate serial in the register, voided ones included."""
    return {row[0] for row in conn.execute("SELECT serial FROM certificate")}


def device_id(conn: Any) -> str | None:
    row = conn.execute("SELECT device_id FROM installation").fetchone()
    return row[0] if row else None
