"""Donation identification numbers (DIN) and pre-printed label rolls."""

from sqlite_utils import Database


def by_number(db: Database, number: str) -> dict | None:
    return next(db.query("SELECT * FROM din WHERE number = ?", [number]), None)


def by_numbers(db: Database, numbers: list[str]) -> dict[str, dict]:
    """The DINs with these numbers, by number (one query per 500)."""
    rows = {}
    for start in range(0, len(numbers), 500):
        chunk = numbers[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in db.query(f"SELECT * FROM din WHERE number IN ({marks})", chunk):
            rows[row["number"]] = row
    return rows


def for_drive(db: Database, drive_id: str) -> list[dict]:
    return list(
        db.query("SELECT * FROM din WHERE drive_id = ? ORDER BY fin, year, sequence", [drive_id])
    )


def highest_sequence(db: Database, fin: str, year: int, first: int, last: int) -> int:
    """The highest sequence from ``first`` to ``last`` ever given out or reserved by a roll
    for this FIN and year (``first - 1`` when none is)."""
    return db.execute(
        "SELECT max(?,"
        " coalesce((SELECT max(sequence) FROM din WHERE fin = ? AND year = ?"
        "           AND sequence BETWEEN ? AND ?), 0),"
        " coalesce((SELECT max(min(last_sequence, ?)) FROM din_roll WHERE fin = ? AND year = ?"
        "           AND first_sequence <= ? AND last_sequence >= ?), 0))",
        [first - 1, fin, year, first, last, last, fin, year, last, first],
    ).fetchone()[0]


def rolls_for_drive(db: Database, drive_id: str) -> list[dict]:
    return list(
        db.query("SELECT * FROM din_roll WHERE drive_id = ? ORDER BY created_at", [drive_id])
    )


def overlapping_roll(db: Database, fin: str, year: int, first: int, last: int) -> dict | None:
    return next(
        db.query(
            "SELECT * FROM din_roll WHERE fin = ? AND year = ?"
            " AND first_sequence <= ? AND last_sequence >= ?",
            [fin, year, last, first],
        ),
        None,
    )


def used_in_range(db: Database, fin: str, year: int, first: int, last: int) -> int:
    return db.execute(
        "SELECT count(*) FROM din WHERE fin = ? AND year = ? AND sequence BETWEEN ? AND ?",
        [fin, year, first, last],
    ).fetchone()[0]


def last_use_in_range(db: Database, roll: dict, origin: str) -> dict | None:
    """The DIN of this roll's range, of that ``origin``, used most recently."""
    return next(
        db.query(
            "SELECT * FROM din WHERE fin = ? AND year = ? AND sequence BETWEEN ? AND ?"
            " AND origin = ? ORDER BY change_seq DESC LIMIT 1",
            [roll["fin"], roll["year"], roll["first_sequence"], roll["last_sequence"], origin],
        ),
        None,
    )
