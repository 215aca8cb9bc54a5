"""A large registry file is read in a child process, on its own connection to the
encrypted database (desktop.core.registry.loading): the parsing cannot starve the
window, and nothing proportional to the file is held in memory."""

import resource

import pytest

from desktop.core.foundation.progress import Cancelled, Progress
from desktop.core.registry import importer
from tests.factories import write_registry
from tests.signin import encrypted_with_every_role
from tests.test_registry_import import database_digest, rows_for


@pytest.fixture
def secured(tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "CHILD_FROM_BYTES", 0)  # this small file too
    services = encrypted_with_every_role(tmp_path / "hmtn.sqlite3")
    yield services
    services.close()


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def test_a_registry_read_by_a_child_is_imported_into_the_encrypted_database(secured, tmp_path):
    rows = rows_for(40)
    before = _children_cpu()
    report = secured.registry.import_file(write_registry(tmp_path / "registry.csv", rows))
    assert _children_cpu() > before  # a child process did the reading
    assert report.ok and report.inserted == 40
    assert secured.donors.lookup(rows[39]["national_id"]).exact.full_name == rows[39]["full_name"]
    assert secured.db.execute("SELECT count(*) FROM registry_line").fetchone()[0] == 0


def test_the_childs_line_errors_refuse_the_file(secured, tmp_path):
    rows = rows_for(5)
    path = write_registry(tmp_path / "registry.csv", [*rows, rows[1], {**rows[2], "sex": "?"}])
    report = secured.registry.import_file(path)
    found = {(e.line, e.problem.code, e.problem.params.get("first_line")) for e in report.errors}
    assert found == {(7, "duplicate_id", 3), (8, "sex_invalid", None)}
    assert (report.rows, secured.donors.count()) == (7, 0)


def test_a_cancel_while_the_child_reads_leaves_nothing(secured, tmp_path):
    secured.registry.import_file(write_registry(tmp_path / "first.csv", rows_for(2)))
    before = database_digest(secured)
    reads = []
    progress = Progress(lambda phase, *_: reads.append(phase) if phase == "read" else None,
                        cancel_requested=lambda: bool(reads))  # fmt: skip
    with pytest.raises(Cancelled):
        secured.registry.import_file(write_registry(tmp_path / "r.csv", rows_for(30, start=9)),
                                     progress)  # fmt: skip
    assert database_digest(secured) == before
    assert secured.db.execute("SELECT count(*) FROM registry_line").fetchone()[0] == 0
