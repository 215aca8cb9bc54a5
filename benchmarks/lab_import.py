"""The laboratory's results at the center: a province's year, 32,000 units, in one file
(no target in the issue; ours: read, checked and imported in under 30 s, either format).

The center's units are written straight into a center's database (their rows as a merge
leaves them; references unchecked, as a merge writes them); the results file is written
as CSV and as .xlsx, then read and imported through the real service. The derived facts
(every person's blood group and deferral) are timed after it.
"""

import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

from benchmarks.common import open_signed_in, verdict
from db.driver import sqlite3
from db.stamps import new_id
from desktop.core.domain.isbt128 import make_din
from desktop.core.exchange.lab_file import read_lab_file

UNITS = 32_000
TARGET_S = 30.0
HEADER = ["din", "abo", "rh", "hbsag", "anti_hcv", "anti_hiv", "syphilis", "nat", "tested_on"]


def _center(folder: Path) -> Path:
    path = folder / "center.sqlite3"
    services = open_signed_in(path)
    try:
        services.center_keys.init(folder / "keys", "mật khẩu trung tâm 2026", "két sắt 2026")
    finally:
        services.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.executemany(
        "INSERT INTO donor (id, created_at, updated_at, device_id, change_seq, full_name,"
        " name_folded, birth_date, sex, source) VALUES (?, 'x', 'x', 'site', 1, 'Phạm Văn Đức',"
        " 'pham van duc', '1990-05-15', 'M', 'drive')",
        [(f"donor-{i:06d}",) for i in range(UNITS)],
    )
    conn.executemany(
        "INSERT INTO donation (id, created_at, updated_at, device_id, change_seq, visit_id,"
        " donor_id, din, outcome) VALUES (?, 'x', 'x', 'site', 1, 'visit', ?, ?, 'complete')",
        [(new_id(), f"donor-{i:06d}", _din(i)) for i in range(UNITS)],
    )
    conn.commit()
    conn.close()
    return path


def _din(i: int) -> str:
    return make_din("A1001", 26, i + 1).number


def _rows() -> list[list[str]]:
    positive = "dương tính"
    return [
        [_din(i), "O", "+", positive if i % 1000 == 0 else "âm tính", "âm tính", "âm tính",
         "âm tính", "", "26/11/2026"]
        for i in range(UNITS)
    ]  # fmt: skip


def _files(folder: Path) -> tuple[Path, Path]:
    rows = _rows()
    csv = folder / "ket-qua.csv"
    csv.write_text("\n".join(",".join(r) for r in [HEADER, *rows]) + "\n", encoding="utf-8")
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    for row in [HEADER, *rows]:
        sheet.append(row)
    book.save(folder / "ket-qua.xlsx")
    return csv, folder / "ket-qua.xlsx"


def run() -> bool:
    print(f"\nLaboratory results: {UNITS:,} units (target: each file in <= {TARGET_S:.0f} s)")
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for path in _files(folder):
            started = time.perf_counter()
            parsed = read_lab_file(path)
            read_s = time.perf_counter() - started
            assert parsed.ok, parsed.errors[:3]
            center = _center(folder / path.suffix[1:])
            services = open_signed_in(center)
            try:
                started = time.perf_counter()
                [report] = services.lab.import_files([path])
                total_s = time.perf_counter() - started
                started = time.perf_counter()
                facts = services.lab.facts()
                facts_s = time.perf_counter() - started
            finally:
                services.close()
            assert report.new == UNITS and len(facts.deferred) == UNITS // 1000
            print(f"  {path.suffix}: read and checked {read_s:.1f} s; read, matched and stored"
                  f" {total_s:.1f} s ({verdict(total_s, TARGET_S)}); facts of every person"
                  f" {facts_s:.2f} s", flush=True)  # fmt: skip
            ok &= total_s <= TARGET_S
    return ok
