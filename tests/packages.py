"""Drive packages for the site's installer, as an opened package file hands them over
(``PackageContents``): a registry.csv in the registry CSV format, and the drive,
assignment and number-block rows exactly as the center stores them.

``CenterPlan`` writes those rows in a database of its own through the app's audited
writer, so each row has every column as stored and the origin stamp of that
installation (its device id and change sequence), as rows planned at a center have.
"""

import datetime as dt
import hashlib
from pathlib import Path

from db.records import write_transaction
from desktop.core.domain.vocabulary import AssignmentStatus, BlockKind, BlockStatus
from desktop.core.exchange.package_contents import Acknowledgement, PackageContents, RuleSetPart
from desktop.core.services import Services
from tests.center_sites import drive_form
from tests.factories import write_registry
from tests.people import open_signed_in


class CenterPlan:
    """The center's plan: drives planned, devices assigned, blocks handed out."""

    def __init__(self, path: Path) -> None:
        self.services: Services = open_signed_in(path)
        self.device_id = self.services.db.execute("SELECT device_id FROM installation").fetchone()[
            0
        ]

    def row(self, table: str, row_id: str) -> dict:
        return next(self.services.db.query(f'SELECT * FROM "{table}" WHERE id = ?', [row_id]))

    def drive(self, code: str, day: dt.date) -> dict:
        return self.row("drive", self.services.drives.create(drive_form(code, day)).id)

    def edit(self, table: str, row_id: str, **changes) -> dict:
        with write_transaction(self.services.db, self.services.session.actor) as w:
            w.update(table, row_id, changes)
        return self.row(table, row_id)

    def assign(self, drive: dict, device_id: str) -> dict:
        values = {"drive_id": drive["id"], "for_device": device_id,
                  "status": AssignmentStatus.ASSIGNED}  # fmt: skip
        return self._insert("drive_assignment", values)

    def din_block(self, drive: dict, device_id: str, fin: str, first: int, last: int) -> dict:
        year = dt.date.fromisoformat(drive["drive_date"]).year
        values = {"kind": BlockKind.DIN, "for_device": device_id, "drive_id": drive["id"],
                  "fin": fin, "year": year, "first": first, "last": last,
                  "status": BlockStatus.ACTIVE}  # fmt: skip
        return self._insert("number_block", values)

    def serial_run(self, device_id: str, prefix: str, width: int, first: int, last: int) -> dict:
        values = {"kind": BlockKind.SERIAL, "for_device": device_id, "prefix": prefix,
                  "width": width, "first": first, "last": last,
                  "status": BlockStatus.ACTIVE}  # fmt: skip
        return self._insert("number_block", values)

    def _insert(self, table: str, values: dict) -> dict:
        with write_transaction(self.services.db, self.services.session.actor) as w:
            row = w.insert(table, values)
        return self.row(table, row["id"])

    def close(self) -> None:
        self.services.close()


def package(
    folder: Path,
    device_id: str,
    number: int,
    *,
    registry: list[dict[str, str]] | None = None,
    drives: list[dict] = (),
    assignments: list[dict] = (),
    blocks: list[dict] = (),
    rule_set: RuleSetPart | None = None,
    acknowledgements: list[Acknowledgement] = (),
    desk_letter: str = "",
    variant: str = "",
) -> PackageContents:
    """An opened package numbered ``number`` for ``device_id``; its registry.csv (with
    the ``donor_id`` column) is written to a folder of its own. ``variant`` makes
    another file of the same number (another SHA-256)."""
    name = f"HN01-{device_id.replace('-', '')[-8:]}-package-{number:05d}.hmtn.age"
    path = None
    if registry is not None:
        folder = folder / f"package-{number}{variant}"
        folder.mkdir(parents=True, exist_ok=True)
        path = write_registry_lines(folder / "registry.csv", registry)
    sha = hashlib.sha256(f"{name} {variant} {len(registry or [])}".encode()).hexdigest()
    return PackageContents(
        file_name=name, sha256=sha, number=number, device_id=device_id, site_code="HN01",
        made_at="2026-11-20T02:00:00.000000Z", center_key_id="ABCDEF0123456789",
        desk_letter=desk_letter, registry_path=path, registry_rows=len(registry or []),
        rule_set=rule_set, drives=list(drives), assignments=list(assignments),
        blocks=list(blocks), acknowledgements=list(acknowledgements),
    )  # fmt: skip


def write_registry_lines(path: Path, rows: list[dict[str, str]]) -> Path:
    from desktop.core.registry.reader import COLUMNS

    return write_registry(path, rows, [*COLUMNS, "donor_id"])


def rule_set_part(text: str, cases: str = "") -> RuleSetPart:
    import tomllib

    version = tomllib.loads(text)["version"]
    return RuleSetPart(version, hashlib.sha256(text.encode()).hexdigest(), text, cases)


def database_rows(services: Services, leave_out: tuple[str, ...] = ()) -> dict[str, list]:
    """Every row of every table (but ``leave_out``), sorted: the database as it is."""
    db = services.db
    names = [
        name
        for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE 'donor_name_fts_%' ORDER BY name"
        )
        if name not in leave_out
    ]
    return {name: sorted(db.execute(_ALL_ROWS.get(name, f'SELECT * FROM "{name}"')).fetchall(),
                         key=repr)
            for name in names}  # fmt: skip


# Signing in to look (the tests' own, and each command's) is recorded, and takes a change
# number: it is no change of the records.
_ALL_ROWS = {
    "audit_log": "SELECT * FROM audit_log WHERE table_name NOT IN ('staff_login', 'key_file')",
    "installation": "SELECT id, created_at, device_id, incarnation, epoch, role, site_code,"
    " device_name FROM installation",
    "setting": "SELECT * FROM setting WHERE key <> 'last_operator'",
}
