"""Shared pieces of the benchmarks: where data lives, generating it, reporting."""

import contextlib
import datetime as dt
import os
import platform
import resource
import statistics
import subprocess
import time
from pathlib import Path

from desktop.core.domain import places
from desktop.core.domain.records import Drive
from desktop.core.domain.vocabulary import StaffRole
from desktop.core.foundation.logins import SignInRecords
from desktop.core.services import Services, open_services
from desktop.core.stations.drives import DriveForm
from desktop.demo.donors import DonorGenerator, write_registry_csv

DATA_DIR = Path(__file__).resolve().parent / "data"
SEED = 1_000_003


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
