"""Check-in look-ups on a 1,000,000-donor registry, next to raw indexed SQLite queries.

Targets: p95 <= 30 ms by ID (CCCD, phone), <= 80 ms by name. Each figure is over 200
queries through ``DonorService.lookup`` (what the check-in field calls: classification,
query, and building the donor records), beside the bare indexed query on the same file.
"""

import random
import time
from collections.abc import Callable

from benchmarks.common import open_signed_in, percentiles, verdict
from benchmarks.registry_import import imported_database
from db.driver import sqlite3
from desktop.core.domain.text import fold

QUERIES = 200
ID_TARGET_MS, NAME_TARGET_MS = 30.0, 80.0


def timed(calls: list[Callable[[], object]]) -> list[float]:
    samples = []
    for call in calls:
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def fts_match(text: str) -> str:
    return " AND ".join(f'"{word}"*' for word in fold(text).split())


def run(donors: int, fresh: bool = False) -> bool:
    path, _ = imported_database(donors, fresh=fresh)
    print(f"\nLook-ups on {donors:,} donors ({QUERIES} queries each; milliseconds)")
    services = open_signed_in(path)
    raw = sqlite3.connect(path)
    rng = random.Random(7)
    sample = rng.sample(
        raw.execute(
            "SELECT national_id, phone, full_name FROM donor"
            " WHERE national_id IS NOT NULL AND phone <> ''"
        ).fetchall(),
        QUERIES,
    )
    lookup = services.donors.lookup
    cases = [
        ("CCCD", ID_TARGET_MS, [s[0] for s in sample],
         "SELECT * FROM donor WHERE national_id = ?", lambda q: q),
        ("phone", ID_TARGET_MS, [s[1] for s in sample],
         "SELECT * FROM donor WHERE phone = ?", lambda q: q),
        ('name "nguyen van an"', NAME_TARGET_MS, ["nguyen van an"] * QUERIES,
         "SELECT donor_id FROM donor_name_fts WHERE donor_name_fts MATCH ? LIMIT 50", fts_match),
        ('name "dang"', NAME_TARGET_MS, ["dang"] * QUERIES,
         "SELECT donor_id FROM donor_name_fts WHERE donor_name_fts MATCH ? LIMIT 50", fts_match),
        ("full names (200 different)", NAME_TARGET_MS, [s[2] for s in sample],
         "SELECT donor_id FROM donor_name_fts WHERE donor_name_fts MATCH ? LIMIT 50", fts_match),
    ]  # fmt: skip
    ok = True
    print(f"  {'query':30} {'app p50':>8} {'app p95':>8} {'raw p50':>8} {'raw p95':>8}  target")
    for name, target, queries, sql, raw_param in cases:
        lookup(queries[0])  # warm the page cache the way a first search at the desk does
        app_p50, app_p95 = percentiles(timed([lambda q=q: lookup(q) for q in queries]))
        raw_calls = [
            lambda q=q, sql=sql, param=raw_param: raw.execute(sql, [param(q)]).fetchall()
            for q in queries
        ]
        raw_p50, raw_p95 = percentiles(timed(raw_calls))
        print(
            f"  {name:30} {app_p50:8.2f} {app_p95:8.2f} {raw_p50:8.2f} {raw_p95:8.2f}"
            f"  p95 <= {target:.0f} {verdict(app_p95, target)}"
        )
        ok &= app_p95 <= target
    raw.close()
    services.close()
    return ok
