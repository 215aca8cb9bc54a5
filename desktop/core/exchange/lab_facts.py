"""What the laboratory's results say about people, derived whenever asked: never written
into the merged records, whose rows are a function of what the sites sent.

- A person's blood group is the lab's when the recorded one is empty or the same (a
  part the lab left empty keeps the recorded one); when they differ, only once a person
  took the lab's group (``lab_conflict``, kind ``blood_group``). The lab's group of a
  person is that of their latest tested unit.
- A confirmed positive marker on any unit of a person defers them permanently, from
  the day it was tested (else the day of the donation); also one in results waiting
  for a person's decision (until a person keeps the unit's first results instead).

Persons are surviving donor records (``donor_redirect`` followed).
"""

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from db import lab as lab_queries
from db.merge_lists import derived_id
from desktop.core.domain.vocabulary import LabConflictStatus, LabResultStatus, LabValue
from desktop.core.exchange import people

MARKERS = ("hbsag", "anti_hcv", "anti_hiv", "syphilis", "nat")
Group = tuple[str, str]  # (abo, rh); "" where not known


@dataclass(frozen=True)
class LabFacts:
    """What the package builder adds to each person's registry line."""

    deferred: dict[str, dt.date]  # person -> since when deferred for good (a marker)
    groups: dict[str, Group]  # person -> the blood group the lab confirmed


@dataclass(frozen=True)
class GroupConflict:
    """The lab's blood group of a person differs from the recorded one."""

    id: str
    person_id: str
    din: str  # the unit whose result gave the lab's group
    lab: Group
    recorded: Group


def positive_markers(result: dict) -> list[str]:
    return [m for m in MARKERS if result.get(m) == LabValue.POSITIVE]


def reactive_markers(result: dict) -> list[str]:
    return [m for m in MARKERS if result.get(m) == LabValue.REACTIVE]


def group_text(group: Group) -> str:
    """ "A+", "O-", "AB", "Rh+" or "": as a blood group is written."""
    abo, rh = group
    return f"{abo}{rh}" if abo else (f"Rh{rh}" if rh else "")


def lab_facts(db: Database) -> LabFacts:
    rows = lab_queries.results_with_persons(db, LabResultStatus.CURRENT)
    waiting = lab_queries.results_with_persons(db, LabResultStatus.PENDING)
    person_of = people.roots(db, [r["donor_id"] for r in (*rows, *waiting)])
    deferred: dict[str, dt.date] = {}
    for row in (*rows, *waiting):
        if positive_markers(row):
            person, day = person_of[row["donor_id"]], _day_of(row)
            deferred[person] = min(day, deferred.get(person, day))
    decisions = _decisions(db)
    groups = {}
    for person, (lab, recorded, _din) in _lab_and_recorded(db, rows, person_of).items():
        taken = decisions.get((person, lab, recorded)) == LabConflictStatus.TAKEN
        if taken or not _differ(lab, recorded):
            groups[person] = (lab[0] or recorded[0], lab[1] or recorded[1])
    return LabFacts(deferred, groups)


def group_conflicts(db: Database) -> list[GroupConflict]:
    """The persons whose lab group differs from the recorded one, nobody decided yet."""
    rows = lab_queries.results_with_persons(db, LabResultStatus.CURRENT)
    person_of = people.roots(db, [r["donor_id"] for r in rows])
    decisions = _decisions(db)
    found = []
    for person, (lab, recorded, din) in sorted(_lab_and_recorded(db, rows, person_of).items()):
        if _differ(lab, recorded) and (person, lab, recorded) not in decisions:
            found.append(GroupConflict(conflict_id(person, lab, recorded), person, din, lab,
                                       recorded))  # fmt: skip
    return found


def conflict_id(person: str, lab: Group, recorded: Group) -> str:
    return derived_id("lab_group", person, "".join(lab), "|", "".join(recorded))


def _lab_and_recorded(
    db: Database, rows: list[dict], person_of: dict[str, str]
) -> dict[str, tuple[Group, Group, str]]:
    """Person -> (the lab's group from their latest tested unit, the recorded one, DIN)."""
    latest: dict[str, tuple[tuple, Group, str]] = {}
    for row in rows:
        if not (row["abo"] or row["rh"]):
            continue
        person = person_of[row["donor_id"]]
        key = (_day_of(row).isoformat(), row["imported_at"], row["din"])
        if person not in latest or key > latest[person][0]:
            latest[person] = (key, (row["abo"], row["rh"]), row["din"])
    recorded = lab_queries.donor_groups(db, sorted(latest))
    return {p: (lab, recorded.get(p, ("", "")), din) for p, (_, lab, din) in latest.items()}


def _differ(lab: Group, recorded: Group) -> bool:
    return any(a and b and a != b for a, b in zip(lab, recorded, strict=True))


def _decisions(db: Database) -> dict[tuple[str, Group, Group], str]:
    """(person, lab group, recorded group) -> the latest decision on it."""
    rows = lab_queries.group_decisions(db)
    person_of = people.roots(db, [r["person_id"] for r in rows])
    return {
        (person_of[r["person_id"]], (r["lab_abo"], r["lab_rh"]),
         (r["recorded_abo"], r["recorded_rh"])): r["status"]
        for r in rows
    }  # fmt: skip


def _day_of(row: dict) -> dt.date:
    """When a result was found: its test day, else its unit's drive, else its import."""
    text = row["tested_on"] or row["drive_date"] or row["imported_at"]
    return dt.date.fromisoformat(text[:10])
