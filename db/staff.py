"""Staff queries."""

from sqlite_utils import Database


def active_staff(db: Database) -> list[dict]:
    return list(db.query("SELECT * FROM staff WHERE active = 1 ORDER BY full_name"))


def all_staff(db: Database) -> list[dict]:
    """Everyone, the active first (nobody is ever deleted)."""
    return list(db.query("SELECT * FROM staff ORDER BY active DESC, full_name"))


def get(db: Database, staff_id: str) -> dict | None:
    return next(db.query("SELECT * FROM staff WHERE id = ?", [staff_id]), None)
