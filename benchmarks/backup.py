"""What an automatic backup costs on a large database: a periodic one (the scheduler's
worker thread) and the one at exit (``AppController.back_up_at_exit``, as the app runs
it once the window has closed), each beside a raw SQLite backup of the same database
(``Connection.backup`` in one step on a thread, the same key, a new file), interleaved
round by round (each round starting with the next kind).

Figures per sample: wall time, the process's CPU time (every thread), the copy's size,
and the GUI thread's longest gap (``common.gui_ticks``: a 10 ms timer on the GUI thread
while the backup runs), beside an idle baseline of the same timer (the machine's own
scheduling delays). The database is a copy (backup API) of the encrypted registry
fixture (``benchmarks.fixtures``) of the size asked, made once into the data folder;
the shared fixture itself is only read.

Standalone: ``python -m benchmarks.backup [DONORS] [ROUNDS]``.
"""

import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from benchmarks.common import (
    DATA_DIR,
    FELT_GAP_MS,
    KEY,
    Gaps,
    gui_ticks,
    idle_for,
    machine_load,
    num,
    open_signed_in,
)

ROUNDS = 3
IDLE_S = 3.0
_KEEP: list[object] = []


def database(donors: int, fresh: bool = False) -> Path:
    """The benchmark's own copy of the registry fixture (never the fixture itself)."""
    from benchmarks.fixtures import registry_database
    from db import backup_copy

    target = DATA_DIR / "backup" / f"database-{donors}.sqlite3"
    if fresh or not target.exists():
        source = registry_database(donors)
        target.parent.mkdir(parents=True, exist_ok=True)
        for side in ("", ".keys", "-wal", "-shm"):
            Path(f"{target}{side}").unlink(missing_ok=True)
        with backup_copy.opened(source, KEY, read_only=True) as conn:
            backup_copy.copy_to_new_file(conn, target, KEY)
        keys = Path(f"{source}.keys")  # a small file of our own, not a database
        Path(f"{target}.keys").write_bytes(keys.read_bytes())
    return target


def raw_copy(source: Path, target: Path) -> None:
    """The baseline: SQLite's backup API in one step, nothing else."""
    from db.connection import apply_key, keyed
    from db.driver import sqlite3

    conn = keyed(source, KEY, read_only=True)
    copy = sqlite3.connect(str(target))
    try:
        apply_key(copy, KEY)
        conn.backup(copy)
    finally:
        copy.close()
        conn.close()


Start = Callable[[Callable[[], None]], object]


def _on_thread(work: Callable[[], object]) -> Start:
    def start(done: Callable[[], None]) -> object:
        from PySide6.QtCore import QTimer

        finished = threading.Event()
        thread = threading.Thread(target=lambda: (work(), finished.set()))
        poll = QTimer()
        poll.timeout.connect(lambda: finished.is_set() and (poll.stop(), done()))
        thread.start()
        poll.start(5)
        return poll

    return start


def _on_gui_thread(work: Callable[[], object]) -> Start:
    def start(done: Callable[[], None]) -> object:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: (work(), done()))
        return None

    return start


def measured(start: Start) -> tuple[float, float, Gaps]:
    """(wall s, process CPU s, the GUI thread's gaps) of the job ``start`` begins."""
    wall, cpu = time.perf_counter(), time.process_time()
    gaps = gui_ticks(start)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    # the stretch after the last tick (all of it when the job held the thread throughout)
    gaps.intervals.append(max(0.0, wall * 1000 - sum(gaps.intervals)))
    return wall, cpu, gaps


def run(donors: int = 1_000_000, rounds: int = ROUNDS, fresh: bool = False) -> bool:
    from PySide6.QtWidgets import QApplication

    from desktop.app import AppController
    from desktop.core.backups.rotation import BackupReason
    from ui.dialogs import Dialogs
    from ui.translators import Translators
    from ui.worker import BackgroundTask

    app = QApplication.instance() or QApplication([])
    _KEEP.append(app)
    path = database(donors, fresh)
    os.environ["HMTN_DATA_DIR"] = str(DATA_DIR / "backup" / "data")  # not the user's folder
    services = open_signed_in(path, create=False, key=KEY)
    controller = AppController(app, services, Translators(app), Dialogs())
    controller.scheduler.stop()  # the benchmark starts the backups itself
    raw_target = DATA_DIR / "backup" / "raw-copy.sqlite3"
    print(f"\nAn automatic backup of {donors:,} donors ({path.stat().st_size / 1e6:.0f} MB,"
          f" encrypted); {machine_load()}", flush=True)  # fmt: skip

    def changed() -> None:  # a backup is skipped while nothing changed: change something
        services.settings.set("benchmark_backup_round", str(time.time()))

    def clear() -> None:
        for backup in services.backups.backups():
            for made in (backup.path, backup.key_file):
                made.unlink(missing_ok=True)
        raw_target.unlink(missing_ok=True)

    def periodic() -> Start:
        def start(done: Callable[[], None]) -> object:
            task = BackgroundTask(lambda p: services.backups.back_up(BackupReason.PERIODIC, p))
            task.failed.connect(lambda error: print(f"  failed: {error!r}", flush=True))
            task.finished.connect(done)
            task.start()
            return task

        return start

    kinds: dict[str, Callable[[], Start]] = {
        "periodic (worker thread)": periodic,
        "exit (back_up_at_exit)": lambda: _on_gui_thread(controller.back_up_at_exit),
        "raw: backup API, one step": lambda: _on_thread(lambda: raw_copy(path, raw_target)),
        "idle (baseline, 3 s)": lambda: idle_for(IDLE_S),
    }
    names = list(kinds)
    results: dict[str, list[tuple[float, float, Gaps]]] = {name: [] for name in names}

    for i in range(rounds):  # interleaved: each round starts one kind later
        for name in names[i % len(names) :] + names[: i % len(names)]:
            clear()
            changed()
            results[name].append(measured(kinds[name]()))
            wall, cpu, gaps = results[name][-1]
            print(f"  {name:28} {wall:6.1f} s  CPU {cpu:6.1f} s  GUI {gaps.text()};"
                  f" {machine_load()}", flush=True)  # fmt: skip
    clear()
    print(f"\n  {'(medians)':28} {'wall':>8} {'CPU':>8} {'longest GUI gap':>16}")
    for name in names:
        rows = results[name]
        walls = sorted(r[0] for r in rows)
        cpus = sorted(r[1] for r in rows)
        gaps = sorted(r[2].longest for r in rows)
        mid = len(rows) // 2
        print(f"  {name:28} {num(walls[mid]):>6} s {num(cpus[mid]):>6} s {num(gaps[mid]):>13} ms")
    longest_exit = max(r[2].longest for r in results[names[1]])
    longest_periodic = max(r[2].longest for r in results[names[0]])
    ok = longest_periodic <= FELT_GAP_MS and longest_exit <= FELT_GAP_MS
    print(f"  GUI thread free during the backups (no gap over {FELT_GAP_MS:.0f} ms):"
          f" periodic {longest_periodic:.0f} ms, exit {longest_exit:.0f} ms:"
          f" {'ok' if ok else 'MISSED'}")  # fmt: skip
    controller.shut_down()
    services.close()
    return ok


if __name__ == "__main__":
    run(*(int(arg) for arg in sys.argv[1:]))
