"""The center plans drives: which devices work each one and the numbers they take.

A planned drive is a ``drive`` row the center writes; it travels in a drive package to
every device assigned to it (``drive_assignment``), so all laptops of one drive share
one record. Each assignment carves the device's DIN block for the drive from its
enrolled block (``plan_numbers``). Everything a device's next package carries is
``for_device``; the calendar of every drive, planned or not, is ``plan_calendar``.
"""

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from db import devices as device_queries
from db import drives as drive_queries
from db import installation
from db import planning as plan_queries
from db.records import Writer
from desktop.core.domain.dates import iso, parse_date
from desktop.core.domain.number_blocks import suggested_din_block
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.records import Drive
from desktop.core.domain.vocabulary import (
    AssignmentStatus,
    BlockKind,
    BlockStatus,
    DeviceStatus,
    DriveStatus,
    InstallationRole,
)
from desktop.core.exchange import plan_numbers
from desktop.core.foundation.base_service import Service
from desktop.core.foundation.events import EventBus, Topic
from desktop.core.foundation.session import Session
from desktop.core.stations.drives import DriveForm, DriveService, suggest_code


@dataclass(frozen=True)
class DevicePlan:
    """What the center holds for one device's next package."""

    device: dict  # the device's row as enrolled
    desk_letter: str
    drives: list[dict]  # planned drives it is assigned to, from today on, not closed
    assignments: list[dict]  # every assignment row of those drives
    blocks: list[dict]  # its active blocks: DIN blocks of those drives, serial runs
    withdrawn_blocks: list[dict]  # its withdrawn DIN blocks of those drives and serial
    # runs: a package that carries them tells the laptop to stop using them


class PlanningService(Service):
    def __init__(self, db: Database, bus: EventBus, session: Session, drives: DriveService):
        super().__init__(db, bus, session)
        self.drives = drives

    # -- reading --------------------------------------------------------------------------

    def for_device(self, device_id: str, today: dt.date | None = None) -> DevicePlan:
        """The planned drives ``device_id`` is assigned to, dated ``today`` or later and
        not closed (rows as stored), their assignments, its blocks and its desk letter."""
        self._require_center()
        device = self._known_device(device_id)
        since = iso(today or dt.date.today())
        drives = plan_queries.drives_assigned(
            self.db, device["id"], AssignmentStatus.ASSIGNED, since, DriveStatus.CLOSED
        )
        drive_ids = {drive["id"] for drive in drives}
        kept: dict[str, list[dict]] = {status: [] for status in BlockStatus}
        for status in BlockStatus:
            for block in plan_queries.blocks_of(self.db, device["id"], status):
                if block["kind"] == BlockKind.SERIAL or block["drive_id"] in drive_ids:
                    kept[status].append(block)
        return DevicePlan(
            device=device,
            desk_letter=device["desk_letter"],
            drives=drives,
            assignments=plan_queries.assignments_of(self.db, sorted(drive_ids)),
            blocks=kept[BlockStatus.ACTIVE],
            withdrawn_blocks=kept[BlockStatus.WITHDRAWN],
        )

    def suggested_code(self, day: dt.date) -> str:
        """A code for a new planned drive (``HM261124``; site laptops end theirs with
        their desk letter, so they never suggest the same)."""
        return suggest_code(day, {drive.code for drive in self.drives.all()}, "")

    # -- planning drives ------------------------------------------------------------------

    def plan(self, form: DriveForm, devices: list[str]) -> Drive:
        """A new drive, worked by ``devices`` (each gets its DIN block for it)."""
        self._require_center()
        problems = self.drives.validate(form) + _date_problems(form)
        if problems:
            raise UserError(*problems)
        chosen = [self._active_device(device_id) for device_id in dict.fromkeys(devices)]
        with self.all_or_nothing() as w:
            drive = self.drives.create(form)
            row = w.get("drive", drive.id)
            for device in chosen:
                self._assign(w, row, device)
        self.bus.publish(Topic.DRIVES)
        return drive

    def assign(self, drive_id: str, device_id: str) -> dict:
        """Device ``device_id`` works the planned drive; returns its DIN block for it
        (carved now, or the one it holds). A device withdrawn earlier comes back with a
        new block."""
        self._require_center()
        with self.all_or_nothing() as w:
            drive = self._changeable(drive_id)
            device = self._active_device(device_id)
            held = plan_queries.assignment(self.db, drive_id, device["id"])
            if held is not None and held["status"] == AssignmentStatus.ASSIGNED:
                raise UserError(Problem("plan_already_assigned", _names(device, drive), "device"))
            block = self._assign(w, drive, device)
        self.bus.publish(Topic.DRIVES)
        return block

    def _assign(self, w: Writer, drive: dict, device: dict) -> dict:
        held = plan_queries.assignment(self.db, drive["id"], device["id"])
        if held is None:
            w.insert(
                "drive_assignment",
                {
                    "drive_id": drive["id"],
                    "for_device": device["id"],
                    "status": AssignmentStatus.ASSIGNED,
                },
            )
        elif held["status"] != AssignmentStatus.ASSIGNED:
            w.update("drive_assignment", held["id"], {"status": AssignmentStatus.ASSIGNED})
        size = suggested_din_block(drive["target_units"])
        return plan_numbers.carve_din_block(w, drive, device, size)

    # -- checks ---------------------------------------------------------------------------

    def _require_center(self) -> None:
        if installation.current(self.db)["role"] != InstallationRole.CENTER:
            raise UserError(Problem("not_center"))

    def _known_device(self, device_id: str) -> dict:
        device = device_queries.get(self.db, device_id)
        if device is None:
            raise UserError(Problem("device_unknown", {"device": device_id}, "device"))
        return device

    def _active_device(self, device_id: str) -> dict:
        device = self._known_device(device_id)
        if device["status"] != DeviceStatus.ACTIVE:
            params = {"device": device["id"], "name": device["device_name"]}
            raise UserError(Problem("plan_device_revoked", params, "device"))
        return device

    def _changeable(self, drive_id: str, today: dt.date | None = None) -> dict:
        """The planned drive as stored, if its plan may still change: open, dated today
        or later (packages carry no other)."""
        drive = drive_queries.get(self.db, drive_id)
        if drive is None:
            raise UserError(Problem("drive_not_found", {"code": drive_id}))
        if not is_planned(self.db, drive):
            raise UserError(Problem("plan_not_planned", {"code": drive["code"]}))
        if drive["status"] == DriveStatus.CLOSED:
            raise UserError(Problem("plan_drive_closed", {"code": drive["code"]}))
        if drive["drive_date"] < iso(today or dt.date.today()):
            params = {"code": drive["code"], "date": parse_date(drive["drive_date"])}
            raise UserError(Problem("plan_drive_past", params))
        return drive


def is_planned(db: Database, drive: dict) -> bool:
    """A drive the center planned: its row carries the center's stamp, or devices were
    assigned to it (a laptop's change to a planned drive, once merged, carries the
    laptop's stamp)."""
    if drive["device_id"] == installation.device_id(db):
        return True
    return bool(plan_queries.assignments_of(db, [drive["id"]]))


def _date_problems(form: DriveForm, today: dt.date | None = None) -> list[Problem]:
    """A planned drive is dated today or later: a package carries no other."""
    day = parse_date(form.drive_date)
    today = today or dt.date.today()
    if day is not None and day < today:
        return [Problem("plan_date_past", {"date": today}, "drive_date")]
    return []


def _names(device: dict, drive: dict) -> dict:
    return {"name": device["device_name"], "device": device["id"], "code": drive["code"]}
