"""Long work and the desk's lock: a job's progress that locks the desk (or hands it to
someone else) while the job runs, and who its audit entries name."""

from desktop.core import access
from desktop.core.domain.records import Staff
from desktop.core.foundation.progress import Progress
from desktop.core.services import Services


def locking(services: Services) -> Progress:
    """Progress that locks the desk at the job's first report: the rest of the job runs
    with nobody signed in, as when the screen locks (Ctrl+L, idle) during an import."""
    return Progress(lambda *_: access.lock(services))


def handing_over(services: Services, other: Staff) -> Progress:
    """Progress that signs ``other`` in at the job's first report (a switch of person)."""
    return Progress(lambda *_: services.staff.sign_in(other))


def audit_mark(services: Services) -> int:
    return services.db.execute("SELECT coalesce(max(rowid), 0) FROM audit_log").fetchone()[0]


def actors_since(services: Services, mark: int) -> set[str]:
    """Who the audit entries written since ``mark`` name (the lock's own aside)."""
    rows = services.db.execute(
        "SELECT DISTINCT actor_name FROM audit_log WHERE rowid > ? AND action NOT IN"
        " ('lock', 'unlock', 'switch_person')",
        [mark],
    ).fetchall()
    return {name for (name,) in rows}
