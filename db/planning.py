"""Queries of the center's planning: drives planned for devices, their assignments and
the number blocks handed out (coded values come in as parameters)."""

from collections.abc import Sequence

from sqlite_utils import Database

from db.merge import chunks


def _marks(items: Sequence) -> str:
    return ", ".join("?" for _ in items)


def assignment(db: Database, drive_id: str, device_id: str) -> dict | None:
    return next(
        db.query(
            "SELECT * FROM drive_assignment WHERE drive_id = ? AND for_device = ?",
            [drive_id, device_id],
        ),
        None,
    )


def assignments_of(db: Database, drive_ids: Sequence[str]) -> list[dict]:
    """Every assignment row of these drives (any device, any status)."""
    found: list[dict] = []
    for part in chunks(list(drive_ids)):
        found += db.query(
            f"SELECT * FROM drive_assignment WHERE drive_id IN ({_marks(part)})"
            " ORDER BY drive_id, for_device",
            list(part),
        )
    return found


def drives_assigned(
    db: Database, device_id: str, assigned: str, since: str, closed: str
) -> list[dict]:
    """The drives ``device_id`` is assigned to (assignment status ``assigned``), dated
    ``since`` (ISO) or later and not in the drive status ``closed``, by date."""
    return list(
        db.query(
            "SELECT d.* FROM drive d JOIN drive_assignment a ON a.drive_id = d.id"
            " WHERE a.for_device = ? AND a.status = ? AND d.drive_date >= ? AND d.status <> ?"
            " ORDER BY d.drive_date, d.code",
            [device_id, assigned, since, closed],
        )
    )


def assignments_since(db: Database, device_id: str, status: str, since: str) -> list[dict]:
    """The device's assignments in ``status`` of drives dated ``since`` (ISO) or later."""
    return list(
        db.query(
            "SELECT a.* FROM drive_assignment a JOIN drive d ON d.id = a.drive_id"
            " WHERE a.for_device = ? AND a.status = ? AND d.drive_date >= ?"
            " ORDER BY a.drive_id, a.for_device",
            [device_id, status, since],
        )
    )


def dated_since(db: Database, drive_ids: set[str], since: str) -> set[str]:
    """Those of the drives dated ``since`` (ISO) or later."""
    found: set[str] = set()
    for part in chunks(sorted(drive_ids)):
        found.update(
            row[0]
            for row in db.execute(
                f"SELECT id FROM drive WHERE drive_date >= ? AND id IN ({_marks(part)})",
                [since, *part],
            )
        )
    return found


def block(db: Database, block_id: str) -> dict | None:
    return next(db.query("SELECT * FROM number_block WHERE id = ?", [block_id]), None)


def blocks_of(db: Database, device_id: str, status: str) -> list[dict]:
    """The blocks of a device in ``status``: DIN blocks by year and number, then runs."""
    return list(
        db.query(
            "SELECT * FROM number_block WHERE for_device = ? AND status = ?"
            " ORDER BY kind, year, prefix, first",
            [device_id, status],
        )
    )


def drive_blocks(db: Database, drive_ids: Sequence[str], kind: str) -> list[dict]:
    """The blocks of ``kind`` for these drives (any status)."""
    found: list[dict] = []
    for part in chunks(list(drive_ids)):
        found += db.query(
            f"SELECT * FROM number_block WHERE kind = ? AND drive_id IN ({_marks(part)})"
            " ORDER BY drive_id, for_device, created_at",
            [kind, *part],
        )
    return found


def din_blocks_between(
    db: Database, kind: str, fin: str, year: int, *, low: int, high: int
) -> list[dict]:
    """DIN blocks (any device, any status) of the FIN's sequence of ``year`` that share
    a number with ``low..high``."""
    return list(
        db.query(
            "SELECT * FROM number_block WHERE kind = ? AND fin = ? AND year = ?"
            " AND first <= ? AND last >= ? ORDER BY first",
            [kind, fin, year, high, low],
        )
    )


def highest_din_used(db: Database, fin: str, yy: int, low: int, high: int) -> int | None:
    """The highest sequence number between ``low`` and ``high`` of a DIN the center
    holds (FIN, two-digit year), None if there is none."""
    return db.execute(
        "SELECT max(sequence) FROM din WHERE fin = ? AND year = ? AND sequence BETWEEN ? AND ?",
        [fin, yy, low, high],
    ).fetchone()[0]


def serial_runs_overlapping(
    db: Database, kind: str, status: str, prefix: str, *, first: int, last: int
) -> list[dict]:
    return list(
        db.query(
            "SELECT * FROM number_block WHERE kind = ? AND status = ? AND prefix = ?"
            " AND first <= ? AND last >= ? ORDER BY first",
            [kind, status, prefix, last, first],
        )
    )


def package_after(db: Database, device_id: str, since: str) -> dict | None:
    """The first package written for the device after ``since`` (UTC ISO), if any."""
    return next(
        db.query(
            "SELECT * FROM package_log WHERE device_id = ? AND made_at > ?"
            " ORDER BY made_at, number LIMIT 1",
            [device_id, since],
        ),
        None,
    )


def device_name(db: Database, device_id: str) -> str:
    """A device's name, or its id when the center does not know it."""
    row = db.execute("SELECT device_name FROM device WHERE id = ?", [device_id]).fetchone()
    return row[0] if row else device_id


def letter_holders(db: Database, site_code: str, letter: str, status: str) -> list[dict]:
    """The devices of a site in ``status`` that hold a desk letter."""
    return list(
        db.query(
            "SELECT * FROM device WHERE site_code = ? AND desk_letter = ? AND status = ?",
            [site_code, letter, status],
        )
    )


def drives_between(db: Database, first: str, last: str) -> list[dict]:
    """The drives dated ``first`` to ``last`` (ISO), by date and code."""
    return list(
        db.query(
            "SELECT * FROM drive WHERE drive_date BETWEEN ? AND ? ORDER BY drive_date, code",
            [first, last],
        )
    )


def units_collected(db: Database, drive_ids: Sequence[str], outcome: str) -> dict[str, int]:
    """Per drive, the donations with ``outcome`` the center holds."""
    found: dict[str, int] = {}
    for part in chunks(list(drive_ids)):
        for row in db.query(
            "SELECT v.drive_id, count(*) AS n FROM donation n JOIN visit v ON v.id = n.visit_id"
            f" WHERE n.outcome = ? AND v.drive_id IN ({_marks(part)}) GROUP BY v.drive_id",
            [outcome, *part],
        ):
            found[row["drive_id"]] = row["n"]
    return found


def version_stamps(db: Database, table: str, record_id: str) -> list[dict]:
    """The versions the center received of a record (its merge's store)."""
    return list(
        db.query(
            "SELECT device_id, change_seq FROM record_version WHERE table_name = ?"
            " AND record_id = ?",
            [table, record_id],
        )
    )
