"""Calendar helpers. Dates are stored as ISO strings and shown as dd/mm/yyyy."""

import datetime as dt
import re

_DMY = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
_COMPACT_DMY = re.compile(r"^\s*(\d{2})(\d{2})(\d{4})\s*$")


def parse_date(text: str) -> dt.date | None:
    """Parse dd/mm/yyyy (also with . or -), ddmmyyyy or ISO yyyy-mm-dd; None if not a real date."""
    for pattern, order in ((_ISO, (0, 1, 2)), (_DMY, (2, 1, 0)), (_COMPACT_DMY, (2, 1, 0))):
        match = pattern.match(text or "")
        if match:
            parts = [int(g) for g in match.groups()]
            year, month, day = (parts[i] for i in order)
            try:
                return dt.date(year, month, day)
            except ValueError:
                return None
    return None


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def from_iso(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def dmy(day: dt.date | str | None) -> str:
    """dd/mm/yyyy, the way Vietnamese users read dates; empty for no date."""
    if not day:
        return ""
    if isinstance(day, str):
        day = dt.date.fromisoformat(day)
    return day.strftime("%d/%m/%Y")


def add_years(day: dt.date, years: int) -> dt.date:
    """The same calendar day ``years`` later; 29 February falls to 1 March."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, month=3, day=1)


def age_on(birth: dt.date, day: dt.date) -> int:
    """Full years of age on ``day`` (a birthday counts from the day itself)."""
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return years


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day of the month ``months`` later; a day the month lacks (31 April)
    rolls forward to the 1st of the next month, so a waiting period is never shortened."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    try:
        return day.replace(year=year, month=month)
    except ValueError:
        return dt.date(year + month // 12, month % 12 + 1, 1)


def local_moment(stamp: str) -> dt.datetime:
    """A stored UTC timestamp ("…Z") on this laptop's clock."""
    return dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
