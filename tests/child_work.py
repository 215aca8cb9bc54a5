"""Work run in a child process by tests/test_child_process.py (imported in the child)."""

import os
import sys
import time
from pathlib import Path

from desktop.core.domain.problems import Problem, UserError


def whereabouts(*, key, progress) -> dict:
    """What the child can tell of itself: its process, the key it got, whether Qt or
    the key is anywhere in its command line or environment."""
    progress.step("look", 1, 1)
    secret = key.hex().encode() if key else b"-"
    own = [Path(f"/proc/self/{name}").read_bytes() for name in ("cmdline", "environ")]
    return {"pid": os.getpid(), "parent": os.getppid(), "key": key,
            "qt": any(name.startswith("PySide6") for name in sys.modules),
            "key_in_argv_or_env": any(secret in part or key in part for part in own)}  # fmt: skip


def steps_then_waits(*, key, progress) -> None:
    progress.step("work", 1, 10)
    time.sleep(60)  # the parent cancels long before


def fails(*, key, progress) -> None:
    raise ValueError("a bug in the child")


def refuses(*, key, progress) -> None:
    raise UserError(Problem("import_running"))


def dies(*, key, progress) -> None:
    os._exit(3)


def fills_the_database(path, *, key, progress) -> None:
    """Writes into a database until it is full: SQLite's own "database or disk is full"
    (the database capped at a few pages stands for the disk), through the app's driver."""
    from db.driver import sqlite3

    db = sqlite3.connect(path)
    db.execute("PRAGMA max_page_count = 4")
    db.execute("CREATE TABLE filler (text)")
    while True:
        db.execute("INSERT INTO filler VALUES (?)", ["x" * 1000])


def reads_a_file(path, *, key, progress) -> bytes:
    with open(path, "rb") as file:  # the system's own error, as it comes
        return file.read()


def runs_out_of_memory(*, key, progress) -> None:
    bytearray(1 << 62)  # far more than any machine has: MemoryError at once
