"""Matching a registry's lines to the donors of this laptop, and what each line changes.

Each line is matched to a donor on this laptop by the center's ``donor_id`` (a record
the center got from a laptop), else by CCCD, else by old CMND. A line that cannot be
matched beyond doubt (an old CMND shared by several donors, a CCCD that belongs to
another donor, two lines for one donor) refuses the whole file like any other bad line.

Nothing recorded at a drive is lost:

* donors, tickets and every other local record are never deleted or replaced;
* donation history only moves forward: the registry's history becomes the donor's
  baseline (the later last donation and the larger count of the baseline and the
  line), and the counters are recomputed from it and the donations held here
  (desktop.core.lifecycle.counters);
* a field recorded at a drive on this laptop (a phone typed at check-in, a deferral
  from screening) keeps its local value; a deferral recorded here yields only to a
  stricter one from the center;
* an empty cell never blanks or lifts anything: a deferral is lifted, and a roster flag
  cleared, only by an explicit 0 from the center. Lifted permanent deferrals are
  counted in the report.
"""

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlite_utils import Database

from db import donors as donor_queries
from desktop.core.domain.problems import Problem
from desktop.core.domain.vocabulary import RecordSource
from desktop.core.foundation.shared_interpreter import let_go
from desktop.core.lifecycle.counters import HeldDonation, History, donor_counters, held_donations
from desktop.core.registry.reader import LineError, RegistryFile

DEFERRAL_FIELDS = ("deferral_until", "deferral_permanent", "deferral_reason")
FLAG_FIELDS = ("rare_blood", "reserve_club")
IDENTITY_FIELDS = ("national_id", "old_id")
PLAIN_FIELDS = ("full_name", "birth_date", "sex", "address", "phone", "abo", "rh")
_BATCH = 5000


@dataclass(frozen=True)
class Match:
    donor_id: str
    row: dict
    line: int
    by_donor_id: bool  # the center named our record: its identity numbers are authoritative


@dataclass
class Plan:
    """What a checked file will do, worked out on one read snapshot of the database."""

    new_rows: list[dict] = field(default_factory=list)
    new_lines: list[int] = field(default_factory=list)
    matches: dict[str, Match] = field(default_factory=dict)  # by donor id
    updates: dict[str, tuple[dict, dict]] = field(default_factory=dict)  # id: (old, changes)
    lifted: set[str] = field(default_factory=set)  # permanent deferrals the file lifts
    errors: list[LineError] = field(default_factory=list)
    audit_mark: int = 0  # the snapshot: later writes to donors are looked at again
    now: str = ""
    held: dict[str, list[HeldDonation]] = field(default_factory=dict)  # of matched donors


def plan_import(db: Database, parsed: RegistryFile, now: str) -> Plan:
    """Match every line and work out every change, on one read snapshot (no lock)."""
    plan = Plan(now=now)
    db.conn.execute("BEGIN")  # a read transaction: one consistent view, writers go on
    try:
        plan.audit_mark = donor_queries.audit_mark(db)
        _match_lines(db, parsed, plan)
        if not plan.errors:
            local = locally_set_fields(db)
            matches = list(plan.matches.values())
            for start in range(0, len(matches), _BATCH):
                batch = matches[start : start + _BATCH]
                existing = donor_queries.by_ids(db, [m.donor_id for m in batch])
                plan.held.update(held_donations(db, [m.donor_id for m in batch]))
                for match in batch:
                    work_out(plan, existing[match.donor_id], match, local)
    finally:
        db.conn.rollback()
    return plan


def work_out(plan: Plan, old: dict, match: Match, local: dict[str, set[str]]) -> None:
    """Record what ``match`` changes on the donor as it is now (``old``)."""
    held = plan.held.get(old["id"], [])
    changes = merge(old, match, local.get(old["id"], set()), plan.now, held)
    plan.updates.pop(old["id"], None)
    plan.lifted.discard(old["id"])
    if changes:
        plan.updates[old["id"]] = (old, changes)
        if old["deferral_permanent"] and changes.get("deferral_permanent") == 0:
            plan.lifted.add(old["id"])


def _match_lines(db: Database, parsed: RegistryFile, plan: Plan) -> None:
    by_national, by_old = donor_queries.registry_keys(db)
    known_ids = donor_queries.existing_ids(db, [row["id"] for row in parsed.rows if row["id"]])
    first_line_of: dict[str, int] = {}
    for line, row in zip(parsed.lines, parsed.rows, strict=True):
        donor_id, problem = match_row(row, known_ids, by_national, by_old)
        if problem is None and donor_id is not None:
            first = first_line_of.setdefault(donor_id, line)
            if first != line:
                problem = Problem("same_donor_twice", {"first_line": first}, "national_id")
        if problem is not None:
            plan.errors.append(LineError(line, problem.field, problem))
        elif donor_id is None:
            plan.new_rows.append(row)
            plan.new_lines.append(line)
        else:
            plan.matches[donor_id] = Match(donor_id, row, line, by_donor_id=donor_id == row["id"])
    let_go(by_national, by_old, known_ids, first_line_of)  # a million each: not in one step


def match_row(
    row: dict,
    known_ids: set[str],
    by_national: dict[str, str],
    by_old: dict[str, list[tuple[str, str | None]]],
) -> tuple[str | None, Problem | None]:
    """(the donor this line is about, or None for a new one; a problem, or None)."""
    holder = by_national.get(row["national_id"]) if row["national_id"] else None
    if row["id"] in known_ids:
        if holder not in (None, row["id"]):
            return None, Problem(
                "national_id_elsewhere", {"value": row["national_id"]}, "national_id"
            )
        return row["id"], None
    if holder is not None:
        return holder, None
    candidates = by_old.get(row["old_id"], []) if row["old_id"] else []
    if len(candidates) > 1:
        return None, Problem("old_id_ambiguous", {"value": row["old_id"]}, "old_id")
    if candidates:
        donor_id, national_id = candidates[0]
        if national_id and row["national_id"] and national_id != row["national_id"]:
            return None, Problem(
                "identity_conflict", {"value": row["old_id"], "other": national_id}, "old_id"
            )
        return donor_id, None
    return None, None


def keys_for(db: Database, rows: Iterable[dict]) -> tuple[dict, dict, set[str]]:
    """``match_row``'s look-up tables for just these lines, as the database is now."""
    by_national: dict[str, str] = {}
    by_old: dict[str, list[tuple[str, str | None]]] = {}
    ids = []
    for row in rows:
        if row["national_id"] and (holder := donor_queries.by_national_id(db, row["national_id"])):
            by_national[row["national_id"]] = holder["id"]
        if row["old_id"]:
            found = donor_queries.by_old_id(db, row["old_id"])
            by_old[row["old_id"]] = [(d["id"], d["national_id"]) for d in found]
        if row["id"]:
            ids.append(row["id"])
    return by_national, by_old, donor_queries.existing_ids(db, ids)


def new_donor(row: dict, now: str) -> dict:
    """A registry line as a new donor: unknown flags are 0; its history is its baseline."""
    values = {**row, "source": RecordSource.REGISTRY, "registry_imported_at": now}
    values.update(History.current_of(row).as_baseline())
    for name in (*FLAG_FIELDS, "deferral_permanent"):
        values[name] = values[name] or 0
    return values


def merge(
    existing: dict, match: Match, local: set[str], now: str, held: list[HeldDonation]
) -> dict:
    """The changes a registry line brings to an existing donor (see the module docstring).

    ``local`` names the fields recorded at a drive on this laptop, ``held`` the
    donor's donations held here.
    """
    incoming = match.row
    changes = {}
    for name in IDENTITY_FIELDS + PLAIN_FIELDS:
        value = incoming[name]
        keep_local = name in local and existing[name] not in (None, "")
        if match.by_donor_id and name in IDENTITY_FIELDS:
            keep_local = False  # the center corrected the numbers of this very record
        if value not in (None, "") and not keep_local:
            changes[name] = value
    for name in FLAG_FIELDS:
        if incoming[name] is not None and name not in local:
            changes[name] = incoming[name]
    changes.update(_later_history(existing, incoming, held))
    changes.update(_deferral(existing, incoming, local))
    if "full_name" in changes:
        changes["name_folded"] = incoming["name_folded"]
    changes = {k: v for k, v in changes.items() if existing.get(k) != v}
    if changes:
        changes["registry_imported_at"] = now
    return changes


def _later_history(existing: dict, incoming: dict, held: list[HeldDonation]) -> dict:
    """The line's history joins the baseline (never going backwards), and the counters
    follow from the baseline and the donations held."""
    baseline = History.baseline_of(existing).later(History.current_of(incoming))
    return {**baseline.as_baseline(), **donor_counters(baseline, held).as_counters()}


def _deferral(existing: dict, incoming: dict, local: set[str]) -> dict:
    stated = incoming["deferral_permanent"] is not None or incoming["deferral_until"]
    if not stated:
        return {}  # the center said nothing about a deferral: keep what we know
    if local.intersection(DEFERRAL_FIELDS) and _rank(incoming) <= _rank(existing):
        return {}  # recorded here, and the center's is not stricter
    return {
        "deferral_until": incoming["deferral_until"],
        "deferral_permanent": incoming["deferral_permanent"] or 0,
        "deferral_reason": incoming["deferral_reason"],
    }


def _rank(row: dict) -> tuple[int, str]:
    """Orders deferrals from none to permanent; a later until-date is stricter."""
    return (1 if row["deferral_permanent"] else 0, row["deferral_until"] or "")


def locally_set_fields(db: Database, ids: list[str] | None = None) -> dict[str, set[str]]:
    """donor id -> fields recorded at a drive on this laptop (from the audit trail)."""
    fields: dict[str, set[str]] = {}
    written = donor_queries.locally_written_values(db, ("insert", "update"), ids)
    for donor_id, new_values in written:
        fields.setdefault(donor_id, set()).update(json.loads(new_values))
    return fields
