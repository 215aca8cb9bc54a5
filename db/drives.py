"""Drive queries."""

from sqlite_utils import Database


def get(db: Database, drive_id: str) -> dict | None:
    return next(db.query("SELECT * FROM drive WHERE id = ?", [drive_id]), None)


def of_visit(db: Database, visit_id: str) -> dict:
    """The drive a ticket belongs to."""
    return next(
        db.query(
            "SELECT d.* FROM drive d JOIN visit v ON v.drive_id = d.id WHERE v.id = ?",
            [visit_id],
        )
    )


def by_code(db: Database, code: str) -> dict | None:
    return next(db.query("SELECT * FROM drive WHERE code = ? COLLATE NOCASE", [code]), None)


def all_drives(db: Database, voided_visit: str) -> list[dict]:
    """Every drive, the most recent first, with how many donors were checked in
    (tickets in the ``voided_visit`` status not counted)."""
    return list(
        db.query(
            "SELECT d.*, (SELECT count(*) FROM visit v WHERE v.drive_id = d.id"
            " AND v.status <> ?) AS checked_in"
            " FROM drive d ORDER BY d.drive_date DESC, d.code",
            [voided_visit],
        )
    )


def in_status(db: Database, status: str) -> list[dict]:
    return list(db.query("SELECT * FROM drive WHERE status = ? ORDER BY drive_date DESC", [status]))


def planned_for(
    db: Database, device_id: str, day: str, *, assigned: str, drive_status: str
) -> dict | None:
    """A drive of ``day`` (ISO) in ``drive_status`` the center planned for this device
    (its assignment ``assigned``); the first by code when there are several."""
    return next(
        db.query(
            "SELECT d.* FROM drive d JOIN drive_assignment a ON a.drive_id = d.id"
            " WHERE a.for_device = ? AND a.status = ? AND d.drive_date = ? AND d.status = ?"
            " ORDER BY d.code LIMIT 1",
            [device_id, assigned, day, drive_status],
        ),
        None,
    )
