"""The identities of the rule sets installed or used on this laptop."""

from sqlite_utils import Database


def identity(db: Database, version: str) -> dict | None:
    """The rule set seen under ``version`` (its SHA-256, title, file), if any."""
    return next(db.query("SELECT * FROM rule_set WHERE version = ?", [version]), None)
