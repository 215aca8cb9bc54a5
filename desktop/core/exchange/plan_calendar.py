"""The center's drive calendar as its window reads it: every drive of a period, planned
at the center or made by a laptop (an emergency call-out, seen once the laptop's export
was merged), with the devices that work it, their DIN blocks and the units collected.
"""

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from db import devices as device_queries
from db import installation
from db import planning as plan_queries
from desktop.core.domain.dates import iso
from desktop.core.domain.desk import din_block_text
from desktop.core.domain.number_blocks import Span, serial_text
from desktop.core.domain.records import Drive
from desktop.core.domain.vocabulary import (
    AssignmentStatus,
    BlockKind,
    BlockStatus,
    DonationOutcome,
)


@dataclass(frozen=True)
class DinBlock:
    id: str
    fin: str
    year: int
    first: int
    last: int
    carried: bool  # a package for its device was written since it was made: fixed

    @property
    def size(self) -> int:
        return Span(self.first, self.last).count

    @property
    def text(self) -> str:
        """``A1001 2026 038087–038461``: the FIN, the year and the sequence numbers."""
        return f"{self.fin} {self.year} {din_block_text(self.first, self.last)}"


@dataclass(frozen=True)
class DriveDevice:
    """A device at a drive: assigned to it (or withdrawn), or the laptop that made an
    unplanned drive (``status`` None)."""

    device_id: str
    name: str  # "" for a device the center has not enrolled
    site_code: str
    desk_letter: str
    status: AssignmentStatus | None
    block: DinBlock | None  # its active DIN block for the drive

    @property
    def id(self) -> str:
        return self.device_id

    @property
    def assigned(self) -> bool:
        return self.status == AssignmentStatus.ASSIGNED


@dataclass(frozen=True)
class CalendarDrive:
    drive: Drive
    planned: bool  # planned at the center; else made by a laptop and merged
    devices: tuple[DriveDevice, ...]
    collected: int  # complete units the center holds for it
    changeable: bool  # its plan may still change: planned, open, from today on

    @property
    def id(self) -> str:
        return self.drive.id

    @property
    def target(self) -> int:
        return self.drive.target_units

    @property
    def assigned(self) -> tuple[DriveDevice, ...]:
        return tuple(d for d in self.devices if d.assigned)


@dataclass(frozen=True)
class SerialRun:
    id: str
    prefix: str
    width: int
    first: int
    last: int
    status: BlockStatus

    @property
    def count(self) -> int:
        return Span(self.first, self.last).count

    @property
    def first_serial(self) -> str:
        return serial_text(self.prefix, self.width, self.first)

    @property
    def last_serial(self) -> str:
        return serial_text(self.prefix, self.width, self.last)


def calendar(
    db: Database, first: dt.date, last: dt.date, today: dt.date | None = None
) -> list[CalendarDrive]:
    drives = plan_queries.drives_between(db, iso(first), iso(last))
    ids = [drive["id"] for drive in drives]
    center = installation.device_id(db)
    devices = {row["id"]: row for row in device_queries.everyone(db)}
    assignments: dict[str, list[dict]] = {}
    for row in plan_queries.assignments_of(db, ids):
        assignments.setdefault(row["drive_id"], []).append(row)
    blocks: dict[tuple[str, str], DinBlock] = {}
    for row in plan_queries.drive_blocks(db, ids, BlockKind.DIN):
        if row["status"] == BlockStatus.ACTIVE:
            carried = plan_queries.package_after(db, row["for_device"], row["created_at"])
            blocks[row["drive_id"], row["for_device"]] = _din_block(row, carried is not None)
    collected = plan_queries.units_collected(db, ids, DonationOutcome.COMPLETE)
    today = today or dt.date.today()
    found = []
    for row in drives:
        held = assignments.get(row["id"], [])
        planned = is_planned(row, center, bool(held))
        if planned:
            at = [
                _device(devices, a["for_device"], AssignmentStatus(a["status"]), blocks.get(
                    (row["id"], a["for_device"])))
                for a in held
            ]  # fmt: skip
            at.sort(key=lambda d: (not d.assigned, d.site_code, d.desk_letter, d.name))
        else:
            at = [_device(devices, row["device_id"], None, None)]
        drive = Drive.from_row(row)
        changeable = may_change(drive, planned, today)
        found.append(
            CalendarDrive(drive, planned, tuple(at), collected.get(drive.id, 0), changeable)
        )
    return found


def is_planned(drive: dict, center_device: str, has_assignments: bool) -> bool:
    """A drive the center planned: its row carries the center's stamp, or devices were
    assigned to it (a laptop's change to a planned drive, once merged, carries the
    laptop's stamp)."""
    return drive["device_id"] == center_device or has_assignments


def may_change(drive: Drive, planned: bool, today: dt.date) -> bool:
    """A drive's plan may change while a package can still carry it: planned here,
    open, dated today or later."""
    return planned and drive.is_open and drive.drive_date >= today


def serial_runs(db: Database, device_id: str) -> list[SerialRun]:
    rows = [
        row
        for status in BlockStatus
        for row in plan_queries.blocks_of(db, device_id, status)
        if row["kind"] == BlockKind.SERIAL
    ]
    return [
        SerialRun(r["id"], r["prefix"], r["width"], r["first"], r["last"], BlockStatus(r["status"]))
        for r in rows
    ]


def _din_block(row: dict, carried: bool) -> DinBlock:
    return DinBlock(row["id"], row["fin"], row["year"], row["first"], row["last"], carried)


def _device(
    devices: dict[str, dict],
    device_id: str,
    status: AssignmentStatus | None,
    block: DinBlock | None,
) -> DriveDevice:
    row = devices.get(device_id)
    if row is None:
        return DriveDevice(device_id, "", "", "", status, block)
    return DriveDevice(
        device_id, row["device_name"], row["site_code"], row["desk_letter"], status, block
    )
