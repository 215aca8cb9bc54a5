"""What the center's window lists, read with what a person needs beside each entry: the
unit, donor, drive and site of a quarantined unit, the versions of a record in conflict,
the two records of a person to review."""

from collections.abc import Sequence

from sqlite_utils import Database

from db.merge import chunks


def _marks(items: Sequence) -> str:
    return ", ".join("?" for _ in items)


def quarantine_entries(db: Database, status: str) -> list[dict]:
    """Quarantine rows of ``status`` with their unit's DIN (or the DIN held aside),
    donor, drive, the site of the laptop that recorded it and who decided."""
    return list(
        db.query(
            "SELECT q.*, d.din, d.donation_type, d.device_id AS donation_device, d.started_at,"
            " d.created_at AS donation_made,"
            " (SELECT h.value FROM merge_hold h WHERE h.table_name = 'donation'"
            "  AND h.column_name = 'din' AND h.record_id = d.id) AS held_din,"
            " p.full_name AS donor_name, p.national_id, p.birth_date,"
            " r.code AS drive_code, r.drive_date, r.place_name,"
            " coalesce(k.site_code, kr.site_code) AS site_code,"
            " coalesce(k.device_name, kr.device_name) AS device_name,"
            " s.full_name AS decided_by_name"
            " FROM quarantine q LEFT JOIN donation d ON d.id = q.donation_id"
            " LEFT JOIN donor p ON p.id = d.donor_id"
            " LEFT JOIN visit v ON v.id = d.visit_id LEFT JOIN drive r ON r.id = v.drive_id"
            " LEFT JOIN device k ON k.id = d.device_id LEFT JOIN device kr ON kr.id = r.device_id"
            " LEFT JOIN staff s ON s.id = q.decided_by"
            " WHERE q.status = ? ORDER BY r.drive_date DESC, q.donation_id, q.reason",
            [status],
        )
    )


def conflict_entries(db: Database, status: str) -> list[dict]:
    return list(
        db.query(
            "SELECT c.*, s.full_name AS resolved_by_name FROM merge_conflict c"
            " LEFT JOIN staff s ON s.id = c.resolved_by WHERE c.status = ?"
            " ORDER BY c.created_at DESC, c.table_name, c.record_id",
            [status],
        )
    )


def versions_with_stamps(
    db: Database, table: str, record_id: str, stamps: Sequence[tuple[str, int]]
) -> list[dict]:
    """The versions of a record with these (device, change_seq) stamps, with the
    device's site and name when it is an enrolled device."""
    found: list[dict] = []
    for device_id, change_seq in stamps:
        found += db.query(
            "SELECT v.*, k.site_code, k.device_name, k.desk_letter FROM record_version v"
            " LEFT JOIN device k ON k.id = v.device_id WHERE v.table_name = ?"
            " AND v.record_id = ? AND v.device_id = ? AND v.change_seq = ?",
            [table, record_id, device_id, change_seq],
        )
    return found


def donors(db: Database, donor_ids: Sequence[str]) -> dict[str, dict]:
    """Donor rows with the site of the laptop that registered or last changed them,
    and the dates of their donations the center holds."""
    found: dict[str, dict] = {}
    for part in chunks(list(donor_ids)):
        for row in db.query(
            "SELECT p.*, k.site_code, k.device_name,"
            " (SELECT group_concat(r.drive_date, ',') FROM donation d"
            "  JOIN visit v ON v.id = d.visit_id JOIN drive r ON r.id = v.drive_id"
            "  WHERE d.donor_id = p.id) AS donation_dates"
            " FROM donor p LEFT JOIN device k ON k.id = p.device_id"
            f" WHERE p.id IN ({_marks(part)})",
            list(part),
        ):
            found[row["id"]] = row
    return found


def reviews(db: Database, status: str) -> list[dict]:
    return list(
        db.query(
            "SELECT r.*, s.full_name AS decided_by_name FROM person_review r"
            " LEFT JOIN staff s ON s.id = r.decided_by WHERE r.status = ?"
            " ORDER BY r.created_at DESC, r.donor_a, r.donor_b",
            [status],
        )
    )


def imports(db: Database) -> list[dict]:
    """Every file the center was given, newest first, with its device's site and name."""
    return list(
        db.query(
            "SELECT i.*, k.site_code, k.device_name FROM center_import i"
            " LEFT JOIN device k ON k.id = i.source_device_id"
            " ORDER BY i.imported_at DESC, i.id DESC"
        )
    )


def devices_of(db: Database, donor_ids: Sequence[str]) -> list[tuple[str, str]]:
    """(device id, site code or "" when not enrolled here) of the laptops that
    registered, changed or collected from these donor records, or ran their drives."""
    marks = _marks(donor_ids)
    return db.execute(
        "SELECT s.device_id, coalesce(k.site_code, '') FROM ("
        f" SELECT device_id FROM donor WHERE id IN ({marks})"
        f" UNION SELECT d.device_id FROM donation d WHERE d.donor_id IN ({marks})"
        " UNION SELECT r.device_id FROM donation d JOIN visit v ON v.id = d.visit_id"
        f" JOIN drive r ON r.id = v.drive_id WHERE d.donor_id IN ({marks})"
        ") s LEFT JOIN device k ON k.id = s.device_id WHERE s.device_id IS NOT NULL"
        " ORDER BY coalesce(k.site_code, ''), s.device_id",
        [*donor_ids, *donor_ids, *donor_ids],
    ).fetchall()


def donations_of(db: Database, donor_ids: Sequence[str]) -> list[dict]:
    """Every donation the center holds for these donor records, newest first, with its
    drive, the site of the laptop that recorded it, the DIN held aside when it was seen
    twice, and its quarantine states (comma-separated)."""
    return list(
        db.query(
            "SELECT d.id, d.din, d.volume_ml, d.outcome, d.donation_type, d.started_at,"
            " d.created_at AS donation_made, d.device_id AS donation_device,"
            " (SELECT h.value FROM merge_hold h WHERE h.table_name = 'donation'"
            "  AND h.column_name = 'din' AND h.record_id = d.id) AS held_din,"
            " (SELECT group_concat(DISTINCT q.status) FROM quarantine q"
            "  WHERE q.donation_id = d.id) AS quarantine_states,"
            " r.code AS drive_code, r.drive_date, r.place_name,"
            " coalesce(k.site_code, kr.site_code) AS site_code"
            " FROM donation d LEFT JOIN visit v ON v.id = d.visit_id"
            " LEFT JOIN drive r ON r.id = v.drive_id"
            " LEFT JOIN device k ON k.id = d.device_id LEFT JOIN device kr ON kr.id = r.device_id"
            f" WHERE d.donor_id IN ({_marks(donor_ids)})"
            " ORDER BY coalesce(r.drive_date, d.started_at, d.created_at) DESC, d.id",
            list(donor_ids),
        )
    )
