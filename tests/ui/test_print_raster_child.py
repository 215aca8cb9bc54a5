"""A long 1-bit print job (labels) is rendered by a child process while the app paints
its pages on the printer (issue 14: rendering on the worker kept the window waiting for
the interpreter): the same pages, pixel for pixel, as rendered here; a cancel ends it."""

import io
import resource

import pypdfium2
import pytest
import zxingcpp
from PySide6.QtPrintSupport import QPrinter

from desktop.core.foundation.progress import Cancelled, Progress
from desktop.core.jobs.labels import CHILD_FROM_SETS, LabelJob
from ui import pdf_output
from ui.pdf_output import CHILD_FROM_PAGES, print_pdf

SETS = CHILD_FROM_PAGES // 3 + 1  # 50 × 25 mm, one tube: 3 labels a set
assert SETS < CHILD_FROM_SETS  # drawn here, in the test's process: only the printing differs


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def label_pdf(services, drive) -> tuple[bytes, list[str]]:
    services.dins.set_fin("A9999")
    job = LabelJob.new(services.dins, drive, SETS, "50x25", tubes=1)
    out = io.BytesIO()
    job.render(out)
    return out.getvalue(), [n.barcode_data for n in job.numbers for _ in range(3)]


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def printed_pages(path) -> list[tuple[tuple[float, float], bytes]]:
    """Each printed page's size (points) and its pixels at 300 dpi."""
    document = pypdfium2.PdfDocument(str(path))
    try:
        return [(page.get_size(), bytes(page.render(scale=300 / 72, grayscale=True).buffer))
                for page in document]  # fmt: skip
    finally:
        document.close()


def test_a_long_label_job_is_rendered_by_a_child_and_printed_as_rendered_here(
    qapp, services, drive, tmp_path, monkeypatch
):
    pdf, codes = label_pdf(services, drive)
    steps = []
    before = _children_cpu()
    printed = print_pdf(pdf, pdf_printer(tmp_path / "child.pdf"), monochrome=True,
                        progress=Progress(lambda *step: steps.append(step)))  # fmt: skip
    assert _children_cpu() > before  # a child process rendered the pages
    assert printed == len(codes) >= CHILD_FROM_PAGES
    assert steps[-1] == ("printing", printed, printed)
    monkeypatch.setattr(pdf_output, "CHILD_FROM_PAGES", printed + 1)  # rendered here
    assert print_pdf(pdf, pdf_printer(tmp_path / "here.pdf"), monochrome=True) == printed
    pages = printed_pages(tmp_path / "child.pdf")
    assert pages == printed_pages(tmp_path / "here.pdf")
    for (width, height), _pixels in pages:
        assert (width, height) == (pytest.approx(50 * 72 / 25.4, abs=1),
                                   pytest.approx(25 * 72 / 25.4, abs=1))  # fmt: skip
    document = pypdfium2.PdfDocument(str(tmp_path / "child.pdf"))
    try:
        found = [[c.text for c in zxingcpp.read_barcodes(page.render(scale=300 / 72).to_pil())]
                 for page in document]  # fmt: skip
    finally:
        document.close()
    assert found == [[code] for code in codes]


def test_a_cancel_while_the_child_renders_ends_it_and_prints_nothing_more(
    qapp, services, drive, tmp_path
):
    pdf, _codes = label_pdf(services, drive)
    steps = []
    progress = Progress(lambda *step: steps.append(step), cancel_requested=lambda: bool(steps))
    before = _children_cpu()
    with pytest.raises(Cancelled):
        print_pdf(pdf, pdf_printer(tmp_path / "printed.pdf"), monochrome=True, progress=progress)
    assert _children_cpu() > before  # the child was started, and is waited for: ended
    assert steps == [("printing", 1, len(_codes))]
