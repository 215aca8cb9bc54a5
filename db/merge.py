"""The center's store of received versions and the rows made from them.

Rows arriving from sites are written exactly as received (``db.merge_writer``: every column,
their own stamps, never re-stamped). Every version received is kept in
``record_version``, and every value of a unique column it carried in ``record_key``.
"""

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlite_utils import Database

BATCH = 500  # ids per ``IN (...)`` list, under SQLite's variable limit


def chunks(items: Sequence, size: int = BATCH) -> Iterable[Sequence]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _marks(items: Sequence) -> str:
    return ", ".join("?" for _ in items)


def table_columns(db: Database, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info('{table}')")]


def versions_of(db: Database, table: str, record_ids: Sequence[str]) -> dict[str, list[dict]]:
    """Every version received of each record (rows of ``record_version``)."""
    found: dict[str, list[dict]] = {record_id: [] for record_id in record_ids}
    for part in chunks(list(record_ids)):
        for row in db.query(
            f"SELECT * FROM record_version WHERE table_name = ? AND record_id IN ({_marks(part)})",
            [table, *part],
        ):
            found[row["record_id"]].append(row)
    return found


def add_version(db: Database, values: dict[str, Any]) -> None:
    add_versions(db, [values])


def add_versions(db: Database, versions: Sequence[dict[str, Any]]) -> None:
    """Versions with the same keys (record_version's columns)."""
    if not versions:
        return
    columns = list(versions[0])
    db.conn.executemany(
        f"INSERT INTO record_version ({', '.join(columns)}) VALUES ({_marks(columns)})",
        ([version[c] for c in columns] for version in versions),
    )


def rows_by_id(db: Database, table: str, record_ids: Sequence[str]) -> dict[str, dict]:
    found: dict[str, dict] = {}
    for part in chunks(list(record_ids)):
        for row in db.query(f'SELECT * FROM "{table}" WHERE id IN ({_marks(part)})', list(part)):
            found[row["id"]] = row
    return found


def rows_with(db: Database, table: str, column: str, values: Sequence[str]) -> dict[str, dict]:
    """The rows whose ``column`` holds one of ``values``, by id."""
    found: dict[str, dict] = {}
    for part in chunks(list(values)):
        for row in db.query(
            f'SELECT * FROM "{table}" WHERE "{column}" IN ({_marks(part)})', list(part)
        ):
            found[row["id"]] = row
    return found


def add_keys(db: Database, keys: Iterable[tuple[str, str, str, str]]) -> None:
    """(table, column, value, record id) carried by a received version."""
    db.conn.executemany(
        "INSERT OR IGNORE INTO record_key (table_name, column_name, value, record_id)"
        " VALUES (?, ?, ?, ?)",
        keys,
    )


def holders(db: Database, table: str, column: str, values: Sequence[str]) -> dict[str, set[str]]:
    """For each value, the records whose versions ever carried it."""
    found: dict[str, set[str]] = {}
    for part in chunks(list(values)):
        for value, record_id in db.execute(
            "SELECT value, record_id FROM record_key WHERE table_name = ? AND column_name = ?"
            f" AND value IN ({_marks(part)})",
            [table, column, *part],
        ):
            found.setdefault(value, set()).add(record_id)
    return found


def keys_of(db: Database, table: str, column: str, record_ids: Sequence[str]) -> dict[str, set]:
    """For each record, the values of ``column`` its versions ever carried."""
    found: dict[str, set[str]] = {}
    for part in chunks(list(record_ids)):
        for value, record_id in db.execute(
            "SELECT value, record_id FROM record_key WHERE table_name = ? AND column_name = ?"
            f" AND record_id IN ({_marks(part)})",
            [table, column, *part],
        ):
            found.setdefault(record_id, set()).add(value)
    return found


def registry_versions(db: Database, donor_ids: Sequence[str]) -> dict[str, list[dict]]:
    """What the registry sent of each donor (content decoded)."""
    found: dict[str, list[dict]] = {}
    for part in chunks(list(donor_ids)):
        for record_id, content in db.execute(
            "SELECT record_id, content FROM record_version WHERE table_name = 'donor'"
            f" AND device_id = 'registry' AND record_id IN ({_marks(part)})",
            list(part),
        ):
            found.setdefault(record_id, []).append(json.loads(content))
    return found


def set_columns(db: Database, table: str, record_id: str, values: dict[str, Any]) -> None:
    """Change some columns of a row in place (values the center recomputes)."""
    assignments = ", ".join(f'"{c}" = ?' for c in values)
    db.conn.execute(
        f'UPDATE "{table}" SET {assignments} WHERE id = ?', [*values.values(), record_id]
    )
