"""The part of a donor's record that eligibility reasons about, as one plain value.

Check-in warnings, the screening engine and the rule-set harness all read it; a
``Donor`` record gives its own with ``Donor.facts``.
"""

import datetime as dt
from dataclasses import dataclass

from desktop.core.domain.vocabulary import DonationType, Sex


@dataclass(frozen=True)
class DonorFacts:
    sex: Sex | str  # "M" or "F"
    birth_date: dt.date
    last_donation_date: dt.date | None = None
    last_donation_type: DonationType | str | None = None
    deferral_until: dt.date | None = None  # the first day the donor may give again
    deferral_permanent: bool = False
    deferral_reason: str = ""  # a rule code (``q.tattoo``, ``hb``) or the center's text
