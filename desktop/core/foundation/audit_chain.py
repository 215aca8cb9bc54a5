"""The audit trail's hash chain as the application uses it: the check (``verify``, by
``hmtn audit verify``, by the window at start and by a restore) and the words for a
broken link (a Problem). The chain's form and the check are in db.audit_chain and
db.audit_verify."""

from collections.abc import Callable

from sqlite_utils import Database

from db.audit_verify import BrokenLink, ChainBreak, ChainReport
from db.audit_verify import verify as _verify
from desktop.core.domain.device_names import short_device_id
from desktop.core.domain.problems import Problem
from desktop.core.foundation.progress import QUIET, Progress

__all__ = ["BrokenLink", "ChainBreak", "ChainReport", "break_problem", "verify", "verify_file"]
PHASE = "audit_chain"


def verify(db: Database, progress: Progress = QUIET) -> ChainReport:
    """Check every chain of the trail; ``progress`` may cancel (Cancelled)."""
    total = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    progress.step(PHASE, 0, total)

    def read(count: int) -> None:
        progress.step(PHASE, count, total)

    report = _verify(db, read)
    progress.step(PHASE, total, total)
    return report


def verify_file(connect: Callable[[], Database], progress: Progress = QUIET) -> ChainReport:
    """``verify`` on a connection of its own (off the GUI thread, say)."""
    db = connect()
    try:
        return verify(db, progress)
    finally:
        db.close()


def break_problem(link: BrokenLink) -> Problem:
    """A broken link in words (``audit_chain_<why>``): which entry of which device."""
    params = {
        "device": short_device_id(link.device_id or "") or "?",
        "position": _position(link.position),
        "expected": _position(link.expected),
        "entry": link.entry_id or "",
        "at": (link.at or "")[:19].replace("T", " "),
    }
    return Problem(f"audit_chain_{link.why}", params)


def _position(position: int | None) -> str:
    """A chain position as people read it: n, or "epoch e, n" after a restore."""
    if position is None:
        return ""
    epoch, n = divmod(position, 10**12)
    return f"{n}" if epoch == 0 else f"{epoch}.{n}"
