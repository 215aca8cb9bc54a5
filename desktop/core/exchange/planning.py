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
from db import merge as merge_queries
from db import planning as plan_queries
from db.records import Writer
from desktop.core.domain.audit_notes import AuditNote as N
from desktop.core.domain.audit_notes import audit_note
from desktop.core.domain.dates import iso, parse_date
from desktop.core.domain.desk import valid_desk_letter
from desktop.core.domain.number_blocks import suggested_din_block
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.records import Drive
from desktop.core.domain.text import required_reason
from desktop.core.domain.vocabulary import (
    AssignmentStatus,
    BlockKind,
    BlockStatus,
    DeviceStatus,
    DriveStatus,
    InstallationRole,
    StaffRole,
)
from desktop.core.exchange import plan_numbers
from desktop.core.exchange.plan_calendar import (
    CalendarDrive,
    SerialRun,
    calendar,
    is_planned,
    serial_runs,
)
from desktop.core.exchange.versions import Stamp, version_row
from desktop.core.foundation.base_service import Service
from desktop.core.foundation.events import EventBus, Topic
from desktop.core.foundation.session import Session
from desktop.core.stations.drives import DriveForm, DriveService, drive_values, suggest_code

PLANNING = "center plan"  # the source of a planned drive's version the center writes


@dataclass(frozen=True)
class DevicePlan:
    """What the center holds for one device's next package."""

    device: dict  # the device's row as enrolled
    desk_letter: str
    drives: list[dict]  # planned drives it is assigned to, from today on, not closed
    # Every assignment row of those drives, and the device's own withdrawn assignments
    # of drives from today on (so that the laptop knows it no longer works them).
    assignments: list[dict]
    blocks: list[dict]  # its active blocks: DIN blocks of those drives, serial runs
    # Its withdrawn blocks: serial runs, and DIN blocks of those drives and of any drive
    # from today on: a package that carries them tells the laptop to stop using them.
    withdrawn_blocks: list[dict]


def device_plan(db: Database, device: dict, today: dt.date) -> DevicePlan:
    """What ``device``'s next package carries (see ``DevicePlan``), read on ``db`` (the
    package is written on a connection and snapshot of its own)."""
    since = iso(today)
    drives = plan_queries.drives_assigned(
        db, device["id"], AssignmentStatus.ASSIGNED, since, DriveStatus.CLOSED
    )
    carried = {drive["id"] for drive in drives}
    active = [
        block
        for block in plan_queries.blocks_of(db, device["id"], BlockStatus.ACTIVE)
        if block["kind"] == BlockKind.SERIAL or block["drive_id"] in carried
    ]
    withdrawn = plan_queries.blocks_of(db, device["id"], BlockStatus.WITHDRAWN)
    coming = plan_queries.dated_since(db, {b["drive_id"] for b in withdrawn} - {None}, since)
    withdrawn = [b for b in withdrawn if b["kind"] == BlockKind.SERIAL or b["drive_id"] in coming]
    withdrawn_from = plan_queries.assignments_since(
        db, device["id"], AssignmentStatus.WITHDRAWN, since
    )
    assignments = plan_queries.assignments_of(db, sorted(carried))
    assignments += [row for row in withdrawn_from if row["drive_id"] not in carried]
    return DevicePlan(
        device=device,
        desk_letter=device["desk_letter"],
        drives=drives,
        assignments=assignments,
        blocks=active,
        withdrawn_blocks=withdrawn,
    )


class PlanningService(Service):
    def __init__(self, db: Database, bus: EventBus, session: Session, drives: DriveService):
        super().__init__(db, bus, session)
        self.drives = drives

    # -- reading --------------------------------------------------------------------------

    def for_device(self, device_id: str, today: dt.date | None = None) -> DevicePlan:
        """What ``device_id``'s next package carries (``device_plan``)."""
        self._require_center()
        return device_plan(self.db, self._known_device(device_id), today or dt.date.today())

    def calendar(self, first: dt.date, last: dt.date) -> list[CalendarDrive]:
        """Every drive dated ``first`` to ``last``, planned here or made at a site, with
        its devices, their DIN blocks and the units collected so far."""
        self._require_center()
        return calendar(self.db, first, last)

    def assignable_devices(self) -> list[dict]:
        """The devices a drive may be planned for (the active ones), by site and letter."""
        self._require_center()
        return [d for d in device_queries.everyone(self.db) if d["status"] == DeviceStatus.ACTIVE]

    def serial_runs(self, device_id: str) -> list[SerialRun]:
        """The device's runs of certificate form serials, active ones first."""
        self._require_center()
        return serial_runs(self.db, self._known_device(device_id)["id"])

    def suggested_code(self, day: dt.date) -> str:
        """A code for a new planned drive (``HM261124``; site laptops end theirs with
        their desk letter, so they never suggest the same)."""
        return suggest_code(day, {drive.code for drive in self.drives.all()}, "")

    # -- planning drives ------------------------------------------------------------------

    def validate(self, form: DriveForm, *, editing: str | None = None) -> list[Problem]:
        """What is wrong with a planned drive's form as it stands (nothing saved): a
        site's drive form's checks, and a date from today on. ``editing``: the id of
        the drive it changes."""
        return self.drives.validate(form, editing=editing) + _date_problems(form)

    def plan(self, form: DriveForm, devices: list[str]) -> Drive:
        """A new drive, worked by ``devices`` (each gets its DIN block for it)."""
        self.session.require(StaffRole.CENTER)
        self._require_center()
        if problems := self.validate(form):
            raise UserError(*problems)
        chosen = [self._active_device(device_id) for device_id in dict.fromkeys(devices)]
        with self.all_or_nothing() as w:
            drive = self.drives.plan(form)
            row = w.get("drive", drive.id)
            for device in chosen:
                self._assign(w, row, device)
        self.bus.publish(Topic.DRIVES)
        return drive

    def assign(self, drive_id: str, device_id: str) -> dict:
        """Device ``device_id`` works the planned drive; returns its DIN block for it,
        carved now. A device withdrawn earlier, or whose block was withdrawn, gets a new
        block (never the old numbers: the laptop may have used some)."""
        self.session.require(StaffRole.CENTER)
        self._require_center()
        with self.all_or_nothing() as w:
            drive = self._changeable(drive_id)
            device = self._active_device(device_id)
            held = plan_queries.assignment(self.db, drive_id, device["id"])
            assigned = held is not None and held["status"] == AssignmentStatus.ASSIGNED
            if assigned and plan_numbers.active_din_block(w, drive, device) is not None:
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

    def edit(self, drive_id: str, form: DriveForm) -> Drive:
        """Change a planned drive (checked as a new one, keeping its own code). Moved to
        another year, its devices' DIN blocks are withdrawn and carved again in the
        new year's sequence, of the same sizes."""
        self.session.require(StaffRole.CENTER)
        self._require_center()
        with self.all_or_nothing() as w:
            drive = self._changeable(drive_id)
            if problems := self.validate(form, editing=drive_id):
                raise UserError(*problems)
            row = w.update("drive", drive_id, drive_values(form), note=audit_note(N.PLAN_EDITED))
            if row["change_seq"] == drive["change_seq"]:  # nothing changed
                return Drive.from_row(row)
            if row["drive_date"][:4] != drive["drive_date"][:4]:
                self._move_blocks(w, row)
            _keep_center_version(w, "drive", row)
        self.bus.publish(Topic.DRIVES)
        return Drive.from_row(row)

    def _move_blocks(self, w: Writer, drive: dict) -> None:
        """The drive's active DIN blocks, withdrawn, and carved again in the sequence of
        its new year (a revoked device's only withdrawn)."""
        for block in plan_queries.drive_blocks(self.db, [drive["id"]], BlockKind.DIN):
            if block["status"] != BlockStatus.ACTIVE:
                continue
            device = self._known_device(block["for_device"])
            if device["status"] == DeviceStatus.ACTIVE:
                plan_numbers.move_din_block(w, block, drive, device)
            else:
                plan_numbers.withdraw(w, block, f"drive {drive['code']} moved")

    def withdraw(self, drive_id: str, device_id: str, reason: str) -> None:
        """The device no longer works the drive; its DIN block for it is withdrawn too
        (its numbers are never handed out again)."""
        self.session.require(StaffRole.CENTER)
        self._require_center()
        reason = required_reason(reason)
        with self.all_or_nothing() as w:
            drive = self._changeable(drive_id)
            device = self._known_device(device_id)
            held = plan_queries.assignment(self.db, drive_id, device["id"])
            if held is None or held["status"] != AssignmentStatus.ASSIGNED:
                raise UserError(Problem("plan_not_assigned", _names(device, drive), "device"))
            status = {"status": AssignmentStatus.WITHDRAWN}
            w.update("drive_assignment", held["id"], status, note=reason, action="withdraw")
            if (block := plan_numbers.active_din_block(w, drive, device)) is not None:
                plan_numbers.withdraw(w, block, reason)
        self.bus.publish(Topic.DRIVES)

    def set_desk_letter(self, device_id: str, letter: str) -> dict:
        """The device's queue-number letter, different from every other active device
        of its site's (its next package carries it)."""
        self.session.require(StaffRole.CENTER)
        self._require_center()
        letter = letter.strip().upper()
        if not letter:
            raise UserError(Problem("required", field="desk_letter"))
        if not valid_desk_letter(letter):
            raise UserError(Problem("desk_letter_format", {"value": letter}, "desk_letter"))
        device = self._active_device(device_id)
        holders = plan_queries.letter_holders(
            self.db, device["site_code"], letter, DeviceStatus.ACTIVE
        )
        for other in holders:
            if other["id"] != device["id"]:
                params = {
                    "letter": letter,
                    "name": other["device_name"],
                    "site": other["site_code"],
                }
                raise UserError(Problem("desk_letter_taken", params, "desk_letter"))
        with self.all_or_nothing() as w:
            row = w.update(
                "device", device["id"], {"desk_letter": letter}, note=audit_note(N.DESK_LETTER)
            )
        self.bus.publish(Topic.SETTINGS)
        return row

    # -- number blocks --------------------------------------------------------------------

    def resize_block(self, block_id: str, size: int | str) -> dict:
        """A DIN block of ``size`` numbers, ending where it ends, before any package
        for its device was written (the laptop may hold it then)."""
        self.session.require(StaffRole.CENTER)
        self._require_center()
        with self.all_or_nothing() as w:
            block = self._active_block(block_id)
            if block["kind"] != BlockKind.DIN:
                raise UserError(Problem("plan_block_not_din"))
            self._changeable(block["drive_id"])
            device = self._known_device(block["for_device"])
            if package := plan_queries.package_after(self.db, device["id"], block["created_at"]):
                params = {"number": package["number"], "name": device["device_name"]}
                raise UserError(Problem("plan_block_carried", params, "size"))
            row = plan_numbers.resize_din_block(w, block, device, plan_numbers.block_size(size))
        self.bus.publish(Topic.DRIVES)
        return row

    def allocate_serials(
        self, device_id: str, prefix: str, width: int | str, first: int | str, last: int | str
    ) -> dict:
        """A run of pre-printed certificate forms for the device: ``prefix`` and the
        numbers ``first`` to ``last`` zero-padded to ``width``; refused when it shares a
        form with another active run."""
        self.session.require(StaffRole.CENTER)
        self._require_center()
        run = plan_numbers.checked_serial_run(prefix, width, first, last)
        with self.all_or_nothing() as w:
            device = self._active_device(device_id)
            row = plan_numbers.allocate_serials(w, device, run)
        self.bus.publish(Topic.DRIVES)
        return row

    def withdraw_block(self, block_id: str, reason: str) -> None:
        """A DIN block or serial run no longer to be used (its numbers are never handed
        out again); the reason is recorded."""
        self.session.require(StaffRole.CENTER)
        self._require_center()
        reason = required_reason(reason)
        with self.all_or_nothing() as w:
            plan_numbers.withdraw(w, self._active_block(block_id), reason)
        self.bus.publish(Topic.DRIVES)

    # -- checks ---------------------------------------------------------------------------

    def _active_block(self, block_id: str) -> dict:
        block = plan_queries.block(self.db, block_id)
        if block is None or block["status"] != BlockStatus.ACTIVE:
            raise UserError(Problem("plan_block_withdrawn"))
        return block

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
        assigned = bool(plan_queries.assignments_of(self.db, [drive_id]))
        if not is_planned(drive, installation.device_id(self.db), assigned):
            raise UserError(Problem("plan_not_planned", {"code": drive["code"]}))
        if drive["status"] == DriveStatus.CLOSED:
            raise UserError(Problem("plan_drive_closed", {"code": drive["code"]}))
        if drive["drive_date"] < iso(today or dt.date.today()):
            params = {"code": drive["code"], "date": parse_date(drive["drive_date"])}
            raise UserError(Problem("plan_drive_past", params))
        return drive


def _date_problems(form: DriveForm, today: dt.date | None = None) -> list[Problem]:
    """A planned drive is dated today or later: a package carries no other."""
    day = parse_date(form.drive_date)
    today = today or dt.date.today()
    if day is not None and day < today:
        return [Problem("plan_date_past", {"date": today}, "drive_date")]
    return []


def _keep_center_version(w: Writer, table: str, row: dict) -> None:
    """Once the center merged laptops' versions of a record, its rows are a function of
    those versions: a change made here becomes one of them, based on every version
    held, so the next merge keeps it (a laptop's later change based on an older one
    is a conflict for a person, never a silent loss)."""
    held = plan_queries.version_stamps(w.db, table, row["id"])
    if not held:
        return
    bases = sorted({str(Stamp(v["device_id"], v["change_seq"])) for v in held})
    stamp = Stamp(row["device_id"], row["change_seq"])
    version = version_row(table, row, stamp, bases, source=PLANNING, received_at=w.now)
    merge_queries.add_version(w.db, version)


def _names(device: dict, drive: dict) -> dict:
    return {"name": device["device_name"], "device": device["id"], "code": drive["code"]}
