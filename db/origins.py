"""Where a row's content comes from: its origin stamp, and the base of a device's change.

A row's origin stamp is the (``device_id``, ``change_seq``) of the write that gave it
its content: a change made on a device carries that device's id and its next change
sequence number; data received from the center's registry carries ``registry:0`` (it
is no local change, so "every record changed on this device since mark N",
``WHERE device_id = ? AND change_seq > ?``, never holds a registry load).

The *base* of a change is the stamp the row had just before it (``audit_log.base``,
NULL for an insert). When a device exports a row, it sends the base of the *earliest*
change it made to the row since the row last came from elsewhere (a registry load, a
merge) within its current epoch: the version the whole run of its changes started
from, which is what the center needs to tell a newer version from a conflicting one.
"""

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

EPOCH_SPAN = 10**12  # change_seq = epoch * EPOCH_SPAN + n
MERGE_ACTION = "merge"
_CHUNK = 5000  # ids per query (passed as one JSON array)


@dataclass(frozen=True)
class Origin:
    """An origin stamp: which device wrote a row's content, at which of its numbers."""

    device_id: str
    change_seq: int

    @property
    def stamp(self) -> str:
        return stamp_of(self.device_id, self.change_seq)


REGISTRY = Origin("registry", 0)  # rows as the center's registry file gave them


def stamp_of(device_id: str, change_seq: int) -> str:
    """The text form of a stamp, as ``audit_log.base`` and the export's ``_base`` hold it."""
    return f"{device_id}:{change_seq}"


def epoch_range(epoch: int) -> tuple[int, int]:
    """The change sequence numbers of one epoch (both ends included)."""
    return epoch * EPOCH_SPAN, (epoch + 1) * EPOCH_SPAN - 1


# For each record of a table: the earliest row-changing audit entry this device made in
# the epoch after the latest entry that brought the row from elsewhere (another
# device's or the registry's entry, or a merge written here). Audit rowids are the order
# in which this database wrote them; change_seq cannot order entries of other devices.
# CROSS JOIN keeps the wanted ids as the outer loop: each is looked up in the index of
# the record's entries, never the table's whole trail scanned (INDEXED BY: without
# statistics SQLite otherwise takes the device's index and reads all of this epoch's
# entries for every wanted id).
_BASES = """
WITH wanted(record_id) AS (SELECT value FROM json_each(:ids)),
received AS (
    SELECT a.record_id, max(a.rowid) AS last_rowid
    FROM wanted w CROSS JOIN audit_log a ON a.table_name = :table AND a.record_id = w.record_id
    WHERE a.device_id <> :device OR a.action = :merge
    GROUP BY a.record_id
),
local AS (
    SELECT a.record_id, a.base,
        row_number() OVER (PARTITION BY a.record_id ORDER BY a.rowid) AS nth
    FROM wanted w CROSS JOIN audit_log a INDEXED BY audit_log_record
        ON a.table_name = :table AND a.record_id = w.record_id
    LEFT JOIN received r ON r.record_id = a.record_id
    WHERE a.device_id = :device AND a.action <> :merge
      AND a.change_seq BETWEEN :low AND :high AND a.new_values IS NOT NULL
      AND a.rowid > coalesce(r.last_rowid, 0)
)
SELECT record_id, base FROM local WHERE nth = 1
"""


def bases(
    db: Database, table: str, record_ids: Iterable[str], device_id: str, epoch: int
) -> dict[str, str | None]:
    """The base to send with each of ``record_ids`` of ``table`` in an export of
    ``device_id`` in ``epoch``: the stamp the row had before the first change this
    device made to it since it last came from elsewhere; None when this device created
    the row (its first change was the insert) or made no change to it in the epoch.

    One query per 5,000 records, never one per row (an export of a thousand visits)."""
    low, high = epoch_range(epoch)
    found: dict[str, str | None] = {}
    ids = list(record_ids)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        params = {
            "ids": json.dumps(chunk),
            "table": table,
            "device": device_id,
            "merge": MERGE_ACTION,
            "low": low,
            "high": high,
        }
        found.update(db.execute(_BASES, params).fetchall())
    return {record_id: found.get(record_id) for record_id in ids}


def base(db: Database, table: str, record_id: str, device_id: str, epoch: int) -> str | None:
    """``bases`` for one record."""
    return bases(db, table, [record_id], device_id, epoch)[record_id]
