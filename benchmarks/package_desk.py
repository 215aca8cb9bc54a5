"""One measured run of ``package_install``, in a process of its own (its peak resident
memory is the install's): a laptop's drive packages opened and installed on a worker
thread while this thread works the desk, as the check-in field does.

    python -m benchmarks.package_desk install SITE WORK REGISTRY_CSV PACKAGE... [--cold]
    python -m benchmarks.package_desk baseline SITE WORK PACKAGE

Prints one line of JSON.
"""

import contextlib
import datetime as dt
import json
import os
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.common import (
    bench_drive,
    drop_page_cache,
    open_signed_in,
    peak_memory_kb,
    reset_peak_memory,
    spread,
)
from db.connection import connect
from db.driver import sqlite3
from db.open_files import remove_database
from desktop.core.domain.problems import UserError
from desktop.core.domain.records import Donor, Drive
from desktop.core.exchange.package_file import open_package, site_keys
from desktop.core.foundation.progress import Progress
from desktop.core.registry.importer import IMPORT_CACHE_KIB
from desktop.core.registry.merge import new_donor
from desktop.core.registry.reader import read_registry
from desktop.core.services import Services
from desktop.core.stations.donors import DonorForm

TICK_S = 0.05  # the desk asks every 50 ms
CHECKIN_EVERY = 20  # one tick in 20 checks a walk-in donor in (about once a second)
FAMILY_TICK = 9  # and one tick in 20 looks for a family name alone (the most names)
FAMILY_NAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng")
IDLE_S = 8.0  # the same desk work, no install running
WALK_INS = 250
SAMPLED = 200  # CCCDs and names taken from the registry for the look-ups


# --- the desk -----------------------------------------------------------------------


@dataclass
class Desk:
    """What the check-in field does: a look-up by CCCD or by name every tick, on the
    desk's own connection; one tick in 20 a family name alone, one a check-in."""

    services: Services
    drive: Drive
    walk_ins: list[Donor]
    cccds: list[str]
    names: list[str]
    ticks: int = 0
    checked_in: int = 0

    def tick(self, waits: dict[str, list[float]]) -> None:
        i = self.ticks
        self.ticks += 1
        started = time.perf_counter()
        if i % CHECKIN_EVERY == CHECKIN_EVERY - 1:
            donor = self.walk_ins[self.checked_in % len(self.walk_ins)]
            self.checked_in += 1
            kind = "checkin"
            try:
                self.services.checkin.check_in(self.drive, donor)
            except UserError as refused:  # a first registry stored in bulk holds the lock
                if refused.problems[0].code != "database_busy":
                    raise
                kind = "checkin_busy"
        elif i % CHECKIN_EVERY == FAMILY_TICK:
            self.services.donors.lookup(FAMILY_NAMES[i // CHECKIN_EVERY % len(FAMILY_NAMES)])
            kind = "family"
        elif i % 2:
            self.services.donors.lookup(self.names[i % len(self.names)])
            kind = "name"
        else:
            self.services.donors.lookup(self.cccds[i % len(self.cccds)])
            kind = "cccd"
        waits.setdefault(kind, []).append((time.perf_counter() - started) * 1000)

    def work_while(self, busy: threading.Thread | None, seconds: float = 0.0) -> dict:
        """Tick every TICK_S while ``busy`` runs (or for ``seconds``): waits by kind."""
        waits: dict[str, list[float]] = {}
        start = time.perf_counter()
        k = 0
        while busy.is_alive() if busy else time.perf_counter() - start < seconds:
            self.tick(waits)
            k += 1
            time.sleep(max(0.0, start + k * TICK_S - time.perf_counter()))
        return {kind: _summary(samples) for kind, samples in waits.items()}


def _summary(ms: list[float]) -> dict:
    if not ms:
        return {"n": 0}
    p50, p95, p99, longest = spread(ms)
    return {"n": len(ms), "p50": p50, "p95": p95, "p99": p99, "max": longest}


def _desk(services: Services, registry_csv: Path) -> Desk:
    drive = bench_drive(services)
    walk_ins = [_walk_in(services, i) for i in range(WALK_INS)]
    cccds, names = _sampled(registry_csv)
    return Desk(services, drive, walk_ins, cccds, names)


def _sampled(registry_csv: Path) -> tuple[list[str], list[str]]:
    """CCCDs and names of the registry, spread over it, as a clerk would type them
    (names: the whole name, or its first words)."""
    import csv

    with registry_csv.open(encoding="utf-8", newline="") as f:
        rows = [row for i, row in enumerate(csv.DictReader(f)) if i % 4999 == 0]
    cccds = [row["national_id"] for row in rows if row["national_id"]][:SAMPLED]
    names = []
    for i, row in enumerate(rows[:SAMPLED]):
        words = row["full_name"].split()
        names.append(" ".join(words if i % 2 else words[: max(2, len(words) - 1)]))
    return cccds, names


def _walk_in(services: Services, i: int) -> Donor:
    birth = dt.date(1970, 1, 1) + dt.timedelta(days=i * 17)
    form = DonorForm(old_id=f"{900000000 + i}", full_name="Phạm Minh Tuấn",
                     birth_date=birth.strftime("%d/%m/%Y"), sex="M")  # fmt: skip
    return services.donors.register(form, not_a_duplicate=True)


# --- the install ---------------------------------------------------------------------


@dataclass
class Phases:
    """When the install's progress said what (perf_counter seconds)."""

    marks: dict[str, float] = field(default_factory=dict)

    def mark(self, name: str) -> None:
        self.marks[name] = time.perf_counter()

    def listener(self, phase: str, done: int, total: int) -> None:
        now = time.perf_counter()
        self.marks.setdefault(f"{phase}_first", now)
        self.marks[f"{phase}_last"] = now


def _install(work: Path, services: Services, package: Path, desk: Desk) -> dict:
    phases = Phases()
    outcome: dict = {}

    def install() -> None:
        try:
            phases.mark("start")
            db = connect(work)
            keys = site_keys(db)
            db.close()
            with open_package(package, keys) as contents:
                phases.mark("opened")
                progress = Progress(phases.listener)
                outcome["report"] = services.package_installer.install(contents, progress)
            phases.mark("end")
        except BaseException as error:  # reported by the main thread
            outcome["error"] = error

    reset_peak_memory()
    worker = threading.Thread(target=install, name="package-install")
    worker.start()
    waits = desk.work_while(worker)
    worker.join()
    if "error" in outcome:
        raise outcome["error"]
    report = outcome["report"]
    m = phases.marks
    registry = report.registry
    staged_from = m.get("write_first", m["end"])
    staged_to = m.get("write_last", staged_from)
    return {
        "package": package.name,
        "seconds": m["end"] - m["start"],
        "open_s": m["opened"] - m["start"],
        "read_s": m.get("read_last", m["opened"]) - m["opened"],
        "plan_s": staged_from - m.get("read_last", m["opened"]),
        "stage_s": staged_to - staged_from,
        "finish_s": m["end"] - staged_to,
        "switch_ms": report.switch_s * 1000,
        "longest_chunk_ms": (registry.longest_chunk_s * 1000) if registry else 0.0,
        "inserted": registry.inserted if registry else 0,
        "updated": registry.updated if registry else 0,
        "unchanged": registry.unchanged if registry else 0,
        "already": report.already_installed,
        "peak_mb": peak_memory_kb() / 1024,
        "desk": waits,
    }


def measure_install(site: Path, work: Path, registry_csv: Path, packages: list[Path],
                    cold: bool) -> dict:  # fmt: skip
    """The laptop as enrolled (copied), its desk set up, then: the desk idle, each
    package installed while the desk works, the desk idle again after each."""
    _copy_database(site, work)
    services = open_signed_in(work, create=False)
    try:
        desk = _desk(services, registry_csv)
        result: dict = {"cold": cold, "idle": [desk.work_while(None, IDLE_S)], "installs": []}
        for package in packages:
            if cold:
                result["dropped"] = drop_page_cache()
            result["installs"].append(_install(work, services, package, desk))
            result["idle"].append(desk.work_while(None, IDLE_S))
        result["donors"] = services.db.execute("SELECT count(*) FROM donor").fetchone()[0]
        return result
    finally:
        services.close()


# --- the baseline ----------------------------------------------------------------------


def measure_baseline(site: Path, work: Path, package: Path) -> dict:
    """The package's donor rows, as the import would store them, by plain
    ``executemany`` in one transaction into an empty database of the same schema (its
    indexes, the name index's trigger), with the import's page cache; only the
    executemany is timed."""
    keys_db = work.with_name(work.stem + "-keys.sqlite3")
    _copy_database(site, keys_db)
    db = connect(keys_db)
    keys = site_keys(db)
    db.close()
    now = "2026-12-01T08:00:00.000000Z"
    with open_package(package, keys) as contents:
        parsed = read_registry(contents.registry_path)
    remove_database(keys_db)
    values = [{**new_donor(row, now), "created_at": now, "updated_at": now,
               "device_id": "registry", "change_seq": 0} for row in parsed.rows]  # fmt: skip
    del parsed
    columns = list(values[0])
    rows = [tuple(row[c] for c in columns) for row in values]
    del values
    remove_database(work)
    services = open_signed_in(work)
    services.db.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")  # the import's cache
    try:
        started = time.perf_counter()
        with services.db.conn:
            services.db.conn.executemany(
                f"INSERT INTO donor ({', '.join(columns)}) VALUES"
                f" ({', '.join('?' for _ in columns)})",
                rows,
            )
        seconds = time.perf_counter() - started
    finally:
        services.close()
    remove_database(work)
    return {"rows": len(rows), "seconds": seconds}


# --- the machine -----------------------------------------------------------------------


def _copy_database(source: Path, target: Path) -> None:
    """A closed database copied through SQLite's backup API."""
    remove_database(target)
    with contextlib.closing(sqlite3.connect(source)) as src, \
            contextlib.closing(sqlite3.connect(target)) as dst:  # fmt: skip
        src.backup(dst)


def main(argv: list[str]) -> None:
    cold = "--cold" in argv
    args = [Path(a) for a in argv[1:] if a != "--cold"]
    if argv[0] == "install":
        site, work, registry_csv, *packages = args
        result = measure_install(site, work, registry_csv, packages, cold)
    else:
        site, work, package = args
        result = measure_baseline(site, work, package)
    print(json.dumps(result))


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main(sys.argv[1:])
