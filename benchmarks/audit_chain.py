"""The audit trail's hash chain: the check of a large trail (1,000,000 entries, what
the window runs in the background at start and ``hmtn audit verify`` runs), and what
chaining costs a write (entries appended through ``Writer``'s chaining against the
same entries appended unchained).

The trail is written directly (entries like a check-in's, chained as the Writer
chains them, in transactions of 10,000), once per size, into benchmarks/data/.
"""

import time
from pathlib import Path

from benchmarks.common import DATA_DIR, verdict
from db import audit_chain
from db.audit_verify import verify
from db.connection import open_database
from db.stamps import new_id, utc_now

ENTRIES = 1_000_000
BATCH = 10_000
CHECK_TARGET_S = 30.0  # in the background; the window does not wait for it
COLUMNS = (*audit_chain.CANONICAL_COLUMNS, "chain_hash")


def _entries(count: int, device: str, first_seq: int) -> list[tuple]:
    at = utc_now()
    new = '{"status":"waiting_screening","queue_no":12,"donor_id":"01936f6e-0000-7000-8000-0000000000aa"}'  # noqa: E501
    return [
        (
            new_id(),
            at,
            device,
            first_seq + i,
            "staff-1",
            "Nguyễn Thị Lan",
            "insert",
            "visit",
            new_id(),
            None,
            new,
            None,
            None,
        )
        for i in range(count)
    ]


def _trail(size: int, fresh: bool) -> Path:
    path = DATA_DIR / f"audit-trail-{size}.sqlite3"
    if path.exists() and not fresh:
        return path
    path.unlink(missing_ok=True)
    db = open_database(path)
    device = db.execute("SELECT device_id FROM installation").fetchone()[0]
    insert = (
        f"INSERT INTO audit_log ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
    )
    for start in range(0, size, BATCH):
        with db.atomic():
            rows = audit_chain.chained(db, _entries(min(BATCH, size - start), device, start + 1))
            db.conn.executemany(insert, rows)
    db.close()
    return path


def _append_s(db, rows: list[tuple], chained: bool) -> float:
    """Seconds to append ``rows`` in one transaction (rolled back after)."""
    columns = COLUMNS if chained else audit_chain.ENTRY_COLUMNS
    sql = f"INSERT INTO audit_log ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        started = time.perf_counter()
        db.conn.executemany(sql, audit_chain.chained(db, rows) if chained else rows)
        return time.perf_counter() - started
    finally:
        db.conn.execute("ROLLBACK")


def run(entries: int = ENTRIES, fresh: bool = False) -> bool:
    print(f"\n== Audit trail hash chain ({entries:,} entries) ==", flush=True)
    path = _trail(entries, fresh)
    db = open_database(path)
    try:
        started = time.perf_counter()
        report = verify(db)
        check_s = time.perf_counter() - started
        assert report.ok and report.checked == entries, report
        device = db.execute("SELECT device_id FROM installation").fetchone()[0]
        rows = _entries(BATCH, device, entries + 1)
        plain = min(_append_s(db, rows, chained=False) for _ in range(3))
        chained = min(_append_s(db, rows, chained=True) for _ in range(3))
    finally:
        db.close()
    print(f"check of {entries:,} entries: {check_s:.1f} s"
          f" ({check_s / entries * 1e6:.1f} µs each) [{verdict(check_s, CHECK_TARGET_S)}"
          f" target {CHECK_TARGET_S:.0f} s, off the GUI thread]")  # fmt: skip
    print(f"appending an entry: {plain / BATCH * 1e6:.1f} µs unchained,"
          f" {chained / BATCH * 1e6:.1f} µs chained ({chained / plain:.2f}x)")  # fmt: skip
    return check_s <= CHECK_TARGET_S
