"""The drive packages installed at a site (table ``package_install``): one row each,
written in the package's own transaction. The row is bookkeeping, like the center's
``center_import``: its audit entry names it."""

import json

from sqlite_utils import Database


def by_number(db: Database, number: int) -> dict | None:
    return next(db.query("SELECT * FROM package_install WHERE number = ?", [number]), None)


def highest(db: Database) -> dict | None:
    """The package installed last (the highest number)."""
    return next(db.query("SELECT * FROM package_install ORDER BY number DESC LIMIT 1"), None)


def record(db: Database, values: dict) -> None:
    row = {**values, "counts": json.dumps(values["counts"], sort_keys=True)}
    names = ", ".join(f'"{c}"' for c in row)
    marks = ", ".join("?" for _ in row)
    db.execute(f"INSERT INTO package_install ({names}) VALUES ({marks})", list(row.values()))


def acknowledging(db: Database, incarnation: str, seq: int) -> dict | None:
    """The latest installed package whose acknowledgement of ``incarnation`` reached
    ``seq``."""
    return next(
        db.query(
            "SELECT * FROM package_install WHERE acknowledged_incarnation = ?"
            " AND acknowledged_seq = ? ORDER BY number DESC LIMIT 1",
            [incarnation, seq],
        ),
        None,
    )
