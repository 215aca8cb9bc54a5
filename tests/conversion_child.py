"""The first administrator of a plain database, created in a process of its own so
that tests/test_conversion_kills.py can kill it at any moment.

    python -m tests.conversion_child DB [STEP]

With STEP, the process kills itself (SIGKILL) as the application's code makes its
STEP-th function call (a moment chosen independently of the machine's speed); with
STEP -1 it prints how many such calls the whole creation made.
"""

import os
import signal
import sys
from pathlib import Path

from tests.signin import encrypted

ROOT = Path(__file__).resolve().parent.parent
OURS = tuple(str(ROOT / package) for package in ("db", "desktop"))


def main(path: Path, step: int | None) -> None:
    calls = 0

    def count(frame, event, _arg) -> None:
        nonlocal calls
        if event == "call" and frame.f_code.co_filename.startswith(OURS):
            calls += 1
            if calls == step:
                os.kill(os.getpid(), signal.SIGKILL)

    print("ready", flush=True)
    if step is not None:
        sys.setprofile(count)
    encrypted(path, create=False).close()
    sys.setprofile(None)
    print("done", calls, flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else None)
