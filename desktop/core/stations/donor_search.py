"""The check-in field's searches, off the GUI thread: a ``DonorService`` of its own on a
read-only connection of its own, so a search never waits for the desk's connection
(nor the desk for it), and a search gone stale as the clerk types on is stopped.

One thread at a time runs ``lookup`` (the screen's search thread); any other thread may
``stop`` the search running (the connection's ``interrupt``, and a progress handler for
the moment between two statements of one look-up) or ``close`` the searcher, which
waits for the running search to end. A stopped look-up raises ``SearchStopped``.
"""

import threading
from collections.abc import Callable

from sqlite_utils import Database

from db.driver import sqlite3
from desktop.core.foundation.events import EventBus
from desktop.core.foundation.session import Session
from desktop.core.stations.donors import DonorService, LookupResult

STOP_CHECK_STEPS = 1_000  # SQLite steps between two looks at the stop request


class SearchStopped(Exception):
    """The look-up was stopped (a newer one asked for, or the searcher closed)."""


class DonorSearcher:
    def __init__(self, connect: Callable[[], Database], bus: EventBus, session: Session) -> None:
        self._connect = connect
        self._bus = bus
        self._session = session
        self._lock = threading.Lock()  # held while a look-up (or the opening) runs
        self._stop = threading.Event()
        self._db: Database | None = None
        self._donors: DonorService | None = None
        self._closed = False

    def start(self) -> None:
        """Open the connection, on the search thread, before the first keystroke."""
        with self._lock:
            donors = self._open()
            self._stop.clear()
            try:
                # The search indexes' top pages read once, so the first search after a
                # cold start does not wait for the disk page by page.
                donors.warm_up()
            except sqlite3.OperationalError:
                if not (self._stop.is_set() or self._closed):
                    raise
                # Stopped by the first keystroke: that search goes on without it.

    def lookup(self, text: str) -> LookupResult:
        """``DonorService.lookup`` of ``text``; ``SearchStopped`` if stopped meanwhile."""
        with self._lock:
            donors = self._open()
            self._stop.clear()
            try:
                return donors.lookup(text)
            except sqlite3.OperationalError as error:
                if self._stop.is_set() or self._closed:
                    raise SearchStopped(text) from error
                raise

    def stop(self) -> None:
        """Stop the look-up running now, if any (from any thread)."""
        self._stop.set()
        db = self._db
        if db is not None:
            db.conn.interrupt()

    def close(self) -> None:
        """Stop the running look-up, wait for it, and close the connection: before the
        database closes, and before anything replaces its file (a restore, the
        encryption of a plain database)."""
        self._closed = True
        self.stop()
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = self._donors = None

    def _open(self) -> DonorService:
        if self._closed:
            raise SearchStopped("closed")
        if self._donors is None:
            self._db = self._connect()
            self._db.conn.set_progress_handler(self._stop.is_set, STOP_CHECK_STEPS)
            self._donors = DonorService(self._db, self._bus, self._session)
        return self._donors
