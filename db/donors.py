"""Donor queries: exact and prefix look-ups by identity, phone, birth date and name.

Reads go through ``donor_visible``: the donors of a registry import being staged are
stored but not seen until the import is switched on (see desktop.core.registry).
"""

import json
from collections.abc import Iterator

from sqlite_utils import Database

from db.schema import DONOR_TALLY

Ranges = tuple[tuple[int, int], ...] | list[tuple[int, int]]  # rowid ranges (first, last)
Batches = tuple[int, ...] | list[int]  # registry import batches
# Upper bound for prefix ranges: sorts after every character that can follow a prefix.
_AFTER_PREFIX = "\U0010ffff"


def get(db: Database, donor_id: str) -> dict | None:
    return next(db.query("SELECT * FROM donor_visible WHERE id = ?", [donor_id]), None)


def by_national_id(db: Database, national_id: str) -> dict | None:
    return next(db.query("SELECT * FROM donor_visible WHERE national_id = ?", [national_id]), None)


def by_old_id(db: Database, old_id: str) -> list[dict]:
    return list(db.query("SELECT * FROM donor_visible WHERE old_id = ?", [old_id]))


def _visible(batches: Batches) -> tuple[str, list[int]]:
    """The condition (" AND ...") that a donor can be seen, read on the row itself: not
    staged, or staged by an import switched on (``batches``, as read by
    ``db.registry_imports.applied_batches``). ``donor_visible``'s condition, without a
    subquery built for each statement nor a second look-up of each row by its id."""
    if not batches:
        return " AND d.staged_import IS NULL", []
    marks = ", ".join("?" * len(batches))
    return f" AND (d.staged_import IS NULL OR d.staged_import IN ({marks}))", list(batches)


# The first and the last word of a folded name: the expressions of the index
# donor_family_given (db.schema.m0028_search_indexes), to the letter, or it is not used.
FAMILY_NAME = "substr(d.name_folded, 1, instr(d.name_folded || ' ', ' ') - 1)"
GIVEN_NAME = (
    "substr(d.name_folded, length(rtrim(d.name_folded, replace(d.name_folded, ' ', ''))) + 1)"
)
# The order each prefix search shows, that of its index (no sort): an identity number
# or a phone is (nearly) unique, a name is shared and told apart by the date of birth.
_PREFIX_ORDER = {
    "national_id": "d.national_id",
    "old_id": "d.old_id",
    "phone": "d.phone",
    "name_folded": "d.name_folded, d.birth_date",
}


def with_prefix(
    db: Database, column: str, prefix: str, limit: int, unseen: Ranges = (), *, seen: Batches
) -> list[dict]:
    """Donors whose ``column`` starts with ``prefix``, in index order (a range scan).
    ``unseen``: rowid ranges holding only donors no one can see (a registry being
    staged): left out by the rowid every index entry holds, without reading the rows
    (a family name alone matches hundreds of thousands of staged donors). ``seen``: the
    import batches whose donors are seen (the others' are left out row by row)."""
    if column not in _PREFIX_ORDER:
        raise ValueError(column)
    outside, params = _outside("d.rowid", unseen)
    visible, batches = _visible(seen)
    return _rows(
        db,
        f"SELECT d.* FROM donor d WHERE d.{column} >= ? AND d.{column} < ?{outside}{visible}"
        f" ORDER BY {_PREFIX_ORDER[column]} LIMIT {int(limit)}",
        [prefix, prefix + _AFTER_PREFIX, *params, *batches],
    )


def _rows(db: Database, sql: str, params: list) -> list[dict]:
    """The rows of one search statement, as dicts: straight from the connection (a
    search is a read; ``Database.query``'s savepoint around it tripled the statements
    of a look-up by CCCD). The statements write their LIMIT as a number: bound as a
    parameter it made a look-up by number three times slower."""
    cursor = db.conn.execute(sql, params)
    keys = [column[0] for column in cursor.description]
    return [dict(zip(keys, row, strict=True)) for row in cursor]


def _outside(rowid: str, ranges: Ranges) -> tuple[str, list[int]]:
    """A condition keeping ``rowid`` out of ``ranges`` (" AND ..."), with its values."""
    condition = "".join(f" AND {rowid} NOT BETWEEN ? AND ?" for _ in ranges)
    return condition, [bound for span in ranges for bound in span]


def born_on(
    db: Database, birth_date: str, limit: int, unseen: Ranges = (), *, seen: Batches
) -> list[dict]:
    """Donors born on ``birth_date`` by name (the index holds both, in that order)."""
    outside, params = _outside("d.rowid", unseen)
    visible, batches = _visible(seen)
    return _rows(
        db,
        f"SELECT d.* FROM donor d WHERE d.birth_date = ?{outside}{visible}"
        f" ORDER BY d.name_folded LIMIT {int(limit)}",
        [birth_date, *params, *batches],
    )


def with_family_and_given(
    db: Database, family: str, given: str, limit: int, unseen: Ranges = (), *, seen: Batches
) -> list[dict]:
    """Donors whose folded name is the word ``family`` first and a word starting with
    ``given`` last, whatever the middle names ("nguyen an": Nguyễn Văn An, Nguyễn Thị
    Thanh An, Nguyễn Anh), by given name: one range of donor_family_given."""
    outside, params = _outside("d.rowid", unseen)
    visible, batches = _visible(seen)
    return _rows(
        db,
        f"SELECT d.* FROM donor d WHERE {FAMILY_NAME} = ?"
        f" AND {GIVEN_NAME} >= ? AND {GIVEN_NAME} < ?{outside}{visible}"
        f" ORDER BY {GIVEN_NAME} LIMIT {int(limit)}",
        [family, given, given + _AFTER_PREFIX, *params, *batches],
    )


def matching_name_words(
    db: Database, words: list[str], limit: int, unseen: Ranges = (), *, seen: Batches
) -> list[dict]:
    """Donors whose folded name holds each of ``words`` (any order): the last one as a
    prefix (it may still be being typed), the others whole. ``unseen`` as for
    ``with_prefix`` (the name index is keyed by the donor's rowid).

    A prefix term makes FTS5 read and merge the whole list of every word it starts
    (all the "nguyen"s): whole words are read lazily, skipping ahead, and a word
    nobody's name holds ends the search at once.
    ``words`` must already be folded to ``[a-z0-9]`` (see desktop.core.text.fold).
    """
    if not words:
        return []
    match = " AND ".join([*(f'"{word}"' for word in words[:-1]), f'"{words[-1]}"*'])
    outside, params = _outside("f.rowid", unseen)
    visible, batches = _visible(seen)
    return _rows(
        db,
        "SELECT d.* FROM donor_name_fts f CROSS JOIN donor d ON d.rowid = f.rowid"
        f" WHERE donor_name_fts MATCH ?{outside}{visible} LIMIT {int(limit)}",
        [match, *params, *batches],
    )


# What warm_up reads: each index a search uses, probed at keys spread over what it holds.
_WARM_INDEXES = (
    ("donor_name_birth", "d.name_folded"),
    ("donor_family_given", FAMILY_NAME),
    ("donor_birth_name", "d.birth_date"),
    ("donor_national_id", "d.national_id"),
    ("donor_old_id", "d.old_id"),
    ("donor_phone", "d.phone"),
)
_WARM_KEYS = (*"0123456789", *"abcdefghijklmnopqrstuvwxyz", *(str(y) for y in range(1930, 2015, 4)))
_WARM_ROWID_PROBES = 64


def warm_up(db: Database) -> None:
    """Read the pages near the top of every index a search uses, the donor table's and
    the name index's: a few hundred one-row queries, each the path from a root towards
    a leaf. After a cold start the first search then finds most of its way in memory."""
    for index, key in _WARM_INDEXES:
        probe = f"SELECT 1 FROM donor d INDEXED BY {index} WHERE {key} >= ? LIMIT 1"
        for start in _WARM_KEYS:
            db.execute(probe, [start]).fetchall()
    top = highest_rowid(db)
    for step in range(_WARM_ROWID_PROBES):
        rowid = top * step // _WARM_ROWID_PROBES
        db.execute("SELECT 1 FROM donor WHERE rowid >= ? LIMIT 1", [rowid]).fetchall()
    for letter in "abcdefghijklmnopqrstuvwxyz":
        db.execute(
            "SELECT rowid FROM donor_name_fts WHERE donor_name_fts MATCH ? LIMIT 1",
            [f'"{letter}"*'],
        ).fetchall()


def same_name_and_birth(db: Database, name_folded: str, birth_date: str) -> list[dict]:
    return list(
        db.query(
            "SELECT * FROM donor_visible WHERE name_folded = ? AND birth_date = ?",
            [name_folded, birth_date],
        )
    )


def count(db: Database, unseen: int) -> int:
    """Donors that can be seen: every row but the ``unseen`` ones of staged imports.
    The rows are tallied as they are inserted and deleted (``tally``, kept by triggers):
    a ``count(*)`` read the whole table at every change (57 ms at 10 M donors)."""
    stored = db.execute("SELECT value FROM tally WHERE name = ?", [DONOR_TALLY]).fetchone()[0]
    return stored - unseen


def existing_ids(db: Database, ids: list[str]) -> set[str]:
    """Which of ``ids`` are donors of this database (only the ids are read: a registry
    names a million of them)."""
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(
            row[0]
            for row in db.execute(f"SELECT id FROM donor_visible WHERE id IN ({marks})", chunk)
        )
    return found


def by_ids(db: Database, ids: list[str]) -> dict[str, dict]:
    rows = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in db.query(f"SELECT * FROM donor_visible WHERE id IN ({marks})", chunk):
            rows[row["id"]] = row
    return rows


def locally_written_values(
    db: Database, actions: tuple[str, ...], ids: list[str] | None = None
) -> Iterator[tuple[str, str]]:
    """(donor id, JSON of values written) of audited donor writes with the given actions,
    for donors changed on this laptop (only those of ``ids`` when given)."""
    marks = ",".join("?" * len(actions))
    changed = "local_changed_at IS NOT NULL"
    if ids is not None:
        changed += f" AND id IN ({','.join('?' * len(ids))})"
    yield from db.execute(
        "SELECT record_id, new_values FROM audit_log WHERE table_name = 'donor'"
        f" AND action IN ({marks}) AND new_values IS NOT NULL"
        f" AND record_id IN (SELECT id FROM donor_visible WHERE {changed})",
        [*actions, *(ids or [])],
    )


def audit_mark(db: Database) -> int:
    """Where the audit trail ends now; ``changed_since`` a mark names later writes."""
    return db.execute("SELECT coalesce(max(rowid), 0) FROM audit_log").fetchone()[0]


def changed_since(db: Database, mark: int) -> set[str]:
    """Ids of the donors written since ``mark`` ("*" for a whole registry import)."""
    return {
        row[0]
        for row in db.execute(
            "SELECT DISTINCT record_id FROM audit_log WHERE rowid > ? AND table_name = 'donor'",
            [mark],
        )
    }


def seen_holders(db: Database, column: str, values: list[str]) -> set[str]:
    """Which of ``values`` a donor that can be seen holds in ``column``."""
    return {value for value, _rowid, _batch in _holders(db, "donor_visible", column, values)}


def unseen_holders(
    db: Database, column: str, values: list[str], applied: str
) -> dict[str, tuple[int, int]]:
    """Which of ``values`` a staged donor of an import not switched on holds in
    ``column``: value -> (its rowid, its import batch)."""
    unseen = (
        "staged_import IS NOT NULL"
        " AND staged_import NOT IN (SELECT batch FROM registry_import WHERE status = ?)"
    )
    holders = _holders(db, "donor", column, values, condition=unseen, params=[applied])
    return {value: (rowid, batch) for value, rowid, batch in holders}


def _holders(
    db: Database,
    table: str,
    column: str,
    values: list[str],
    *,
    condition: str = "",
    params: list | None = None,
) -> Iterator[tuple[str, int, int | None]]:
    """(value, rowid, import batch) of the rows of ``table`` holding one of ``values``
    in ``column``, among those meeting ``condition`` (with its ``params``) if given."""
    if column not in ("national_id", "old_id"):
        raise ValueError(column)
    among = f"{condition} AND " if condition else ""
    for start in range(0, len(values), 500):
        chunk = values[start : start + 500]
        marks = ",".join("?" * len(chunk))
        yield from db.execute(
            f"SELECT {column}, rowid, staged_import FROM {table}"
            f" WHERE {among}{column} IN ({marks})",
            [*(params or []), *chunk],
        )


def staged_rowids(db: Database, batch: int, rowids: tuple[int, int], limit: int) -> list[int]:
    """Up to ``limit`` donors of the staged ``batch``, found within its rowid range."""
    return [
        row[0]
        for row in db.execute(
            "SELECT rowid FROM donor WHERE rowid BETWEEN ? AND ? AND staged_import = ? LIMIT ?",
            [*rowids, batch, limit],
        )
    ]


def delete_staged(db: Database, rowids: list[int], applied: str) -> int:
    """Remove staged donors of imports never switched on: they were never seen (their
    names leave the index with them, by trigger)."""
    marks = ",".join("?" * len(rowids))
    return db.execute(
        f"DELETE FROM donor WHERE rowid IN ({marks}) AND staged_import IS NOT NULL"
        " AND staged_import NOT IN (SELECT batch FROM registry_import WHERE status = ?)",
        [*rowids, applied],
    ).rowcount


def index_staged_names(db: Database, batch: int, rowids: tuple[int, int]) -> None:
    """Put the names of the staged donors of ``batch`` within ``rowids`` in the name
    index: one statement for many rows is far quicker than a trigger row by row."""
    db.execute(
        "INSERT INTO donor_name_fts (rowid, name_folded, donor_id) SELECT rowid, name_folded,"
        " id FROM donor WHERE rowid BETWEEN ? AND ? AND staged_import = ?",
        [*rowids, batch],
    )


def own_indexes(db: Database) -> list[tuple[str, str]]:
    """(name, SQL) of the donor table's indexes but its primary key's (which cannot be
    dropped), read from the schema: an index a later migration adds is among them."""
    return db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'donor'"
        " AND sql IS NOT NULL ORDER BY name"
    ).fetchall()


def drop_index(db: Database, name: str) -> None:
    """Drop one of ``own_indexes`` (inside the caller's transaction)."""
    if name not in {index for index, _sql in own_indexes(db)}:
        raise ValueError(name)
    db.execute(f'DROP INDEX "{name}"')


def rebuild_name_index(db: Database) -> None:
    """The name index again from the donors (after a VACUUM renumbered their rowids)."""
    db.execute("DELETE FROM donor_name_fts")
    db.execute(
        "INSERT INTO donor_name_fts (rowid, name_folded, donor_id)"
        " SELECT rowid, name_folded, id FROM donor"
    )


COUNTER_COLUMNS = ("donation_count", "last_donation_date", "last_donation_type")
BASELINE_COLUMNS = (
    "registry_donation_count",
    "registry_last_donation_date",
    "registry_last_donation_type",
)


def baselines(db: Database, donor_ids: list[str]) -> dict[str, dict]:
    """donor id -> the donor's counters and their baseline (every donor, staged too)."""
    columns = ", ".join(("id", *COUNTER_COLUMNS, *BASELINE_COLUMNS))
    found = {}
    for start in range(0, len(donor_ids), 5000):
        chunk = json.dumps(donor_ids[start : start + 5000])
        for row in db.query(
            f"SELECT {columns} FROM donor WHERE id IN (SELECT value FROM json_each(?))", [chunk]
        ):
            found[row["id"]] = row
    return found


def set_counters(db: Database, counters: list[tuple[int, str | None, str | None, str]]) -> None:
    """Store recomputed (count, last date, last type, donor id): derived values, like an
    index, so neither stamped nor audited (the records they come from are). Only inside
    a write transaction."""
    if not db.conn.in_transaction:
        raise RuntimeError("set_counters outside a write transaction")
    db.conn.executemany(
        "UPDATE donor SET donation_count = ?, last_donation_date = ?, last_donation_type = ?"
        " WHERE id = ?",
        counters,
    )


def highest_rowid(db: Database) -> int:
    return db.execute("SELECT coalesce(max(rowid), 0) FROM donor").fetchone()[0]
