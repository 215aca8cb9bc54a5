"""Staff queries: people and the roles they hold (table ``staff_role``)."""

import json
import uuid
from collections.abc import Iterable

from sqlite_utils import Database

# A role row's id is made from the person and the role, so that two databases deriving
# the same row (the migration at a site and at the center) agree on it.
_ROLE_IDS = uuid.UUID("6f1b0c2e-8a57-4d0e-9a43-2b7c1f6e5d10")

_WITH_ROLES = (
    "SELECT s.*, (SELECT json_group_array(r.role) FROM staff_role r"
    " WHERE r.staff_id = s.id AND r.active = 1) AS roles FROM staff s"
)


def role_id(staff_id: str, role: str) -> str:
    return str(uuid.uuid5(_ROLE_IDS, f"{staff_id}/{role}"))


def active_staff(db: Database) -> list[dict]:
    return list(db.query(f"{_WITH_ROLES} WHERE s.active = 1 ORDER BY s.full_name"))


def all_staff(db: Database) -> list[dict]:
    """Everyone, the active first (nobody is ever deleted)."""
    return list(db.query(f"{_WITH_ROLES} ORDER BY s.active DESC, s.full_name"))


def get(db: Database, staff_id: str) -> dict | None:
    return next(db.query(f"{_WITH_ROLES} WHERE s.id = ?", [staff_id]), None)


def role_rows(db: Database, staff_id: str) -> dict[str, dict]:
    """Every role row of a person (held or taken away), by role."""
    return {
        row["role"]: row
        for row in db.query("SELECT * FROM staff_role WHERE staff_id = ?", [staff_id])
    }


def holders(db: Database, roles: Iterable[str]) -> list[dict]:
    """The active people holding any of ``roles``, by name."""
    return list(
        db.query(
            f"{_WITH_ROLES} WHERE s.active = 1 AND EXISTS (SELECT 1 FROM staff_role r"
            " WHERE r.staff_id = s.id AND r.active = 1"
            " AND r.role IN (SELECT value FROM json_each(?))) ORDER BY s.full_name",
            [json.dumps(sorted(roles))],
        )
    )
