"""The number blocks the center hands a device, written inside the caller's audited
transaction: a DIN block per planned drive, carved from the top of the device's
enrolled block (``domain.number_blocks``), and runs of pre-printed certificate serials.
"""

from db import planning as plan_queries
from db.records import Writer
from desktop.core.domain.number_blocks import Span, top_free
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
    held = [
        row
        for row in plan_queries.drive_blocks(w.db, [drive["id"]], BlockKind.DIN)
        if row["for_device"] == device["id"] and row["status"] == BlockStatus.ACTIVE
    ]
    if held:
        return held[0]
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
        note=f"DIN block for drive {drive['code']}",
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
