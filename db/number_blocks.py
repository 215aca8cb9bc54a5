"""The number blocks the center hands a device (table ``number_block``): a DIN sequence
block for one drive, or a run of pre-printed certificate form serials; and the DINs
and label rolls of this laptop that a block may meet."""

from sqlite_utils import Database


def din_block_for_drive(
    db: Database, device_id: str, drive: tuple[str, str, int], *, kind: str, status: str
) -> dict | None:
    """The device's block of ``kind`` (din) in ``status`` (active) for ``drive`` (its id,
    the FIN and the drive's 4-digit year)."""
    drive_id, fin, year = drive
    return next(
        db.query(
            "SELECT * FROM number_block WHERE for_device = ? AND kind = ? AND status = ?"
            " AND drive_id = ? AND fin = ? AND year = ? ORDER BY first LIMIT 1",
            [device_id, kind, status, drive_id, fin, year],
        ),
        None,
    )


def lowest_din_block_first(
    db: Database, device_id: str, fin: str, year: int, kind: str
) -> int | None:
    """Where the device's lowest block of ``kind`` (din) of that FIN and (4-digit) year
    starts, of any status (a withdrawn block's numbers are never handed out again)."""
    return db.execute(
        "SELECT min(first) FROM number_block WHERE for_device = ? AND kind = ?"
        " AND fin = ? AND year = ?",
        [device_id, kind, fin, year],
    ).fetchone()[0]


def blocks_of(db: Database, device_id: str, kind: str, status: str) -> list[dict]:
    return list(
        db.query(
            "SELECT * FROM number_block WHERE for_device = ? AND kind = ? AND status = ?"
            " ORDER BY prefix, first",
            [device_id, kind, status],
        )
    )


def given_to_another_drive(
    db: Database, span: tuple[str, int, int, int], drive_id: str
) -> str | None:
    """The code of a drive other than ``drive_id`` that holds a DIN, or a pre-printed
    roll, of ``span`` (FIN, 2-digit year, first, last) on this laptop; None if none."""
    fin, year, first, last = span
    row = db.execute(
        "SELECT d.code FROM din JOIN drive d ON d.id = din.drive_id"
        " WHERE din.fin = ? AND din.year = ? AND din.sequence BETWEEN ? AND ?"
        " AND din.drive_id <> ?"
        " UNION ALL"
        " SELECT d.code FROM din_roll r JOIN drive d ON d.id = r.drive_id"
        " WHERE r.fin = ? AND r.year = ? AND r.first_sequence <= ? AND r.last_sequence >= ?"
        " AND r.drive_id <> ?"
        " LIMIT 1",
        [fin, year, first, last, drive_id, fin, year, last, first, drive_id],
    ).fetchone()
    return row[0] if row else None
