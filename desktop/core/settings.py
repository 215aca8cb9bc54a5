"""Settings kept in the database: the interface language and this device's identity."""

from sqlite_utils import Database

from db import settings as settings_queries
from db.records import write_transaction
from desktop.core.events import EventBus, Topic
from desktop.core.session import Session

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"


class SettingsService:
    def __init__(self, db: Database, bus: EventBus, session: Session) -> None:
        self.db = db
        self.bus = bus
        self.session = session

    def get(self, key: str, default: str | None = None) -> str | None:
        row = settings_queries.setting(self.db, key)
        return row["value"] if row else default

    def set(self, key: str, value: str) -> None:
        with write_transaction(self.db, self.session.actor) as w:
            row = settings_queries.setting(self.db, key)
            if row is None:
                w.insert("setting", {"key": key, "value": value})
            else:
                w.update("setting", row["id"], {"value": value})
        self.bus.publish(Topic.SETTINGS)

    @property
    def language(self) -> str:
        value = self.get("language", DEFAULT_LANGUAGE)
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(language)
        self.set("language", language)

    @property
    def device_id(self) -> str:
        return settings_queries.device(self.db)["device_id"]
