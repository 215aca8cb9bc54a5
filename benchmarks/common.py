"""Shared pieces of the benchmarks: where data lives, generating it, measuring
(interleaved samples, wall and CPU time, percentiles, cold caches, peak memory of this
process and of its children, the WAL's size, the GUI thread's gaps) and reporting.

Data goes to ``benchmarks/data/`` unless ``HMTN_BENCH_DATA`` names another folder (the
10 M files take about 10 GB: keep them out of the worktree).
"""

import contextlib
import datetime as dt
import hashlib
import os
import platform
import resource
import statistics
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from db.schema import DONOR_TALLY
from desktop.core.domain import places
from desktop.core.domain.records import Drive
from desktop.core.domain.vocabulary import StaffRole
from desktop.core.foundation.logins import SignInRecords
from desktop.core.services import Services, open_services
from desktop.core.stations.drives import DriveForm
from desktop.demo.donors import DonorGenerator, write_registry_csv

DATA_DIR = Path(os.environ.get("HMTN_BENCH_DATA") or Path(__file__).resolve().parent / "data")
SEED = 1_000_003
KEY = hashlib.sha256(b"HMTN benchmark key, not a secret").digest()  # 32 bytes, raw
FOREGROUND_NICE = -10
TICK_MS = 10  # the GUI timer's interval
FELT_GAP_MS = 100.0  # a keypress or a repaint later than this is felt


def registry_csv(donors: int, fresh: bool = False) -> Path:
    """The generated registry file of this size, made once and reused."""
    path = DATA_DIR / f"registry-{donors}.csv"
    if fresh or not path.exists():
        started = time.perf_counter()
        partial = path.with_suffix(".partial")
        write_registry_csv(partial, DonorGenerator(SEED).rows(donors))
        partial.replace(path)
        print(f"  generated {path.name} in {time.perf_counter() - started:.1f} s", flush=True)
    return path


def bench_drive(services: Services, code: str = "BENCH") -> Drive:
    """An open drive dated today, for the benchmarks that need one."""
    hanoi = places.province("1")
    return services.drives.create(
        DriveForm(code=code, drive_date=dt.date.today().strftime("%d/%m/%Y"),
                  place_name="Nhà văn hóa", province_code=hanoi.code,
                  ward_code=places.wards(hanoi.code)[0].code, organizer="Hội Chữ thập đỏ",
                  campaign="chu_nhat_do", target_units="500")
    )  # fmt: skip


def percentiles(samples_ms: list[float]) -> tuple[float, float]:
    """(p50, p95) of the samples, in milliseconds."""
    ordered = sorted(samples_ms)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    return statistics.median(ordered), p95


def spread(samples_ms: list[float]) -> tuple[float, float, float, float]:
    """(p50, p95, p99, max) of the samples, in milliseconds (nearest rank)."""
    ordered = sorted(samples_ms)

    def at(q: float) -> float:
        return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]

    return statistics.median(ordered), at(0.95), at(0.99), ordered[-1]


def verdict(value: float, target: float) -> str:
    return "ok" if value <= target else "MISSED"


def machine_summary() -> str:
    return (
        f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}, {platform.system()} {platform.release()}"
    )


def drop_page_cache() -> bool:
    """Linux as root: written data synced and the page cache dropped; else False."""
    try:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def reset_peak_memory() -> None:
    """Start the process's peak resident size (VmHWM) again from what it holds now."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def peak_memory_kb() -> int:
    """The process's peak resident size since the last reset (Linux), in KiB."""
    with contextlib.suppress(OSError, StopIteration, ValueError):
        status = Path("/proc/self/status").read_text()
        return int(next(line.split()[1] for line in status.splitlines()
                        if line.startswith("VmHWM:")))  # fmt: skip
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def open_signed_in(path: Path, *, create: bool = True, key: bytes | None = None) -> Services:
    """The services of a benchmark's database (plain, or encrypted with ``key``) with
    its administrator signed in: a new database gets its first administrator as the app
    makes one, here holding every site role so that one person runs every station; the
    benchmark measures the work, not the sign-in (``startup.py`` includes it)."""
    services = open_services(path, create=create, key=key)
    admins = services.staff.holders(StaffRole.ADMIN)
    if admins:
        person = max(admins, key=lambda member: len(member.roles))
    else:
        person = SignInRecords(services.logins).create_first_administrator(
            "Quản trị viên", "admin", None, frozenset(StaffRole) - {StaffRole.CENTER}
        )
    services.staff.sign_in(person)
    return services


def machine_load() -> str:
    """The load averages now (1, 5, 15 min), to state beside each figure."""
    one, five, fifteen = os.getloadavg()
    return f"load {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} CPUs"


def goal(value: float, target: float, text: str) -> str:
    """``text`` (the goal, as said) and whether ``value`` meets it."""
    return f"[goal {text}: {verdict(value, target)}]"


# --- samples: interleaved, wall and CPU time ------------------------------------------

Sample = tuple[float, float]  # (wall ms, CPU ms of this thread)


def ms(call: Callable[[], object]) -> Sample:
    """One call's wall time and this thread's CPU time, in milliseconds."""
    started, cpu = time.perf_counter(), time.thread_time()
    call()
    return (time.perf_counter() - started) * 1000, (time.thread_time() - cpu) * 1000


def alternate(count: int, measure: Callable[[int, int], Sample]) -> list[list[Sample]]:
    """``measure(side, i)`` for i < count and both sides, the first side swapping each
    time (so the machine's other work falls on both alike); the samples of each side."""
    samples: list[list[Sample]] = [[], []]
    for i in range(count):
        for side in (0, 1) if i % 2 == 0 else (1, 0):
            samples[side].append(measure(side, i))
    return samples


def walls(samples: list[Sample]) -> list[float]:
    return [wall for wall, _ in samples]


def cpus(samples: list[Sample]) -> list[float]:
    return [cpu for _, cpu in samples]


def num(value: float) -> str:
    return f"{value:.2f}" if value < 10 else f"{value:.1f}" if value < 1000 else f"{value:.0f}"


def spread_text(samples_ms: list[float]) -> str:
    """p50 / p95 / p99 / max, as printed."""
    return " / ".join(num(v) for v in spread(samples_ms))


@contextlib.contextmanager
def foreground() -> Iterator[None]:
    """Run the measured work ahead of the machine's other work where allowed (root:
    nice -10), so that fewer samples wait for a CPU; both sides alike."""
    before = os.getpriority(os.PRIO_PROCESS, 0)
    with contextlib.suppress(OSError):
        os.setpriority(os.PRIO_PROCESS, 0, FOREGROUND_NICE)
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, 0, before)


def cold_note(dropped: bool) -> str:
    if dropped:
        return "page cache dropped"
    return "page cache NOT dropped (not root): a new connection only"


# --- memory and files -----------------------------------------------------------------


def children_peak_mb() -> float:
    """The largest peak resident size of any child process waited for so far (Linux
    reports KiB). It never goes down: compare with the value before the work."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def wal_mb(path: Path) -> float:
    """The size of the database's write-ahead log, in MB (0 when there is none)."""
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size / 1e6
    except OSError:
        return 0.0


# --- the GUI thread -------------------------------------------------------------------


@dataclass
class Gaps:
    """The intervals (ms) between the ticks of a 10 ms timer on the GUI thread."""

    intervals: list[float]

    @property
    def longest(self) -> float:
        return max(self.intervals, default=0.0)

    @property
    def felt(self) -> int:
        """Gaps over FELT_GAP_MS."""
        return sum(1 for gap in self.intervals if gap > FELT_GAP_MS)

    def text(self) -> str:
        if not self.intervals:
            return "no ticks"
        p50, p95, p99, _ = spread(self.intervals)
        return (
            f"longest {self.longest:.0f} ms, {self.felt} over {FELT_GAP_MS:.0f} ms"
            f" (p50 {p50:.0f}, p95 {p95:.0f}, p99 {p99:.0f}; {len(self.intervals)} ticks)"
        )


def gui_ticks(start: Callable[[Callable[[], None]], object]) -> Gaps:
    """The gaps between the ticks of a 10 ms QTimer on this (the GUI) thread while the
    work runs that ``start(done)`` begins (it calls ``done`` when it ends; what it
    returns is kept alive until then). Needs a Q(Core)Application."""
    from PySide6.QtCore import QEventLoop, QTimer

    intervals: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        intervals.append((now - last[0]) * 1000)
        last[0] = now

    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    last[0] = time.perf_counter()
    timer.start()
    keep = start(loop.quit)  # noqa: F841 - alive until the loop ends
    loop.exec()
    timer.stop()
    return Gaps(intervals)


def idle_for(seconds: float) -> Callable[[Callable[[], None]], object]:
    """A ``gui_ticks`` job that does nothing for ``seconds`` (the baseline)."""
    from PySide6.QtCore import QTimer

    def start(done: Callable[[], None]) -> object:
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(done)
        timer.start(int(seconds * 1000))
        return timer

    return start


@contextlib.contextmanager
def donor_structures_dropped(conn) -> Iterator[None]:
    """A bulk load into ``donor`` as a careful engineer would write it: the table's
    indexes and triggers dropped, then built again from their own SQL (the indexes
    first), the name index filled and the donor tally counted (its triggers were
    dropped with the rest), in one transaction."""
    structures = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'donor'"
        " AND type IN ('index', 'trigger') AND sql IS NOT NULL"
    ).fetchall()
    for kind, name, _sql in structures:
        conn.execute(f'DROP {kind.upper()} "{name}"')
    yield
    conn.execute("BEGIN")
    for _kind, _name, sql in sorted(structures, key=lambda s: s[0] != "index"):
        conn.execute(sql)
    conn.execute(
        "INSERT INTO donor_name_fts (rowid, name_folded, donor_id)"
        " SELECT rowid, name_folded, id FROM donor"
    )
    conn.execute(
        "UPDATE tally SET value = (SELECT count(*) FROM donor) WHERE name = ?", [DONOR_TALLY]
    )
    conn.execute("COMMIT")
