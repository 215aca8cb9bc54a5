"""A person's donation count and last donation at the center, recomputed.

Counters are never merged as values (two sites each adding one to the same count
would lose one): the center applies the site's own rule (desktop.core.lifecycle.counters)
to the person as a whole: the records made one person (redirects) pool their
baselines (the registry's history, the latest of them) and their donations count for
the survivor.
"""

from collections.abc import Sequence
from functools import reduce

from sqlite_utils import Database

from db import merge as merge_queries
from db import quarantine as quarantine_queries
from desktop.core.exchange.people import members
from desktop.core.lifecycle.counters import HeldDonation, History, donor_counters


def recomputed_counters(db: Database, person_ids: Sequence[str]) -> dict[str, dict]:
    """donor id -> its counters: for a survivor, the latest baseline of its records plus
    the donations held for it; a redirected record keeps only its own baseline (its
    donations count for the survivor)."""
    family = members(db, list(person_ids))
    rows = merge_queries.rows_by_id(db, "donor", sorted({d for g in family.values() for d in g}))
    held: dict[str, list[HeldDonation]] = {}
    for donation in quarantine_queries.donations_of(db, list(person_ids)):
        if donation["drive_date"]:  # its ticket and drive arrived
            held.setdefault(donation["donor_id"], []).append(
                (donation["drive_date"], donation["donation_type"], donation["outcome"])
            )
    counters = {}
    for person, group in family.items():
        for donor in sorted(group - {person}):
            if donor in rows:
                counters[donor] = History.baseline_of(rows[donor]).as_counters()
        baselines = [History.baseline_of(rows[d]) for d in sorted(group) if d in rows]
        if baselines:
            baseline = reduce(History.later, baselines)
            counters[person] = donor_counters(baseline, held.get(person, [])).as_counters()
    return counters
