"""Installing a drive package at the site while the desk checks donors in.

A package of N registry lines (default 100,000; generated once), two planned drives with
their assignments and DIN blocks, and the acknowledgement. The install runs on a worker
thread with its own connection, as the window will run it; the main thread checks a
donor in every 50 ms on the desk's connection. Measured: the whole install, the one
transaction that switches the package on (the write lock held: the registry's changes,
drives, blocks, rule set, letter, acknowledgement), and how long each check-in waited.

``python -m benchmarks --only packageinstall`` (100,000 lines), or
``python -m benchmarks.package_install N`` for N lines.

Twice: the first package (every line a new donor), then the next one (the same people,
a tenth of them changed: a new phone and a deferral; every one of those changes is
applied and audited inside the switch). Baseline in the same run: the first package's
donor rows written by plain ``executemany`` into an empty database of the same schema.
"""

import csv
import datetime as dt
import hashlib
import threading
import time
from pathlib import Path

from benchmarks.common import DATA_DIR, bench_drive, percentiles, registry_csv, verdict
from db import installation
from db.open_files import remove_database
from db.records import write_transaction
from desktop.core.domain.vocabulary import AssignmentStatus, BlockKind, BlockStatus
from desktop.core.exchange.package_contents import Acknowledgement, PackageContents
from desktop.core.registry.merge import new_donor
from desktop.core.registry.reader import read_registry
from desktop.core.services import Services, open_services
from desktop.core.stations.donors import DonorForm
from desktop.core.stations.drives import DriveForm

DONORS = 100_000
CHANGED_EVERY = 10  # one line in ten changes in the second package
SWITCH_TARGET_S = 1.0
CHECKIN_TARGET_S = 1.0
CHECKIN_EVERY_S = 0.05
FIN = "A9999"


def run(donors: int = DONORS, fresh: bool = False) -> bool:
    print(f"\nInstalling a drive package ({donors:,} registry lines) while the desk works")
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    first_csv = registry_csv(donors, fresh)
    second_csv = _changed(first_csv, DATA_DIR / f"registry-{donors}-changed.csv")
    path = DATA_DIR / f"package-install-{donors}.sqlite3"
    remove_database(path)
    services = open_services(path)
    services.settings.update_device("BENCH", "Bàn 1")
    services.dins.set_fin(FIN)
    drive = bench_drive(services)
    walk_ins = [_walk_in(services, i) for i in range(400)]
    device = installation.current(services.db)
    rows = _center_rows(device["device_id"])
    ok = True
    for number, registry in ((1, first_csv), (2, second_csv)):
        ack = Acknowledgement(device["incarnation"], device["epoch"],
                              installation.current(services.db)["last_change_seq"], number,
                              "2026-12-01T08:00:00.000000Z")  # fmt: skip
        contents = _contents(device["device_id"], number, registry, donors=donors, rows=rows,
                             ack=ack)  # fmt: skip
        ok &= _install_during_checkins(services, drive, walk_ins, contents, number)
    services.close()
    _baseline(first_csv, donors)
    return ok


def _install_during_checkins(
    services: Services, drive, walk_ins: list, contents: PackageContents, number: int
) -> bool:
    outcome: dict = {}

    def work() -> None:
        started = time.perf_counter()
        outcome["report"] = services.package_installer.install(contents)
        outcome["seconds"] = time.perf_counter() - started

    worker = threading.Thread(target=work)
    worker.start()
    waits = []
    while worker.is_alive():
        started = time.perf_counter()
        services.checkin.check_in(drive, walk_ins[len(waits) % len(walk_ins)])
        waits.append(time.perf_counter() - started)
        time.sleep(CHECKIN_EVERY_S)
    worker.join()
    report = outcome["report"]
    registry = report.registry
    p50, p95 = percentiles([w * 1000 for w in waits])
    longest = max(waits)
    print(f"  package {number}: {outcome['seconds']:.1f} s; donors new {registry.inserted:,},"
          f" updated {registry.updated:,}, unchanged {registry.unchanged:,}")  # fmt: skip
    print(f"    longest staging transaction {registry.longest_chunk_s * 1000:.0f} ms;"
          f" switch {report.switch_s * 1000:.0f} ms (target < {SWITCH_TARGET_S * 1000:.0f} ms)"
          f" {verdict(report.switch_s, SWITCH_TARGET_S)}")  # fmt: skip
    print(f"    {len(waits)} check-ins meanwhile: p50 {p50:.1f} ms, p95 {p95:.1f} ms,"
          f" longest {longest * 1000:.0f} ms (target < {CHECKIN_TARGET_S * 1000:.0f} ms)"
          f" {verdict(longest, CHECKIN_TARGET_S)}")  # fmt: skip
    return report.switch_s <= SWITCH_TARGET_S and longest <= CHECKIN_TARGET_S


def _changed(source: Path, target: Path) -> Path:
    """The same registry with one line in ten changed (a phone, a deferral)."""
    with source.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        columns, lines = reader.fieldnames, list(reader)
    for i, line in enumerate(lines):
        if i % CHANGED_EVERY == 0:
            line["phone"] = f"09{i % 100_000_000:08d}"
            line["deferral_until"] = "2027-06-30"
            line["deferral_permanent"] = "0"
            line["deferral_reason"] = "center.screening"
    with target.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns)
        writer.writeheader()
        writer.writerows(lines)
    return target


def _center_rows(device_id: str) -> dict[str, list[dict]]:
    """Two planned drives, their assignments and DIN blocks, as a center stores them
    (written in a database of their own, with its origin stamp)."""
    path = DATA_DIR / "package-center-plan.sqlite3"
    remove_database(path)
    center = open_services(path)
    try:
        rows: dict[str, list[dict]] = {"drive": [], "drive_assignment": [], "number_block": []}
        for offset, top in ((1, 999_999), (2, 999_799)):
            day = dt.date.today() + dt.timedelta(days=offset)
            drive = center.drives.create(_drive_form(f"PLAN{offset}", day))
            with write_transaction(center.db, center.session.actor) as w:
                w.insert("drive_assignment", {"drive_id": drive.id, "for_device": device_id,
                                              "status": AssignmentStatus.ASSIGNED})  # fmt: skip
                w.insert("number_block", {"kind": BlockKind.DIN, "for_device": device_id,
                                          "drive_id": drive.id, "fin": FIN, "year": day.year,
                                          "first": top - 199, "last": top,
                                          "status": BlockStatus.ACTIVE})  # fmt: skip
            for table in rows:
                rows[table] += list(center.db.query(
                    f"SELECT * FROM {table} WHERE {'id' if table == 'drive' else 'drive_id'} = ?",
                    [drive.id]))  # fmt: skip
        return rows
    finally:
        center.close()


def _contents(
    device_id: str, number: int, registry: Path, *, donors: int, rows: dict, ack: Acknowledgement
) -> PackageContents:
    name = f"BENCH-{device_id.replace('-', '')[-8:]}-package-{number:05d}.hmtn.age"
    return PackageContents(
        file_name=name, sha256=hashlib.sha256(f"{name} {registry}".encode()).hexdigest(),
        number=number, device_id=device_id, site_code="BENCH",
        made_at="2026-12-01T08:00:00.000000Z", center_key_id="BENCH", desk_letter="A",
        registry_path=registry, registry_rows=donors, drives=rows["drive"],
        assignments=rows["drive_assignment"], blocks=rows["number_block"],
        acknowledgements=[ack],
    )  # fmt: skip


def _baseline(registry: Path, donors: int) -> None:
    """The same donor rows by plain executemany, into an empty database of the schema."""
    path = DATA_DIR / f"package-baseline-{donors}.sqlite3"
    remove_database(path)
    services = open_services(path)
    try:
        parsed = read_registry(registry)
        now = "2026-12-01T08:00:00.000000Z"
        values = [{**new_donor(row, now), "id": f"{i:036d}", "created_at": now,
                   "updated_at": now, "device_id": "registry", "change_seq": 0}
                  for i, row in enumerate(parsed.rows)]  # fmt: skip
        columns = list(values[0])
        started = time.perf_counter()
        with services.db.conn:
            services.db.conn.executemany(
                f"INSERT INTO donor ({', '.join(columns)}) VALUES"
                f" ({', '.join('?' for _ in columns)})",
                ([row[c] for c in columns] for row in values),
            )
        print(f"  baseline: the {donors:,} donor rows by plain executemany"
              f" {time.perf_counter() - started:.1f} s")  # fmt: skip
    finally:
        services.close()


def _drive_form(code: str, day: dt.date) -> DriveForm:
    from desktop.core.domain import places

    hanoi = places.province("1")
    return DriveForm(
        code=code,
        drive_date=day.strftime("%d/%m/%Y"),
        place_name="Trường THPT",
        province_code=hanoi.code,
        ward_code=places.wards(hanoi.code)[0].code,
        organizer="Hội Chữ thập đỏ",
        campaign="chu_nhat_do",
        target_units="300",
    )


def _walk_in(services: Services, i: int):
    birth = dt.date(1970, 1, 1) + dt.timedelta(days=i * 17)
    form = DonorForm(old_id=f"{900000000 + i}", full_name="Phạm Minh Tuấn",
                     birth_date=birth.strftime("%d/%m/%Y"), sex="M")  # fmt: skip
    return services.donors.register(form, not_a_duplicate=True)


if __name__ == "__main__":
    import sys

    run(int(sys.argv[1]) if len(sys.argv) > 1 else DONORS)
