"""Keys of this installation. Written without the audit trail and never exported."""

from sqlite_utils import Database

from db.stamps import utc_now


def get(db: Database, name: str) -> str | None:
    row = db.execute("SELECT value FROM secret WHERE name = ?", [name]).fetchone()
    return row[0] if row else None


def create_if_missing(db: Database, name: str, value: str) -> None:
    """Store ``value`` under ``name`` unless a secret of that name exists."""
    with db.atomic():
        db.execute(
            "INSERT OR IGNORE INTO secret (name, value, created_at) VALUES (?, ?, ?)",
            [name, value, utc_now()],
        )
