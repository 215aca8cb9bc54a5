"""The lists the center's merge keeps beside the rows: conflicts, values held aside,
redirects of a person's second record, people to review and flags.

Entries the merge derives have ids made from what they are about, so two centers that
received the same files hold the same lists whatever the order.
"""

import hashlib
import json
from collections.abc import Iterable, Sequence

from sqlite_utils import Database

from db.merge import chunks


def derived_id(*parts: str) -> str:
    """A stable id for an entry about ``parts`` (the same on every center)."""
    digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()
    return f"{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}"


def _marks(items: Sequence) -> str:
    return ", ".join("?" for _ in items)


# -- conflicts ---------------------------------------------------------------------------


def open_conflict(
    db: Database, record: tuple[str, str], heads: str, chosen: str, stamp: tuple
) -> None:
    """The record's open conflict between these heads (kept once); an open conflict of
    the record between other heads is withdrawn (those heads were superseded)."""
    now, device_id = stamp
    table, record_id = record
    db.execute(
        "DELETE FROM merge_conflict WHERE table_name = ? AND record_id = ? AND status = ?"
        " AND heads <> ?",
        [table, record_id, "open", heads],
    )
    db.execute(
        "INSERT OR IGNORE INTO merge_conflict (id, created_at, updated_at, device_id,"
        " change_seq, table_name, record_id, heads, chosen, status)"
        " VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?)",
        [derived_id("conflict", table, record_id, heads), now, now, device_id, table,
         record_id, heads, chosen, "open"],
    )  # fmt: skip


def withdraw_conflicts(db: Database, table: str, record_ids: Sequence[str]) -> None:
    """Records with one head again have no open conflict (a resolved one stays)."""
    for part in chunks(list(record_ids)):
        db.execute(
            "DELETE FROM merge_conflict WHERE table_name = ? AND status = ?"
            f" AND record_id IN ({_marks(part)})",
            [table, "open", *part],
        )


def conflicts(db: Database, status: str) -> list[dict]:
    return list(
        db.query(
            "SELECT * FROM merge_conflict WHERE status = ? ORDER BY table_name, record_id",
            [status],
        )
    )


def conflict(db: Database, conflict_id: str) -> dict | None:
    return next(db.query("SELECT * FROM merge_conflict WHERE id = ?", [conflict_id]), None)


# -- values held aside -------------------------------------------------------------------


def hold(db: Database, holds: Iterable[tuple[str, str, str, str]], reason: str, now: str) -> int:
    """(table, record, column, value) held aside; returns how many are new."""
    before = db.conn.total_changes
    db.conn.executemany(
        "INSERT OR IGNORE INTO merge_hold (table_name, record_id, column_name, value, reason,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?)",
        ((*h, reason, now) for h in holds),
    )
    return db.conn.total_changes - before


def holds_of(db: Database, table: str, column: str, record_ids: Sequence[str]) -> dict[str, set]:
    found: dict[str, set[str]] = {}
    for part in chunks(list(record_ids)):
        for record_id, value in db.execute(
            "SELECT record_id, value FROM merge_hold WHERE table_name = ? AND column_name = ?"
            f" AND record_id IN ({_marks(part)})",
            [table, column, *part],
        ):
            found.setdefault(record_id, set()).add(value)
    return found


def donations_on_held_dins(db: Database, donation_ids: Sequence[str]) -> set[str]:
    """Donations one of whose versions carried a DIN held on the din table."""
    found: set[str] = set()
    for part in chunks(list(donation_ids)):
        found.update(
            record_id
            for (record_id,) in db.execute(
                "SELECT DISTINCT k.record_id FROM record_key k JOIN merge_hold h"
                " ON h.table_name = 'din' AND h.column_name = 'number' AND h.value = k.value"
                " WHERE k.table_name = 'donation' AND k.column_name = 'din'"
                f" AND k.record_id IN ({_marks(part)})",
                list(part),
            )
        )
    return found


# -- people ------------------------------------------------------------------------------


def redirects_from(db: Database, donor_ids: Sequence[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for part in chunks(list(donor_ids)):
        found.update(
            db.execute(
                f"SELECT from_id, to_id FROM donor_redirect WHERE from_id IN ({_marks(part)})",
                list(part),
            ).fetchall()
        )
    return found


def redirected_to(db: Database, root_ids: Sequence[str]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for part in chunks(list(root_ids)):
        for from_id, to_id in db.execute(
            f"SELECT from_id, to_id FROM donor_redirect WHERE to_id IN ({_marks(part)})",
            list(part),
        ):
            found.setdefault(to_id, set()).add(from_id)
    return found


def redirect(db: Database, old_root: str, new_root: str, reason: str, now: str) -> None:
    """``old_root`` and everyone redirected to it now go to ``new_root``."""
    db.execute("UPDATE donor_redirect SET to_id = ? WHERE to_id = ?", [new_root, old_root])
    db.execute(
        "INSERT INTO donor_redirect (from_id, to_id, reason, created_at) VALUES (?, ?, ?, ?)",
        [old_root, new_root, reason, now],
    )


def referring_rows(db: Database, table: str, donor_id: str) -> list[str]:
    return [r[0] for r in db.execute(f'SELECT id FROM "{table}" WHERE donor_id = ?', [donor_id])]


def add_review(
    db: Database, pair: tuple[str, str], name_birth: tuple[str, str], stamp: tuple
) -> bool:
    """An open review of two donors (lower id first), once; True when it is new."""
    now, device_id = stamp
    before = db.conn.total_changes
    db.execute(
        "INSERT OR IGNORE INTO person_review (id, created_at, updated_at, device_id, change_seq,"
        " donor_a, donor_b, name_folded, birth_date, status) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?)",
        [derived_id("review", *pair), now, now, device_id, *pair, *name_birth, "open"],
    )
    return db.conn.total_changes > before


# -- flags -------------------------------------------------------------------------------


def set_flags(
    db: Database, kind: str, record_ids: Sequence[str], flagged: dict[str, dict], now: str
) -> None:
    """The ``kind`` flags of these records are exactly ``flagged`` (record -> detail)."""
    for part in chunks(list(record_ids)):
        db.execute(
            f"DELETE FROM merge_flag WHERE kind = ? AND record_id IN ({_marks(part)})",
            [kind, *part],
        )
    add_flags(db, [(table, rid, kind, detail) for rid, (table, detail) in flagged.items()], now)


def add_flags(db: Database, flags: Iterable[tuple[str, str, str, dict]], now: str) -> None:
    db.conn.executemany(
        "INSERT OR IGNORE INTO merge_flag (table_name, record_id, kind, detail, created_at)"
        " VALUES (?, ?, ?, ?, ?)",
        ((t, r, k, json.dumps(d, sort_keys=True), now) for t, r, k, d in flags),
    )
