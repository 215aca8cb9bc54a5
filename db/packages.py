"""What the center reads to write a drive package: the people it holds (each once) and
the packages it wrote (``package_log``); what it planned is ``db.planning``'s."""

import json
from collections.abc import Iterator

from sqlite_utils import Database

# The columns of a person's registry line, as stored on the center's donor row.
PERSON_COLUMNS = (
    "id", "national_id", "old_id", "full_name", "birth_date", "sex", "address", "phone",
    "abo", "rh", "donation_count", "last_donation_date", "last_donation_type",
    "deferral_until", "deferral_permanent", "deferral_reason", "rare_blood", "reserve_club",
)  # fmt: skip
_SELECT = ", ".join(PERSON_COLUMNS)
FETCH = 5000


def person_count(db: Database) -> int:
    """How many people: records not redirected to another (an estimate for progress)."""
    total = db.execute("SELECT count(*) FROM donor_visible").fetchone()[0]
    redirected = db.execute("SELECT count(*) FROM donor_redirect").fetchone()[0]
    return max(total - redirected, 0)


def surviving_records(db: Database) -> Iterator[list[tuple]]:
    """Every donor record that is not redirected to another (a person's surviving
    record), in batches of tuples of ``PERSON_COLUMNS``, in storage order."""
    cursor = db.execute(
        f"SELECT {_SELECT} FROM donor_visible d"
        " WHERE NOT EXISTS (SELECT 1 FROM donor_redirect r WHERE r.from_id = d.id)"
    )
    while batch := cursor.fetchmany(FETCH):
        yield batch


def merged_into(db: Database) -> dict[str, list[str]]:
    """Survivor -> the records redirected to it (few: the people merged)."""
    found: dict[str, list[str]] = {}
    for from_id, to_id in db.execute(
        "SELECT from_id, to_id FROM donor_redirect ORDER BY to_id, from_id"
    ):
        found.setdefault(to_id, []).append(from_id)
    return found


def redirected_records(db: Database) -> dict[str, tuple]:
    """The rows (``PERSON_COLUMNS``) of the records redirected to another, by id."""
    return {
        row[0]: row
        for row in db.execute(
            f"SELECT {_SELECT} FROM donor_visible"
            " WHERE id IN (SELECT from_id FROM donor_redirect) ORDER BY id"
        )
    }


def shared_old_ids(db: Database) -> set[str]:
    """Old CMND numbers that more than one person carries (not one person's records)."""
    return {
        old_id
        for (old_id,) in db.execute(
            "SELECT d.old_id FROM donor_visible d"
            " WHERE d.old_id IS NOT NULL AND d.old_id <> ''"
            " AND NOT EXISTS (SELECT 1 FROM donor_redirect r WHERE r.from_id = d.id)"
            " GROUP BY d.old_id HAVING count(*) > 1"
        )
    }


def next_package_number(db: Database, device_id: str) -> int:
    row = db.execute(
        "SELECT coalesce(max(number), 0) FROM package_log WHERE device_id = ?", [device_id]
    ).fetchone()
    return row[0] + 1


def add_package(db: Database, values: dict) -> None:
    values = {**values, "counts": json.dumps(values["counts"], sort_keys=True)}
    names = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    db.execute(f"INSERT INTO package_log ({names}) VALUES ({marks})", list(values.values()))


def set_package_written(db: Database, package_id: str, sha256: str) -> None:
    db.execute("UPDATE package_log SET sha256 = ? WHERE id = ?", [sha256, package_id])


def last_packages(db: Database) -> dict[str, dict]:
    """Each device's last package written (its file's hash known), with its counts."""
    rows = db.query(
        "SELECT p.* FROM package_log p WHERE p.sha256 <> '' AND p.number = (SELECT max(q.number)"
        " FROM package_log q WHERE q.device_id = p.device_id AND q.sha256 <> '')"
    )
    return {row["device_id"]: {**row, "counts": json.loads(row["counts"])} for row in rows}


def changes_since(db: Database, center_device: str, seq: int) -> dict[str, int]:
    """Table -> how many entries the center's own audit trail holds after ``seq``
    (what it recorded since: merges, plans, decisions)."""
    return dict(
        db.execute(
            "SELECT table_name, count(*) FROM audit_log WHERE device_id = ? AND change_seq > ?"
            " GROUP BY table_name",
            [center_device, seq],
        ).fetchall()
    )


def coming_drives(db: Database, today: str, assigned: str, closed: str) -> dict[str, int]:
    """Device -> how many drives dated ``today`` or later and not ``closed`` it is
    assigned to (what its package carries: ``planning.device_plan``)."""
    return dict(
        db.execute(
            "SELECT a.for_device, count(*) FROM drive_assignment a JOIN drive r"
            " ON r.id = a.drive_id WHERE a.status = ? AND r.drive_date >= ? AND r.status <> ?"
            " GROUP BY a.for_device",
            [assigned, today, closed],
        ).fetchall()
    )
