"""Numbers a restored laptop must not give again (table ``reserved_number``), and the
numbers a database holds, read to find those a restore would give twice. The reading
functions take any connection (the file kept aside is read through a plain one)."""

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


def highest_change(conn: Any, table: str) -> int:
    """The highest change number among the rows of ``table`` (a fixed table name)."""
    return conn.execute(f'SELECT coalesce(max(change_seq), 0) FROM "{table}"').fetchone()[0]


def dins_changed_after(conn: Any, change_seq: int) -> list[tuple[str, str, int, int]]:
    """(number, FIN, 2-digit year, sequence) of the DINs written after ``change_seq``."""
    return conn.execute(
        "SELECT number, fin, year, sequence FROM din WHERE change_seq > ?", [change_seq]
    ).fetchall()


def din_rolls(conn: Any) -> dict[str, tuple[str, int, int, int]]:
    """roll id -> (FIN, 2-digit year, first, last sequence) of every roll registered."""
    rows = conn.execute("SELECT id, fin, year, first_sequence, last_sequence FROM din_roll")
    return {row[0]: tuple(row[1:]) for row in rows}


def serials_changed_after(conn: Any, change_seq: int) -> list[str]:
    """The certificate serials written after ``change_seq`` (voided ones included)."""
    rows = conn.execute("SELECT serial FROM certificate WHERE change_seq > ?", [change_seq])
    return [row[0] for row in rows]


def held(db: Database, table: str, column: str, values: list[str]) -> set[str]:
    """Which of ``values`` rows of ``table`` hold in ``column`` (fixed names)."""
    found: set[str] = set()
    for start in range(0, len(values), 500):
        part = values[start : start + 500]
        marks = ", ".join("?" * len(part))
        found |= {row[0] for row in db.execute(
            f'SELECT "{column}" FROM "{table}" WHERE "{column}" IN ({marks})', part
        )}  # fmt: skip
    return found


def device_id(conn: Any) -> str | None:
    row = conn.execute("SELECT device_id FROM installation").fetchone()
    return row[0] if row else None
