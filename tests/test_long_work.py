"""Long work is its starter's: a print run, an export, a backup or an import started by
one person goes on when the screen locks (nobody signed in) or another person takes the
desk while it runs, and everything it writes names the person who started it
(``Session.acting``; the registry import's and the backup's are in their own tests)."""

import threading

import pytest

from desktop.core.domain.problems import UserError
from desktop.core.domain.vocabulary import CertificateMode, StaffRole
from desktop.core.foundation.session import SYSTEM_ACTOR, Session
from desktop.core.jobs.certificates import CertificateJob
from desktop.core.jobs.labels import LabelJob
from tests.exchange_fixtures import new_center_keys
from tests.long_work import actors_since, audit_mark, handing_over, locking
from tests.people import EVERYONE_NAME, everyone, person
from tests.test_audit_completeness import _a_unit


@pytest.fixture
def starter(services):
    return everyone(services)


def test_a_label_run_is_counted_for_its_starter_after_the_desk_locked(
    services, drive, starter, tmp_path
):
    services.dins.set_fin("A1234")
    job = LabelJob.new(services.dins, drive, 2, "50x25", tubes=1)
    mark = audit_mark(services)
    job.render(tmp_path / "labels.pdf", locking(services))
    assert services.locked is not None and services.session.actor == SYSTEM_ACTOR
    job.commit()  # the pages went out while the desk was locked
    assert actors_since(services, mark) == {EVERYONE_NAME}
    prints = services.db.execute("SELECT label_prints FROM din").fetchall()
    assert prints == [(1,), (1,)]
    with pytest.raises(UserError):  # the desk itself still writes for nobody
        LabelJob.new(services.dins, drive, 1, "50x25", tubes=1)


def test_a_certificate_run_is_issued_or_voided_for_its_starter(
    services, drive, donors, starter, tmp_path
):
    services.certificates.set_texts("Bệnh viện Bạch Mai", "")
    services.dins.set_fin("A1234")
    units = [_a_unit(services, drive, donors) for _ in range(2)]
    issued = CertificateJob.issue(services.certificates, drive, units[:1], CertificateMode.BLANK)
    failed = CertificateJob.issue(services.certificates, drive, units[1:], CertificateMode.BLANK)
    mark = audit_mark(services)
    issued.render(tmp_path / "c.pdf", locking(services))
    issued.commit()
    failed.abandon("Not printed: the printer is out of paper")
    assert services.session.actor == SYSTEM_ACTOR
    statuses = services.db.execute("SELECT status FROM certificate ORDER BY serial").fetchall()
    assert statuses == [("issued",), ("voided",)]
    assert actors_since(services, mark) == {EVERYONE_NAME}


def test_an_export_is_its_starters_when_another_person_takes_the_desk(
    services, drive, donors, starter, tmp_path
):
    donors.register(name="Lê Thị Cúc")
    services.settings.update_device("TTHH-HN", "Bàn tiếp đón 1")
    new_center_keys().install(services)
    nurse = person(services, "ĐD. Hoàng Văn Dũng", StaffRole.NURSE)  # may not export
    stick = tmp_path / "USB"
    stick.mkdir()
    mark = audit_mark(services)
    result = services.exports.export(stick, handing_over(services, nurse))
    assert result.path.exists() and services.session.actor.name == nurse.full_name
    assert actors_since(services, mark) == {EVERYONE_NAME}
    written_by = services.db.execute("SELECT written_by FROM export_log").fetchall()
    assert written_by == [(starter.id,)]


def test_a_job_acts_for_its_starter_on_its_own_thread_while_the_desk_changes(starter):
    """The snapshot is the thread's: the desk (here, the test's thread) sees the live
    person; the job's thread its starter, whoever signs in or out meanwhile."""
    session = Session()
    session.sign_in("s1", "Trần Thị An", [StaffRole.ADMIN])
    acting = session.now()
    started, changed, seen = threading.Event(), threading.Event(), []

    def job() -> None:
        with session.acting(acting):
            started.set()
            changed.wait()
            seen.append((session.actor.name, session.holds(StaffRole.ADMIN)))

    worker = threading.Thread(target=job)
    worker.start()
    started.wait()
    session.sign_out()  # the screen locks
    changed.set()
    worker.join()
    assert seen == [("Trần Thị An", True)]
    assert session.actor == SYSTEM_ACTOR and not session.holds(StaffRole.ADMIN)
