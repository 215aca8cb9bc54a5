"""The clock times of a donation and how long it took.

Times are typed (or filled from the clock) as ``HH:MM`` on the drive date. A
collection never runs across midnight: an end time before the start is refused, also
``00:05`` after ``23:55``, which is never read as the next day. A duration outside the
site's limits (too short to be plausible, or too long for the unit's components) is not
an error but needs the nurse's confirmation, which the donation keeps.
"""

import datetime as dt
import re
from dataclasses import dataclass

from desktop.core.domain.problems import Problem

MIN_MINUTES_KEY = "min_collection_minutes"
MAX_MINUTES_KEY = "max_collection_minutes"
DEFAULT_MIN_MINUTES = 4
DEFAULT_MAX_MINUTES = 15
MIN_MINUTES_RANGE = (1, 30)
MAX_MINUTES_RANGE = (5, 60)
_HHMM = re.compile(r"^\s*(\d{1,2})[:hH.](\d{2})\s*$")


def clock_time(text: str, day: dt.date) -> dt.datetime | None:
    """``09:15`` (or 9h15, 9.15) on ``day``, in this laptop's time zone."""
    match = _HHMM.match(text or "")
    if not match:
        return None
    hour, minute = int(match[1]), int(match[2])
    if hour > 23 or minute > 59:
        return None
    return dt.datetime.combine(day, dt.time(hour, minute)).astimezone()


def utc_text(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def local_hhmm(stored: str | None) -> str:
    """A stored UTC time as the ``HH:MM`` the nurse typed (empty for none)."""
    if not stored:
        return ""
    return dt.datetime.fromisoformat(stored).astimezone().strftime("%H:%M")


@dataclass(frozen=True)
class DurationLimits:
    """Minutes below or above which a collection needs the nurse's confirmation."""

    minimum: int = DEFAULT_MIN_MINUTES
    maximum: int = DEFAULT_MAX_MINUTES

    def unusual(self, minutes: float) -> bool:
        return minutes < self.minimum or minutes > self.maximum


@dataclass(frozen=True)
class Duration:
    """How long a collection took, as far as the times say, and what is wrong with it:
    ``end_before_start`` (refused) or ``duration_unusual`` (needs a confirmation)."""

    minutes: float | None = None
    problem: Problem | None = None


def duration(
    started: dt.datetime | None, ended: dt.datetime | None, limits: DurationLimits
) -> Duration:
    if started is None or ended is None:
        return Duration()
    if ended < started:
        return Duration(problem=Problem("end_before_start", field="ended"))
    minutes = (ended - started).total_seconds() / 60
    if not limits.unusual(minutes):
        return Duration(minutes)
    params = {"minutes": f"{minutes:.0f}", "min": limits.minimum, "max": limits.maximum}
    return Duration(minutes, Problem("duration_unusual", params, "ended"))


def check_limits(minimum: str, maximum: str) -> DurationLimits | list[Problem]:
    """The limits typed in the settings, or what is wrong with them."""
    problems = []
    values = []
    for text, (low, high), field in (
        (minimum, MIN_MINUTES_RANGE, "min_minutes"),
        (maximum, MAX_MINUTES_RANGE, "max_minutes"),
    ):
        value = text.strip()
        if not value.isdigit() or not low <= int(value) <= high:
            problems.append(Problem("minutes_range", {"min": low, "max": high}, field))
        values.append(int(value) if value.isdigit() else None)
    if not problems and values[0] >= values[1]:
        problems.append(Problem("minutes_order", {"max": values[1]}, "min_minutes"))
    return problems or DurationLimits(values[0], values[1])
