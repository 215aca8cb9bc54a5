"""The people the center holds, found as the check-in station finds a donor (the same
field: CCCD or old ID, phone, date of birth, a name without accents, a card scan), each
person once (the survivor of records merged into one), with the sites that saw them and
every donation the center holds for them. Read-only."""

import datetime as dt
from dataclasses import dataclass, field

from sqlite_utils import Database

from db import center_views as queries
from db.origins import REGISTRY
from desktop.core.domain.card_qr import parse_card_qr
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.records import Donor
from desktop.core.domain.vocabulary import DonationOutcome, QuarantineStatus
from desktop.core.exchange import people
from desktop.core.stations.donors import DonorService
from desktop.core.stations.lookup import QueryKind, classify


@dataclass(frozen=True)
class CenterPerson:
    donor: Donor  # the surviving record (its counters pool every merged record's)
    sites: list[str]  # the site codes that saw this person
    devices: list[str]  # laptops that saw them and are not enrolled here (no site known)
    records: int  # how many donor records are this person (1 when never merged)
    in_registry: bool = False  # a record of them came from the registry (registry:0)

    @property
    def id(self) -> str:
        return self.donor.id


@dataclass(frozen=True)
class PeopleFound:
    people: list[CenterPerson] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class PersonDonation:
    id: str
    date: dt.date | None
    site_code: str  # "" when the laptop that recorded it is not enrolled here
    device_id: str
    drive_code: str
    place_name: str
    din: str  # the unit's DIN, or the one held aside when it was seen twice
    volume_ml: int | None
    outcome: DonationOutcome | None
    donation_type: str
    quarantine: list[QuarantineStatus]  # empty when the unit was never held


def find_people(db: Database, donors: DonorService, raw: str) -> PeopleFound:
    """What the search field holds, as check-in reads it; a card scan finds its CCCD
    (never writing to the record, as check-in's scan may)."""
    query = classify(raw)
    if query.kind is QueryKind.CARD:
        try:
            raw = parse_card_qr(query.text).national_id
        except UserError as e:
            return PeopleFound(problems=e.problems)
    elif query.kind is QueryKind.TICKET:  # a short number: the center has no queue
        return PeopleFound()
    found = donors.lookup(raw)
    if found.problems:
        return PeopleFound(problems=found.problems)
    survivors = list(dict.fromkeys(people.roots(db, [d.id for d in found.donors]).values()))
    groups = people.members(db, survivors)
    return PeopleFound([_person(db, donors, root, groups[root]) for root in survivors])


def _person(db: Database, donors: DonorService, root: str, records: set[str]) -> CenterPerson:
    seen = queries.devices_of(db, sorted(records))
    sites = list(dict.fromkeys(site for _, site in seen if site))
    registry = REGISTRY.device_id
    devices = [device for device, site in seen if not site and device != registry]
    in_registry = any(device == registry for device, _ in seen)
    return CenterPerson(donors.get(root), sites, devices, len(records), in_registry)


def donations_of(db: Database, donor_id: str) -> list[PersonDonation]:
    """Every donation of the person ``donor_id`` is (or was merged into), at any site."""
    root = people.roots(db, [donor_id])[donor_id]
    records = sorted(people.members(db, [root])[root])
    return [_donation(row) for row in queries.donations_of(db, records)]


def _donation(row: dict) -> PersonDonation:
    when = row["drive_date"] or row["started_at"] or row["donation_made"]
    states = [s for s in (row["quarantine_states"] or "").split(",") if s]
    return PersonDonation(
        id=row["id"],
        date=dt.date.fromisoformat(when[:10]) if when else None,
        site_code=row["site_code"] or "",
        device_id=row["donation_device"] or "",
        drive_code=row["drive_code"] or "",
        place_name=row["place_name"] or "",
        din=row["din"] or row["held_din"] or "",
        volume_ml=row["volume_ml"],
        outcome=DonationOutcome(row["outcome"]) if row["outcome"] else None,
        donation_type=row["donation_type"],
        quarantine=sorted(QuarantineStatus(s) for s in states),
    )
