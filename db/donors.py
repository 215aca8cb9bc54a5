"""Donor queries: exact and prefix look-ups by identity, phone, birth date and name."""

from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database

from db.schema import DONOR_FTS_INSERT_TRIGGER

# Upper bound for prefix ranges: sorts after every character that can follow a prefix.
_AFTER_PREFIX = "\U0010ffff"
_PREFIX_COLUMNS = ("national_id", "old_id", "phone", "name_folded")


def get(db: Database, donor_id: str) -> dict | None:
    return next(db.query("SELECT * FROM donor WHERE id = ?", [donor_id]), None)


def by_national_id(db: Database, national_id: str) -> dict | None:
    return next(db.query("SELECT * FROM donor WHERE national_id = ?", [national_id]), None)


def by_old_id(db: Database, old_id: str) -> list[dict]:
    return list(db.query("SELECT * FROM donor WHERE old_id = ?", [old_id]))


def with_prefix(db: Database, column: str, prefix: str, limit: int) -> list[dict]:
    """Donors whose ``column`` starts with ``prefix``, in index order (a range scan)."""
    if column not in _PREFIX_COLUMNS:
        raise ValueError(column)
    return list(
        db.query(
            f"SELECT * FROM donor WHERE {column} >= ? AND {column} < ?"
            f" ORDER BY {column}, birth_date LIMIT ?",
            [prefix, prefix + _AFTER_PREFIX, limit],
        )
    )


def born_on(db: Database, birth_date: str, limit: int) -> list[dict]:
    return list(
        db.query(
            "SELECT * FROM donor WHERE birth_date = ? ORDER BY name_folded LIMIT ?",
            [birth_date, limit],
        )
    )


def matching_name_words(db: Database, words: list[str], limit: int) -> list[dict]:
    """Donors whose folded name has a word starting with each of ``words`` (any order).

    ``words`` must already be folded to ``[a-z0-9]`` (see desktop.core.text.fold).
    """
    if not words:
        return []
    match = " AND ".join(f'"{word}"*' for word in words)
    return list(
        db.query(
            "SELECT d.* FROM donor_name_fts f JOIN donor d ON d.id = f.donor_id"
            " WHERE donor_name_fts MATCH ? LIMIT ?",
            [match, limit],
        )
    )


def same_name_and_birth(db: Database, name_folded: str, birth_date: str) -> list[dict]:
    return list(
        db.query(
            "SELECT * FROM donor WHERE name_folded = ? AND birth_date = ?",
            [name_folded, birth_date],
        )
    )


def count(db: Database) -> int:
    return db.execute("SELECT count(*) FROM donor").fetchone()[0]


def registry_keys(
    db: Database,
) -> tuple[dict[str, str], dict[str, list[tuple[str, str | None]]]]:
    """For matching registry lines: national_id -> donor id, and old_id -> every
    (donor id, national_id) holding that old CMND."""
    by_national = dict(db.execute("SELECT national_id, id FROM donor WHERE national_id NOT NULL"))
    by_old: dict[str, list[tuple[str, str | None]]] = {}
    for old_id, donor_id, national_id in db.execute(
        "SELECT old_id, id, national_id FROM donor WHERE old_id NOT NULL"
    ):
        by_old.setdefault(old_id, []).append((donor_id, national_id))
    return by_national, by_old


def existing_ids(db: Database, ids: list[str]) -> set[str]:
    """Which of ``ids`` are donors of this database."""
    return set(by_ids(db, ids))


def by_ids(db: Database, ids: list[str]) -> dict[str, dict]:
    rows = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in db.query(f"SELECT * FROM donor WHERE id IN ({marks})", chunk):
            rows[row["id"]] = row
    return rows


def locally_written_values(db: Database, actions: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """(donor id, JSON of values written) of audited donor writes with the given actions,
    for donors changed on this laptop."""
    marks = ",".join("?" * len(actions))
    yield from db.execute(
        "SELECT record_id, new_values FROM audit_log WHERE table_name = 'donor'"
        f" AND action IN ({marks}) AND new_values IS NOT NULL"
        " AND record_id IN (SELECT id FROM donor WHERE local_changed_at IS NOT NULL)",
        list(actions),
    )


@contextmanager
def bulk_insert(db: Database) -> Iterator[None]:
    """Insert many donors faster: their names are indexed in one statement at the end.

    Must run inside the caller's transaction, so that the search trigger set aside here
    comes back even if the load fails (SQLite rolls the schema change back too).
    """
    if not db.conn.in_transaction:
        raise RuntimeError("bulk_insert needs an open transaction")
    last_rowid = db.execute("SELECT coalesce(max(rowid), 0) FROM donor").fetchone()[0]
    db.execute("DROP TRIGGER donor_fts_insert")
    yield
    db.execute(
        "INSERT INTO donor_name_fts (name_folded, donor_id)"
        " SELECT name_folded, id FROM donor WHERE rowid > ?",
        [last_rowid],
    )
    db.execute(DONOR_FTS_INSERT_TRIGGER)
