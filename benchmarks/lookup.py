"""Check-in look-ups on the encrypted registry database, each kind a clerk types beside
the equivalent raw SQL, in the same run.

The database is ``fixtures.registry_database`` (the generated registry, as an import
leaves it, encrypted); the queries are ``query_mix`` (drawn from that registry: a few
thousand different names, prefixes as typed, no-match names, numbers, dates).

* app: ``DonorService.lookup`` (what the check-in field calls: classification, the
  queries, the donor records built), on a connection of the app's own (``connect``).
* raw: the best plain SQL for the same answer (the same first 50 rows in the same
  order), written here by hand, on another connection of the same kind (the same key
  and page cache); it reads the text as the app does (``classify``: no SQL), then runs
  its own statements. It knows that every row is visible here (one applied import,
  nothing staged), which the app must check. Each query's two answers are compared and
  any difference is said.

Warm: both connections open, samples interleaved (``alternate``: one raw, one app, the
first swapping each time), at nice -10 where allowed; wall time p50/p95/p99/max and the
ratio of the p95s (also of the CPU time). Cold: the page cache dropped before each
sample (root; said where it could not be), a new connection each: the first search
after a cold start. Goals (issue 14): p95 < 30 ms, p99 < 80 ms warm, cold first
< 300 ms, at most 3x raw.

Standalone: ``python -m benchmarks.lookup [DONORS] [QUERIES]``.
"""

import sys
import time

from benchmarks.common import (
    DATA_DIR,
    KEY,
    Sample,
    alternate,
    cold_note,
    drop_page_cache,
    foreground,
    machine_load,
    ms,
    spread,
    spread_text,
    walls,
)
from benchmarks.fixtures import registry_database
from benchmarks.query_mix import Kind, query_mix
from db.connection import connect
from desktop.core.domain.dates import iso, parse_date
from desktop.core.foundation.events import EventBus
from desktop.core.foundation.session import Session
from desktop.core.stations.donors import DonorService
from desktop.core.stations.lookup import Query, QueryKind, classify

LIMIT = 50  # the check-in list's rows (stations.donors.SEARCH_LIMIT)
P95_MS, P99_MS, COLD_MS, RATIO = 30.0, 80.0, 300.0, 3.0
COLD_ROUNDS = 8  # per kind and side


# --- the raw equivalent ----------------------------------------------------------------


def _first_in_order(column: str) -> str:
    """Rows whose ``column`` starts with ?1 (below ?2), ordered by it then the birth date,
    the first 50: the index gives the 50th value, then only the rows up to it are read
    and sorted (not every row of the prefix)."""
    return (
        f"SELECT * FROM donor WHERE {column} >= ?1 AND {column} <= (SELECT max({column}) FROM"
        f" (SELECT {column} FROM donor WHERE {column} >= ?1 AND {column} < ?2"
        f" ORDER BY {column} LIMIT {LIMIT})) ORDER BY {column}, birth_date LIMIT {LIMIT}"
    )


RAW_PREFIX = {c: _first_in_order(c) for c in ("national_id", "old_id", "phone", "name_folded")}
RAW_BORN = f"SELECT * FROM donor WHERE birth_date = ? ORDER BY name_folded LIMIT {LIMIT}"
RAW_WORDS = (
    "SELECT d.* FROM donor d WHERE d.rowid IN (SELECT rowid FROM donor_name_fts"
    f" WHERE donor_name_fts MATCH ? ORDER BY rowid LIMIT {LIMIT}) ORDER BY d.rowid"
)
# Family and given name without the middle ones: the first word whole, the last as a
# prefix, in the order of the given name (the expressions of the index m0028 made).
_FAMILY = "substr(name_folded, 1, instr(name_folded || ' ', ' ') - 1)"
_GIVEN = "substr(name_folded, length(rtrim(name_folded, replace(name_folded, ' ', ''))) + 1)"
RAW_FAMILY_GIVEN = (
    f"SELECT * FROM donor WHERE {_FAMILY} = ? AND {_GIVEN} >= ? AND {_GIVEN} < ?"
    f" ORDER BY {_GIVEN} LIMIT {LIMIT}"
)


def _ids(rows: list[tuple]) -> dict:
    return dict.fromkeys(row[0] for row in rows)


class Raw:
    def __init__(self, conn) -> None:
        self.conn = conn

    def lookup(self, text: str) -> list[str]:
        """The ids of the donors found, in order."""
        query = classify(text)
        rows = self._rows(query)
        return list(dict.fromkeys(row[0] for row in rows))[:LIMIT]

    def _rows(self, query: Query) -> list[tuple]:
        run = self.conn.execute
        if query.kind is QueryKind.BIRTH_DATE:
            return run(RAW_BORN, [iso(query.birth_date)]).fetchall()
        if query.kind is QueryKind.DIGITS:
            end = query.text + "\uffff"
            rows = []
            for column in ("national_id", "old_id", "phone"):
                rows += run(RAW_PREFIX[column], [query.text, end]).fetchall()
            if len(query.text) == 8 and (day := parse_date(query.text)):
                rows += run(RAW_BORN, [iso(day)]).fetchall()
            return rows
        if query.kind is QueryKind.NAME:
            words = query.words
            rows = run(RAW_PREFIX["name_folded"], [query.text, query.text + "\uffff"]).fetchall()
            if len(_ids(rows)) < LIMIT and len(words) == 2:
                rows += run(RAW_FAMILY_GIVEN, [words[0], words[1], words[1] + "\uffff"]).fetchall()
            if len(_ids(rows)) < LIMIT:  # every word but the last one whole, as typed
                match = " AND ".join([*(f'"{w}"' for w in words[:-1]), f'"{words[-1]}"*'])
                rows += run(RAW_WORDS, [match]).fetchall()
            return rows
        return []


def _app(conn) -> DonorService:
    return DonorService(conn, EventBus(), Session())


def _app_ids(service: DonorService, text: str) -> list[str]:
    return [donor.id for donor in service.lookup(text).donors]


# --- measuring -------------------------------------------------------------------------


def warm(path, kinds: list[Kind]) -> dict[str, tuple[list[list[Sample]], int, int]]:
    """Per kind: the samples (raw, app), the queries whose answers differ, and those
    differing in the order of equal keys only."""
    dbs = [connect(path, KEY), connect(path, KEY)]
    raw, app = Raw(dbs[0].conn), _app(dbs[1])
    try:
        figures = {}
        for kind in kinds:
            texts = kind.queries
            differ = ties = 0
            for text in texts:  # also warms both connections alike
                mine, theirs = raw.lookup(text), _app_ids(app, text)
                if mine != theirs:
                    differ += 1
                    ties += sorted(mine) == sorted(theirs)
            sides = (raw.lookup, app.lookup)
            with foreground():
                samples = alternate(
                    len(texts), lambda s, i, t=texts, c=sides: ms(lambda: c[s](t[i]))
                )
            figures[kind.name] = (samples, differ, ties)
    finally:
        for db in dbs:
            db.close()
    return figures


def cold(path, kinds: list[Kind]) -> tuple[dict[str, list[list[Sample]]], bool]:
    """The first search of a new connection, the page cache dropped before each."""
    dropped = True
    figures = {}
    for kind in kinds:
        texts = kind.queries[::-1]  # not the first ones (none was searched cold before)

        def measure(side: int, i: int, texts: list[str] = texts) -> Sample:
            nonlocal dropped
            dropped &= drop_page_cache()
            db = connect(path, KEY)
            try:
                search = Raw(db.conn).lookup if side == 0 else _app(db).lookup
                return ms(lambda: search(texts[i % len(texts)]))
            finally:
                db.close()

        figures[kind.name] = alternate(COLD_ROUNDS, measure)
    return figures, dropped


# --- the run ---------------------------------------------------------------------------


def run(donors: int, queries: int = 1000, fresh: bool = False) -> bool:
    path = registry_database(donors, fresh=fresh)
    db = connect(path, KEY)
    try:
        kinds = query_mix(db.conn, queries)
    finally:
        db.close()
    print(f"\n== Check-in look-ups, {donors:,} donors (encrypted), app beside raw SQL ==")
    print(f"  {machine_load()}", flush=True)
    started = time.perf_counter()
    warm_figures = warm(path, kinds)
    cold_figures, dropped = cold(path, kinds)
    print(f"  warm: p50 / p95 / p99 / max ms; goals p95 < {P95_MS:.0f}, p99 < {P99_MS:.0f},"
          f" p95 <= {RATIO:.0f}x raw; cold: first search, {cold_note(dropped)},"
          f" {COLD_ROUNDS} each, goal max < {COLD_MS:.0f} ms")  # fmt: skip
    print(f"  {'kind':26} {'n':>5}  {'app, warm':>26}  {'raw, warm':>24}  {'x p95':>5} {'x CPU':>5}"
          f"  {'app cold p50 / max':>19}  {'raw cold':>8}  verdicts")  # fmt: skip
    ok = True
    for kind in kinds:
        (raw_s, app_s), differ, ties = warm_figures[kind.name]
        cold_raw, cold_app = (walls(s) for s in cold_figures[kind.name])
        app_w, raw_w = spread(walls(app_s)), spread(walls(raw_s))
        ratio = app_w[1] / max(raw_w[1], 1e-6)
        cpu = spread([c for _, c in app_s])[1] / max(spread([c for _, c in raw_s])[1], 1e-6)
        cold_max = max(cold_app)
        checks = {"p95": app_w[1] < P95_MS, "p99": app_w[2] < P99_MS,
                  "cold": cold_max < COLD_MS, "3x": ratio <= RATIO}  # fmt: skip
        ok &= all(checks.values())
        verdicts = " ".join(f"{k} {'ok' if v else 'MISSED'}" for k, v in checks.items())
        print(f"  {kind.name:26} {len(kind.queries):5}  {spread_text(walls(app_s)):>26}"
              f"  {spread_text(walls(raw_s)):>24}  {ratio:5.1f} {cpu:5.1f}"
              f"  {spread(cold_app)[0]:8.1f} / {cold_max:8.1f}  {max(cold_raw):8.1f}"
              f"  {verdicts}")  # fmt: skip
        if differ:
            print(
                f"    answers differ on {differ} queries ({ties} only in the order of equal keys)"
            )
    said = "every goal met" if ok else "some goals MISSED"
    print(f"  ({time.perf_counter() - started:.0f} s; {machine_load()}; {said})", flush=True)
    return ok


if __name__ == "__main__":
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    arguments = [int(a) for a in sys.argv[1:]]
    sys.exit(0 if run(*arguments) else 1)
