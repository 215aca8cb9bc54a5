"""What the audit viewer reads: entries by person, record, donor and time."""

import json
from collections.abc import Iterable

from sqlite_utils import Database

# The records that belong to a donor: the donor's, and its visits' and donations'.
_DONOR_RECORDS = """
WITH d(id) AS (SELECT value FROM json_each(:donors)),
v(id) AS (SELECT visit.id FROM visit JOIN d ON visit.donor_id = d.id),
n(id) AS (SELECT donation.id FROM donation JOIN d ON donation.donor_id = d.id)
SELECT id FROM d UNION SELECT id FROM v UNION SELECT id FROM n
UNION SELECT screening.id FROM screening JOIN v ON screening.visit_id = v.id
UNION SELECT certificate.id FROM certificate JOIN n ON certificate.donation_id = n.id
"""


def donors_matching(db: Database, national_id: str, name_folded: str, limit: int) -> list[str]:
    """Donor ids with this CCCD/CMND (exact), or whose folded name holds ``name_folded``."""
    if national_id:
        rows = db.execute(
            "SELECT id FROM donor WHERE national_id = ? OR old_id = ? LIMIT ?",
            [national_id, national_id, limit],
        )
    else:
        rows = db.execute(
            "SELECT id FROM donor WHERE name_folded LIKE ? ESCAPE '\\' LIMIT ?",
            [f"%{_escaped(name_folded)}%", limit],
        )
    return [row[0] for row in rows]


def donor_records(db: Database, donor_ids: Iterable[str]) -> list[str]:
    """The ids of the donors' records and of their visits, screenings, donations and
    certificates."""
    return [row[0] for row in db.execute(_DONOR_RECORDS, {"donors": json.dumps(list(donor_ids))})]


def entries(
    db: Database,
    *,
    actor: str | None,
    table: str | None,
    record_ids: list[str] | None,
    since: str | None,
    before: str | None,
    limit: int,
) -> list[dict]:
    """Entries newest first matching every filter given (``since`` <= at < ``before``)."""
    where, params = [], []
    if actor:
        where.append("actor_name = ?")
        params.append(actor)
    if table:
        where.append("table_name = ?")
        params.append(table)
    if record_ids is not None:
        where.append("record_id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(record_ids))
    if since:
        where.append("at >= ?")
        params.append(since)
    if before:
        where.append("at < ?")
        params.append(before)
    # a setting's entry names its key only when it is made: its later changes are named
    # by the key of the record they change
    sql = (
        "SELECT audit_log.*, (SELECT key FROM setting WHERE audit_log.table_name = 'setting'"
        " AND setting.id = audit_log.record_id) AS setting_key FROM audit_log"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    return list(db.query(f"{sql} ORDER BY at DESC, rowid DESC LIMIT ?", [*params, limit]))


def actors(db: Database) -> list[str]:
    return [row[0] for row in db.execute("SELECT DISTINCT actor_name FROM audit_log ORDER BY 1")]


def tables(db: Database) -> list[str]:
    return [row[0] for row in db.execute("SELECT DISTINCT table_name FROM audit_log ORDER BY 1")]


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
