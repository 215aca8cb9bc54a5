"""Donations in the chair: started (DIN scanned, start time set) and not yet recorded."""

from sqlite_utils import Database

_WITH_TICKET = (
    "SELECT c.*, v.queue_letter, v.queue_no"
    " FROM started_donation c JOIN visit v ON v.id = c.visit_id"
)


def in_status_for_visit(db: Database, visit_id: str, status: str) -> dict | None:
    return next(
        db.query(
            "SELECT * FROM started_donation WHERE visit_id = ? AND status = ?", [visit_id, status]
        ),
        None,
    )


def holding_din(db: Database, din: str, status: str) -> dict | None:
    """The donation in ``status`` whose bag carries ``din``, with its ticket number."""
    return next(db.query(_WITH_TICKET + " WHERE c.din = ? AND c.status = ?", [din, status]), None)


def for_drive(db: Database, drive_id: str, status: str) -> list[dict]:
    """The drive's donations in ``status``, earliest start first."""
    return list(
        db.query(
            _WITH_TICKET + " WHERE c.drive_id = ? AND c.status = ?"
            " ORDER BY coalesce(c.started_at, c.created_at), v.queue_letter, v.queue_no",
            [drive_id, status],
        )
    )


def on_device(db: Database, device_id: str, status: str, drive_status: str) -> list[dict]:
    """Donations in ``status`` last written on this laptop, at drives in ``drive_status``."""
    return list(
        db.query(
            _WITH_TICKET + " JOIN drive r ON r.id = c.drive_id"
            " WHERE c.device_id = ? AND c.status = ? AND r.status = ?"
            " ORDER BY v.queue_letter, v.queue_no",
            [device_id, status, drive_status],
        )
    )
