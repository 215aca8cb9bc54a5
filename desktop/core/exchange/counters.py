"""A person's donation count and last donation at the center, recomputed.

Counters are never merged as values (two sites each adding one to the same count
would lose one): the center counts the collected donations it holds for the person
(after redirects) on top of the registry's baseline (the count the registry gave).

Stands in for ``desktop.core.lifecycle``'s ``recompute_counters(db, donor_ids)`` (the
one computation shared with the site's own rule) until that lands: then the merge
calls it instead and this module goes.
"""

from collections.abc import Sequence

from sqlite_utils import Database

from db import merge as merge_queries
from db import quarantine as quarantine_queries
from desktop.core.exchange.people import members
from desktop.core.exchange.safety_checks import COLLECTED

COUNTERS = ("donation_count", "last_donation_date", "last_donation_type")


def recomputed_counters(db: Database, person_ids: Sequence[str]) -> dict[str, dict]:
    """donor id -> its counters: for a survivor, the registry's baseline (the largest
    of its records') plus its collected donations; a redirected record keeps only what
    the registry gave it (its donations count for the survivor)."""
    family = members(db, list(person_ids))
    records = sorted({donor for group in family.values() for donor in group})
    baselines = {
        donor: _baseline(contents)
        for donor, contents in merge_queries.registry_versions(db, records).items()
    }
    donations: dict[str, list[dict]] = {}
    for donation in quarantine_queries.donations_of(db, list(person_ids)):
        if donation["outcome"] in COLLECTED and donation["drive_date"]:
            donations.setdefault(donation["donor_id"], []).append(donation)
    counters = {}
    for person, group in family.items():
        for donor in group - {person}:
            counters[donor] = baselines.get(donor, _baseline([]))
        counters[person] = _with_donations(
            max((baselines.get(d, _baseline([])) for d in sorted(group)), key=_rank),
            donations.get(person, []),
        )
    return counters


def _baseline(contents: list[dict]) -> dict:
    if not contents:
        return dict.fromkeys(COUNTERS) | {"donation_count": 0}
    return max(({c: content.get(c) for c in COUNTERS} for content in contents), key=_rank)


def _rank(counters: dict) -> tuple:
    return (
        counters["donation_count"] or 0,
        counters["last_donation_date"] or "",
        counters["last_donation_type"] or "",
    )


def _with_donations(baseline: dict, donations: list[dict]) -> dict:
    counters = dict(baseline)
    counters["donation_count"] = (baseline["donation_count"] or 0) + len(donations)
    for donation in sorted(donations, key=lambda d: (d["drive_date"], d["id"])):
        if donation["drive_date"] >= (counters["last_donation_date"] or ""):
            counters["last_donation_date"] = donation["drive_date"]
            counters["last_donation_type"] = donation["donation_type"]
    return counters
