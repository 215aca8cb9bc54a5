"""Drive queries."""

from sqlite_utils import Database


def get(db: Database, drive_id: str) -> dict | None:
    return next(db.query("SELECT * FROM drive WHERE id = ?", [drive_id]), None)


def by_code(db: Database, code: str) -> dict | None:
    return next(db.query("SELECT * FROM drive WHERE code = ? COLLATE NOCASE", [code]), None)


def all_drives(db: Database) -> list[dict]:
    """Every drive, the most recent first, with how many donors were checked in."""
    return list(
        db.query(
            "SELECT d.*, (SELECT count(*) FROM visit v WHERE v.drive_id = d.id"
            " AND v.status <> 'voided') AS checked_in"
            " FROM drive d ORDER BY d.drive_date DESC, d.code"
        )
    )


def open_drives(db: Database) -> list[dict]:
    return list(db.query("SELECT * FROM drive WHERE status = 'open' ORDER BY drive_date DESC"))
