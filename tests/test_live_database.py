"""The live database is opened once per process and never outside SQLite.

Closing any descriptor of a file drops every POSIX lock the process holds on it. When
the desk opened its own database with Python (the registry dialog pointed at it, or a
second open), another process closing its connection believed itself the last one,
checkpointed and deleted the WAL under the desk: the check-ins committed afterwards
were lost (the issue lost 240 of 560).
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from db.connection import DatabaseRefused, connect, open_database
from db.driver import sqlite3
from desktop.core.domain.problems import UserError
from desktop.core.jobs.labels import LabelJob
from tests.factories import registry_row, write_registry
from tests.people import open_signed_in

ROOT = Path(__file__).resolve().parent.parent


def test_no_checkin_is_lost_when_the_desk_is_pointed_at_its_own_database(tmp_path):
    """Two processes: the desk checking donors in (and, between rounds, given its own
    database as a registry and opened a second time), and another program that opens
    and closes the file between the rounds and is still reading when the desk closes.
    Deterministic: the two take turns through a pipe, no timing involved."""
    db_path = tmp_path / "hmtn.sqlite3"
    rounds, donors = 3, 60
    other = None
    with subprocess.Popen(
        [sys.executable, "-m", "tests.lock_loss_writer", str(db_path), str(donors), str(rounds)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    ) as desk:  # fmt: skip
        try:
            for round_no in range(rounds):
                line = desk.stdout.readline()
                assert line.split() == ["round", str(round_no), *["file_is_open_database"] * 3], (
                    line
                )
                reader = sqlite3.connect(db_path, timeout=10)
                assert reader.execute("SELECT count(*) FROM visit").fetchone()[0] > 0
                if round_no < rounds - 1:
                    reader.close()  # believing itself the last one, it may delete the WAL
                else:
                    other = reader  # and still reading while the desk closes
                desk.stdin.write("go\n")
                desk.stdin.flush()
            saved = int(desk.stdout.readline().split()[1])
            assert desk.wait(timeout=60) == 0
        finally:
            if desk.poll() is None:
                desk.kill()
            if other is not None:
                other.close()
    check = sqlite3.connect(db_path)
    assert check.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert check.execute("SELECT count(*) FROM visit").fetchone()[0] == saved == donors
    check.close()


def test_a_database_is_opened_once_per_process(tmp_path):
    path = tmp_path / "hmtn.sqlite3"
    services = open_signed_in(path)
    (tmp_path / "link").symlink_to(path)
    (tmp_path / "x").mkdir()
    os.link(path, tmp_path / "hard-link.sqlite3")
    for spelling in (path, tmp_path / "link", tmp_path / "hard-link.sqlite3",
                     tmp_path / "x" / ".." / "hmtn.sqlite3"):  # fmt: skip
        with pytest.raises(DatabaseRefused) as refused:
            open_database(spelling)
        assert refused.value.reason == "already_open"
    services.close()
    open_database(path).close()  # closed, it may be opened again


def test_a_connection_dropped_without_closing_is_no_longer_counted(tmp_path):
    path = tmp_path / "hmtn.sqlite3"
    open_database(path).close()
    db = connect(path)
    db.conn.close()
    del db
    open_database(path).close()


@pytest.mark.parametrize("side", ["", "-wal", "-shm"])
def test_the_database_itself_is_refused_as_a_registry(services, side):
    path = Path(f"{services.path}{side}")
    assert path.exists()
    report = services.registry.import_file(path)
    assert not report.ok
    assert [e.problem.code for e in report.errors] == ["file_is_open_database"]
    assert report.sha256 == ""  # the file was not even read


def test_another_database_is_refused_as_a_registry(services, tmp_path):
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    report = services.registry.import_file(other)
    assert [e.problem.code for e in report.errors] == ["registry_is_database"]
    assert services.donors.count() == 0


def test_a_folder_or_a_pipe_is_refused_as_a_registry(services, tmp_path):
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)  # opening it would wait for a writer forever
    for path in (tmp_path, pipe):
        report = services.registry.import_file(path)
        assert [e.problem.code for e in report.errors] == ["file_not_regular"]


def test_a_good_registry_still_imports(services, tmp_path):
    report = services.registry.import_file(write_registry(tmp_path / "r.csv", [registry_row()]))
    assert report.ok and report.inserted == 1


def test_every_connection_asks_for_full_fsync(db_path):
    db = open_database(db_path)
    assert db.execute("PRAGMA fullfsync").fetchone()[0] == 1  # it matters on macOS
    assert db.execute("PRAGMA checkpoint_fullfsync").fetchone()[0] == 1
    db.close()


def test_no_output_is_ever_written_over_the_database(services, drive):
    services.dins.set_fin("A1234")
    job = LabelJob.new(services.dins, drive, 2, "a4", 2)
    for write in (lambda: services.certificates.export_register(drive, services.path),
                  lambda: job.render(services.path)):  # fmt: skip
        with pytest.raises(UserError) as refused:
            write()
        assert refused.value.problems[0].code == "file_is_open_database"
    assert services.db.execute("PRAGMA quick_check").fetchone() == ("ok",)
    assert services.drives.by_code(drive.code).id == drive.id


def test_a_database_nobody_uses_goes_with_every_side_file_and_a_live_one_never(db_path):
    from db.open_files import SIDE_FILES, remove_database

    left = db_path.with_name("left.sqlite3")
    for suffix in ("", *SIDE_FILES):
        Path(f"{left}{suffix}").write_bytes(b"a build that crashed")
    remove_database(left)
    assert list(db_path.parent.iterdir()) == []
    live = open_database(db_path)
    try:
        with pytest.raises(RuntimeError):
            remove_database(db_path)
        assert db_path.exists()
    finally:
        live.close()
