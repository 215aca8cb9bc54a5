"""What every service holds: its database connection, the event bus and the session."""

import errno
from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database

from db.records import (
    DatabaseBusy,
    DiskFull,
    RegistryLoading,
    StorageFailure,
    Writer,
    storage_failure,
    write_transaction,
)
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.vocabulary import StaffRole
from desktop.core.foundation.events import EventBus
from desktop.core.foundation.session import Session

STORAGE_PROBLEMS = {
    DatabaseBusy: "database_busy",
    RegistryLoading: "registry_loading",
    DiskFull: "disk_full",
}
# Any person signed in (``session.require(*ANYONE)``): a desk's preferences.
ANYONE = tuple(StaffRole)


class Service:
    """Every public method that writes first checks the signed-in person's role
    (``self.session.require(...)``; tests/test_roles_guard.py holds every service to
    it): a refusal names the roles needed and writes nothing."""

    def __init__(self, db: Database, bus: EventBus, session: Session) -> None:
        self.db = db
        self.bus = bus
        self.session = session

    @contextmanager
    def all_or_nothing(self) -> Iterator[Writer]:
        """One transaction around several saves, each of which (and each service's own
        ``write_transaction``) becomes a savepoint of it: all of them or none. Their
        changes are announced once it committed."""
        with self.bus.held(), write_transaction(self.db, self.session.actor) as w:
            yield w


def storage_problem(error: BaseException) -> str | None:
    """The problem code of an error the database or the disk raised (nothing was
    written), also one met outside a service's transaction; None for any other."""
    if (failure := storage_failure(error)) is not None:
        return STORAGE_PROBLEMS[type(failure)]
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return "disk_full"
    return None


@contextmanager
def storage_refusals() -> Iterator[None]:
    """A write that met a busy database or a full disk is refused like bad input, with
    a problem code the screen shows where it shows the others; nothing was written."""
    try:
        yield
    except StorageFailure as error:
        raise UserError(Problem(STORAGE_PROBLEMS[type(error)])) from error
