"""Certificates as PDF: one certificate <= 150 ms, a batch of 500 <= 30 s (issue 5).

Timed in this process after a first warm-up certificate (fonts loaded once per process,
as in the app), on blank paper (the whole certificate, two pages) and on pre-printed
forms (values only). Each carries the QR the app prints: ``HMTN2``, signed with a
device key made for the run (``certificate_signature.qr_text``, as the certificate desk
signs it; the signing is timed apart, the PDFs are given their signed text).
"""

import datetime as dt
import io
import statistics
import time

import minisign

from benchmarks.common import verdict
from desktop.core.stations.certificate_signature import SignedFields, qr_text
from printing.certificate import write_blank
from printing.certificate_data import CertificateData
from printing.overlay import write_overlay

ONE_TARGET_MS = 150
BATCH = 500
BATCH_TARGET_S = 30.0
ONE_RUNS = 20
DEVICE_KEY = minisign.KeyPair.generate().secret_key
NAME, DONATED = "Đỗ Thị Ngọc Diễm", dt.date(2026, 11, 25)


def signed_qr(number: int) -> str:
    """The certificate's QR text as the certificate desk signs it."""
    fields = SignedFields(site_code="HN01", serial=f"HMTN-26-{number:06d}",
                          din=f"A999926{number:06d}", volume_ml=350,
                          donation_date=DONATED, full_name=NAME)  # fmt: skip
    return qr_text(DEVICE_KEY, fields)


def sample(number: int) -> CertificateData:
    return CertificateData(
        serial=f"HMTN-26-{number:06d}",
        full_name=NAME,
        birth_date=dt.date(1994, 6, 1),
        id_number="001194012345",
        address="Số 12 ngõ 34 phố Đại Cồ Việt, Phường Bạch Mai, Thành phố Hà Nội",
        volume_ml=350,
        donation_date=DONATED,
        ordinal=3,
        drive_place="Đại học Bách khoa Hà Nội, Số 1 Đại Cồ Việt, Phường Bạch Mai, Thành phố Hà Nội",
        organizer="Hội Chữ thập đỏ thành phố Hà Nội",
        facility="Viện Huyết học - Truyền máu Trung ương",
        qr_payload=signed_qr(number),
        issue_place="Hà Nội",
    )


def run() -> bool:
    print(f"\nCertificates: one (median of {ONE_RUNS}) and a batch of {BATCH}")
    ok = True
    signing = []
    for number in range(ONE_RUNS):
        started = time.perf_counter()
        signed_qr(number)
        signing.append((time.perf_counter() - started) * 1000)
    qr = signed_qr(0)
    print(f"  the QR: {qr!r} ({len(qr.encode())} bytes);"
          f" signing it {statistics.median(signing):.2f} ms")  # fmt: skip
    started = time.perf_counter()
    write_blank([sample(0)], io.BytesIO())
    cold = (time.perf_counter() - started) * 1000
    print(f"  first certificate of the process (loads the fonts): {cold:.0f} ms")
    for name, write in (("blank paper", write_blank), ("pre-printed forms", write_overlay)):
        write([sample(0)], io.BytesIO())  # warm-up: fonts are loaded once per process
        times = []
        for data in [sample(number) for number in range(ONE_RUNS)]:
            started = time.perf_counter()
            write([data], io.BytesIO())
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
