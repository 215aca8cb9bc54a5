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
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field

from sqlite_utils import Database

from db import donors as donor_queries
from db import registry_lines as line_queries
from desktop.core.domain.problems import Problem
from desktop.core.domain.vocabulary import RecordSource
from desktop.core.foundation.progress import Progress
from desktop.core.lifecycle.counters import HeldDonation, History, donor_counters, held_donations
from desktop.core.registry.reader import MAX_REPORTED_ERRORS, LineError

DEFERRAL_FIELDS = ("deferral_until", "deferral_permanent", "deferral_reason")
FLAG_FIELDS = ("rare_blood", "reserve_club")
IDENTITY_FIELDS = ("national_id", "old_id")
PLAIN_FIELDS = ("full_name", "birth_date", "sex", "address", "phone", "abo", "rh")
_BATCH = 5000
MATCH_LINES = 20_000  # lines matched by one query


@dataclass(frozen=True)
class Match:
    donor_id: str
    row: dict
    line: int
    by_donor_id: bool  # the center named our record: its identity numbers are authoritative


@dataclass
class Plan:
    """What the lines staged in ``registry_line`` will do: each line's donor
    (``matched_id``) and its changes are written there, a chunk at a time."""

    errors: list[LineError] = field(default_factory=list)
    error_count: int = 0  # all errors, even past the MAX_REPORTED_ERRORS kept
    audit_mark: int = 0  # later writes to donors are looked at again at the switch
    now: str = ""

    def error(self, error: LineError) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_REPORTED_ERRORS:
            self.errors.append(error)


Writing = Callable[[], AbstractContextManager]  # a short write transaction


def plan_import(db: Database, now: str, progress: Progress, writing: Writing) -> Plan:
    """Match every line of ``registry_line`` (in SQL, a chunk at a time) and work out
    every change to a known donor (in Python, for the matched lines only). Reads take
    no lock; what is written is the work table's, in short transactions. The audit
    trail's mark is taken first: a donor written after it is looked at again when the
    import is switched on (``importer._look_again``)."""
    plan = Plan(now=now, audit_mark=donor_queries.audit_mark(db))
    if donor_queries.highest_rowid(db) == 0:
        return plan  # no donor yet (a first registry): every line is a new donor
    _match_lines(db, plan, progress, writing)
    if plan.error_count:
        return plan
    local = locally_set_fields(db)
    after = ""
    while rows := line_queries.matched(db, after, _BATCH):
        ids = [row["matched_id"] for row in rows]
        existing = donor_queries.by_ids(db, ids)
        held = held_donations(db, ids)
        changes = []
        for row in rows:
            match = match_of(row)
            found, lifted = work_out(existing[match.donor_id], match, local, now, held)
            changes.append((json.dumps(found) if found else None, int(lifted), match.donor_id))
        with writing():
            line_queries.set_changes(db, changes)
        after = ids[-1]
        progress.step("read", 1, 1)  # cancel, heartbeat
    return plan


def match_of(row: dict) -> Match:
    """A matched line of ``registry_line`` (``db.registry_lines.matched``)."""
    donor_id = row["matched_id"]
    return Match(donor_id, row, row["line"], by_donor_id=donor_id == row["id"])


def work_out(
    old: dict, match: Match, local: dict[str, set[str]], now: str, held: dict
) -> tuple[dict, bool]:
    """(what ``match`` changes on the donor as it is now, ``old``; whether it lifts a
    permanent deferral)."""
    changes = merge(old, match, local.get(old["id"], set()), now, held.get(old["id"], []))
    lifted = bool(old["deferral_permanent"] and changes.get("deferral_permanent") == 0)
    return changes, lifted


def _match_lines(db: Database, plan: Plan, progress: Progress, writing: Writing) -> None:
    first, last = line_queries.line_span(db)
    for start in range(first, last + 1, MATCH_LINES):
        matched = []
        for row in line_queries.candidates(db, start, start + MATCH_LINES - 1):
            donor_id, problem = match_row(row, *_keys_of(row))
            if problem is not None:
                plan.error(LineError(row["line"], problem.field, problem))
            elif donor_id is not None:
                matched.append((donor_id, row["line"]))
        if matched:
            with writing():
                line_queries.set_matched(db, matched)
        progress.step("read", 1, 1)  # part of checking the file, which was read whole
    for line, first_line in line_queries.lines_twice(db):
        problem = Problem("same_donor_twice", {"first_line": first_line}, "national_id")
        plan.error(LineError(line, problem.field, problem))


def _keys_of(row: dict) -> tuple[set[str], dict, dict]:
    """``match_row``'s look-up tables for one line (``db.registry_lines.candidates``)."""
    known = {row["known"]} if row["known"] else set()
    by_national = {row["national_id"]: row["holder"]} if row["holder"] else {}
    holders = [tuple(pair) for pair in json.loads(row["old_holders"] or "[]")]
    return known, by_national, {row["old_id"]: holders} if holders else {}


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
