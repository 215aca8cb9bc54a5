"""What every service holds: its database connection, the event bus and the session."""

from sqlite_utils import Database

from desktop.core.foundation.events import EventBus
from desktop.core.foundation.session import Session


class Service:
    def __init__(self, db: Database, bus: EventBus, session: Session) -> None:
        self.db = db
        self.bus = bus
        self.session = session
