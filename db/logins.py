"""Sign-in records of the staff (table ``staff_login``): written without the audit
trail's values and never exported; the service logs an event for each change."""

from sqlite_utils import Database

from db.stamps import utc_now


def by_user(db: Database, user_key: str) -> dict | None:
    return next(db.query("SELECT * FROM staff_login WHERE user_key = ?", [user_key]), None)


def of_staff(db: Database, staff_id: str) -> dict | None:
    return next(db.query("SELECT * FROM staff_login WHERE staff_id = ?", [staff_id]), None)


def user_names(db: Database) -> dict[str, str]:
    """staff id -> user name, for everyone who has one."""
    return {row[0]: row[1] for row in db.execute("SELECT staff_id, user_name FROM staff_login")}


def with_pin(db: Database) -> set[str]:
    """The staff ids of those who have a PIN (never the hashes)."""
    rows = db.execute("SELECT staff_id FROM staff_login WHERE pin_hash IS NOT NULL")
    return {row[0] for row in rows}


def count(db: Database) -> int:
    return db.execute("SELECT count(*) FROM staff_login").fetchone()[0]


def set_user(db: Database, staff_id: str, user_name: str, user_key: str) -> None:
    """Give ``staff_id`` the user name (keeping their PIN); inside the caller's
    transaction."""
    now = utc_now()
    db.execute(
        "INSERT INTO staff_login (staff_id, user_name, user_key, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (staff_id) DO UPDATE SET"
        " user_name = excluded.user_name, user_key = excluded.user_key,"
        " updated_at = excluded.updated_at",
        [staff_id, user_name, user_key, now, now],
    )


def set_pin(db: Database, staff_id: str, pin_hash: str | None) -> None:
    db.execute(
        "UPDATE staff_login SET pin_hash = ?, pin_failures = 0, pin_failed_at = NULL,"
        " updated_at = ? WHERE staff_id = ?",
        [pin_hash, utc_now(), staff_id],
    )


def pin_failed(db: Database, staff_id: str, at: str) -> None:
    db.execute(
        "UPDATE staff_login SET pin_failures = pin_failures + 1, pin_failed_at = ?"
        " WHERE staff_id = ?",
        [at, staff_id],
    )


def pin_succeeded(db: Database, staff_id: str) -> None:
    db.execute(
        "UPDATE staff_login SET pin_failures = 0, pin_failed_at = NULL WHERE staff_id = ?",
        [staff_id],
    )
