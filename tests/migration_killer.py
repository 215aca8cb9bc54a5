"""The app upgrading an older database file, killed part-way, for
tests/test_migration_kill.py.

One process imports the application once; on each ``run PATH STATEMENT STEP PAGE``
line it forks a worker that opens PATH the app's way (``open_database``: the backup,
then the pending migrations) and kills itself with SIGKILL just before the STATEMENT-th
SQL statement of its connections runs, at the STEP-th look of SQLite's progress handler
(every ``STEP_OPS`` virtual machine instructions: inside a statement) or once the
backup before the upgrade copied PAGE pages. 0 for all three: no kill; the worker then
says how many statements, steps and pages a whole upgrade takes, and which statements
a kill before would leave the files exactly as a kill before the statement ahead of it
does (``repeats``): that one only read (a SELECT or a reading PRAGMA), on the same
connection, and the folder's files kept their names, sizes and modes meanwhile (no
file made, renamed, grown, cut or made private by anything between the two).

    python -m tests.migration_killer
"""

import itertools
import os
import re
import signal
import sys
import traceback
from pathlib import Path

import db.connection
from db.connection import open_database

STEP_OPS = 200
# Statements that never write: SELECTs and the PRAGMAs that only read (asked, no "=").
READING = re.compile(
    r"\s*(SELECT\b|PRAGMA\s+(quick_check|integrity_check|user_version|application_id"
    r"|table_x?info|index_x?info|index_list|foreign_key_list|foreign_key_check|foreign_keys"
    r"|page_count|freelist_count|journal_mode|schema_version)\b[^=]*$)",
    re.IGNORECASE | re.DOTALL,
)


def say(line: str) -> None:
    os.write(sys.stdout.fileno(), f"{line}\n".encode())


def files(folder: Path) -> list[tuple]:
    """The folder's files as a kill would leave them, but for their content (the
    shared-memory index is rebuilt by whoever opens the database next)."""
    return sorted(
        (entry.name, entry.stat().st_size, entry.stat().st_mode)
        for entry in os.scandir(folder)
        if not entry.name.endswith("-shm")
    )


def upgrade(path: Path, kill_at_statement: int, kill_at_step: int, kill_at_page: int) -> None:
    counted = {"statements": 0, "steps": 0, "pages": 0}
    whole = not (kill_at_statement or kill_at_step or kill_at_page)
    seen: list[tuple] = []  # in a whole upgrade: (connection, reads, files) per statement
    connections = itertools.count(1)

    def on_statement(connection: int, sql: str) -> None:
        counted["statements"] += 1
        if counted["statements"] == kill_at_statement:
            os.kill(os.getpid(), signal.SIGKILL)
        if whole:
            seen.append((connection, bool(READING.match(sql)), files(path.parent)))

    def on_step() -> int:
        counted["steps"] += 1
        if counted["steps"] == kill_at_step:
            os.kill(os.getpid(), signal.SIGKILL)
        return 0  # go on

    def on_page(_status: int, _remaining: int, _total: int) -> None:
        counted["pages"] += 1
        if counted["pages"] == kill_at_page:
            os.kill(os.getpid(), signal.SIGKILL)

    class Watched(db.connection.sqlite3.Connection):
        def backup(self, target, **_options) -> None:  # the copy before the upgrade
            super().backup(target, pages=1, progress=on_page)  # a page at a time

    connect = db.connection.sqlite3.connect

    def watched(*args, **kwargs):
        conn = connect(*args, factory=Watched, **kwargs)
        connection = next(connections)
        conn.set_trace_callback(lambda sql: on_statement(connection, sql))
        conn.set_progress_handler(on_step, STEP_OPS)
        return conn

    db.connection.sqlite3.connect = watched  # in this forked worker only
    open_database(path).close()
    if whole:
        repeats = [
            number
            for number, (before, this) in enumerate(itertools.pairwise(seen), start=2)
            if before[1] and before[0] == this[0] and before[2] == this[2]
        ]
        say(f"repeats {' '.join(map(str, repeats))}")
    say(f"counted {counted['statements']} {counted['steps']} {counted['pages']}")


def serve() -> None:
    say("ready")
    for line in sys.stdin:
        command = line.split()
        if command[:1] != ["run"]:
            return
        pid = os.fork()
        if pid == 0:
            try:
                upgrade(Path(command[1]), *(int(n) for n in command[2:5]))
            except BaseException:
                traceback.print_exc()
                os._exit(1)
            os._exit(0)
        _, status = os.waitpid(pid, 0)
        say(f"ended {os.waitstatus_to_exitcode(status)}")


if __name__ == "__main__":
    serve()
