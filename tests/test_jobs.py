"""The jobs the desk and the command line share: plan, render (with progress and
cancel, nothing written), commit."""

import io

import pypdfium2
import pytest

from desktop.core.domain.vocabulary import CertificateMode, DinStatus
from desktop.core.foundation.progress import Cancelled, Progress
from desktop.core.jobs.certificates import CertificateJob
from desktop.core.jobs.labels import LabelJob
from tests.factories import MALE
from tests.test_certificates import codes
from tests.test_certificates import donate as donate_fixture

donate = donate_fixture  # the same fixture, under its own name


def pages_of(pdf: bytes) -> int:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def test_a_label_job_allocates_renders_and_counts_the_printing(services, drive):
    services.dins.set_fin("A9999")
    job = LabelJob.new(services.dins, drive, 3, "70x30", tubes=2)
    assert [r.label_prints for r in services.dins.for_drive(drive)] == [0, 0, 0]
    buffer, steps = io.BytesIO(), []
    pages = job.render(buffer, Progress(lambda *step: steps.append(step)))
    assert pages == pages_of(buffer.getvalue()) == 3 * 4  # bag, 2 tubes, paperwork
    assert steps[-1] == ("labels", 3, 3)
    job.commit()
    assert [r.label_prints for r in services.dins.for_drive(drive)] == [1, 1, 1]
    again = LabelJob.reprint(services.dins, drive, job.numbers[:1], "50x25", tubes=0)
    again.render(io.BytesIO())
    again.commit()
    assert [r.label_prints for r in services.dins.for_drive(drive)] == [2, 1, 1]


def test_a_cancelled_label_job_keeps_its_numbers_allocated_and_unprinted(services, drive):
    services.dins.set_fin("A9999")
    job = LabelJob.new(services.dins, drive, 2, "a4", tubes=1)
    with pytest.raises(Cancelled):
        job.render(io.BytesIO(), Progress(cancel_requested=lambda: True))
    records = services.dins.for_drive(drive)
    assert {(r.status, r.label_prints) for r in records} == {(DinStatus.ALLOCATED, 0)}


def test_a_certificate_job_is_issued_only_when_committed(services, drive, donate):
    first, second = donate(), donate("Lê Đức Tựu", MALE)
    job = CertificateJob.issue(services.certificates, drive, [first.id, second.id], "blank")
    buffer = io.BytesIO()
    assert job.render(buffer, limit=1) == 2  # a preview: the first certificate, both sides
    assert all(e.reserved for e in services.certificates.entries(drive))
    [issued, _] = job.commit()
    assert not any(e.reserved or e.pending for e in services.certificates.entries(drive))
    reprint = CertificateJob.reprint(services.certificates, [issued]).and_reprint([])
    assert reprint.mode == CertificateMode.BLANK
    assert [p.serial for p in reprint.planned] == [job.new[0].serial]
    reprint.render(io.BytesIO())
    reprint.commit()
    counts = {e.serial: e.print_count for e in services.certificates.entries(drive)}
    assert counts == {job.new[0].serial: 2, job.new[1].serial: 1}


def test_certificates_issued_in_different_ways_are_reprinted_separately(services, drive, donate):
    first, second = donate(), donate("Lê Đức Tựu", MALE)
    [blank] = CertificateJob.issue(services.certificates, drive, [first.id], "blank").commit()
    overlay = CertificateJob.issue(services.certificates, drive, [second.id], "overlay", "AB 1")
    [form] = overlay.commit()
    with pytest.raises(Exception) as refused:
        CertificateJob.reprint(services.certificates, [blank, form])
    assert codes(refused.value) == ["certificate_modes_mixed"]
