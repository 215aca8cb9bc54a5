"""The app upgrading an older database file, killed part-way, for
tests/test_migration_kill.py.

One process imports the application once; on each ``run PATH STATEMENT STEP PAGE``
line it forks a worker that opens PATH the app's way (``open_database``: the backup,
then the pending migrations) and kills itself with SIGKILL just before the STATEMENT-th
SQL statement of its connections runs, at the STEP-th look of SQLite's progress handler
(every ``STEP_OPS`` virtual machine instructions: inside a statement) or once the
backup before the upgrade copied PAGE pages. 0 for all three: no kill; the worker then
says how many statements, steps and pages a whole upgrade takes.

    python -m tests.migration_killer
"""

import os
import signal
import sys
import traceback
from pathlib import Path

import db.connection
from db.connection import open_database

STEP_OPS = 200


def say(line: str) -> None:
    os.write(sys.stdout.fileno(), f"{line}\n".encode())


def upgrade(path: Path, kill_at_statement: int, kill_at_step: int, kill_at_page: int) -> None:
    counted = {"statements": 0, "steps": 0, "pages": 0}

    def on_statement(_sql: str) -> None:
        counted["statements"] += 1
        if counted["statements"] == kill_at_statement:
            os.kill(os.getpid(), signal.SIGKILL)

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
        conn.set_trace_callback(on_statement)
        conn.set_progress_handler(on_step, STEP_OPS)
        return conn

    db.connection.sqlite3.connect = watched  # in this forked worker only
    open_database(path).close()
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
