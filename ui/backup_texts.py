"""What a backup is and holds, in words: shared by the restore dialog and ``hmtn
restore`` / ``hmtn backup list`` (context "Backups")."""

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.core.backups import reserve
from desktop.core.backups.checks import ChainVerdict, CheckedBackup
from desktop.core.backups.reserve import Reservation, Reserved
from desktop.core.domain.dates import dmy
from desktop.core.domain.desk import ticket_number
from desktop.core.domain.vocabulary import ReserveBasis, ReservedKind
from ui.formatting import number_text
from ui.messages import translate
from ui.value_names import drive_status_name

REASONS = {
    "periodic": QT_TRANSLATE_NOOP("Backups", "automatic (every few minutes)"),
    "drive-close": QT_TRANSLATE_NOOP("Backups", "when a drive was closed"),
    "exit": QT_TRANSLATE_NOOP("Backups", "when the app was closed"),
    "manual": QT_TRANSLATE_NOOP("Backups", "on demand"),
}
CHAIN = {
    ChainVerdict.INTACT: QT_TRANSLATE_NOOP("Backups", "intact"),
    ChainVerdict.NOT_CHECKED: QT_TRANSLATE_NOOP("Backups", "not checked by this version"),
    ChainVerdict.BROKEN: QT_TRANSLATE_NOOP("Backups", "broken"),
}


def reason_name(reason: str) -> str:
    source = REASONS.get(reason)
    return translate("Backups", source) if source else reason


def when_text(moment: dt.datetime) -> str:
    return f"{dmy(moment.date())} {moment:%H:%M:%S}"


def size_text(size: int) -> str:
    megabytes = size / 1_000_000
    return translate("Backups", "{size} MB").format(size=f"{megabytes:.1f}".replace(".", ","))


def contents_lines(checked: CheckedBackup) -> list[str]:
    """What ``checked`` holds and how it was checked, one line each."""
    contents = checked.contents
    drives = ", ".join(
        f"{code} ({dmy(dt.date.fromisoformat(day))}, {drive_status_name(status)})"
        for code, day, status in contents.drives[:5]
    )
    if len(contents.drives) > 5:
        drives += translate("Backups", " and {count} more").format(count=len(contents.drives) - 5)
    last_change = contents.last_change_at
    if last_change:
        moment = dt.datetime.fromisoformat(last_change.replace("Z", "+00:00"))
        last_change = when_text(moment.astimezone() if moment.tzinfo else moment)
    return [
        translate("Backups", "Made: {when}").format(when=when_text(checked.made_at)),
        translate("Backups", "Last change it holds: {when}").format(when=last_change or "—"),
        translate("Backups", "Site: {site}").format(site=contents.site_code or "—"),
        translate("Backups", "Drives: {count}").format(count=len(contents.drives))
        + (f" — {drives}" if drives else ""),
        translate("Backups", "Donors: {donors} · visits: {visits} · donations: {donations}").format(
            donors=number_text(contents.donors),
            visits=number_text(contents.visits),
            donations=number_text(contents.donations),
        ),
        translate("Backups", "Database check: passed · audit chain: {chain}").format(
            chain=translate("Backups", CHAIN[checked.chain])
        ),
    ]


def numbers_lines(reservation: Reservation | None) -> list[str]:
    """What a restore kept unused and where each number goes on, one line each (empty
    at the center, which gives no numbers)."""
    if reservation is None:
        return []
    if reservation.basis == ReserveBasis.MARGIN:
        head = translate(
            "Backups",
            "No file from after the backup could be read, so the numbers given since are"
            " unknown: a safety margin is kept unused ({tickets} tickets per desk at each open"
            " drive, {dins} DINs, {serials} certificate serials).",
        ).format(
            tickets=number_text(reserve.TICKET_MARGIN),
            dins=number_text(reserve.DIN_MARGIN),
            serials=number_text(reserve.SERIAL_MARGIN),
        )
    elif reservation.ranges:
        head = translate(
            "Backups",
            "Numbers this laptop gave after the backup (read in the file kept aside) are kept"
            " unused:",
        )
    else:
        head = translate(
            "Backups", "This laptop gave no numbers after the backup: they continue as before."
        )
    full = [_full_line(span) for span in reservation.full]
    ends = {(s.scope, s.part, s.last) for s in reservation.full}
    ranges = [_range_line(r, (r.scope, r.part, r.last) in ends) for r in reservation.ranges]
    return [head, *ranges, *full]


def _range_line(reserved: Reserved, block_end: bool) -> str:
    first, last, after = reserved.first, reserved.last, reserved.last + 1
    if reserved.kind == ReservedKind.TICKET:
        letter = reserved.part
        return translate(
            "Backups", "Tickets at {drive}, desk {letter}: continue from {next} ({first}–{last}"
            " kept unused)."
        ).format(drive=reserved.note, letter=letter, next=ticket_number(letter, after),
                 first=ticket_number(letter, first), last=ticket_number(letter, last))  # fmt: skip
    if reserved.kind == ReservedKind.DIN:
        span = f"{reserved.scope} {reserved.part} {first:06d}–{last:06d}"
        if block_end:
            return translate("Backups", "DINs {span} kept unused.").format(span=span)
        return translate("Backups", "DINs: continue from {next} ({span} kept unused).").format(
            next=f"{reserved.scope} {reserved.part} {after:06d}", span=span
        )
    width = int(reserved.note) if reserved.note.isdigit() else 0
    first_serial, last_serial, next_serial = (
        f"{reserved.scope}{n:0{width}d}" for n in (first, last, after)
    )
    return translate(
        "Backups", "Certificate serials: continue from {next} ({first}–{last} kept unused)."
    ).format(next=next_serial, first=first_serial, last=last_serial)


def _full_line(span: Reserved) -> str:
    return translate(
        "Backups",
        "The DIN block {fin} {year} {first}–{last} has no room left after the margin: ask"
        " the center for another block before printing labels for it.",
    ).format(fin=span.scope, year=span.part, first=f"{span.first:06d}", last=f"{span.last:06d}")
