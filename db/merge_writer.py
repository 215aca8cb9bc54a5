"""The merge write path: rows received from another installation, written as they are.

``Writer`` stamps every row it writes as a change of this installation. Rows that come
in an export file are another device's changes: ``MergeWriter`` writes them exactly as
received (every column: id, created_at, updated_at, device_id, change_seq, never
re-stamped), inserting a new row or replacing the row of the same id, and audits each
row it writes with action ``'merge'``. That audit row is this installation's own event
(its device id and one of its change sequence numbers, the note naming the file and
the version merged, the person importing as actor). A row identical to the one held is
not written again and leaves no audit entry, so merging a file twice writes nothing
the second time.

The audit rows received in a file are inserted as they are, under their own id (``INSERT
OR IGNORE``): the audit trail stays append-only, its triggers untouched.

Columns that only mean something in the database that holds them are never taken from
a file (``LOCAL_ONLY``: a donor's staged-import batch). Keys starting with ``_`` are
the file's annotations (``_base``), not columns. Foreign keys are checked when the
transaction commits (a file's tables may come in any order). A received row that
collides with a held row of another id on a unique column (a CCCD, a DIN) raises
``sqlite3.IntegrityError``: identities are the caller's to resolve before merging.
"""

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from db.origins import MERGE_ACTION, stamp_of
from db.records import BOOKKEEPING, Writer

LOCAL_ONLY = {"donor": ("staged_import",)}
_CHUNK = 5000


@dataclass
class MergeCounts:
    """What merging a table's rows did: rows new here, replaced, already held as is."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0


class MergeWriter:
    """Writes received rows inside the open transaction of ``writer`` (see the module
    docstring); ``source`` names the file (name and export number) in the audit notes."""

    def __init__(self, writer: Writer, source: str) -> None:
        self.writer = writer
        self.db: Database = writer.db
        self.source = source
        # Deferred to the commit; SQLite resets it when the transaction ends.
        self.db.execute("PRAGMA defer_foreign_keys = ON")

    def merge_rows(self, table: str, rows: list[dict[str, Any]]) -> MergeCounts:
        """Insert or replace ``rows`` of ``table`` by id, as received; one 'merge' audit
        entry per row written."""
        counts = MergeCounts()
        received = [self._columns_of(table, row) for row in rows]
        held = self._held(table, [row["id"] for row in received])
        written = []
        for row in received:
            old = held.get(row["id"])
            if old is not None and all(old.get(k) == v for k, v in row.items()):
                counts.unchanged += 1
                continue
            if old is None:
                counts.new += 1
            else:
                counts.updated += 1
            written.append((old, row))
            held[row["id"]] = row  # the same id twice in one call: the second compares
        if written:
            self._upsert(table, [row for _old, row in written])
            self._audit(table, written)
        return counts

    def merge_audit(self, rows: list[dict[str, Any]]) -> int:
        """Insert received audit rows as they are (those held already are left alone);
        returns how many were new."""
        inserted = 0
        received = [self._columns_of("audit_log", row) for row in rows]
        for row in received:  # a laptop of an earlier version: its device, unchained
            if row.get("chain_device") is None:
                row["chain_device"] = row.get("device_id")
        for columns, group in _by_columns(received):
            names = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" for _ in columns)
            cursor = self.db.conn.executemany(
                f"INSERT OR IGNORE INTO audit_log ({names}) VALUES ({marks})",
                ([row[c] for c in columns] for row in group),
            )
            inserted += cursor.rowcount
        return inserted

    def held_rows(self, table: str, ids: list[str]) -> dict[str, dict]:
        """The rows of ``table`` held here under these ids, by id."""
        return self._held(table, ids)

    @staticmethod
    def _columns_of(table: str, row: dict[str, Any]) -> dict[str, Any]:
        local = LOCAL_ONLY.get(table, ())
        return {k: v for k, v in row.items() if not k.startswith("_") and k not in local}

    def _held(self, table: str, ids: list[str]) -> dict[str, dict]:
        held = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = json.dumps(ids[start : start + _CHUNK])
            query = f'SELECT * FROM "{table}" WHERE id IN (SELECT value FROM json_each(?))'
            held.update((row["id"], row) for row in self.db.query(query, [chunk]))
        return held

    def _upsert(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Insert, or update every received column of the row of that id in place (an
        UPDATE, not SQLite's REPLACE, which deletes the row first: its rowid, name
        index entry and references would go with it)."""
        for columns, group in _by_columns(rows):
            names = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" for _ in columns)
            updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c != "id")
            self.db.conn.executemany(
                f'INSERT INTO "{table}" ({names}) VALUES ({marks})'
                f" ON CONFLICT (id) DO UPDATE SET {updates}",
                ([row[c] for c in columns] for row in group),
            )

    def _audit(self, table: str, written: list[tuple[dict | None, dict]]) -> None:
        w = self.writer
        first = w.reserve_seqs(len(written))
        entries = []
        for i, (old, row) in enumerate(written):
            version = stamp_of(row["device_id"], row["change_seq"])
            if old is None:
                before, after, base = None, row, None
            else:
                changed = [k for k, v in row.items() if old.get(k) != v and k not in BOOKKEEPING]
                before = {k: old.get(k) for k in changed}
                after = {k: row[k] for k in changed}
                base = stamp_of(old["device_id"], old["change_seq"])
            entries.append(
                w._audit_entry(
                    MERGE_ACTION,
                    table,
                    record_id=row["id"],
                    before=before,
                    after=after,
                    note=f"{self.source} {version}",
                    seq=first + i,
                    base=base,
                )
            )
        w._audit_rows(entries)


def _by_columns(rows) -> list[tuple[tuple[str, ...], list[dict[str, Any]]]]:
    """Rows grouped by their set of columns, in order (one statement per group)."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(row), []).append(row)
    return list(groups.items())
