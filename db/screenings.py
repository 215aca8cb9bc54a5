"""Screening (questionnaire, measurements, decision) queries."""

from sqlite_utils import Database


def for_visit(db: Database, visit_id: str) -> dict | None:
    """The visit's screening row with the names of who answered and who decided."""
    return next(
        db.query(
            "SELECT s.*, q.full_name AS questionnaire_by_name, d.full_name AS doctor_name"
            " FROM screening s"
            " LEFT JOIN staff q ON q.id = s.questionnaire_by"
            " LEFT JOIN staff d ON d.id = s.doctor_id"
            " WHERE s.visit_id = ?",
            [visit_id],
        ),
        None,
    )


_SCREENED = (
    "SELECT v.*, d.full_name, d.birth_date, d.sex, d.abo, d.rh, d.donation_count, s.volume_ml"
    " FROM visit v JOIN donor d ON d.id = v.donor_id JOIN screening s ON s.visit_id = v.id"
)


def screened_queue(db: Database, drive_id: str, status: str) -> list[dict]:
    """Screened tickets in one status (the accepted, waiting for collection), in ticket
    order, with the approved volume."""
    return list(
        db.query(
            f"{_SCREENED} WHERE v.drive_id = ? AND v.status = ?"
            " ORDER BY v.queue_letter, v.queue_no",
            [drive_id, status],
        )
    )


def screened_ticket(db: Database, visit_id: str, status: str) -> dict | None:
    """One ticket as ``screened_queue`` gives it, if it is in that status."""
    rows = db.query(f"{_SCREENED} WHERE v.id = ? AND v.status = ?", [visit_id, status])
    return next(rows, None)


def decided(db: Database, drive_id: str) -> list[dict]:
    """Screened visits of a drive (accepted or deferred), most recent decision first."""
    return list(
        db.query(
            "SELECT v.*, d.full_name, d.birth_date, d.sex, d.abo, d.rh, d.donation_count,"
            " s.decision, s.volume_ml, s.deferral_until, s.overridden_rules, s.decided_at"
            " FROM visit v JOIN donor d ON d.id = v.donor_id"
            " JOIN screening s ON s.visit_id = v.id"
            " WHERE v.drive_id = ? AND s.decision IS NOT NULL ORDER BY s.decided_at DESC",
            [drive_id],
        )
    )


def draft(db: Database, visit_id: str) -> dict | None:
    """The ticks kept of the visit's questionnaire before anyone recorded it."""
    return next(db.query("SELECT * FROM questionnaire_draft WHERE visit_id = ?", [visit_id]), None)
