"""Visit (a donor at a drive) queries: tickets and the queues."""

from sqlite_utils import Database


def get(db: Database, visit_id: str) -> dict | None:
    return next(db.query("SELECT * FROM visit WHERE id = ?", [visit_id]), None)


def live_visit(db: Database, drive_id: str, donor_id: str, voided: str) -> dict | None:
    """The donor's ticket at the drive that is not in the ``voided`` status."""
    return next(
        db.query(
            "SELECT * FROM visit WHERE drive_id = ? AND donor_id = ? AND status <> ?",
            [drive_id, donor_id, voided],
        ),
        None,
    )


def by_ticket(db: Database, drive_id: str, letter: str, number: int) -> dict | None:
    return next(
        db.query(
            "SELECT * FROM visit WHERE drive_id = ? AND queue_letter = ? AND queue_no = ?",
            [drive_id, letter, number],
        ),
        None,
    )


def next_queue_no(db: Database, drive_id: str, letter: str) -> int:
    """The next number of the desk with ``letter`` at the drive (each desk counts its own)."""
    return db.execute(
        "SELECT coalesce(max(queue_no), 0) + 1 FROM visit WHERE drive_id = ? AND queue_letter = ?",
        [drive_id, letter],
    ).fetchone()[0]


def drive_with_tickets(db: Database, drive_status: str) -> str | None:
    """The code of a drive in ``drive_status`` that holds tickets (None: none does)."""
    row = db.execute(
        "SELECT d.code FROM drive d WHERE d.status = ?"
        " AND EXISTS (SELECT 1 FROM visit v WHERE v.drive_id = d.id) ORDER BY d.drive_date",
        [drive_status],
    ).fetchone()
    return row[0] if row else None


def queue(db: Database, drive_id: str, status: str) -> list[dict]:
    """Visits of a drive in one status, in ticket order, with the donor's particulars
    and when the questionnaire was recorded (NULL: not yet)."""
    return list(
        db.query(
            "SELECT v.*, d.full_name, d.birth_date, d.sex, d.national_id, d.abo, d.rh,"
            " d.donation_count, s.questionnaire_at"
            " FROM visit v JOIN donor d ON d.id = v.donor_id"
            " LEFT JOIN screening s ON s.visit_id = v.id"
            " WHERE v.drive_id = ? AND v.status = ? ORDER BY v.queue_letter, v.queue_no",
            [drive_id, status],
        )
    )


def status_counts(db: Database, drive_id: str, excluded: str) -> dict[str, int]:
    """Tickets of a drive by status, those in the ``excluded`` status left out."""
    return {
        row[0]: row[1]
        for row in db.execute(
            "SELECT status, count(*) FROM visit WHERE drive_id = ? AND status <> ? GROUP BY status",
            [drive_id, excluded],
        )
    }
