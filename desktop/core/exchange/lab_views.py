"""The laboratory's lists as the center's staff read them: each lab conflict with the
person and both sides, each donor to notify with how to reach them and why, each file
imported. Read-only: the decisions are ``LabService``'s."""

import datetime as dt
import json
from dataclasses import dataclass, field

from sqlite_utils import Database

from db import lab as lab_queries
from desktop.core.domain.vocabulary import (
    LabConflictKind,
    LabConflictStatus,
    LabResultStatus,
    NoticeStatus,
    NotifyMethod,
)
from desktop.core.exchange import people
from desktop.core.exchange.lab_facts import Group, group_conflicts, positive_markers


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text[:10]) if text else None


@dataclass(frozen=True)
class Person:
    """Who a surviving donor record is, and how to reach them."""

    id: str
    full_name: str = ""
    national_id: str = ""
    birth_date: dt.date | None = None
    phone: str = ""
    address: str = ""

    @classmethod
    def of(cls, person_id: str, row: dict | None) -> "Person":
        if row is None:
            return cls(person_id)
        return cls(person_id, row["full_name"], row["national_id"] or row["old_id"] or "",
                   _date(row["birth_date"]), row["phone"], row["address"])  # fmt: skip


@dataclass(frozen=True)
class LabConflictEntry:
    id: str
    kind: LabConflictKind
    person: Person
    din: str  # the unit concerned (for a blood group: the one whose result gave it)
    first: dict[str, str] = field(default_factory=dict)  # results: what the center had
    later: dict[str, str] = field(default_factory=dict)  # results: what a later file said
    lab_group: Group = ("", "")  # blood group: the lab's
    recorded_group: Group = ("", "")  # blood group: the recorded one
    status: LabConflictStatus = LabConflictStatus.OPEN
    decided_by: str = ""  # the person's name
    decided_at: str | None = None
    decision_reason: str = ""


@dataclass(frozen=True)
class NoticeEntry:
    id: str
    din: str
    person: Person
    markers: list[str]  # the confirmed positive markers (the center's staff only)
    found_on: dt.date | None  # the test day, else the donation's
    site_code: str
    device_name: str
    device_id: str  # the laptop that recorded the unit
    status: NoticeStatus
    method: NotifyMethod | None
    notified_on: dt.date | None
    notified_by: str  # the person's name
    note: str


@dataclass(frozen=True)
class LabImportRecord:
    id: str
    file_name: str
    imported_at: str
    imported_by: str
    counts: dict[str, int]


def conflicts(db: Database, status: LabConflictStatus) -> list[LabConflictEntry]:
    """Open: other results waiting, and the derived blood-group differences; decided:
    the decisions of ``status``."""
    entries = [_results_conflict(db, row) for row in _results_rows(db, status)]
    if status == LabConflictStatus.OPEN:
        return entries + _open_group_conflicts(db)
    rows = [
        r for r in lab_queries.conflicts(db, [status]) if r["kind"] == LabConflictKind.BLOOD_GROUP
    ]
    survivors = people.roots(db, [r["person_id"] for r in rows])
    persons = lab_queries.persons(db, sorted(set(survivors.values())))
    for r in rows:
        person = survivors[r["person_id"]]
        entries.append(
            LabConflictEntry(
                r["id"], LabConflictKind.BLOOD_GROUP, Person.of(person, persons.get(person)),
                r["din"], lab_group=(r["lab_abo"], r["lab_rh"]),
                recorded_group=(r["recorded_abo"], r["recorded_rh"]), **_decision(r),
            )
        )  # fmt: skip
    return entries


def _open_group_conflicts(db: Database) -> list[LabConflictEntry]:
    found = group_conflicts(db)
    persons = lab_queries.persons(db, [c.person_id for c in found])
    entries = []
    for c in found:
        person = Person.of(c.person_id, persons.get(c.person_id))
        entries.append(
            LabConflictEntry(c.id, LabConflictKind.BLOOD_GROUP, person, c.din, lab_group=c.lab,
                             recorded_group=c.recorded)
        )  # fmt: skip
    return entries


def _results_rows(db: Database, status: LabConflictStatus) -> list[dict]:
    return [r for r in lab_queries.conflicts(db, [status]) if r["kind"] == LabConflictKind.RESULTS]


def _results_conflict(db: Database, row: dict) -> LabConflictEntry:
    later = lab_queries.result(db, row["result_id"]) or {}
    earlier = [
        r
        for r in lab_queries.results_of_dins(
            db, [row["din"]], [LabResultStatus.CURRENT, LabResultStatus.SUPERSEDED]
        )
        if r["id"] != row["result_id"] and r["created_at"] <= later.get("created_at", "")
    ]
    first = earlier[-1] if earlier else {}
    unit = (
        lab_queries.units(db, [later["donation_id"]]).get(later["donation_id"], {}) if later else {}
    )
    person_id = people.roots(db, [unit["donor_id"]])[unit["donor_id"]] if unit else ""
    person = Person.of(person_id, lab_queries.persons(db, [person_id]).get(person_id))
    return LabConflictEntry(row["id"], LabConflictKind.RESULTS, person, row["din"],
                            _results(first), _results(later), **_decision(row))  # fmt: skip


def _results(row: dict) -> dict[str, str]:
    return {name: row[name] for name in lab_queries.RESULT_COLUMNS} if row else {}


def _decision(row: dict) -> dict:
    return {
        "status": LabConflictStatus(row["status"]),
        "decided_by": row["decided_by_name"] or "",
        "decided_at": row["decided_at"],
        "decision_reason": row["decision_reason"] or "",
    }


def notices(db: Database, status: NoticeStatus) -> list[NoticeEntry]:
    rows = lab_queries.notices(db, status)
    ids = [r["donation_id"] for r in rows]
    units = lab_queries.units(db, ids)
    results = {
        r["donation_id"]: r
        for r in lab_queries.results_of_donations(db, ids, LabResultStatus.CURRENT)
    }
    survivors = people.roots(db, [u["donor_id"] for u in units.values()])
    persons = lab_queries.persons(db, sorted(set(survivors.values())))
    entries = []
    for row in rows:
        unit = units.get(row["donation_id"], {})
        result = results.get(row["donation_id"], {})
        person_id = survivors.get(unit.get("donor_id", ""), "")
        entries.append(
            NoticeEntry(
                row["id"], row["din"], Person.of(person_id, persons.get(person_id)),
                positive_markers(result), _date(result.get("tested_on") or unit.get("drive_date")),
                unit.get("site_code") or "", unit.get("device_name") or "",
                unit.get("device_id") or "", NoticeStatus(row["status"]),
                NotifyMethod(row["method"]) if row["method"] else None,
                _date(row["notified_on"]), row["notified_by_name"] or "", row["note"],
            )
        )  # fmt: skip
    return entries


def imports(db: Database) -> list[LabImportRecord]:
    return [_import_record(row) for row in lab_queries.imports(db)]


def _import_record(r: dict) -> LabImportRecord:
    counts = json.loads(r["counts"] or "{}")
    return LabImportRecord(r["id"], r["file_name"], r["imported_at"], r["imported_by_name"] or "",
                           counts)  # fmt: skip
