"""Certificate serials: the next forms of a pre-printed stack, and the site's own serials
for certificates printed on blank paper. A serial is never given twice: every one in
the register, voided ones included, stays taken."""

import re

from sqlite_utils import Database

from db import certificates as certificate_queries
from db import installation
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.records import Drive
from desktop.core.domain.vocabulary import CertificateMode
from desktop.core.stations.number_blocks import check_allocated_serials
from desktop.core.stations.reserved import serial_floor, serial_reserved

_SERIAL = re.compile(r"^[A-Z0-9][A-Z0-9 ./-]{0,23}$")
_TRAILING_NUMBER = re.compile(r"^(.*?)(\d+)$")


def normalize_serial(text: str) -> str:
    return " ".join(text.upper().split())


def next_serial(serial: str) -> str | None:
    """The serial of the next form in a stack: its trailing number plus one."""
    match = _TRAILING_NUMBER.match(serial)
    if match is None:
        return None
    prefix, number = match.groups()
    return f"{prefix}{int(number) + 1:0{len(number)}d}"


def serials_for(
    db: Database,
    mode: str,
    count: int,
    first_serial: str | None,
    drive: Drive,
    *,
    desk_letter: str,
) -> list[str]:
    """``count`` serials not yet in the register: this desk's own on blank paper, the
    stack's from ``first_serial`` on pre-printed forms; UserError says what is wrong."""
    if mode == CertificateMode.BLANK:
        return site_serials(db, count, drive, desk_letter)
    serial = normalize_serial(first_serial or "")
    if not serial:
        raise UserError(Problem("serial_required", field="serial"))
    if not _SERIAL.match(serial):
        raise UserError(Problem("serial_format", {"value": first_serial or ""}, "serial"))
    serials = [serial]
    while len(serials) < count:
        following = next_serial(serials[-1])
        if following is None:
            raise UserError(Problem("serial_no_number", {"value": serial}, "serial"))
        serials.append(following)
    check_allocated_serials(db, serials)  # the forms the center gave this laptop
    for value in serials:
        if certificate_queries.by_serial(db, value):
            raise UserError(Problem("serial_used", {"value": value}, "serial"))
        if serial_reserved(db, value):  # a form printed after the backup a restore undid
            raise UserError(Problem("serial_reserved", {"value": value}, "serial"))
    return serials


def site_serial_prefix(db: Database, year: int, desk_letter: str) -> str:
    """``HMTN-DEMO-B26-``: the site code, the desk's letter with the year."""
    site = installation.current(db)["site_code"] or "HMTN"
    return f"{site}-{desk_letter}{year % 100:02d}-"


def site_serials(db: Database, count: int, drive: Drive, desk_letter: str) -> list[str]:
    """Serials for certificates printed on blank paper: site code, the desk's letter
    with the year, number (``HMTN-DEMO-B26-000001``). The letter keeps two laptops of
    the site from printing the same serial; serials of the older form without it
    (``HMTN-DEMO-26-000001``) stay in the register, valid, and cannot be given again."""
    prefix = site_serial_prefix(db, drive.drive_date.year, desk_letter)
    used = [
        int(s[len(prefix) :])
        for s in certificate_queries.serials_with_prefix(db, prefix)
        if s[len(prefix) :].isdigit()
    ]
    first = max(max(used, default=0), serial_floor(db, prefix)) + 1
    return [f"{prefix}{first + i:06d}" for i in range(count)]
