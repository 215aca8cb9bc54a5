"""Registry imports being staged: their batch, heartbeat and the rows they hold unseen.

The bookkeeping written here (heartbeat, counts, rowid range) is not audited: it
describes rows no one can see yet. The import itself and its switch are audited by the
core through the writer.
"""

import datetime as dt

from sqlite_utils import Database

HEARTBEAT_TIMEOUT_S = 60  # a staging import silent this long died with its process


def next_batch(db: Database) -> int:
    return db.execute("SELECT coalesce(max(batch), 0) + 1 FROM registry_import").fetchone()[0]


def is_running(row: dict, now: str, staging: str) -> bool:
    """Still staging, and heard from lately (``now`` and the heartbeat are UTC ISO)."""
    if row["status"] != staging:
        return False
    silence = dt.datetime.fromisoformat(now) - dt.datetime.fromisoformat(row["heartbeat_at"])
    return silence < dt.timedelta(seconds=HEARTBEAT_TIMEOUT_S)


def by_batch(db: Database, batch: int) -> dict | None:
    return next(db.query("SELECT * FROM registry_import WHERE batch = ?", [batch]), None)


def get(db: Database, import_id: str) -> dict | None:
    return next(db.query("SELECT * FROM registry_import WHERE id = ?", [import_id]), None)


def with_status(db: Database, status: str) -> list[dict]:
    return list(db.query("SELECT * FROM registry_import WHERE status = ?", [status]))


def holding_rows(db: Database, applied: str) -> list[dict]:
    """Imports not switched on that still hold staged rows."""
    return list(
        db.query("SELECT * FROM registry_import WHERE status <> ? AND staged_rows > 0", [applied])
    )


def unseen_rows(db: Database, applied: str) -> int:
    return db.execute(
        "SELECT coalesce(sum(staged_rows), 0) FROM registry_import WHERE status <> ?", [applied]
    ).fetchone()[0]


def record_staged(
    db: Database, import_id: str, now: str, added: int, rowids: tuple[int, int]
) -> None:
    """A chunk of ``added`` rows is staged, the import's rows now within ``rowids``
    (first, last: the range widens, never narrows); also the heartbeat."""
    db.execute(
        "UPDATE registry_import SET staged_rows = staged_rows + ?, heartbeat_at = ?,"
        " first_rowid = min(coalesce(first_rowid, ?), ?),"
        " last_rowid = max(coalesce(last_rowid, ?), ?) WHERE id = ?",
        [added, now, rowids[0], rowids[0], rowids[1], rowids[1], import_id],
    )


def staging_ranges(db: Database, now: str, staging: str) -> list[tuple[int, int]]:
    """The rowid ranges of the imports staging now (heard from lately): rows no one
    can see, and only those (``desktop.core.registry.staging`` reserves the range)."""
    return [
        (row["first_rowid"], row["last_rowid"])
        for row in with_status(db, staging)
        if row["first_rowid"] is not None and is_running(row, now, staging)
    ]


def record_removed(db: Database, import_id: str, removed: int) -> None:
    db.execute(
        "UPDATE registry_import SET staged_rows = max(staged_rows - ?, 0) WHERE id = ?",
        [removed, import_id],
    )


def applied_batches(db: Database, applied: str) -> list[int]:
    """The batches of the imports switched on: of the staged donors, only theirs are
    seen (read each search, so a batch switched on since is seen by the next one)."""
    return [
        row[0]
        for row in db.execute("SELECT batch FROM registry_import WHERE status = ?", [applied])
    ]


def beat(db: Database, import_id: str, now: str) -> None:
    """The import is alive (while it reads and matches, before it stages a row)."""
    db.execute("UPDATE registry_import SET heartbeat_at = ? WHERE id = ?", [now, import_id])


def mark_bulk(db: Database, import_id: str, since: str | None) -> None:
    """The import is storing a first registry in bulk, holding the write lock for minutes
    (``since``: when it began), or no longer (None). Set in a transaction of its own
    before the bulk one (whose readers then see it), cleared inside that one."""
    db.execute("UPDATE registry_import SET bulk_at = ? WHERE id = ?", [since, import_id])


def bulk_running(db: Database) -> bool:
    """Whether an import said it is storing a first registry in bulk (asked when the
    write lock is found held: a mark left by a process that died is cleared when its
    import is abandoned, and means nothing while the lock is free)."""
    return (
        db.execute("SELECT 1 FROM registry_import WHERE bulk_at IS NOT NULL LIMIT 1").fetchone()
        is not None
    )


def clear_bulk(db: Database, status: str) -> None:
    """The bulk marks of the imports in ``status`` (abandoned ones) go."""
    db.execute(
        "UPDATE registry_import SET bulk_at = NULL WHERE status = ? AND bulk_at IS NOT NULL",
        [status],
    )
