"""This device's identity and the key/value settings."""

from sqlite_utils import Database


def device(db: Database) -> dict:
    return next(db.query("SELECT * FROM device LIMIT 1"))


def setting(db: Database, key: str) -> dict | None:
    return next(db.query("SELECT * FROM setting WHERE key = ?", [key]), None)
