"""The app killed while it upgrades an older database file leaves a file that opens at
the old version, the new one or a version between (each migration is one transaction
with the record that it ran), never a broken one, and the next start finishes the
upgrade with every row kept.

The old file is the previous version's (tests/test_desk_numbers.py: before the queue
letter, whose migration rebuilds ``visit`` in a transaction of its own); the worker
(tests/migration_killer.py) is killed just before each statement of the upgrade in turn
(but those that would leave the files as the kill before the statement ahead did)
and, inside statements, at random steps of SQLite's virtual machine.
"""

import os
import random
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
from sqlite_utils import Database

from db.connection import APPLICATION_ID, open_database
from db.driver import sqlite3
from db.schema import MIGRATION_NAMES, migrations
from tests.test_desk_numbers import _old_database

ROOT = Path(__file__).resolve().parent.parent
SEED = int(os.environ.get("HMTN_CRASH_SEED", "13"))
STEP_TRIALS = 20
ROWS = ("drive", "donor", "visit", "screening", "donation", "started_donation")
# Migrations that commit before the record that they ran (their own transaction): a
# kill between the two leaves them done and still pending, and they are safe to rerun.
OWN_TRANSACTION = {m.name for m in migrations._migrations if not m.transactional}

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL are POSIX")


class Upgrader:
    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.migration_killer"],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert self.process.stdout.readline().strip() == "ready"

    def run(self, path: Path, statement: int = 0, step: int = 0, page: int = 0) -> list[str]:
        self.process.stdin.write(f"run {path} {statement} {step} {page}\n")
        self.process.stdin.flush()
        lines = []
        while not (line := self.process.stdout.readline().strip()).startswith("ended "):
            assert line, "the upgrader ended unexpectedly"
            lines.append(line)
        return [*lines, line]

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=30)
        self.process.stdout.close()


def copy_of(template: Path, path: Path) -> Path:
    """A copy through SQLite's backup API (never a file copy)."""
    path.parent.mkdir(parents=True)
    source, target = sqlite3.connect(template), sqlite3.connect(path)
    source.backup(target)
    source.close()
    target.close()
    return path


def schema(conn) -> list[tuple]:
    return conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master"
        " WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
    ).fetchall()


@cache
def schema_after(count: int) -> list[tuple]:
    """The schema a database has once the first ``count`` migrations ran."""
    db = Database(sqlite3.connect(":memory:"))
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    if count < len(MIGRATION_NAMES):
        migrations.apply(db, stop_before=MIGRATION_NAMES[count])
    else:
        migrations.apply(db)
    found = schema(db.conn)
    db.close()
    return found


def rows(conn) -> dict[str, list[tuple]]:
    return {t: conn.execute(f"SELECT id FROM {t} ORDER BY id").fetchall() for t in ROWS}


def check_killed_upgrade(path: Path, old_rows: dict, old_count: int, why: str) -> None:
    """A killed upgrade left a whole database at some version; the app finishes it."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], why
        applied = [name for (name,) in conn.execute(
            "SELECT name FROM _sqlite_migrations ORDER BY id")]  # fmt: skip
        assert applied == MIGRATION_NAMES[: len(applied)], why
        assert len(applied) >= old_count, why
        versions = [len(applied)]
        if len(applied) < len(MIGRATION_NAMES) and MIGRATION_NAMES[len(applied)] in OWN_TRANSACTION:
            versions.append(len(applied) + 1)  # done, not yet recorded
        assert schema(conn) in [schema_after(v) for v in versions], why
        assert rows(conn) == old_rows, why
    finally:
        conn.close()
    # A file named as a backup is a whole one (a ".partial" left by the kill is not).
    for backup in path.parent.glob(f"{path.stem}.before-upgrade-*{path.suffix}"):
        copy = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)], why
        assert rows(copy) == old_rows, why
        copy.close()
    db = open_database(path)  # the next start: the rest of the upgrade
    try:
        assert schema(db.conn) == schema_after(len(MIGRATION_NAMES)), why
        assert rows(db.conn) == old_rows, why
        assert db.execute("PRAGMA foreign_key_check").fetchall() == [], why
    finally:
        db.close()


@pytest.fixture(scope="module")
def upgrader():
    upgrader = Upgrader()
    yield upgrader
    upgrader.close()


@pytest.fixture
def old_file(tmp_path) -> tuple[Path, dict, int]:
    template = tmp_path / "old.sqlite3"
    _old_database(template)
    conn = sqlite3.connect(template)
    old_rows = rows(conn)
    old_count = conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
    conn.close()
    assert old_count < len(MIGRATION_NAMES) and OWN_TRANSACTION  # something to upgrade
    return template, old_rows, old_count


def test_an_upgrade_killed_before_any_statement_leaves_a_database_that_opens(
    upgrader, old_file, tmp_path
):
    template, old_rows, old_count = old_file
    whole = upgrader.run(copy_of(template, tmp_path / "whole" / "hmtn.sqlite3"))
    assert whole[-1] == "ended 0", whole
    statements = int(whole[-2].split()[1])
    # a kill just after a statement that only read, nothing else touching the files
    # since, leaves what the kill before that statement left: each is tried once
    repeats = {int(n) for n in whole[-3].split()[1:]}
    assert statements not in repeats and len(repeats) < statements // 2
    for statement in sorted(set(range(1, statements + 1)) - repeats):
        path = copy_of(template, tmp_path / f"statement-{statement}" / "hmtn.sqlite3")
        ended = upgrader.run(path, statement=statement)
        assert ended[-1] == f"ended -{9}", (statement, ended)
        check_killed_upgrade(path, old_rows, old_count, f"before statement {statement}")


def test_an_upgrade_killed_inside_a_statement_leaves_a_database_that_opens(
    upgrader, old_file, tmp_path
):
    template, old_rows, old_count = old_file
    whole = upgrader.run(copy_of(template, tmp_path / "whole" / "hmtn.sqlite3"))
    steps = int(whole[-2].split()[2])
    for step in sorted(random.Random(SEED).sample(range(1, steps + 1), min(STEP_TRIALS, steps))):
        path = copy_of(template, tmp_path / f"step-{step}" / "hmtn.sqlite3")
        ended = upgrader.run(path, step=step)
        assert ended[-1] == "ended -9", (step, ended)
        check_killed_upgrade(path, old_rows, old_count, f"at step {step}")


def test_an_upgrade_killed_while_it_backs_the_file_up_leaves_no_partial_backup(
    upgrader, old_file, tmp_path
):
    """The copy made before an upgrade is whole or absent: a part of one, named as a
    backup, would be restored one day over good data."""
    template, old_rows, old_count = old_file
    whole = upgrader.run(copy_of(template, tmp_path / "whole" / "hmtn.sqlite3"))
    pages = int(whole[-2].split()[3])
    assert pages > 1
    for page in range(1, pages + 1):
        path = copy_of(template, tmp_path / f"page-{page}" / "hmtn.sqlite3")
        ended = upgrader.run(path, page=page)
        assert ended[-1] == "ended -9", (page, ended)
        check_killed_upgrade(path, old_rows, old_count, f"after page {page} of the backup")
