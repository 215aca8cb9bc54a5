"""The number blocks the center hands a device, written inside the caller's audited
transaction: a DIN block per planned drive, carved from the top of the device's
enrolled block (``domain.number_blocks``), and runs of pre-printed certificate serials.
"""

from dataclasses import dataclass

from db import planning as plan_queries
from db.records import Writer
from desktop.core.domain.audit_notes import AuditNote as N
from desktop.core.domain.audit_notes import audit_note
from desktop.core.domain.number_blocks import (
    SEQUENCE_MAX,
    SERIAL_WIDTH_MAX,
    Span,
    floor_below,
    normalize_prefix,
    serial_text,
    top_free,
    valid_prefix,
)
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.vocabulary import BlockKind, BlockStatus


def enrolled(device: dict) -> Span:
    return Span(device["din_block_first"], device["din_block_last"])


def _taken(w: Writer, device: dict, year: int, leaving_out: str | None = None) -> list[Span]:
    """Every DIN block of the device's FIN and ``year`` inside its enrolled block."""
    block = enrolled(device)
    rows = plan_queries.din_blocks_between(
        w.db, BlockKind.DIN, device["fin"], year, low=block.first, high=block.last
    )
    return [Span(row["first"], row["last"]) for row in rows if row["id"] != leaving_out]


def _used_below(w: Writer, device: dict, year: int, below: int) -> int | None:
    """The highest DIN the center holds under ``below`` in the device's enrolled block."""
    low = device["din_block_first"]
    return plan_queries.highest_din_used(w.db, device["fin"], year % 100, low, below - 1)


def carve_din_block(w: Writer, drive: dict, device: dict, size: int) -> dict:
    """The device's active DIN block for the drive: the one it holds, else ``size``
    numbers carved just below the lowest block of its FIN and the drive's year in its
    enrolled block (and above every DIN the center holds there); UserError when the
    enrolled block has no such room."""
    if (held := active_din_block(w, drive, device)) is not None:
        return held
    year = int(drive["drive_date"][:4])
    block = enrolled(device)
    top = top_free(block, _taken(w, device, year))
    floor = max(block.first, (_used_below(w, device, year, top + 1) or 0) + 1)
    first = top - size + 1
    if first < floor:
        raise UserError(_no_room(device, year, size, Span(floor, top).count))
    return w.insert(
        "number_block",
        {
            "kind": BlockKind.DIN,
            "for_device": device["id"],
            "drive_id": drive["id"],
            "fin": device["fin"],
            "year": year,
            "first": first,
            "last": top,
            "status": BlockStatus.ACTIVE,
        },
        note=audit_note(N.DIN_BLOCK, drive=drive["code"]),
    )


def _no_room(device: dict, year: int, size: int, room: int) -> Problem:
    params = {
        "name": device["device_name"],
        "device": device["id"],
        "fin": device["fin"],
        "year": year,
        "size": size,
        "room": room,
    }
    return Problem("plan_block_no_room", params, "size")


def active_din_block(w: Writer, drive: dict, device: dict) -> dict | None:
    rows = plan_queries.drive_blocks(w.db, [drive["id"]], BlockKind.DIN)
    return next(
        (
            row
            for row in rows
            if row["for_device"] == device["id"] and row["status"] == BlockStatus.ACTIVE
        ),
        None,
    )


def withdraw(w: Writer, block: dict, reason: str) -> dict:
    status = {"status": BlockStatus.WITHDRAWN}
    return w.update("number_block", block["id"], status, note=reason, action="withdraw")


def move_din_block(w: Writer, block: dict, drive: dict, device: dict) -> dict:
    """The drive moved to another year: the block is withdrawn and one of the same size
    carved in the new year's sequence."""
    withdraw(w, block, f"drive {drive['code']} moved to {drive['drive_date'][:4]}")
    return carve_din_block(w, drive, device, Span(block["first"], block["last"]).count)


def block_size(size: int | str) -> int:
    """A block size as typed; UserError unless a whole number from 1 to SEQUENCE_MAX."""
    text = str(size).strip()
    if not text.isdigit() or not 1 <= int(text) <= SEQUENCE_MAX:
        raise UserError(Problem("plan_block_size", {"max": SEQUENCE_MAX}, "size"))
    return int(text)


def resize_din_block(w: Writer, block: dict, device: dict, size: int) -> dict:
    """The block keeps its last number and grows or shrinks below it, never into the
    next block under it nor below a DIN the center holds there."""
    year = block["year"]
    taken = _taken(w, device, year, leaving_out=block["id"])
    used = _used_below(w, device, year, block["first"])
    floor = floor_below(enrolled(device), taken, block["first"], used)
    first = block["last"] - size + 1
    if first < floor:
        raise UserError(_no_room(device, year, size, Span(floor, block["last"]).count))
    return w.update(
        "number_block", block["id"], {"first": first}, note=audit_note(N.BLOCK_RESIZED, size=size)
    )


@dataclass(frozen=True)
class SerialRunForm:
    prefix: str
    width: int
    first: int
    last: int


def checked_serial_run(
    prefix: str, width: int | str, first: int | str, last: int | str
) -> SerialRunForm:
    """A run of form serials as typed, checked (every problem at once)."""
    problems = []
    prefix = normalize_prefix(prefix)
    if not prefix:
        problems.append(Problem("required", field="prefix"))
    elif not valid_prefix(prefix):
        problems.append(Problem("serial_prefix_format", {"value": prefix}, "prefix"))
    width_text = str(width).strip()
    if not width_text.isdigit() or not 1 <= int(width_text) <= SERIAL_WIDTH_MAX:
        problems.append(Problem("serial_width_range", {"max": SERIAL_WIDTH_MAX}, "width"))
        top = None
    else:
        top = 10 ** int(width_text) - 1
    numbers = {}
    for field, value in (("first", first), ("last", last)):
        text = str(value).strip()
        if not text:
            problems.append(Problem("required", field=field))
        elif not text.isdigit() or (top is not None and int(text) > top):
            largest = top if top is not None else 10**SERIAL_WIDTH_MAX - 1
            problems.append(Problem("serial_number_range", {"max": largest}, field))
        else:
            numbers[field] = int(text)
    if len(numbers) == 2 and numbers["first"] > numbers["last"]:
        problems.append(Problem("serial_run_order", field="last"))
    if problems:
        raise UserError(*problems)
    return SerialRunForm(prefix, int(width_text), numbers["first"], numbers["last"])


def allocate_serials(w: Writer, device: dict, run: SerialRunForm) -> dict:
    """The run for the device, unless another active run of the prefix holds one of
    its forms (whichever device holds it)."""
    overlapping = plan_queries.serial_runs_overlapping(
        w.db, BlockKind.SERIAL, BlockStatus.ACTIVE, run.prefix, first=run.first, last=run.last
    )
    if overlapping:
        other = overlapping[0]
        holder = plan_queries.device_name(w.db, other["for_device"])
        params = {
            "first": serial_text(other["prefix"], other["width"], other["first"]),
            "last": serial_text(other["prefix"], other["width"], other["last"]),
            "name": holder,
        }
        raise UserError(Problem("serial_run_overlap", params, "first"))
    return w.insert(
        "number_block",
        {
            "kind": BlockKind.SERIAL,
            "for_device": device["id"],
            "prefix": run.prefix,
            "width": run.width,
            "first": run.first,
            "last": run.last,
            "status": BlockStatus.ACTIVE,
        },
        note=audit_note(N.CERTIFICATE_SERIALS),
    )
