"""What an export reads: the rows a device wrote in a range of its change sequence, the
rows they refer to, and the log of the exports written."""

import json
from collections.abc import Iterable, Iterator

from sqlite_utils import Database

# Rows of a table read from the visible donors only (a registry import being staged is
# not there yet).
_SOURCE = {"donor": "donor_visible"}


def _source(table: str) -> str:
    return _SOURCE.get(table, table)


def changed_rows(
    db: Database, table: str, device_id: str, seq_from: int, seq_to: int
) -> Iterator[dict]:
    """Rows of ``table`` this device wrote with seq_from < change_seq <= seq_to, in
    (change_seq, id) order."""
    return db.query(
        f'SELECT * FROM "{_source(table)}" WHERE device_id = ? AND change_seq > ?'
        " AND change_seq <= ? ORDER BY change_seq, id",
        [device_id, seq_from, seq_to],
    )


def changed_and_referenced_rows(
    db: Database,
    table: str,
    *,
    device_id: str,
    seq_from: int,
    seq_to: int,
    ids: Iterable[str],
    key: str = "id",
) -> Iterator[dict]:
    """As ``changed_rows``, and the rows whose ``key`` is one of ``ids`` whoever wrote
    them, each once, in (change_seq, id) order."""
    source = _source(table)
    return db.query(
        f'SELECT * FROM "{source}" WHERE device_id = ? AND change_seq > ? AND change_seq <= ?'
        f' UNION SELECT * FROM "{source}" WHERE "{key}" IN (SELECT value FROM json_each(?))'
        " ORDER BY change_seq, id",
        [device_id, seq_from, seq_to, json.dumps(sorted(set(ids)))],
    )


def chain_from(db: Database, device_id: str, seq_from: int) -> int:
    """The last place in this device's audit chain the center holds, when it holds every
    change up to ``seq_from``: that of the device's latest entry up to it (0 for none).
    The chain follows the change sequence on a site's laptop."""
    if seq_from <= 0:
        return 0
    row = db.execute(
        "SELECT chain_seq FROM audit_log WHERE device_id = ? AND change_seq <= ?"
        " AND chain_device = ? ORDER BY change_seq DESC, chain_seq DESC LIMIT 1",
        [device_id, seq_from, device_id],
    ).fetchone()
    return (row[0] or 0) if row else 0


def chain_rows(db: Database, device_id: str, after: int, through: int) -> Iterator[dict]:
    """The entries of this device's audit chain after place ``after`` through
    ``through``, in chain order: every entry it wrote (its registry loads' too)."""
    return db.query(
        "SELECT * FROM audit_log WHERE chain_device = ? AND chain_seq > ? AND chain_seq <= ?"
        " ORDER BY chain_seq",
        [device_id, after, through],
    )


def last_export_number(db: Database) -> int:
    return db.execute("SELECT coalesce(max(number), 0) FROM export_log").fetchone()[0]


def export_by_number(db: Database, number: int) -> dict | None:
    return next(db.query("SELECT * FROM export_log WHERE number = ?", [number]), None)
