"""Certificates and the issue register."""

from sqlite_utils import Database


def by_serial(db: Database, serial: str) -> dict | None:
    return next(db.query("SELECT * FROM certificate WHERE serial = ?", [serial]), None)


def get(db: Database, certificate_id: str) -> dict | None:
    return next(db.query("SELECT * FROM certificate WHERE id = ?", [certificate_id]), None)


def donations_with_certificate(
    db: Database, drive_id: str, outcome: str, in_force: tuple[str, ...]
) -> list[dict]:
    """The drive's donations of that ``outcome`` with the donor, and the certificate in
    one of the ``in_force`` statuses, if any (at most one is), in ticket order."""
    marks = ", ".join("?" * len(in_force))
    return list(
        db.query(
            "SELECT n.id AS donation_id, n.din, n.volume_ml, n.donor_id,"
            " v.queue_letter, v.queue_no,"
            " d.full_name, d.birth_date, d.national_id, d.old_id, d.address, d.donation_count,"
            " c.id AS certificate_id, c.serial, c.mode, c.print_count, c.printed_at, c.ordinal,"
            " c.status AS certificate_status"
            " FROM donation n JOIN visit v ON v.id = n.visit_id"
            " JOIN donor d ON d.id = n.donor_id"
            f" LEFT JOIN certificate c ON c.donation_id = n.id AND c.status IN ({marks})"
            " WHERE v.drive_id = ? AND n.outcome = ? ORDER BY v.queue_letter, v.queue_no",
            [*in_force, drive_id, outcome],
        )
    )


def donation(db: Database, donation_id: str) -> dict | None:
    return next(
        db.query(
            "SELECT n.*, v.drive_id, v.queue_letter, v.queue_no"
            " FROM donation n JOIN visit v ON v.id = n.visit_id"
            " WHERE n.id = ?",
            [donation_id],
        ),
        None,
    )


def in_force_for(db: Database, donation_id: str, statuses: tuple[str, ...]) -> dict | None:
    """The donation's certificate in one of ``statuses`` (at most one is in force)."""
    marks = ", ".join("?" * len(statuses))
    return next(
        db.query(
            f"SELECT * FROM certificate WHERE donation_id = ? AND status IN ({marks})",
            [donation_id, *statuses],
        ),
        None,
    )


def in_status_for_drive(db: Database, drive_id: str, status: str) -> list[dict]:
    """The drive's certificates in that ``status``, by serial."""
    return list(
        db.query(
            "SELECT c.* FROM certificate c JOIN donation n ON n.id = c.donation_id"
            " JOIN visit v ON v.id = n.visit_id WHERE v.drive_id = ? AND c.status = ?"
            " ORDER BY c.serial",
            [drive_id, status],
        )
    )


def register(db: Database, drive_id: str) -> list[dict]:
    """Every certificate of the drive, voided ones included, by serial."""
    return list(
        db.query(
            "SELECT c.*, n.din, n.volume_ml, d.full_name, d.birth_date, d.national_id,"
            " d.old_id, s.full_name AS printed_by_name"
            " FROM certificate c JOIN donation n ON n.id = c.donation_id"
            " JOIN visit v ON v.id = n.visit_id JOIN donor d ON d.id = n.donor_id"
            " LEFT JOIN staff s ON s.id = c.printed_by"
            " WHERE v.drive_id = ? ORDER BY c.serial",
            [drive_id],
        )
    )


def serials_with_prefix(db: Database, prefix: str) -> list[str]:
    return [
        row[0]
        for row in db.execute(
            "SELECT serial FROM certificate WHERE serial >= ? AND serial < ?",
            [prefix, prefix + "\U0010ffff"],
        )
    ]


def status_counts(db: Database, drive_id: str) -> dict[str, int]:
    """How many of the drive's certificates are in each status."""
    return dict(
        db.execute(
            "SELECT c.status, count(*) FROM certificate c JOIN donation n ON n.id = c.donation_id"
            " JOIN visit v ON v.id = n.visit_id WHERE v.drive_id = ? GROUP BY c.status",
            [drive_id],
        ).fetchall()
    )


def as_registered(db: Database, serial: str) -> dict | None:
    """A certificate of that serial with what it printed (DIN, volume, the drive's date,
    the donor's name) as this database holds them now, the device that wrote it and,
    once voided, when (its last change: a voided certificate never changes again)."""
    return next(
        db.query(
            "SELECT c.serial, c.status, c.void_reason, c.integrity_code, c.donation_id,"
            " c.device_id, c.updated_at, c.printed_at,"
            " n.din, n.volume_ml, r.drive_date, d.full_name"
            " FROM certificate c LEFT JOIN donation n ON n.id = c.donation_id"
            " LEFT JOIN visit v ON v.id = n.visit_id LEFT JOIN drive r ON r.id = v.drive_id"
            " LEFT JOIN donor d ON d.id = n.donor_id WHERE c.serial = ?",
            [serial],
        ),
        None,
    )


def voided(db: Database, status: str) -> list[dict]:
    """Every certificate in ``status`` (the voided ones): serial and when, by serial."""
    return list(
        db.query(
            "SELECT serial, updated_at FROM certificate WHERE status = ? ORDER BY serial", [status]
        )
    )
