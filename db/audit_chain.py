"""The audit trail's hash chain: every entry an installation writes commits to the one
before it, so an entry edited, deleted or slipped in afterwards (even with the stock
``sqlite3`` tool, its triggers dropped) no longer fits.

The chain of an installation (``chain_device``: its device id) orders its entries by
``chain_seq``: 1, 2, 3, ... within an epoch (a restored copy starts a new epoch at
``epoch * 10**12 + 1``, as its change sequence does, so its positions never meet those
the center already holds of the earlier copy). Each entry's ``chain_hash`` is

    chain_hash = hex( SHA-256( previous entry's chain_hash as 32 raw bytes
                               (32 zero bytes for the first entry)
                               || canonical bytes of the entry ) )

and the canonical bytes of an entry are the UTF-8 bytes of the JSON array of its
columns, in this order (``CANONICAL_COLUMNS``)::

    [id, at, device_id, change_seq, actor_id, actor_name, action, table_name,
     record_id, old_values, new_values, note, base, chain_device, chain_seq]

serialised as RFC 8785 (JCS) does for strings, integers and null: no spaces, non-ASCII
characters as they are, only ``"``, ``\\`` and control characters escaped
(``json.dumps(values, ensure_ascii=False, separators=(",", ":"))`` in Python).
``old_values`` and ``new_values`` are the JSON texts stored, taken as strings.

The installation keeps its chain's head (``installation.audit_chain_seq`` and
``audit_chain_hash``): deleting the last entries shows as well. Entries received from
other devices (the center merging the sites' files) keep their own chain fields;
those received before the chain existed carry only their device (``chain_seq`` NULL)
and cannot be checked.
"""

import hashlib
import json
from collections.abc import Iterable, Sequence

from sqlite_utils import Database

from db.origins import EPOCH_SPAN

CANONICAL_COLUMNS = (
    "id", "at", "device_id", "change_seq", "actor_id", "actor_name", "action",
    "table_name", "record_id", "old_values", "new_values", "note", "base",
    "chain_device", "chain_seq",
)  # fmt: skip
ENTRY_COLUMNS = CANONICAL_COLUMNS[:13]  # what Writer._audit_entry gives, in this order
GENESIS = "0" * 64  # the "previous hash" of an installation's first entry
# json.dumps(values, ensure_ascii=False, separators=(",", ":")), without making an
# encoder per call (the check reads a million entries)
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def canonical(values: Sequence) -> bytes:
    """The canonical bytes of an entry (its ``CANONICAL_COLUMNS`` values, in order)."""
    return _ENCODER.encode(list(values)).encode()


def link(previous_hash: str, values: Sequence) -> str:
    """The chain hash of an entry after the one whose hash is ``previous_hash``."""
    return hashlib.sha256(bytes.fromhex(previous_hash) + canonical(values)).hexdigest()


def next_position(position: int, epoch: int) -> int:
    """The position after ``position``: the start of ``epoch`` when the chain is still
    in an earlier one (a restored copy's new incarnation)."""
    if position // EPOCH_SPAN < epoch:
        return epoch * EPOCH_SPAN + 1
    return position + 1


def is_epoch_start(position: int) -> bool:
    return position % EPOCH_SPAN == 1


def head(db: Database) -> tuple[str, int, str, int]:
    """This installation's device id, its chain's last position and hash, its epoch."""
    return db.execute(
        "SELECT device_id, audit_chain_seq, coalesce(audit_chain_hash, ?), epoch FROM installation",
        [GENESIS],
    ).fetchone()


def chained(db: Database, entries: Iterable[tuple]) -> list[tuple]:
    """``entries`` (``ENTRY_COLUMNS`` tuples, inside the write transaction) with their
    chain fields added, in order, and the installation's head moved past them: one
    read and one write of the head for the whole batch."""
    device, position, previous, epoch = head(db)
    rows = []
    for entry in entries:
        position = next_position(position, epoch)
        values = (*entry, device, position)
        previous = link(previous, values)
        rows.append((*values, previous))
    if rows:
        db.execute(
            "UPDATE installation SET audit_chain_seq = ?, audit_chain_hash = ?",
            [position, previous],
        )
    return rows


def chain_existing(db: Database) -> int:
    """For the upgrade that brings the chain: chain every entry this installation wrote
    (its own and the registry's, in the order written); entries received from other
    devices keep their device, unchained. Returns how many were chained."""
    row = db.execute("SELECT device_id FROM installation").fetchone()
    if row is None:
        return 0
    device = row[0]
    columns = ", ".join(ENTRY_COLUMNS)
    cursor = db.execute(
        f"SELECT rowid, {columns} FROM audit_log WHERE device_id IN (?, 'registry') ORDER BY rowid",
        [device],
    )
    position, previous = 0, GENESIS
    updates = []
    for rowid, *entry in cursor:
        position += 1
        previous = link(previous, (*entry, device, position))
        updates.append((device, position, previous, rowid))
    db.conn.executemany(
        "UPDATE audit_log SET chain_device = ?, chain_seq = ?, chain_hash = ? WHERE rowid = ?",
        updates,
    )
    db.execute("UPDATE audit_log SET chain_device = device_id WHERE chain_device IS NULL")
    db.execute(
        "UPDATE installation SET audit_chain_seq = ?, audit_chain_hash = ?",
        [position, previous if position else None],
    )
    return position
