"""What the laboratory's results at the center read: the units by DIN, each unit's
results, the decisions on them and the donors to notify."""

from collections.abc import Sequence

from sqlite_utils import Database

from db.merge import chunks

RESULT_COLUMNS = ("abo", "rh", "hbsag", "anti_hcv", "anti_hiv", "syphilis", "nat")


def _marks(items: Sequence) -> str:
    return ", ".join("?" for _ in items)


def donations_by_din(db: Database, dins: Sequence[str]) -> dict[str, dict]:
    """DIN -> the unit carrying it, with its donor and the date of its drive."""
    found: dict[str, dict] = {}
    for part in chunks(list(dins)):
        for row in db.query(
            "SELECT d.id, d.din, d.donor_id, d.outcome, r.drive_date FROM donation d"
            " LEFT JOIN visit v ON v.id = d.visit_id LEFT JOIN drive r ON r.id = v.drive_id"
            f" WHERE d.din IN ({_marks(part)})",
            list(part),
        ):
            found[row["din"]] = row
    return found


def held_dins(db: Database, dins: Sequence[str]) -> set[str]:
    """The DINs held aside because two units carried them."""
    found: set[str] = set()
    for part in chunks(list(dins)):
        found.update(
            value
            for (value,) in db.execute(
                "SELECT value FROM merge_hold WHERE table_name = 'donation'"
                f" AND column_name = 'din' AND value IN ({_marks(part)})",
                list(part),
            )
        )
    return found


def imported_before(db: Database, sha256: str) -> dict | None:
    return next(db.query("SELECT * FROM lab_import WHERE sha256 = ?", [sha256]), None)


def results_of_dins(db: Database, dins: Sequence[str], statuses: Sequence[str]) -> list[dict]:
    found: list[dict] = []
    for part in chunks(list(dins)):
        found += db.query(
            f"SELECT * FROM lab_result WHERE din IN ({_marks(part)})"
            f" AND status IN ({_marks(statuses)}) ORDER BY din, created_at, id",
            [*part, *statuses],
        )
    return found


def results_of_donations(db: Database, donation_ids: Sequence[str], status: str) -> list[dict]:
    found: list[dict] = []
    for part in chunks(list(donation_ids)):
        found += db.query(
            f"SELECT * FROM lab_result WHERE donation_id IN ({_marks(part)}) AND status = ?",
            [*part, status],
        )
    return found


def results_with_persons(db: Database, status: str) -> list[dict]:
    """Every result of ``status`` with its unit's donor record, the unit's drive date and
    when its file was imported (the donor record may be redirected: see people)."""
    return list(
        db.query(
            "SELECT r.*, d.donor_id, v_r.drive_date, i.imported_at FROM lab_result r"
            " JOIN donation d ON d.id = r.donation_id"
            " LEFT JOIN visit v ON v.id = d.visit_id LEFT JOIN drive v_r ON v_r.id = v.drive_id"
            " JOIN lab_import i ON i.id = r.lab_import_id WHERE r.status = ?",
            [status],
        )
    )


def donor_groups(db: Database, donor_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    """The blood group each donor record holds (the merged row)."""
    found: dict[str, tuple[str, str]] = {}
    for part in chunks(list(donor_ids)):
        for donor_id, abo, rh in db.execute(
            f"SELECT id, abo, rh FROM donor WHERE id IN ({_marks(part)})", list(part)
        ):
            found[donor_id] = (abo, rh)
    return found


def group_decisions(db: Database) -> list[dict]:
    return list(
        db.query(
            "SELECT * FROM lab_conflict WHERE kind = 'blood_group' AND status <> 'open'"
            " ORDER BY decided_at, id"
        )
    )


def conflict(db: Database, conflict_id: str) -> dict | None:
    return next(db.query("SELECT * FROM lab_conflict WHERE id = ?", [conflict_id]), None)


def result(db: Database, result_id: str) -> dict | None:
    return next(db.query("SELECT * FROM lab_result WHERE id = ?", [result_id]), None)


def notices_of(db: Database, donation_ids: Sequence[str]) -> dict[str, dict]:
    found: dict[str, dict] = {}
    for part in chunks(list(donation_ids)):
        for row in db.query(
            f"SELECT * FROM lab_notice WHERE donation_id IN ({_marks(part)})", list(part)
        ):
            found[row["donation_id"]] = row
    return found


def notice(db: Database, notice_id: str) -> dict | None:
    return next(db.query("SELECT * FROM lab_notice WHERE id = ?", [notice_id]), None)


# -- what the center's window lists ------------------------------------------------------


def persons(db: Database, donor_ids: Sequence[str]) -> dict[str, dict]:
    """Donor rows (who a person is, how to reach them) by id."""
    found: dict[str, dict] = {}
    for part in chunks(list(donor_ids)):
        for row in db.query(
            "SELECT id, full_name, national_id, old_id, birth_date, sex, phone, address, abo, rh"
            f" FROM donor WHERE id IN ({_marks(part)})",
            list(part),
        ):
            found[row["id"]] = row
    return found


def units(db: Database, donation_ids: Sequence[str]) -> dict[str, dict]:
    """Units with their donor record, drive date and the laptop that recorded them (its
    site when enrolled here)."""
    found: dict[str, dict] = {}
    for part in chunks(list(donation_ids)):
        for row in db.query(
            "SELECT d.id, d.donor_id, d.device_id, r.drive_date, r.code AS drive_code,"
            " coalesce(k.site_code, kr.site_code) AS site_code,"
            " coalesce(k.device_name, kr.device_name) AS device_name"
            " FROM donation d LEFT JOIN visit v ON v.id = d.visit_id"
            " LEFT JOIN drive r ON r.id = v.drive_id LEFT JOIN device k ON k.id = d.device_id"
            f" LEFT JOIN device kr ON kr.id = r.device_id WHERE d.id IN ({_marks(part)})",
            list(part),
        ):
            found[row["id"]] = row
    return found


def conflicts(db: Database, statuses: Sequence[str]) -> list[dict]:
    return list(
        db.query(
            "SELECT c.*, s.full_name AS decided_by_name FROM lab_conflict c"
            " LEFT JOIN staff s ON s.id = c.decided_by"
            f" WHERE c.status IN ({_marks(statuses)}) ORDER BY c.created_at DESC, c.id",
            list(statuses),
        )
    )


def notices(db: Database, status: str) -> list[dict]:
    return list(
        db.query(
            "SELECT n.*, s.full_name AS notified_by_name FROM lab_notice n"
            " LEFT JOIN staff s ON s.id = n.notified_by WHERE n.status = ?"
            " ORDER BY n.created_at DESC, n.id",
            [status],
        )
    )


def imports(db: Database) -> list[dict]:
    return list(
        db.query(
            "SELECT i.*, s.full_name AS imported_by_name FROM lab_import i"
            " LEFT JOIN staff s ON s.id = i.imported_by ORDER BY i.imported_at DESC, i.id DESC"
        )
    )
