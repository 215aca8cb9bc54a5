"""What the check-in clerk must be warned about before a donor joins the queue.

These are warnings, not decisions: the screening doctor decides. Intervals follow the
type of the latest donation (Circular 26/2013/TT-BYT); ages are calendar-exact.
"""

import datetime as dt
from dataclasses import dataclass

from desktop.core.domain.dates import add_years, age_on
from desktop.core.domain.problems import Problem

MIN_AGE, MAX_AGE = 18, 60
WHOLE_BLOOD, RBC_APHERESIS, PLASMA, PLATELETS = (
    "whole_blood",
    "rbc_apheresis",
    "plasma",
    "platelets",
)
DONATION_TYPES = (WHOLE_BLOOD, RBC_APHERESIS, PLASMA, PLATELETS)
INTERVAL_DAYS = {WHOLE_BLOOD: 84, RBC_APHERESIS: 84, PLASMA: 14, PLATELETS: 14}


@dataclass(frozen=True)
class DonorStatus:
    """The part of a donor's record that the check-in warnings look at."""

    birth_date: dt.date
    last_donation_date: dt.date | None = None
    last_donation_type: str | None = None
    deferral_until: dt.date | None = None  # first day the donor may donate again
    deferral_permanent: bool = False
    deferral_reason: str = ""


def next_eligible_date(last_date: dt.date | None, last_type: str | None) -> dt.date | None:
    """The first day a donor may give again after the last donation (None if unknown)."""
    if last_date is None:
        return None
    return last_date + dt.timedelta(days=INTERVAL_DAYS.get(last_type or WHOLE_BLOOD, 84))


def checkin_warnings(donor: DonorStatus, drive_date: dt.date) -> list[Problem]:
    """Every reason the donor may not be able to give on ``drive_date``."""
    warnings = []
    age = age_on(donor.birth_date, drive_date)
    if age < MIN_AGE:
        adult_on = add_years(donor.birth_date, MIN_AGE)
        warnings.append(Problem("under_age", {"age": age, "eligible_from": adult_on}))
    elif age > MAX_AGE:
        warnings.append(Problem("over_age", {"age": age}))
    eligible = next_eligible_date(donor.last_donation_date, donor.last_donation_type)
    if eligible and drive_date < eligible:
        warnings.append(
            Problem(
                "too_soon",
                {
                    "last_date": donor.last_donation_date,
                    "last_type": donor.last_donation_type or WHOLE_BLOOD,
                    "days": (drive_date - donor.last_donation_date).days,
                    "eligible_from": eligible,
                },
            )
        )
    if donor.deferral_permanent:
        warnings.append(Problem("deferred_permanently", {"reason": donor.deferral_reason}))
    elif donor.deferral_until and drive_date < donor.deferral_until:
        warnings.append(
            Problem(
                "deferred_until",
                {"until": donor.deferral_until, "reason": donor.deferral_reason},
            )
        )
    return warnings
