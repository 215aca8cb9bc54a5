"""Certificates as PDF: one certificate <= 150 ms, a batch of 500 <= 30 s (issue 5).

Timed in this process after a first warm-up certificate (fonts loaded once per process,
as in the app), on blank paper (the whole certificate, two pages) and on pre-printed
forms (values only).
"""

import datetime as dt
import io
import statistics
import time

from benchmarks.common import verdict
from printing.certificate import write_blank
from printing.certificate_data import CertificateData
from printing.overlay import write_overlay

ONE_TARGET_MS = 150
BATCH = 500
BATCH_TARGET_S = 30.0
ONE_RUNS = 20


def sample(number: int) -> CertificateData:
    return CertificateData(
        serial=f"HMTN-26-{number:06d}",
        full_name="Đỗ Thị Ngọc Diễm",
        birth_date=dt.date(1994, 6, 1),
        id_number="001194012345",
        address="Số 12 ngõ 34 phố Đại Cồ Việt, Phường Bạch Mai, Thành phố Hà Nội",
        volume_ml=350,
        donation_date=dt.date(2026, 11, 25),
        ordinal=3,
        drive_place="Đại học Bách khoa Hà Nội, Số 1 Đại Cồ Việt, Phường Bạch Mai, Thành phố Hà Nội",
        organizer="Hội Chữ thập đỏ thành phố Hà Nội",
        facility="Viện Huyết học - Truyền máu Trung ương",
        qr_payload=f"HMTN1|01a212d9-479b-7323-90fa-58069f347a47|A999926{number:06d}|"
        f"HMTN-26-{number:06d}|K3F9Q2MZAB",
        issue_place="Hà Nội",
    )


def run() -> bool:
    print(f"\nCertificates: one (median of {ONE_RUNS}) and a batch of {BATCH}")
    ok = True
    started = time.perf_counter()
    write_blank([sample(0)], io.BytesIO())
    cold = (time.perf_counter() - started) * 1000
    print(f"  first certificate of the process (loads the fonts): {cold:.0f} ms")
    for name, write in (("blank paper", write_blank), ("pre-printed forms", write_overlay)):
        write([sample(0)], io.BytesIO())  # warm-up: fonts are loaded once per process
        times = []
        for number in range(ONE_RUNS):
            started = time.perf_counter()
            write([sample(number)], io.BytesIO())
            times.append((time.perf_counter() - started) * 1000)
        one = statistics.median(times)
        batch = [sample(n) for n in range(BATCH)]
        buffer = io.BytesIO()
        started = time.perf_counter()
        pages = write(batch, buffer)
        elapsed = time.perf_counter() - started
        print(
            f"  {name}: one {one:.1f} ms (target <= {ONE_TARGET_MS} ms)"
            f" {verdict(one, ONE_TARGET_MS)};"
            f" {BATCH} in {elapsed:.2f} s, {pages} pages, {len(buffer.getvalue()) // 1024} KiB"
            f" (target <= {BATCH_TARGET_S:.0f} s) {verdict(elapsed, BATCH_TARGET_S)}"
        )
        ok &= one <= ONE_TARGET_MS and elapsed <= BATCH_TARGET_S
    return ok
