"""Long work's progress on the command line: a line on stderr when a phase starts and at
each tenth of it (stdout keeps only the report, for scripts)."""

import sys

from desktop.core.foundation.progress import Progress


def console_progress(phases: dict[str, str]) -> Progress:
    """A ``Progress`` that says ``<phase in words>: 40%`` on stderr; ``phases`` names
    each phase in words (an unnamed one is said by its code)."""
    last: list[tuple[str, int]] = []  # the line said last

    def listener(phase: str, done: int, total: int) -> None:
        tenth = min(done * 10 // total, 10) if total > 0 else 10
        if last == [(phase, tenth)]:
            return
        last[:] = [(phase, tenth)]
        print(f"{phases.get(phase, phase)}: {tenth * 10}%", file=sys.stderr, flush=True)

    return Progress(listener)
