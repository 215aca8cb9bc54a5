"""The checked lines of the registry being imported (``registry_line``, schema m0030).

Lines are written a chunk at a time as the file is read, matched to the donors here in
SQL (each line's look-ups go through the donor table's indexes), and the new donors go
from here into ``donor`` by one statement a chunk. Nothing here is a record: no stamps,
no audit (the import's own entry names the file).
"""

import json
from collections.abc import Iterable, Iterator

from sqlite_utils import Database

from db.stamps import new_id

# The reader's donor values, in the order of the table's columns after ``line``
# (``id`` is the reader's name for the center's donor_id).
VALUE_COLUMNS = (
    "id", "national_id", "old_id", "full_name", "name_folded", "birth_date", "sex",
    "address", "phone", "abo", "rh", "donation_count", "last_donation_date",
    "last_donation_type", "deferral_until", "deferral_permanent", "deferral_reason",
    "rare_blood", "reserve_club",
)  # fmt: skip
_TABLE_COLUMNS = ("donor_id", *VALUE_COLUMNS[1:])
_NUMBER_COLUMN = {"national_id": "national_id", "old_id": "old_id", "id": "donor_id"}
_AS_READ = ", ".join(
    ["line", "donor_id AS id", *(f'"{c}"' for c in VALUE_COLUMNS[1:])]
)  # a line as the reader made it


def clear(db: Database) -> None:
    """Empty the table (one statement: SQLite drops its pages at once)."""
    db.execute("DELETE FROM registry_line")


def put(db: Database, chunk: Iterable[tuple[int, dict]]) -> None:
    """Write checked lines (file line, the reader's values), inside the caller's
    transaction."""
    names = ", ".join(("line", "new_id", *_TABLE_COLUMNS))
    marks = ", ".join("?" * (len(_TABLE_COLUMNS) + 2))
    db.conn.executemany(
        f"INSERT INTO registry_line ({names}) VALUES ({marks})",
        ((line, new_id(), *(row[c] for c in VALUE_COLUMNS)) for line, row in chunk),
    )


def repeated_numbers(
    db: Database, column: str, part: int = 0, parts: int = 1
) -> Iterator[tuple[int, str, int]]:
    """(line, value, the first line carrying it) of every line whose ``column`` (a
    reader's number column: national_id, old_id, id) an earlier line carries, in line
    order: one sort of the column's values (the table keeps no index of them), or of
    those in ``part`` of ``parts`` (by the code of their last character)."""
    name = _NUMBER_COLUMN[column]
    within = f" AND unicode(substr({name}, -1)) % {int(parts)} = {int(part)}" if parts > 1 else ""
    yield from db.execute(
        f"SELECT line, value, first FROM (SELECT line, {name} AS value,"
        f" min(line) OVER (PARTITION BY {name}) AS first FROM registry_line"
        f" WHERE {name} IS NOT NULL{within}) WHERE line > first ORDER BY line"
    )


def line_span(db: Database) -> tuple[int, int]:
    """(first, last) line written; (0, -1) when none."""
    first, last = db.execute("SELECT min(line), max(line) FROM registry_line").fetchone()
    return (first, last) if first is not None else (0, -1)


def candidates(db: Database, first: int, last: int) -> list[dict]:
    """The lines from ``first`` to ``last`` that a donor one can see may be about: by
    the center's donor id, by CCCD or by old CMND (each line's look-ups are the donor
    table's indexes). ``known``: the donor id if such a donor exists; ``holder``: the
    donor holding the line's CCCD; ``old_holders``: JSON [[id, national_id], ...] of
    the donors holding its old CMND."""
    return list(
        db.query(
            "SELECT * FROM (SELECT l.line, l.donor_id AS id, l.national_id, l.old_id,"
            " (SELECT v.id FROM donor_visible v WHERE v.id = l.donor_id) AS known,"
            " (SELECT v.id FROM donor_visible v WHERE v.national_id = l.national_id) AS holder,"
            " (SELECT json_group_array(json_array(v.id, v.national_id)) FROM donor_visible v"
            "   WHERE v.old_id = l.old_id) AS old_holders"
            " FROM registry_line l WHERE l.line BETWEEN ? AND ?)"
            " WHERE known IS NOT NULL OR holder IS NOT NULL OR old_holders <> '[]'",
            [first, last],
        )
    )


def set_matched(db: Database, matched: list[tuple[str, int]]) -> None:
    """(donor id, line): the line is about that donor."""
    db.conn.executemany("UPDATE registry_line SET matched_id = ? WHERE line = ?", matched)


def lines_twice(db: Database) -> list[tuple[int, int]]:
    """(line, first line) of lines about a donor an earlier line is about."""
    return db.execute(
        "SELECT l.line, f.first FROM registry_line l JOIN (SELECT matched_id, min(line) AS"
        " first FROM registry_line WHERE matched_id IS NOT NULL GROUP BY matched_id"
        " HAVING count(*) > 1) f ON f.matched_id = l.matched_id WHERE l.line > f.first"
        " ORDER BY l.line"
    ).fetchall()


def matched(db: Database, after: str, limit: int) -> list[dict]:
    """Up to ``limit`` matched lines as the reader made them (with ``matched_id``), in
    the order of their donor's id, after the donor id ``after``."""
    return list(
        db.query(
            f"SELECT {_AS_READ}, matched_id FROM registry_line"
            " WHERE matched_id IS NOT NULL AND matched_id > ? ORDER BY matched_id LIMIT ?",
            [after, limit],
        )
    )


def about(db: Database, donor_ids: list[str]) -> dict[str, dict]:
    """donor id -> the line about that donor, of those of ``donor_ids``."""
    return {
        row["matched_id"]: row
        for row in db.query(
            f"SELECT {_AS_READ}, matched_id FROM registry_line"
            " WHERE matched_id IN (SELECT value FROM json_each(?))",
            [json.dumps(donor_ids)],
        )
    }


def set_changes(db: Database, changes: list[tuple[str | None, int, str]]) -> None:
    """(changes as JSON or None, 1 if it lifts a permanent deferral, donor id)."""
    db.conn.executemany(
        "UPDATE registry_line SET changes = ?, lifted = ? WHERE matched_id = ?", changes
    )


def changes(db: Database, after: str, limit: int) -> list[tuple[str, dict]]:
    """(donor id, changes) of up to ``limit`` lines that change their donor, in the
    order of the donor's id, after ``after``."""
    return [
        (donor_id, json.loads(text))
        for donor_id, text in db.execute(
            "SELECT matched_id, changes FROM registry_line WHERE matched_id IS NOT NULL"
            " AND matched_id > ? AND changes IS NOT NULL ORDER BY matched_id LIMIT ?",
            [after, limit],
        )
    ]


def counts(db: Database) -> tuple[int, int]:
    """(new lines, matched lines): reads every line."""
    return db.execute(
        "SELECT count(*) - count(matched_id), count(matched_id) FROM registry_line"
    ).fetchone()


def lifted(db: Database) -> int:
    """How many matched lines lift their donor's permanent deferral (only the matched
    lines are read: this runs in the switch, holding the write lock)."""
    return db.execute(
        "SELECT count(*) FROM registry_line WHERE matched_id IS NOT NULL AND lifted"
    ).fetchone()[0]


def new_span(db: Database, after: int, limit: int) -> tuple[int, int]:
    """(how many, last line) of the next ``limit`` new lines after line ``after``."""
    count, last = db.execute(
        "SELECT count(*), max(line) FROM (SELECT line FROM registry_line"
        " WHERE line > ? AND matched_id IS NULL ORDER BY line LIMIT ?)",
        [after, limit],
    ).fetchone()
    return count, last or after


def new_numbers(db: Database, first: int, last: int) -> Iterator[dict]:
    """The line, national_id and old_id of the new lines from ``first`` to ``last``."""
    yield from db.query(
        "SELECT line, national_id, old_id FROM registry_line"
        " WHERE line BETWEEN ? AND ? AND matched_id IS NULL ORDER BY line",
        [first, last],
    )


def new_lines_holding(db: Database, column: str, values: list[str]) -> list[dict]:
    """The line, national_id and old_id of the new lines holding one of ``values`` in
    ``column`` (national_id or old_id), in line order."""
    if column not in ("national_id", "old_id"):
        raise ValueError(column)
    return list(
        db.query(
            "SELECT line, national_id, old_id FROM registry_line WHERE matched_id IS NULL"
            f" AND {column} IN (SELECT value FROM json_each(?)) ORDER BY line",
            [json.dumps(values)],
        )
    )


def insert_new(
    db: Database, span: tuple[int, int], first_rowid: int, stamp: tuple, staged: tuple
) -> int:
    """Insert the new lines from line ``span[0]`` to ``span[1]`` into ``donor`` by one
    statement, with rowids from ``first_rowid`` on in line order; ``stamp`` is
    (created/updated at, device id, change seq), ``staged`` (the import's batch, its
    registry_imported_at, the donors' source). Unknown flags are 0; the line's history
    is the donor's baseline. Returns how many."""
    now, device_id, change_seq = stamp
    batch, imported_at, source = staged
    return db.execute(
        "INSERT INTO donor (rowid, id, created_at, updated_at, device_id, change_seq,"
        " national_id, old_id, full_name, name_folded, birth_date, sex, address, phone, abo,"
        " rh, donation_count, last_donation_date, last_donation_type, deferral_until,"
        " deferral_permanent, deferral_reason, rare_blood, reserve_club, source,"
        " registry_imported_at, registry_donation_count, registry_last_donation_date,"
        " registry_last_donation_type, staged_import)"
        " SELECT ? + row_number() OVER (ORDER BY line) - 1, coalesce(donor_id, new_id), ?, ?,"
        " ?, ?, national_id, old_id, full_name, name_folded, birth_date, sex, address, phone,"
        " abo, rh, donation_count, last_donation_date, last_donation_type, deferral_until,"
        " coalesce(deferral_permanent, 0), deferral_reason, coalesce(rare_blood, 0),"
        " coalesce(reserve_club, 0), ?, ?, donation_count, last_donation_date,"
        " last_donation_type, ? FROM registry_line"
        " WHERE line BETWEEN ? AND ? AND matched_id IS NULL ORDER BY line",
        [first_rowid, now, now, device_id, change_seq, source, imported_at, batch, *span],
    ).rowcount
