"""What the center notices about laptop clocks and numbers: it reports, it never
reorders.

Versions are ordered by device sequence only; a time outside the drive's day, or later
than the import, is a flag in the report and in ``merge_flag`` for a person to read. So
is a DIN outside the block of the site's sequence its device was enrolled with (the
laptop's allocation never leaves its block: a DIN outside it may collide with another
desk's).
"""

import datetime as dt

from desktop.core.domain.isbt128 import split_number
from desktop.core.domain.vocabulary import FlagKind

VIETNAM = dt.timezone(dt.timedelta(hours=7))  # the drives' own clock (no daylight saving)
TIMESTAMPS = ("created_at", "updated_at", "started_at", "ended_at", "checked_in_at",
              "decided_at", "printed_at", "questionnaire_at", "closed_at")  # fmt: skip


def future_flags(table: str, content: dict, now: str) -> list[tuple[str, str, str, dict]]:
    """A flag when one of the version's times is later than the import."""
    limit = _moment(now)
    later = {}
    for column in TIMESTAMPS:
        value = content.get(column)
        moment = _moment(value) if isinstance(value, str) else None
        if moment is not None and limit is not None and moment > limit:
            later[column] = value
    if not later:
        return []
    return [(table, content["id"], FlagKind.FUTURE_TIMESTAMP, later)]


def din_block_flags(
    table: str, content: dict, device: dict | None
) -> list[tuple[str, str, str, dict]]:
    """A flag when a DIN (a ``din`` record, or a donation's DIN) written by ``device``
    (its enrolment: FIN and block) is not of its FIN or lies outside its block."""
    if device is None:  # the registry, or the center itself
        return []
    if table == "din":
        fin, sequence = content.get("fin"), content.get("sequence")
    elif table == "donation" and isinstance(content.get("din"), str):
        parts = split_number(content["din"])
        fin, sequence = (parts[0], parts[2]) if parts else (None, None)
    else:
        return []
    if fin is None or sequence is None:
        return []
    first, last = device["din_block_first"], device["din_block_last"]
    if fin == device["fin"] and first <= int(sequence) <= last:
        return []
    detail = {"fin": fin, "sequence": int(sequence), "device": device["id"],
              "device_fin": device["fin"], "block": [first, last]}  # fmt: skip
    return [(table, content["id"], FlagKind.DIN_OUTSIDE_BLOCK, detail)]


def outside_drive_day(donations: list[dict]) -> dict[str, tuple[str, dict]]:
    """donation id -> its flag, for the collection times not on its drive's day."""
    flagged = {}
    for donation in donations:
        if not donation["drive_date"]:
            continue
        off = {
            column: donation[column]
            for column in ("started_at", "ended_at")
            if donation[column]
            and (moment := _moment(donation[column])) is not None
            and moment.astimezone(VIETNAM).date().isoformat() != donation["drive_date"]
        }
        if off:
            flagged[donation["id"]] = ("donation", {**off, "drive_date": donation["drive_date"]})
    return flagged


def _moment(text: str) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
