"""Changes other connections commit to the database file, told to the screens.

The services announce their own changes on the bus. A change committed on another
connection is not: a registry imported in a terminal (``hmtn registry import``) while
the window is open, the rows the import's child process writes, a backup's audit entry
from its own connection. SQLite counts such commits for each connection
(``PRAGMA data_version``: read from shared memory, no lock, no page read); when the
count moved, every topic is announced once, so that the counters and lists on screen
(the donors in the registry, the queue, a drive's figures) catch up without a restart.
"""

from sqlite_utils import Database

from db.connection import data_version
from desktop.core.foundation.events import EventBus, Topic


class ChangesElsewhere:
    def __init__(self, db: Database, bus: EventBus) -> None:
        self.db = db
        self.bus = bus
        self._seen = data_version(db)

    def check(self) -> bool:
        """Announce every topic if another connection committed since the last check
        (True then). Call it on the thread that uses ``db``."""
        version = data_version(self.db)
        if version == self._seen:
            return False
        self._seen = version
        self.bus.publish(*Topic)
        return True
