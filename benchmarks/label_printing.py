"""500 label sets through a real CUPS queue: the whole job, from allocating the DINs to
the last page written by the printer's queue, and the size of what was spooled.

Issue target: under a minute for 500 sets (the first release froze the window for about
3 minutes on 300 sets and spooled 295 MB of A4 pages). Runs a private cupsd with a
CUPS-PDF queue (tests/cups_server.py): needs root and the cups and
printer-driver-cups-pdf packages; says so and skips otherwise.
"""

import io
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import bench_drive, open_signed_in, verdict
from desktop.core.jobs.labels import LabelJob
from tests.cups_server import private_cups, why_not

SETS = 500
TUBES = 2  # bag, 2 tubes, paperwork: 4 labels a set
TARGET_S = 60.0
_KEEP: list[object] = []


def run() -> bool:
    print(f"\nLabel printing: {SETS} sets of 50 × 25 mm labels through a CUPS-PDF queue")
    reason = why_not()
    if reason:
        print(f"  skipped: {reason}")
        return True
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from ui.pdf_output import Destination

    # Kept for the life of the process: PySide must not collect the application early.
    _KEEP.append(QApplication.instance() or QApplication([]))
    with tempfile.TemporaryDirectory() as folder, private_cups() as queue:
        services = open_signed_in(Path(folder) / "print.sqlite3")
        try:
            services.dins.set_fin("A9999")
            drive = bench_drive(services)
            started = time.perf_counter()
            job = LabelJob.new(services.dins, drive, SETS, "50x25", TUBES)
            buffer = io.BytesIO()
            pages = job.render(buffer)
            rendered = time.perf_counter()
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setPrinterName(queue.name)
            sent = Destination(printer=printer).send(buffer.getvalue(), monochrome=True)
            job.commit()
            handed = time.perf_counter()
            out = queue.printed_pdf(timeout=600)
            finished = time.perf_counter()
        finally:
            services.close()
        spooled = sum(p.stat().st_size for p in queue.spool.glob("d*"))
        print(f"  {pages} pages; label PDF {len(buffer.getvalue()) / 1e6:.1f} MB,"
              f" made in {rendered - started:.1f} s")  # fmt: skip
        print(f"  painted to the printer and handed to CUPS: {handed - rendered:.1f} s"
              f" ({sent} pages, {printer.resolution()} dpi printer, painted at"
              f" {min(printer.resolution(), 600)} dpi, 1-bit)")  # fmt: skip
        print(f"  spooled: {spooled / 1e6:.1f} MB; CUPS-PDF wrote {out.stat().st_size / 1e6:.1f} MB"
              f" {finished - handed:.1f} s later")  # fmt: skip
        total = finished - started
        print(f"  whole job: {total:.1f} s (target {TARGET_S:.0f} s): {verdict(total, TARGET_S)}")
        return total <= TARGET_S
