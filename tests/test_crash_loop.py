"""A desk killed at random moments loses nothing it said was saved.

A worker process records donors, check-ins, screenings, donations in the chair and units
through the real services and reports each record only once its transaction committed
(tests/crash_writer.py); this test kills it with SIGKILL at a random moment, again and
again. After every kill the file passes ``PRAGMA integrity_check``, every record
reported is there with its audit entry, and the database opens the app's normal way.

A kill stops the process at any instruction, the commit's included; what the kernel
has accepted of its writes stays. A power cut can also lose what the disk had not
written: that is what ``synchronous=FULL`` (tests/test_database.py) is for, and SQLite's
own crash tests prove the rest.

``HMTN_CRASH_SEED`` and ``HMTN_CRASH_TRIALS`` repeat a run or make a longer one.
"""

import json
import os
import queue
import random
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from db.connection import apply_key
from db.driver import sqlite3
from desktop.core.foundation import audit_chain
from desktop.core.services import open_services
from tests.crash_writer import CLERK, DOCTOR, NURSE
from tests.signin import key_of, secure

ROOT = Path(__file__).resolve().parent.parent
SEED = int(os.environ.get("HMTN_CRASH_SEED", "13"))
TRIALS = int(os.environ.get("HMTN_CRASH_TRIALS", "50"))
LONGEST_WAIT_S = 0.4  # a kill comes between 0 and this after the worker started
TABLES = ("donor", "visit", "screening", "started_donation", "donation")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL are POSIX")


@pytest.fixture
def prepared(services, drive):
    """The database the desk works on: a drive, its clerk, doctor and nurse, the FIN."""
    services.staff.add(CLERK, "clerk")
    services.staff.add(DOCTOR, "doctor")
    services.staff.add(NURSE, "nurse")
    services.dins.set_fin("A9999")
    services.close()
    return secure(services.path)  # encrypted, as every database the app opens


class Desk:
    """The forking writer (tests/crash_writer.py) and the lines it says."""

    def __init__(self, db_path: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.crash_writer", str(db_path)],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        self.lines: queue.Queue[str] = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        assert self.next_line() == "ready"

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line.strip())
        self.lines.put("")  # the writer ended

    def next_line(self) -> str:
        return self.lines.get(timeout=60)

    def run_and_kill(self, trial: int, wait_s: float) -> tuple[list[tuple[str, str]], int]:
        """One trial: the records the worker reported, and how it ended."""
        self.process.stdin.write(f"run {trial}\n")
        self.process.stdin.flush()
        reported: list[tuple[str, str]] = []
        pid = None
        while pid is None:
            line = self._take(reported)
            if line.startswith("pid "):
                pid = int(line.split()[1])
        while self._take(reported) != "signed in":  # the password's derivation first
            pass
        threading.Event().wait(wait_s)
        os.kill(pid, signal.SIGKILL)
        while not (line := self._take(reported)).startswith("ended "):
            pass
        return reported, int(line.split()[1])

    def _take(self, reported: list[tuple[str, str]]) -> str:
        line = self.next_line()
        assert line, "the writer ended unexpectedly"
        if line.startswith("rec "):
            _, table, record_id = line.split()
            reported.append((table, record_id))
        return line

    def close(self) -> None:
        self.process.stdin.close()  # the writer's loop ends
        try:
            self.process.wait(timeout=30)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
            self.reader.join(timeout=30)
            self.process.stdout.close()


def missing(conn: sqlite3.Connection, reported: list[tuple[str, str]]) -> list[str]:
    """The reported records that are not in the file, or have no audit entry."""
    lost = []
    for table in TABLES:
        ids = sorted({record_id for t, record_id in reported if t == table})
        for record_id in ids:
            row = conn.execute(f'SELECT count(*) FROM "{table}" WHERE id = ?', [record_id])
            audited = conn.execute(
                "SELECT count(*) FROM audit_log WHERE table_name = ? AND record_id = ?",
                [table, record_id],
            )
            if row.fetchone()[0] != 1 or audited.fetchone()[0] == 0:
                lost.append(f"{table} {record_id}")
    return lost


def check_after_kill(db_path: Path, key: bytes, reported: list[tuple[str, str]], why: str) -> None:
    conn = sqlite3.connect(db_path)
    apply_key(conn, key)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], why
        assert missing(conn, reported) == [], why
        decided = conn.execute(
            "SELECT count(*) FROM screening WHERE decision IS NULL AND id IN"
            " (SELECT value FROM json_each(?))",
            [_json_ids(reported, "screening")],
        )
        assert decided.fetchone()[0] == 0, why  # reported after the decision
    finally:
        conn.close()
    services = open_services(db_path, key=key)  # the app's way: inspected, then opened
    try:
        assert services.db.execute("PRAGMA foreign_key_check").fetchall() == [], why
        chain = audit_chain.verify(services.db)  # no link lost or half-written by the kill
        assert chain.ok and chain.unchecked == 0 and chain.checked > 0, (why, chain.first)
    finally:
        services.close()


def _json_ids(reported: list[tuple[str, str]], table: str) -> str:
    return json.dumps([record_id for t, record_id in reported if t == table])


def test_a_desk_killed_at_random_moments_loses_nothing_it_reported(prepared):
    rng = random.Random(SEED)
    key = key_of(prepared)
    desk = Desk(prepared)
    everything: list[tuple[str, str]] = []
    killed = 0
    try:
        for trial in range(1, TRIALS + 1):
            wait_s = rng.uniform(0, LONGEST_WAIT_S)
            reported, status = desk.run_and_kill(trial, wait_s)
            assert status in (-signal.SIGKILL, 0), f"trial {trial}: the worker failed"
            killed += status == -signal.SIGKILL
            everything.extend(reported)
            check_after_kill(
                prepared, key, everything, f"seed {SEED}, trial {trial}, {wait_s:.3f} s"
            )
    finally:
        desk.close()
    assert killed == TRIALS
    donations = sum(table == "donation" for table, _ in everything)
    assert donations > 0  # the kills came while the desk was recording, not all at start
