"""A large print job is drawn by a child process (issue 14: reportlab's drawing on a
worker thread would take the interpreter from the window): the same pages and text as
drawn here, its progress and cancel as before, nothing counted until committed."""

import io
import resource

import pypdfium2
import pytest

from desktop.core.domain.vocabulary import DinStatus
from desktop.core.foundation.progress import Cancelled, Progress
from desktop.core.jobs import certificates as certificate_jobs
from desktop.core.jobs import labels as label_jobs
from desktop.core.jobs.certificates import CertificateJob
from desktop.core.jobs.labels import CHILD_FROM_SETS, LabelJob
from tests.factories import MALE
from tests.test_certificates import donate as donate_fixture

donate = donate_fixture  # the same fixture, under its own name


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def page_texts(pdf: bytes) -> list[str]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


def test_a_large_label_job_is_drawn_by_a_child_with_the_same_pages(services, drive, monkeypatch):
    services.dins.set_fin("A9999")
    job = LabelJob.new(services.dins, drive, CHILD_FROM_SETS, "50x25", tubes=1)
    buffer, steps = io.BytesIO(), []
    before = _children_cpu()
    pages = job.render(buffer, Progress(lambda *step: steps.append(step)))
    assert _children_cpu() > before  # a child process drew the pages
    assert steps[-1] == ("labels", CHILD_FROM_SETS, CHILD_FROM_SETS)  # its progress came back
    monkeypatch.setattr(label_jobs, "CHILD_FROM_SETS", CHILD_FROM_SETS + 1)  # drawn here
    here = io.BytesIO()
    assert job.render(here) == pages == 3 * CHILD_FROM_SETS
    texts = page_texts(buffer.getvalue())
    assert texts == page_texts(here.getvalue()) and len(texts) == pages
    assert job.numbers[-1].eye_readable()[0] in texts[-1]
    job.commit()
    assert {r.label_prints for r in services.dins.for_drive(drive)} == {1}


def test_a_cancel_while_the_child_draws_writes_and_counts_nothing(services, drive, tmp_path):
    services.dins.set_fin("A9999")
    job = LabelJob.new(services.dins, drive, CHILD_FROM_SETS, "a4", tubes=2)
    steps = []
    progress = Progress(lambda *step: steps.append(step), cancel_requested=lambda: bool(steps))
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(Cancelled):
        job.render(folder / "labels.pdf", progress)
    assert steps and not list(folder.iterdir())
    records = services.dins.for_drive(drive)
    assert {(r.status, r.label_prints) for r in records} == {(DinStatus.ALLOCATED, 0)}


@pytest.mark.parametrize("mode", ["blank", "overlay"])
def test_certificates_drawn_by_a_child_are_the_pages_drawn_here(
    services, drive, donate, monkeypatch, mode
):
    first, second = donate(), donate("Lê Đức Tựu", MALE)
    job = CertificateJob.issue(services.certificates, drive, [first.id, second.id], mode,
                               "AB 1" if mode == "overlay" else None)  # fmt: skip
    monkeypatch.setattr(certificate_jobs, "CHILD_FROM_CERTIFICATES", 2)  # these two
    buffer, steps = io.BytesIO(), []
    before = _children_cpu()
    pages = job.render(buffer, Progress(lambda *step: steps.append(step)))
    assert _children_cpu() > before  # a child process drew the pages
    assert steps[-1] == ("certificates", 2, 2)
    monkeypatch.setattr(certificate_jobs, "CHILD_FROM_CERTIFICATES", 3)  # drawn here
    here = io.BytesIO()
    assert job.render(here) == pages
    texts = page_texts(buffer.getvalue())
    assert texts == page_texts(here.getvalue()) and len(texts) == pages
    assert "Lê Đức Tựu" in "".join(texts)
    job.commit()
    assert not any(e.reserved or e.pending for e in services.certificates.entries(drive))
