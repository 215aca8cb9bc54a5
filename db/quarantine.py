"""What the center's safety re-checks read, and the quarantine list they keep."""

import json
from collections.abc import Collection, Sequence

from sqlite_utils import Database

from db.merge import chunks
from db.merge_lists import derived_id


def _marks(items: Sequence) -> str:
    return ", ".join("?" for _ in items)


def donations_of(db: Database, donor_ids: Sequence[str]) -> list[dict]:
    """Every donation of these donors with the date of its drive (None while the
    center holds no ticket or drive for it)."""
    found: list[dict] = []
    for part in chunks(list(donor_ids)):
        found += db.query(
            "SELECT d.id, d.donor_id, d.visit_id, d.donation_type, d.outcome, d.din,"
            " d.started_at, d.ended_at, d.created_at, r.drive_date"
            " FROM donation d LEFT JOIN visit v ON v.id = d.visit_id"
            f" LEFT JOIN drive r ON r.id = v.drive_id WHERE d.donor_id IN ({_marks(part)})"
            " ORDER BY d.id",
            list(part),
        )
    return found


def donors_of_donations(db: Database, donation_ids: Sequence[str]) -> set[str]:
    return _column_of(db, "donation", "donor_id", donation_ids)


def donors_of_visits(db: Database, visit_ids: Sequence[str]) -> set[str]:
    return _column_of(db, "visit", "donor_id", visit_ids)


def donors_at_drives(db: Database, drive_ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for part in chunks(list(drive_ids)):
        found.update(
            r[0]
            for r in db.execute(
                f"SELECT donor_id FROM visit WHERE drive_id IN ({_marks(part)})", list(part)
            )
        )
    return found


def donors_of_screenings(db: Database, screening_ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for part in chunks(list(screening_ids)):
        found.update(
            r[0]
            for r in db.execute(
                "SELECT v.donor_id FROM screening s JOIN visit v ON v.id = s.visit_id"
                f" WHERE s.id IN ({_marks(part)})",
                list(part),
            )
        )
    return found


def donations_of_certificates(db: Database, certificate_ids: Sequence[str]) -> set[str]:
    return _column_of(db, "certificate", "donation_id", certificate_ids)


def _column_of(db: Database, table: str, column: str, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for part in chunks(list(ids)):
        found.update(
            r[0]
            for r in db.execute(
                f'SELECT "{column}" FROM "{table}" WHERE id IN ({_marks(part)})', list(part)
            )
        )
    return found


def deferrals_of(db: Database, donor_ids: Sequence[str], decisions: Sequence[str]) -> list[dict]:
    """Screenings of these donors' tickets that deferred them."""
    found: list[dict] = []
    for part in chunks(list(donor_ids)):
        found += db.query(
            "SELECT s.id, s.visit_id, s.decision, s.deferral_until, s.decided_at, v.donor_id,"
            " r.drive_date FROM screening s JOIN visit v ON v.id = s.visit_id"
            " JOIN drive r ON r.id = v.drive_id"
            f" WHERE v.donor_id IN ({_marks(part)}) AND s.decision IN ({_marks(decisions)})"
            " AND s.decided_at IS NOT NULL ORDER BY s.id",
            [*part, *decisions],
        )
    return found


def certificates_with_held_serials(db: Database, donation_ids: Sequence[str]) -> dict[str, str]:
    """Donation -> a certificate of it whose serial is held aside."""
    found: dict[str, str] = {}
    for part in chunks(list(donation_ids)):
        for donation_id, certificate_id in db.execute(
            "SELECT c.donation_id, min(c.id) FROM certificate c JOIN merge_hold h"
            " ON h.table_name = 'certificate' AND h.column_name = 'serial' AND h.record_id = c.id"
            f" WHERE c.donation_id IN ({_marks(part)}) GROUP BY c.donation_id",
            list(part),
        ):
            found[donation_id] = certificate_id
    return found


def entries_of(db: Database, donation_ids: Sequence[str]) -> list[dict]:
    found: list[dict] = []
    for part in chunks(list(donation_ids)):
        found += db.query(
            f"SELECT * FROM quarantine WHERE donation_id IN ({_marks(part)})", list(part)
        )
    return found


def sync(
    db: Database,
    donation_ids: Sequence[str],
    found: dict[tuple[str, str], dict],
    held: str,
    stamp: tuple,
    *,
    reasons: Collection[str],
) -> list[tuple[str, str]]:
    """The undecided entries of these donations for ``reasons`` are exactly ``found``
    ((donation, reason) -> params): a reason that no longer holds is withdrawn unless a
    person decided on it (entries for other reasons belong to another check). Returns
    the entries that are new."""
    now, device_id = stamp
    existing = {
        (e["donation_id"], e["reason"]): e
        for e in entries_of(db, donation_ids)
        if e["reason"] in reasons
    }
    for key, entry in existing.items():
        if entry["status"] == held and key not in found:
            db.execute("DELETE FROM quarantine WHERE id = ?", [entry["id"]])
    new = []
    for (donation_id, reason), params in sorted(found.items()):
        text = json.dumps(params, sort_keys=True, ensure_ascii=False)
        entry = existing.get((donation_id, reason))
        if entry is None:
            db.execute(
                "INSERT INTO quarantine (id, created_at, updated_at, device_id, change_seq,"
                " donation_id, reason, params, status) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?)",
                [derived_id("quarantine", donation_id, reason), now, now, device_id,
                 donation_id, reason, text, held],
            )  # fmt: skip
            new.append((donation_id, reason))
        elif entry["status"] == held and entry["params"] != text:
            db.execute("UPDATE quarantine SET params = ? WHERE id = ?", [text, entry["id"]])
    return new


def listed(db: Database, status: str) -> list[dict]:
    return list(
        db.query("SELECT * FROM quarantine WHERE status = ? ORDER BY donation_id, reason", [status])
    )


def get(db: Database, entry_id: str) -> dict | None:
    return next(db.query("SELECT * FROM quarantine WHERE id = ?", [entry_id]), None)
