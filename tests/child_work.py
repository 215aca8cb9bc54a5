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
