"""Donations (units collected) and the drive's figures for reconciliation."""

import json

from sqlite_utils import Database


def by_din(db: Database, din: str) -> dict | None:
    return next(db.query("SELECT * FROM donation WHERE din = ?", [din]), None)


_WITH_NAMES = (
    "SELECT n.*, v.queue_letter, v.queue_no, d.full_name, p.full_name AS phlebotomist_name"
    " FROM donation n JOIN visit v ON v.id = n.visit_id"
    " JOIN donor d ON d.id = n.donor_id"
    " LEFT JOIN staff p ON p.id = n.phlebotomist_id"
)


def for_drive(db: Database, drive_id: str) -> list[dict]:
    """The drive's donations with the donor's name and the ticket number, latest first."""
    return list(
        db.query(_WITH_NAMES + " WHERE v.drive_id = ? ORDER BY n.created_at DESC", [drive_id])
    )


def get(db: Database, donation_id: str) -> dict | None:
    """One donation, with the same names as ``for_drive``."""
    return next(db.query(_WITH_NAMES + " WHERE n.id = ?", [donation_id]), None)


def bag_lots(db: Database, drive_id: str) -> list[dict]:
    """Bag type and lot of the drive's donations that have both, latest first."""
    return list(
        db.query(
            "SELECT n.bag_type, n.bag_lot FROM donation n JOIN visit v ON v.id = n.visit_id"
            " WHERE v.drive_id = ? AND n.bag_type IS NOT NULL AND n.bag_lot IS NOT NULL"
            " ORDER BY n.created_at DESC, n.change_seq DESC",
            [drive_id],
        )
    )


def outcome_counts(db: Database, drive_id: str) -> dict[str, int]:
    return {
        row[0]: row[1]
        for row in db.execute(
            "SELECT n.outcome, count(*) FROM donation n JOIN visit v ON v.id = n.visit_id"
            " WHERE v.drive_id = ? GROUP BY n.outcome",
            [drive_id],
        )
    }


def decision_counts(db: Database, drive_id: str, voided_visit: str) -> dict[str, int]:
    """Screening decisions of the drive's tickets (tickets in ``voided_visit`` left out)."""
    return {
        row[0]: row[1]
        for row in db.execute(
            "SELECT s.decision, count(*) FROM screening s JOIN visit v ON v.id = s.visit_id"
            " WHERE v.drive_id = ? AND v.status <> ? AND s.decision IS NOT NULL"
            " GROUP BY s.decision",
            [drive_id, voided_visit],
        )
    }


def deferral_counts(db: Database, drive_id: str, deferred_visit: str) -> dict[str, int]:
    """Tickets of the drive in ``deferred_visit`` status by the reason code of the
    deferral."""
    return {
        row[0]: row[1]
        for row in db.execute(
            "SELECT coalesce(s.deferral_reason, ''), count(*) FROM screening s"
            " JOIN visit v ON v.id = s.visit_id"
            " WHERE v.drive_id = ? AND v.status = ? GROUP BY 1 ORDER BY 2 DESC",
            [drive_id, deferred_visit],
        )
    }


def visits_in_status(db: Database, drive_id: str, status: str) -> list[dict]:
    return list(
        db.query(
            "SELECT v.*, d.full_name FROM visit v JOIN donor d ON d.id = v.donor_id"
            " WHERE v.drive_id = ? AND v.status = ? ORDER BY v.queue_letter, v.queue_no",
            [drive_id, status],
        )
    )


def notes_for_drive(db: Database, drive_id: str) -> list[dict]:
    return list(
        db.query(
            "SELECT * FROM reconciliation_note WHERE drive_id = ? ORDER BY change_seq",
            [drive_id],
        )
    )


def held_for_donors(
    db: Database, donor_ids: list[str], outcomes: tuple[str, ...]
) -> dict[str, list[tuple[str, str | None, str]]]:
    """donor id -> (drive date, donation type, outcome) of every donation held here with
    one of ``outcomes``, oldest first; one query per 5,000 donors."""
    held: dict[str, list[tuple[str, str | None, str]]] = {}
    marks = ",".join("?" * len(outcomes))
    for start in range(0, len(donor_ids), 5000):
        chunk = json.dumps(donor_ids[start : start + 5000])
        for donor_id, *donation in db.execute(
            "SELECT n.donor_id, r.drive_date, n.donation_type, n.outcome FROM donation n"
            " JOIN visit v ON v.id = n.visit_id JOIN drive r ON r.id = v.drive_id"
            f" WHERE n.donor_id IN (SELECT value FROM json_each(?)) AND n.outcome IN ({marks})"
            " ORDER BY r.drive_date, n.created_at",
            [chunk, *outcomes],
        ):
            held.setdefault(donor_id, []).append(tuple(donation))
    return held
