"""The center's merge: 100 files holding 50,000 donations (issue 11: the whole import
<= 60 s; this times the merge, which the file checks come on top of).

One real site records one donation (donor, ticket, screening, DIN, unit, certificate,
their audit entries) through its services; its rows are copied under new ids into 100
files of 500 donations. The center merges them (``merge_rows``, each file one
transaction); the baseline writes the same rows with plain ``executemany`` into an
empty database of the same schema, in the same run.
"""

import shutil
import tempfile
import time
from pathlib import Path

import uuid6

from benchmarks.common import open_signed_in, verdict
from db.connection import open_database
from desktop.core.domain import places
from desktop.core.domain.vocabulary import CertificateMode, ScreeningDecision
from desktop.core.eligibility.measurements import MeasurementForm
from desktop.core.exchange.merge import MERGE_ORDER
from desktop.core.jobs.certificates import CertificateJob
from desktop.core.services import Services
from desktop.core.stations.collection import DonationForm
from desktop.core.stations.donors import DonorForm
from desktop.core.stations.drives import DriveForm
from desktop.core.stations.screening import DoctorDecision

FILES = 100
PER_FILE = 500
TARGET_S = 60.0
HEALTHY = MeasurementForm(weight_kg="62", systolic="120", diastolic="80", pulse="72",
                          hb_g_l="138", hbsag="negative")  # fmt: skip
PER_DONATION = ("donor", "visit", "screening", "din", "donation", "certificate")


def one_donation(services: Services) -> dict[str, list[dict]]:
    """A donation recorded through the services; its rows as an export carries them."""
    s = services
    s.settings.update_device("HN01", "Bàn 1")
    s.dins.set_fin("A1001")
    s.certificates.set_texts("Bệnh viện Bạch Mai", "")
    hanoi = places.province("1")
    drive = s.drives.create(DriveForm(
        code="HM261124", drive_date="24/11/2026", place_name="Trường THPT Chu Văn An",
        province_code=hanoi.code, ward_code=places.wards(hanoi.code)[0].code,
        organizer="Hội Chữ thập đỏ", campaign="chu_nhat_do", target_units="500",
    ))  # fmt: skip
    form = DonorForm(national_id="001090000001", full_name="Phạm Văn Đức",
                     birth_date="15/05/1990", sex="M")  # fmt: skip
    donor = s.donors.register(form, not_a_duplicate=True)
    visit = s.checkin.check_in(drive, donor).visit
    s.screening.decide(visit.id, HEALTHY, DoctorDecision(ScreeningDecision.ACCEPT, 450),
                       answers={})  # fmt: skip
    din = s.dins.allocate(drive, 1)[0].din
    unit = s.collection.record(visit.id, DonationForm(
        din=din.barcode_data, bag_type="triple", bag_lot="L2611", volume_ml="450",
        started="09:05", ended="09:13",
    ))  # fmt: skip
    CertificateJob.issue(s.certificates, drive, [unit.id], CertificateMode.BLANK).commit()
    return {t: list(s.db.query(f'SELECT * FROM "{t}"')) for t in MERGE_ORDER if t != "setting"}


def copies(template: dict[str, list[dict]], number: int) -> dict[str, list[dict]]:
    """The template's donation under new ids and unique numbers (number ``number``)."""
    ids: dict[str, str] = {}

    def new(old: str) -> str:
        return ids.setdefault(old, str(uuid6.uuid7()))

    rows: dict[str, list[dict]] = {}
    for table in (*PER_DONATION, "audit_log"):
        for stored in template[table]:
            row = {**stored, "id": new(stored["id"]), "_base": None}
            for column in ("donor_id", "visit_id", "donation_id", "record_id"):
                if row.get(column) in ids or (column != "record_id" and row.get(column)):
                    row[column] = new(row[column])
            if table == "audit_log" and row["record_id"] not in ids.values():
                continue  # the site's set-up, not this donation
            _unique(table, row, number)
            rows.setdefault(table, []).append(row)
    rows["audit_log"] = [{k: v for k, v in r.items() if k != "_base"} for r in rows["audit_log"]]
    return rows


def _unique(table: str, row: dict, n: int) -> None:
    if table == "donor":
        row["national_id"] = f"00109{n:07d}"
    elif table == "visit":
        row["queue_no"] = n + 1
    elif table == "din":
        row.update(number=f"A1001{n:08d}", sequence=n % 999_999 + 1, year=n // 999_999)
    elif table == "donation":
        row["din"] = f"A1001{n:08d}"
    elif table == "certificate":
        row["serial"] = f"HN01-A26-{n:07d}"


def files(template: dict[str, list[dict]]) -> list[dict[str, list[dict]]]:
    shared = {t: template[t] for t in ("drive", "staff", "rule_set")}
    made = []
    for f in range(FILES):
        rows = {t: [{**r, "_base": None} for r in found] for t, found in shared.items()}
        for n in range(f * PER_FILE, (f + 1) * PER_FILE):
            for table, found in copies(template, n).items():
                rows.setdefault(table, []).extend(found)
        made.append(rows)
    return made


def baseline(path: Path, made: list[dict[str, list[dict]]]) -> float:
    """The same rows written by plain executemany, one transaction per file."""
    db = open_database(path)
    started = time.perf_counter()
    for rows in made:
        with db.conn:
            for table in MERGE_ORDER:
                found = rows.get(table) or []
                if not found:
                    continue
                columns = [c for c in found[0] if c != "_base"]
                db.conn.executemany(
                    f'INSERT OR IGNORE INTO "{table}" ({", ".join(columns)})'
                    f" VALUES ({', '.join('?' for _ in columns)})",
                    ([row[c] for c in columns] for row in found),
                )
    elapsed = time.perf_counter() - started
    db.close()
    return elapsed


def run() -> bool:
    print(f"\nCenter merge: {FILES} files of {PER_FILE} donations", flush=True)
    work = Path(tempfile.mkdtemp(prefix="hmtn-center-bench-"))
    try:
        site = open_signed_in(work / "site.sqlite3")
        template = one_donation(site)
        site.close()
        made = files(template)
        rows = sum(len(found) for rows in made for found in rows.values())
        center = open_signed_in(work / "center.sqlite3")
        started = time.perf_counter()
        for number, rows_of_file in enumerate(made):
            center.center.merge(f"HN01-bench-{number:05d}.hmtn.age", rows_of_file)
        merged = time.perf_counter() - started
        held = center.db.execute("SELECT count(*) FROM quarantine").fetchone()[0]
        center.close()
        plain = baseline(work / "plain.sqlite3", made)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    outcome = f"{verdict(merged, TARGET_S)}, target <= {TARGET_S:.0f} s"
    print(f"  {rows:,} rows; merged in {merged:.1f} s ({outcome});"
          f" plain executemany {plain:.1f} s; {held} quarantined")  # fmt: skip
    return merged <= TARGET_S


if __name__ == "__main__":
    run()
