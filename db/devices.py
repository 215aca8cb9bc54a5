"""The devices this database knows (table ``device``): at a center, every enrolled
laptop; at a site, itself once enrolled."""

from sqlite_utils import Database


def get(db: Database, device_id: str) -> dict | None:
    return next(db.query("SELECT * FROM device WHERE id = ?", [device_id]), None)


def starting_or_ending_with(db: Database, part: str) -> list[dict]:
    """Devices whose id starts or ends with ``part`` (people type 8 digits of it)."""
    return list(
        db.query(
            "SELECT * FROM device WHERE substr(id, 1, length(?1)) = ?1"
            " OR substr(id, -length(?1)) = ?1",
            [part],
        )
    )


def by_signing_key(db: Database, signing_key: str) -> dict | None:
    return next(db.query("SELECT * FROM device WHERE signing_key = ?", [signing_key]), None)


def with_fin(db: Database, fin: str, status: str) -> list[dict]:
    return list(db.query("SELECT * FROM device WHERE fin = ? AND status = ?", [fin, status]))


def everyone(db: Database) -> list[dict]:
    return list(db.query("SELECT * FROM device ORDER BY site_code, desk_letter, enrolled_at, id"))


def by_key_id(db: Database, key_id: str, status: str) -> dict | None:
    """The device of a signing key id (as the stock minisign prints it) in ``status``."""
    return next(
        db.query("SELECT * FROM device WHERE key_id = ? AND status = ?", [key_id, status]), None
    )


def with_key_id(db: Database, key_id: str) -> dict | None:
    """The device of a signing key id whatever its status (a revoked device's
    certificates are still told apart from invented ones)."""
    return next(db.query("SELECT * FROM device WHERE key_id = ?", [key_id]), None)
