"""One row per file the center was given, accepted or rejected, and the
acknowledgement derived from them."""

import json
from typing import Any

from sqlite_utils import Database


def record(db: Database, values: dict[str, Any]) -> None:
    values = {**values, "counts": json.dumps(values.get("counts") or {}, sort_keys=True)}
    names = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    db.execute(f"INSERT INTO center_import ({names}) VALUES ({marks})", list(values.values()))


def highest_received(db: Database, accepted: str) -> dict[tuple[str, str], int]:
    """(device, incarnation) -> the highest change sequence of an accepted file."""
    return {
        (device_id, incarnation): seq_to
        for device_id, incarnation, seq_to in db.execute(
            "SELECT source_device_id, incarnation, max(seq_to) FROM center_import"
            " WHERE status = ? AND source_device_id IS NOT NULL GROUP BY 1, 2",
            [accepted],
        )
    }


def accepted_before(db: Database, sha256: str, accepted: str) -> dict | None:
    """The row of an earlier, accepted import of the file with this SHA-256."""
    return next(
        db.query(
            "SELECT * FROM center_import WHERE sha256 = ? AND status = ? ORDER BY imported_at",
            [sha256, accepted],
        ),
        None,
    )


def accepted_marks(db: Database, device_id: str, accepted: str) -> list[dict]:
    """Per incarnation of ``device_id``: its epoch, the highest change sequence and
    export number of the files accepted from it, and when the file that brought that
    sequence was made (None for a file accepted before that was kept)."""
    marks: dict[str, dict] = {}
    for row in db.query(
        "SELECT incarnation, epoch, seq_to, export_number, exported_at FROM center_import"
        " WHERE source_device_id = ? AND status = ? AND incarnation IS NOT NULL"
        " ORDER BY incarnation, seq_to DESC, export_number DESC",
        [device_id, accepted],
    ):
        mark = marks.setdefault(row["incarnation"], dict(row))
        mark["export_number"] = max(mark["export_number"], row["export_number"])
    return list(marks.values())
