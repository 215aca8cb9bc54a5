"""A donor's donation count and last donation, derived from records, never merged.

The counters are a function of two things: the **baseline** (the history the donor came
with: the registry's count and last donation as loaded, ``donor.registry_*``) and the
**donations held** in this database. The rule the site has always applied:

* a complete donation counts one more donation;
* any donation that drew blood (complete or incomplete) is a last donation (its date is
  the drive's date; an incomplete one starts the interval too);
* a unit not collected changes nothing.

A donation held here on or before the baseline's last donation date is taken to be in
the baseline already (the center knew of it when it wrote the registry): it does not
count twice. So the site (after every donation and amendment) and the center (after a
merge, ``recompute_counters``) compute the same values from the same records.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from db import donations as donation_queries
from db import donors as donor_queries
from db.records import Writer
from desktop.core.domain.vocabulary import DonationOutcome, DonationType

COUNTED = (DonationOutcome.COMPLETE,)
BLOOD_DRAWN = (DonationOutcome.COMPLETE, DonationOutcome.INCOMPLETE)


@dataclass(frozen=True)
class History:
    """A donation count and the last donation (ISO date and type, or None)."""

    donation_count: int
    last_donation_date: str | None
    last_donation_type: str | None

    @classmethod
    def baseline_of(cls, donor: dict) -> "History":
        return cls(
            donor["registry_donation_count"],
            donor["registry_last_donation_date"],
            donor["registry_last_donation_type"],
        )

    @classmethod
    def current_of(cls, donor: dict) -> "History":
        return cls(
            donor["donation_count"], donor["last_donation_date"], donor["last_donation_type"]
        )

    def as_baseline(self) -> dict:
        return dict(zip(donor_queries.BASELINE_COLUMNS, self.values(), strict=True))

    def as_counters(self) -> dict:
        return dict(zip(donor_queries.COUNTER_COLUMNS, self.values(), strict=True))

    def values(self) -> tuple[int, str | None, str | None]:
        return (self.donation_count, self.last_donation_date, self.last_donation_type)

    def later(self, other: "History") -> "History":
        """History never goes backwards: the larger count and the later last donation."""
        mine, theirs = self.last_donation_date or "", other.last_donation_date or ""
        last = other if theirs and theirs >= mine else self
        return History(
            max(self.donation_count, other.donation_count),
            last.last_donation_date,
            last.last_donation_type,
        )


HeldDonation = tuple[str, str | None, str]  # (drive date ISO, donation type, outcome)


def donor_counters(baseline: History, held: Iterable[HeldDonation]) -> History:
    """The counters of a donor with ``baseline`` and the donations ``held`` (the one
    rule; see the module docstring)."""
    count = baseline.donation_count
    last_date, last_type = baseline.last_donation_date, baseline.last_donation_type
    for date, donation_type, outcome in held:
        if outcome not in BLOOD_DRAWN:
            continue
        if outcome in COUNTED and date > (baseline.last_donation_date or ""):
            count += 1
        if date >= (last_date or ""):
            last_date, last_type = date, donation_type or DonationType.WHOLE_BLOOD
    return History(count, last_date, last_type)


def held_donations(db: Database, donor_ids: list[str]) -> dict[str, list[HeldDonation]]:
    """The donations that can change counters, of each of ``donor_ids``."""
    return donation_queries.held_for_donors(db, donor_ids, BLOOD_DRAWN)


def recount(w: Writer, donor_id: str, *, note: str | None, action: str = "update", **extra) -> dict:
    """Bring a donor's counters in line with the rule, audited and stamped as a change of
    this device (with ``extra`` columns when they change); returns the donor."""
    donor = w.get("donor", donor_id)
    counters = donor_counters(
        History.baseline_of(donor), held_donations(w.db, [donor_id]).get(donor_id, [])
    )
    changes = counters.as_counters()
    if any(donor[name] != value for name, value in changes.items()):
        changes.update(extra)
    return w.update("donor", donor_id, changes, note=note, action=action)


def recompute_counters(db: Database, donor_ids: Iterable[str]) -> int:
    """The counters of ``donor_ids`` again from their baselines and the donations held
    (at the center, after a merge brought donations); returns how many changed. Inside
    a write transaction; stored as derived values (db.donors.set_counters)."""
    ids = list(dict.fromkeys(donor_ids))
    donors = donor_queries.baselines(db, ids)
    held = held_donations(db, ids)
    changed = []
    for donor_id, donor in donors.items():
        counters = donor_counters(History.baseline_of(donor), held.get(donor_id, []))
        if counters != History.current_of(donor):
            changed.append((*counters.values(), donor_id))
    donor_queries.set_counters(db, changed)
    return len(changed)
