"""Staff queries."""

from sqlite_utils import Database


def active_staff(db: Database) -> list[dict]:
    return list(db.query("SELECT * FROM staff WHERE active = 1 ORDER BY full_name"))


def get(db: Database, staff_id: str) -> dict | None:
    return next(db.query("SELECT * FROM staff WHERE id = ?", [staff_id]), None)
