"""A first registry staged in bulk that does not go through (its switch refused, or its
process killed before the switch) is removed as it was stored: in one write
transaction, the donor table's indexes dropped and built again
(desktop.core.registry.bulk), not row by row through every index in thousands of
chunks. Whatever happens meanwhile, the laptop keeps its donors, every index, a right
name index and donor tally, and the desk's writes are refused with a clear message."""

import datetime as dt
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.domain.problems import UserError
from desktop.core.foundation.progress import Progress
from desktop.core.registry import bulk as bulk_writes
from desktop.core.registry import staging
from desktop.core.stations.donors import DonorForm
from tests.factories import MALE, cccd_for, registry_row, write_registry
from tests.people import open_signed_in
from tests.test_registry_bulk import KNOWN, ROWS, donor_structures
from tests.test_registry_import import rows_for

ROOT = Path(__file__).resolve().parent.parent
CHUNKED_DELETE = "DELETE FROM donor WHERE rowid IN ("
BULK_DELETE = "DELETE FROM donor WHERE rowid BETWEEN"
OLD_ID = "111111111"


@pytest.fixture
def bulk(monkeypatch):
    """The bulk paths from a few hundred rows on, a hundred rows per statement."""
    monkeypatch.setattr(staging, "BULK_FROM_ROWS", 100)
    monkeypatch.setattr(staging, "BULK_CHUNK", 100)
    monkeypatch.setattr(bulk_writes, "DELETE_ROWS", 100)


def name_index_structures(db) -> list[tuple]:
    return db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name LIKE 'donor_name_fts%'"
        " ORDER BY name"
    ).fetchall()


def _known(donors) -> list:
    """The laptop's donors, each with a birth date and a phone of their own."""
    born = dt.date(1991, 5, 5)
    return [
        donors.register("Lê Thị Hoa", born + dt.timedelta(days=i), "F", f"098700{i:04d}")
        for i in range(KNOWN)
    ]


def traced_importer(services, on_statement):
    """The importer's own connections, each statement they run passed to
    ``on_statement`` (SQLite's trace: the statements as run, triggers' too)."""
    connect = services.registry.connect

    def traced():
        db = connect()
        db.conn.set_trace_callback(on_statement)
        return db

    services.registry.connect = traced


def _refused_at_the_switch(services, tmp_path, on_statement=None) -> tuple:
    """Import ROWS new donors in bulk and have the switch refuse them: the file also
    brings a CCCD for a donor the laptop knows by old CMND only, and once the stage is
    stored the desk gives that donor another CCCD (read from a chip card): the file's
    line no longer matches (``registered_during_import``). (the report, that donor,
    the file's new rows, the importer's statements)"""
    birth = dt.date(1980, 1, 1)
    known = services.donors.register(DonorForm(old_id=OLD_ID, full_name="Vũ Văn Hải",
                                               birth_date="01/01/1980", sex=MALE),
                                     not_a_duplicate=True)  # fmt: skip
    rows = rows_for(ROWS, start=1000)
    line = registry_row(national_id=cccd_for(birth, MALE, 9), old_id=OLD_ID,
                        full_name="Vũ Văn Hải", birth_date="01/01/1980", sex="Nam")  # fmt: skip
    statements: list[str] = []

    def trace(sql: str) -> None:
        statements.append(sql)
        if on_statement is not None:
            on_statement(sql)

    traced_importer(services, trace)
    adopted = []

    def stored(phase: str, done: int, total: int) -> None:
        if phase == "write" and done == total and not adopted:  # the bulk stage committed
            card = DonorForm(national_id=cccd_for(birth, MALE, 7))
            adopted.append(services.donors.adopt_ids(known, card))

    report = services.registry.import_file(
        write_registry(tmp_path / "r.csv", [*rows, line]), Progress(stored)
    )
    assert adopted
    return report, adopted[0], rows, statements


def test_a_bulk_stage_refused_at_the_switch_is_removed_in_bulk(services, donors, bulk, tmp_path):
    known = _known(donors)
    services.db.execute("CREATE INDEX donor_address_test ON donor (address)")  # a later one
    before = donor_structures(services.db), name_index_structures(services.db)
    assert len(before[1]) > 1  # the virtual table and its own tables

    report, by_old_id, rows, statements = _refused_at_the_switch(services, tmp_path)
    assert [e.problem.code for e in report.errors] == ["registered_during_import"]
    assert any(sql.startswith(BULK_DELETE) for sql in statements)
    assert not [sql for sql in statements if sql.startswith(CHUNKED_DELETE)]

    db = services.db
    # every index and trigger, and the name index's tables, as they were
    assert (donor_structures(db), name_index_structures(db)) == before
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = db.execute("SELECT count(*) FROM donor").fetchone()[0]
    assert stored == KNOWN + 1
    assert db.execute("SELECT value FROM tally").fetchone()[0] == stored
    assert services.donors.count() == stored
    assert db.execute("SELECT count(*) FROM donor_name_fts").fetchone()[0] == stored
    imported = db.execute("SELECT status, staged_rows, bulk_at FROM registry_import").fetchone()
    assert tuple(imported) == ("abandoned", 0, None)
    for donor in [*known, by_old_id]:  # found by every kind of search
        assert services.donors.lookup(donor.national_id).exact.id == donor.id
        assert donor.id in {d.id for d in services.donors.lookup(donor.full_name).donors}
        born = donor.birth_date.strftime("%d/%m/%Y")
        assert donor.id in {d.id for d in services.donors.lookup(born).donors}
        if donor.phone:
            assert [d.id for d in services.donors.lookup(donor.phone).donors] == [donor.id]
    # none of the file's donors is left, by any search
    assert services.donors.lookup(rows[0]["national_id"]).exact is None
    assert services.donors.lookup(rows[0]["phone"]).donors == []
    assert services.donors.lookup("09/03/1988").donors == []
    assert services.donors.lookup("tran van").donors == []
    assert services.donors.lookup(OLD_ID).donors[0].national_id == by_old_id.national_id


def test_a_desk_write_during_the_bulk_removal_is_refused_in_words(services, donors, bulk, tmp_path):
    _known(donors)
    services.db.execute("PRAGMA busy_timeout = 60000")  # waited out, the test would hang
    refused = []

    def meanwhile(sql: str) -> None:
        if sql.startswith(BULK_DELETE) and not refused:  # the removal holds the write lock
            try:
                donors.register("Phạm Văn Tâm", dt.date(1980, 1, 1), MALE)
                refused.append(None)
            except UserError as error:
                refused.append(error.problems[0].code)

    report, _by_old_id, _rows, _ = _refused_at_the_switch(services, tmp_path, meanwhile)
    assert not report.ok
    assert refused == ["registry_loading"]
    assert services.donors.lookup("pham van tam").donors == []  # nothing written
    donors.register("Phạm Văn Tâm", dt.date(1980, 1, 1), MALE)  # and now it goes through
    assert len(services.donors.lookup("pham van tam").donors) == 1


def test_a_smaller_leftover_is_still_removed_in_chunks(services, donors, bulk, monkeypatch,
                                                       tmp_path):  # fmt: skip
    """Fewer staged rows than the threshold: the desk's writes go on between chunks."""
    monkeypatch.setattr(staging, "BULK_FROM_ROWS", ROWS + 1)
    _known(donors)
    report, _by_old_id, _rows, statements = _refused_at_the_switch(services, tmp_path)
    assert not report.ok
    assert any(sql.startswith(CHUNKED_DELETE) for sql in statements)
    assert not [sql for sql in statements if sql.startswith(("DROP INDEX", BULK_DELETE))]
    assert services.db.execute("SELECT count(*) FROM donor").fetchone()[0] == KNOWN + 1


KILLER = """
import os, signal, sys
from desktop.core.registry import bulk, staging
from tests.people import open_signed_in
from tests.test_registry_bulk_remove import traced_importer
staging.BULK_FROM_ROWS, staging.BULK_CHUNK, bulk.DELETE_ROWS = 100, 100, 100
services = open_signed_in(sys.argv[1])
at, deletes = sys.argv[3], []
def trace(sql):
    if sql.startswith('DELETE FROM donor WHERE rowid BETWEEN'):
        deletes.append(sql)  # the removal has begun: its indexes are dropped
    if len(deletes) >= 3 and sql.startswith(at):
        os.kill(os.getpid(), signal.SIGKILL)  # no cleanup of any kind
traced_importer(services, trace)
def refuse(_writer):
    raise RuntimeError('the switch refused')
services.registry.import_file(sys.argv[2], on_switch=refuse)
"""


@pytest.mark.parametrize(
    "at",
    ["DELETE FROM donor WHERE rowid BETWEEN", "CREATE INDEX", "INSERT INTO donor_name_fts"],
    ids=["deleting", "building the indexes", "filling the name index"],
)
def test_a_process_killed_during_the_bulk_removal_leaves_the_stage_for_the_next_import(
    services, donors, bulk, tmp_path, at
):
    known = _known(donors)
    before = donor_structures(services.db)
    rows = rows_for(ROWS, start=1000)
    path = write_registry(tmp_path / "r.csv", rows)
    services.close()  # the other process is the one importing
    result = subprocess.run([sys.executable, "-c", KILLER, str(services.path), str(path), at],
                            cwd=ROOT, check=False)  # fmt: skip
    assert result.returncode == -signal.SIGKILL

    again = open_signed_in(services.path)
    try:
        db = again.db
        assert donor_structures(db) == before
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # the stage is all there, unseen, its import abandoned and still marked
        assert db.execute("SELECT count(*) FROM donor").fetchone()[0] == KNOWN + ROWS
        assert db.execute("SELECT value FROM tally").fetchone()[0] == KNOWN + ROWS
        assert db.execute("SELECT count(*) FROM donor_name_fts").fetchone()[0] == KNOWN + ROWS
        left = db.execute("SELECT status, staged_rows, bulk_at IS NOT NULL FROM registry_import")
        assert tuple(left.fetchone()) == ("abandoned", ROWS, 1)
        assert again.donors.count() == KNOWN
        assert again.donors.lookup(rows[0]["national_id"]).exact is None
        assert {d.id for d in again.donors.lookup("le thi hoa").donors} == {d.id for d in known}

        statements: list[str] = []
        traced_importer(again, statements.append)
        report = again.registry.import_file(path)  # removes the leftover first, in bulk
        assert report.ok and report.inserted == ROWS
        assert not [sql for sql in statements if sql.startswith(CHUNKED_DELETE)]
        assert any(sql.startswith(BULK_DELETE) for sql in statements)
        assert donor_structures(db) == before
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT count(*) FROM donor").fetchone()[0] == KNOWN + ROWS
        assert db.execute("SELECT value FROM tally").fetchone()[0] == KNOWN + ROWS
        assert db.execute("SELECT count(*) FROM donor_name_fts").fetchone()[0] == KNOWN + ROWS
        assert db.execute("SELECT count(*) FROM registry_import WHERE bulk_at IS NOT NULL"
                          ).fetchone()[0] == 0  # fmt: skip
        assert again.donors.lookup(rows[0]["national_id"]).exact is not None
    finally:
        again.close()
