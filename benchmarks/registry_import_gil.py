"""Registry import: the interpreter's share left to the window, memory and WAL.

Part of issue 14's goals: during a registry import the GUI thread never stalls over
100 ms; peak memory under 400 MB (the importing process and its reading child); the
WAL does not stay at the database's size. A thread of the importing process wakes every
10 ms (as the window's timer would) and records how late it came: the parsing, when it
ran on a worker thread of the window's process, held the interpreter for seconds.
Peak memory: this process (VmHWM) and its children (``RUSAGE_CHILDREN``: the child that
reads the file). Run alone: ``python -m benchmarks.registry_import_gil [DONORS]``.
"""

import resource
import sys
import threading
import time
from pathlib import Path

from benchmarks.common import DATA_DIR, open_signed_in, registry_csv, spread
from db.open_files import remove_database
from desktop.core.foundation.progress import Progress

KEY = bytes(range(32))  # the benchmark database is encrypted, as a site's is
TICK_S = 0.010
TARGET_LATE_MS = 100.0
TARGET_MEMORY_MB = 400.0


def _ticks(stop: threading.Event, late: list[float]) -> None:
    last = time.perf_counter()
    while not stop.is_set():
        time.sleep(TICK_S)
        now = time.perf_counter()
        late.append(max(0.0, (now - last - TICK_S) * 1000))
        last = now


def run(donors: int = 1_000_000) -> bool:
    print(f"\nRegistry import, the window's share ({donors:,} rows, encrypted)")
    csv_path = registry_csv(donors)
    path = DATA_DIR / f"registry-gil-{donors}.sqlite3"
    remove_database(path)
    services = open_signed_in(path, key=KEY)  # its connection stays open: the desk's
    stop, late = threading.Event(), []
    ticker = threading.Thread(target=_ticks, args=(stop, late))
    ticker.start()
    started = time.perf_counter()
    try:
        report = services.registry.import_file(csv_path, Progress())
    finally:
        stop.set()
        ticker.join()
    elapsed = time.perf_counter() - started
    wal = Path(f"{path}-wal")
    wal_mb = (wal.stat().st_size if wal.exists() else 0) / 1e6
    database_mb = path.stat().st_size / 1e6
    services.close()
    remove_database(path)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    p50, p95, p99, worst = spread(late)
    print(f"  {report.inserted:,} donors in {elapsed:.1f} s (ok: {report.ok})")
    print(f"  timer lateness: p50 {p50:.1f} ms, p95 {p95:.1f} ms, p99 {p99:.1f} ms, max"
          f" {worst:.0f} ms, {sum(1 for x in late if x > TARGET_LATE_MS)} over"
          f" {TARGET_LATE_MS:.0f} ms")  # fmt: skip
    print(f"  peak memory: this process {own:.0f} MB, reading child {child:.0f} MB"
          f" (target < {TARGET_MEMORY_MB:.0f} MB each)")  # fmt: skip
    print(f"  WAL after the import, the desk's connection open: {wal_mb:.1f} MB"
          f" (database {database_mb:.0f} MB)")  # fmt: skip
    return report.ok and worst <= TARGET_LATE_MS and max(own, child) < TARGET_MEMORY_MB


if __name__ == "__main__":
    sys.exit(0 if run(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000) else 1)
