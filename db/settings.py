"""The key/value settings (this installation's identity is in ``db.installation``)."""

from sqlite_utils import Database


def setting(db: Database, key: str) -> dict | None:
    return next(db.query("SELECT * FROM setting WHERE key = ?", [key]), None)
