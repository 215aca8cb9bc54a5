"""Shared pieces of the benchmarks: where data lives, generating it, reporting."""

import datetime as dt
import os
import platform
import statistics
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


def bench_drive(services: Services) -> Drive:
    """An open drive dated today, for the benchmarks that need one."""
    hanoi = places.province("1")
    return services.drives.create(
        DriveForm(code="BENCH", drive_date=dt.date.today().strftime("%d/%m/%Y"),
                  place_name="Nhà văn hóa", province_code=hanoi.code,
                  ward_code=places.wards(hanoi.code)[0].code, organizer="Hội Chữ thập đỏ",
                  campaign="chu_nhat_do", target_units="500")
    )  # fmt: skip


def percentiles(samples_ms: list[float]) -> tuple[float, float]:
    """(p50, p95) of the samples, in milliseconds."""
    ordered = sorted(samples_ms)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    return statistics.median(ordered), p95


def verdict(value: float, target: float) -> str:
    return "ok" if value <= target else "MISSED"


def machine_summary() -> str:
    return (
        f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}, {platform.system()} {platform.release()}"
    )


def open_signed_in(path: Path, *, create: bool = True) -> Services:
    """The services of a benchmark's (plain) database with its administrator signed in:
    a new database gets its first administrator as the app makes one, here holding
    every site role so that one person runs every station; the benchmark measures the
    work, not the sign-in (``startup.py`` includes it)."""
    services = open_services(path, create=create)
    admins = services.staff.holders(StaffRole.ADMIN)
    if admins:
        person = max(admins, key=lambda member: len(member.roles))
    else:
        person = SignInRecords(services.logins).create_first_administrator(
            "Quản trị viên", "admin", None, frozenset(StaffRole) - {StaffRole.CENTER}
        )
    services.staff.sign_in(person)
    return services
