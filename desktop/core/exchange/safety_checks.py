"""The center's safety re-checks of collected units, on the date of each donation.

Run after the rows of a file are merged, for every person whose records it touched:
- within the interval after another collected donation of the same person (after
  redirects), at any site, by the rule set installed at the center;
- the person deferred on that date: a screening at another ticket that deferred them
  (permanently, or until after the donation's date) decided before the donation (at an
  earlier drive, or earlier the same day), or a deferral the registry sent that was in
  force;
- its DIN, or the serial of a certificate of it, carried by another record too.

Each is one quarantine entry per (unit, reason). The entries nobody decided on are
recomputed from the records the center holds, so they depend only on what it received.
"""

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from sqlite_utils import Database

from db import merge as merge_queries
from db import merge_lists
from db import quarantine as quarantine_queries
from desktop.core.domain.vocabulary import (
    DonationOutcome,
    QuarantineReason,
    ScreeningDecision,
)
from desktop.core.exchange.people import members

COLLECTED = (DonationOutcome.COMPLETE, DonationOutcome.INCOMPLETE)
# The reasons these checks own (the laboratory's results hold units for others).
SAFETY_REASONS = frozenset(
    {
        QuarantineReason.WITHIN_INTERVAL,
        QuarantineReason.DEFERRED_ELSEWHERE,
        QuarantineReason.DEFERRED_REGISTRY,
        QuarantineReason.DIN_TWICE,
        QuarantineReason.SERIAL_TWICE,
    }
)
DEFERRALS = (ScreeningDecision.DEFER_TEMPORARY, ScreeningDecision.DEFER_PERMANENT)
Found = dict[tuple[str, str], dict[str, Any]]


def recheck(
    db: Database, person_ids: Sequence[str], interval_for: Callable[[str | None], int]
) -> tuple[list[str], Found]:
    """The units of these people (survivor ids) and the reasons that hold for each."""
    donations = [
        d
        for d in quarantine_queries.donations_of(db, person_ids)
        if d["outcome"] in COLLECTED and d["drive_date"]
    ]
    found: Found = {}
    by_person: dict[str, list[dict]] = {}
    for donation in donations:
        by_person.setdefault(donation["donor_id"], []).append(donation)
    for person_donations in by_person.values():
        found.update(_within_interval(person_donations, interval_for))
    found.update(_deferred_elsewhere(db, by_person))
    found.update(_deferred_by_registry(db, by_person))
    found.update(_seen_twice(db, [d["id"] for d in donations]))
    return [d["id"] for d in donations], found


def _within_interval(donations: list[dict], interval_for: Callable) -> Found:
    found: Found = {}
    for donation in donations:
        day = dt.date.fromisoformat(donation["drive_date"])
        earlier = [
            (other["drive_date"], other["id"], interval_for(other["donation_type"]))
            for other in donations
            if other["id"] != donation["id"]
            and other["drive_date"] <= donation["drive_date"]
            and day
            < dt.date.fromisoformat(other["drive_date"])
            + dt.timedelta(days=interval_for(other["donation_type"]))
        ]
        if earlier:
            # the latest such donation, the lowest id among those of that date
            latest = max(e[0] for e in earlier)
            other_date, other_id, days = min(e for e in earlier if e[0] == latest)
            found[(donation["id"], QuarantineReason.WITHIN_INTERVAL)] = {
                "other_donation": other_id, "other_date": other_date, "interval_days": days,
            }  # fmt: skip
    return found


def _before(deferral: dict, donation: dict) -> bool:
    """Whether the deferral was decided before the donation: at an earlier drive, or
    earlier on the same day (drive dates are what staff set; laptop clocks only break
    a tie)."""
    if deferral["drive_date"] != donation["drive_date"]:
        return deferral["drive_date"] < donation["drive_date"]
    return deferral["decided_at"] < (donation["started_at"] or donation["created_at"])


def _deferred_elsewhere(db: Database, by_person: dict[str, list[dict]]) -> Found:
    found: Found = {}
    deferrals = quarantine_queries.deferrals_of(db, list(by_person), list(DEFERRALS))
    for deferral in deferrals:
        for donation in by_person.get(deferral["donor_id"], ()):
            in_force = deferral["decision"] == ScreeningDecision.DEFER_PERMANENT or (
                (deferral["deferral_until"] or "") > donation["drive_date"]
            )
            if (
                deferral["visit_id"] != donation["visit_id"]
                and _before(deferral, donation)
                and in_force
                and (donation["id"], QuarantineReason.DEFERRED_ELSEWHERE) not in found
            ):
                found[(donation["id"], QuarantineReason.DEFERRED_ELSEWHERE)] = {
                    "screening": deferral["id"], "until": deferral["deferral_until"],
                    "permanent": deferral["decision"] == ScreeningDecision.DEFER_PERMANENT,
                }  # fmt: skip
    return found


def _deferred_by_registry(db: Database, by_person: dict[str, list[dict]]) -> Found:
    found: Found = {}
    family = members(db, list(by_person))
    records = sorted({donor for group in family.values() for donor in group})
    sent = merge_queries.registry_versions(db, records)
    for person, donations in by_person.items():
        deferrals = [content for donor in sorted(family[person]) for content in sent.get(donor, ())]
        for donation in donations:
            for content in deferrals:
                permanent = bool(content.get("deferral_permanent"))
                if permanent or (content.get("deferral_until") or "") > donation["drive_date"]:
                    found[(donation["id"], QuarantineReason.DEFERRED_REGISTRY)] = {
                        "until": content.get("deferral_until"), "permanent": permanent,
                    }  # fmt: skip
                    break
    return found


def _seen_twice(db: Database, donation_ids: list[str]) -> Found:
    found: Found = {}
    held_dins = merge_lists.holds_of(db, "donation", "din", donation_ids)
    for donation_id in merge_lists.donations_on_held_dins(db, donation_ids) | set(held_dins):
        found[(donation_id, QuarantineReason.DIN_TWICE)] = {
            "din": sorted(held_dins.get(donation_id, ())),
        }
    serials = quarantine_queries.certificates_with_held_serials(db, donation_ids)
    for donation_id, certificate_id in serials.items():
        found[(donation_id, QuarantineReason.SERIAL_TWICE)] = {"certificate": certificate_id}
    return found
