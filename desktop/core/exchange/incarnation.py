"""Incarnations: a laptop restored from a backup must never reuse a (device, change
sequence) it already exported.

After every successful export a marker outside the database records what was exported
(``<data dir>/devices/<device id>.json``, the data dir being
``platformdirs.user_data_dir("hmtn")`` or ``$HMTN_DATA_DIR``). Before the next export,
a database behind its own marker (same epoch or older, and another incarnation or
fewer change numbers than were exported) is a restored copy: it starts a new
incarnation whose epoch is above both, so its change numbers
(``epoch * 10**12 + n``) are new, and its export numbers continue after the marker's.
"""

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

import platformdirs
from sqlite_utils import Database

from db import installation
from db.records import Actor, write_transaction
from db.stamps import new_id
from desktop.core.domain.audit_notes import AuditNote as N
from desktop.core.domain.audit_notes import audit_note
from desktop.core.exchange.durable import replace_atomically

DATA_DIR_ENV = "HMTN_DATA_DIR"
NEW_INCARNATION = "new_incarnation"  # its audit action


@dataclass(frozen=True)
class Marker:
    """What the last successful export of a device recorded outside its database."""

    incarnation: str
    epoch: int
    exported_through_seq: int
    export_number: int


@dataclass(frozen=True)
class RestoreCheck:
    """What ``check_restored`` found: whether the database was a restored copy (it now
    has a new incarnation), and the lowest export number the next export may take."""

    restored: bool
    incarnation: str
    epoch: int
    first_export_number: int


def data_dir(override: Path | None = None) -> Path:
    if override is not None:
        return Path(override)
    if value := os.environ.get(DATA_DIR_ENV):
        return Path(value)
    return Path(platformdirs.user_data_dir("hmtn", appauthor=False))


def marker_path(device_id: str, folder: Path | None = None) -> Path:
    return data_dir(folder) / "devices" / f"{device_id}.json"


def read_marker(device_id: str, folder: Path | None = None) -> Marker | None:
    """The device's marker; None if there is none (or it cannot be read: the next
    export writes it again)."""
    try:
        values = json.loads(marker_path(device_id, folder).read_text(encoding="utf-8"))
        return Marker(
            str(values["incarnation"]),
            int(values["epoch"]),
            int(values["exported_through_seq"]),
            int(values["export_number"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_restored(row: dict, marker: Marker | None) -> bool:
    """The database (its installation row) is a copy older than what it exported."""
    if marker is None or marker.epoch < row["epoch"]:
        return False
    return (
        marker.incarnation != row["incarnation"]
        or marker.exported_through_seq > row["last_change_seq"]
    )


def new_incarnation(db: Database, actor: Actor, note: str, *, above_epoch: int = 0) -> dict:
    """Start a new incarnation (audited): a new id and an epoch above the database's and
    ``above_epoch``, its change sequence at the start of that epoch. Returns the
    installation row."""
    with write_transaction(db, actor) as w:
        row = installation.current(db)
        epoch = max(row["epoch"], above_epoch) + 1
        installation.start_epoch(db, epoch)
        w.update(
            "installation",
            row["id"],
            {"incarnation": new_id(), "epoch": epoch},
            note=note,
            action=NEW_INCARNATION,
        )
    return installation.current(db)


def check_restored(db: Database, actor: Actor, *, folder: Path | None = None) -> RestoreCheck:
    """Before an export: a restored copy gets a new incarnation (audited); the export
    numbers continue after the last one this device wrote."""
    row = installation.current(db)
    marker = read_marker(row["device_id"], folder)
    restored = is_restored(row, marker)
    if restored:
        assert marker is not None
        note = audit_note(
            N.RESTORED_COPY_MARKER, through=marker.exported_through_seq,
            incarnation=marker.incarnation, epoch=marker.epoch, export=marker.export_number,
        )  # fmt: skip
        row = new_incarnation(db, actor, note, above_epoch=marker.epoch)
    first = marker.export_number + 1 if marker else 1
    return RestoreCheck(restored, row["incarnation"], row["epoch"], first)


def record_export(
    db: Database, exported_through_seq: int, export_number: int, *, folder: Path | None = None
) -> Path:
    """After a successful export: write the device's marker (atomically)."""
    row = installation.current(db)
    marker = Marker(row["incarnation"], row["epoch"], exported_through_seq, export_number)
    path = marker_path(row["device_id"], folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    replace_atomically(path, json.dumps(asdict(marker), sort_keys=True, indent=2).encode())
    return path
