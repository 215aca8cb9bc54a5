"""Receiving versions and writing each record's row as the function of its versions.

A record's row is the content of its chosen head (``versions``) with three things the
center decides from everything it received: a donor's id in references becomes the
surviving record's (``people``), a unique value two records carried is moved aside
(``unique_values``), and donor counters are recomputed (``counters``). Whenever one of
those changes, the rows it concerns are written again, so each row stays that function.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlite_utils import Database

from db import devices as device_queries
from db import merge as merge_queries
from db import merge_lists
from db.merge_writer import LOCAL_ONLY, MergeWriter
from db.records import Writer
from desktop.core.domain.audit_notes import AuditNote as N
from desktop.core.domain.audit_notes import audit_note
from desktop.core.domain.problems import Problem
from desktop.core.domain.vocabulary import (
    HoldReason,
    RedirectReason,
)
from desktop.core.exchange import people
from desktop.core.exchange.flags import din_block_flags, future_flags
from desktop.core.exchange.rechecks import recheck_touched
from desktop.core.exchange.report import MergeRejected, MergeReport
from desktop.core.exchange.unique_values import (
    HELD_COLUMNS,
    SHARED_COLUMNS,
    gives_up_values,
    key_values,
    set_aside,
)
from desktop.core.exchange.versions import (
    DERIVED_COLUMNS,
    Resolution,
    Stamp,
    Version,
    resolve,
    substance_sha,
    version_row,
)

REFERS_TO_DONOR = ("visit", "donation")
# What a row refers to, to re-check the people behind it when it changes (a drive is
# touched only when its own row changes: then everyone at it is re-checked).
REFERENCES = {
    "visit": ("donor_id",),
    "donation": ("donor_id", "visit_id"),
    "screening": ("visit_id",),
    "certificate": ("donation_id",),
}
TRACKED = ("donor", "drive", "visit", "screening", "donation", "certificate")


@dataclass(frozen=True)
class Outcome:
    existed: bool
    written: bool
    conflict: bool


class Materializer:
    def __init__(self, db: Database, w: Writer, source: str, report: MergeReport, now: str):
        self.db, self.w, self.source, self.report, self.now = db, w, source, report, now
        self.writer = MergeWriter(w, source)  # rows as received, each audited as a merge
        self.seq = w.reserve_seqs()  # the merge's own events share one number
        self.touched: dict[str, set[str]] = {table: set() for table in TRACKED}
        self._columns: dict[str, list[str]] = {}
        self._devices: dict[str, dict | None] = {}

    # -- receiving ------------------------------------------------------------------------

    def receive(self, table: str, rows: list[dict]) -> None:
        if table == "audit_log":
            rows = [{k: v for k, v in row.items() if k != "_base"} for row in rows]
            new = self.writer.merge_audit(rows)
            counts = self.report.counts(table)
            counts.new, counts.unchanged = counts.new + new, counts.unchanged + len(rows) - new
            return
        ids = list(dict.fromkeys(row["id"] for row in rows))
        existing = merge_queries.rows_by_id(self.db, table, ids)
        if table == "donor":  # the center's own records of these people
            national_ids = sorted({row["national_id"] for row in rows if row.get("national_id")})
            existing |= merge_queries.rows_with(self.db, "donor", "national_id", national_ids)
        fresh: dict[str, list[dict]] = self._seed_existing(table, existing)
        known = merge_queries.versions_of(self.db, table, ids)
        received: list[str] = []
        added: list[dict] = []
        for row in rows:
            content = {k: v for k, v in row.items() if k != "_base"}
            version = self._new_version(table, content, row.get("_base"), known[content["id"]])
            if version is not None:
                known[content["id"]].append(version)
                added.append(version)
                fresh.setdefault(content["id"], []).append(content)
            received.append(content["id"])
        merge_queries.add_versions(self.db, added)
        affected = set(fresh) | self._keys(table, fresh)
        if table == "donor":
            affected |= self._link_people(sorted(fresh))
        outcomes = self.materialize(table, sorted(affected))
        counts = self.report.counts(table)
        for record_id in received:
            outcome = outcomes.get(record_id)
            if outcome is None or (not outcome.written and not outcome.conflict):
                counts.unchanged += 1
            elif outcome.conflict:
                counts.conflicting += 1
            elif outcome.existed:
                counts.updated += 1
            else:
                counts.new += 1

    def _new_version(self, table: str, content: dict, base: str | None, known: list) -> dict | None:
        """The version to keep of a received row; None when the center holds it."""
        try:
            stamp = Stamp(str(content["device_id"]), int(content["change_seq"]))
            bases = [str(Stamp.parse(base))] if base else []
        except (KeyError, TypeError, ValueError):
            raise MergeRejected(
                Problem("merge_bad_stamp", {"table": table, "record": str(content.get("id"))})
            ) from None
        version = version_row(
            table, content, stamp, bases, source=self.source, received_at=self.now
        )
        key = (stamp.device_id, stamp.change_seq)
        same = [v for v in known if (v["device_id"], v["change_seq"]) == key]
        if any(v["content_sha"] == version["content_sha"] for v in same):
            return None
        if same and not stamp.is_registry:
            problem = Problem(
                "merge_stamp_reused", {"table": table, "record": content["id"], "stamp": str(stamp)}
            )
            raise MergeRejected(problem)
        flags = future_flags(table, content, self.now)
        flags += din_block_flags(table, content, self._device(stamp.device_id))
        if flags:
            merge_lists.add_flags(self.db, flags, self.now)
            self.report.flags += [(t, r, k) for t, r, k, _ in flags]
        return version

    def _device(self, device_id: str) -> dict | None:
        """The enrolled device of a version's origin (None: the registry, the center)."""
        if device_id not in self._devices:
            self._devices[device_id] = device_queries.get(self.db, device_id)
        return self._devices[device_id]

    def _seed_existing(self, table: str, existing: dict[str, dict]) -> dict[str, list[dict]]:
        """A row the center holds without any version (written before the center
        merged files, e.g. by its registry import) counts as the version it is;
        returns those rows, whose keys are recorded with the received ones."""
        if not existing:
            return {}
        known = merge_queries.versions_of(self.db, table, list(existing))
        seeded: dict[str, list[dict]] = {}
        for record_id, row in sorted(existing.items()):
            if known[record_id]:
                continue
            content = {k: v for k, v in row.items() if k not in LOCAL_ONLY.get(table, ())}
            stamp = Stamp(str(row["device_id"]), int(row["change_seq"]))
            version = version_row(
                table, content, stamp, [], source="existing", received_at=self.now
            )
            merge_queries.add_version(self.db, version)
            seeded[record_id] = [content]
        return seeded

    def _keys(self, table: str, fresh: dict[str, list[dict]]) -> set[str]:
        """Record the keys of the new versions; returns the records whose rows change
        because a value became held."""
        keys = [
            k
            for rid, contents in fresh.items()
            for c in contents
            for k in key_values(table, rid, c)
        ]
        if table == "donor":
            keys += [
                k
                for rid, contents in fresh.items()
                for c in contents
                for k in people.person_keys(rid, c)
            ]
        merge_queries.add_keys(self.db, keys)
        affected: set[str] = set()
        for column in HELD_COLUMNS.get(table, ()):
            values = sorted({value for t, c, value, _ in keys if c == column})
            holders = merge_queries.holders(self.db, table, column, values)
            held = [
                (table, rid, column, value)
                for value, records in sorted(holders.items())
                if len(records) > 1
                for rid in sorted(records)
            ]
            if merge_lists.hold(self.db, held, HoldReason.SEEN_TWICE, self.now):
                self.report.held += held
            affected |= {rid for _, rid, _, _ in held}
            self._touch_held(table, column, {value for _, _, _, value in held}, affected)
        for column in SHARED_COLUMNS.get(table, ()):
            values = sorted({value for t, c, value, _ in keys if c == column})
            holders = merge_queries.holders(self.db, table, column, values)
            affected |= {rid for records in holders.values() for rid in records}
        return affected

    def _kept_elsewhere(self, table: str, ids: list[str]) -> dict[str, dict[str, set[str]]]:
        """record -> column -> the values of a shared column a lower id keeps."""
        found: dict[str, dict[str, set[str]]] = {}
        for column in SHARED_COLUMNS.get(table, ()):
            carried = merge_queries.keys_of(self.db, table, column, ids)
            values = sorted({value for found_values in carried.values() for value in found_values})
            holders = merge_queries.holders(self.db, table, column, values)
            for record_id, record_values in carried.items():
                found.setdefault(record_id, {})[column] = {
                    value for value in record_values if min(holders[value]) != record_id
                }
        return found

    def _touch_held(self, table: str, column: str, values: set[str], records: set[str]) -> None:
        if table == "donation":
            self.touched["donation"] |= records
        elif table == "certificate":
            self.touched["certificate"] |= records
        elif (table, column) == ("din", "number") and values:
            holders = merge_queries.holders(self.db, "donation", "din", sorted(values))
            self.touched["donation"] |= {rid for found in holders.values() for rid in found}

    def _link_people(self, donor_ids: list[str]) -> set[str]:
        """Make one person of the records that carried one CCCD; returns the donor
        records whose rows change. Rows that referred to a record that is no longer a
        survivor are written again with the survivor's id."""
        merged = people.link_same_national_ids(
            self.db, donor_ids, RedirectReason.SAME_NATIONAL_ID, self.now
        )
        affected: set[str] = set()
        for old, survivor in merged:
            self.report.people_merged.append((old, survivor))
            note = audit_note(N.SAME_NATIONAL_ID, source=self.source, survivor=survivor)
            self.audit_event("merge_person", "donor", old, note)
            affected |= people.members(self.db, [survivor])[survivor]
            self.rewrite_references(old)
        for a, b, name_birth in sorted(people.review_pairs(self.db, donor_ids)):
            name, _, birth = name_birth.rpartition("|")
            if merge_lists.add_review(self.db, (a, b), (name, birth), (self.now, self.w.device_id)):
                self.report.reviews.append((a, b))
        self.touched["donor"] |= affected
        return affected

    def rewrite_references(self, old_root: str) -> None:
        for table in REFERS_TO_DONOR:
            self.materialize(table, merge_lists.referring_rows(self.db, table, old_root))

    # -- rows -----------------------------------------------------------------------------

    def materialize(self, table: str, ids: list[str]) -> dict[str, Outcome]:
        """Write each record's row as the function of its versions (and of the center's
        people and holds); returns what happened to each."""
        if not ids:
            return {}
        versions = merge_queries.versions_of(self.db, table, ids)
        current = merge_queries.rows_by_id(self.db, table, ids)
        by_column = {
            column: merge_lists.holds_of(self.db, table, column, ids)
            for column in HELD_COLUMNS.get(table, ())
        }
        held = {
            record_id: {column: found.get(record_id, set()) for column, found in by_column.items()}
            for record_id in ids
        }
        for record_id, columns in self._kept_elsewhere(table, ids).items():
            held[record_id].update(columns)
        donors = list(ids) if table == "donor" else []
        outcomes, writes = {}, []
        rows = {}
        for record_id in ids:
            if not versions[record_id]:
                continue
            resolution, content = _resolve(table, versions[record_id])
            if resolution.conflict:
                self._open_conflict(table, record_id, resolution)
            rows[record_id] = (resolution, content)
            if table in REFERS_TO_DONOR and content.get("donor_id"):
                donors.append(content["donor_id"])
        settled = [rid for rid, (resolution, _) in rows.items() if not resolution.conflict]
        merge_lists.withdraw_conflicts(self.db, table, settled)
        survivors = people.roots(self.db, donors)
        for record_id, (resolution, content) in rows.items():
            row = self._row(table, content, survivors, held)
            before = current.get(record_id)
            if before is not None:
                row |= {c: before[c] for c in DERIVED_COLUMNS.get(table, ()) if c in before}
            changed = [c for c in row if before is None or before.get(c) != row[c]]
            outcomes[record_id] = Outcome(before is not None, bool(changed), resolution.conflict)
            if changed:
                writes.append((row, before, changed))
            self._track(table, row, before)
        # rows that give up a unique value are written before rows that take it
        writes.sort(key=lambda write: not _gives_up_values(table, write[0], survivors))
        self.writer.merge_rows(table, [row for row, _, _ in writes])
        return outcomes

    def _row(self, table: str, content: dict, survivors: dict, held: dict) -> dict:
        row = {c: content[c] for c in self._table_columns(table) if c in content}
        for column in LOCAL_ONLY.get(table, ()):
            if column in row:
                row[column] = None
        if table in REFERS_TO_DONOR and row.get("donor_id"):
            row["donor_id"] = survivors.get(row["donor_id"], row["donor_id"])
        if table == "donor" and survivors.get(row["id"], row["id"]) != row["id"]:
            row["national_id"] = None  # the CCCD is the survivor's
        return set_aside(table, row, held.get(row["id"], {}))

    def _table_columns(self, table: str) -> list[str]:
        if table not in self._columns:
            self._columns[table] = merge_queries.table_columns(self.db, table)
        return self._columns[table]

    def _open_conflict(self, table: str, record_id: str, resolution: Resolution) -> None:
        heads = json.dumps([f"{h.stamp}/{h.content_sha[:16]}" for h in resolution.heads])
        stamp = (self.now, self.w.device_id)
        chosen = str(resolution.row.stamp)
        merge_lists.open_conflict(self.db, (table, record_id), heads, chosen, stamp)

    def _track(self, table: str, row: dict, before: dict | None) -> None:
        if table in self.touched:
            self.touched[table].add(row["id"])
        for values in (row, before or {}):
            for column in REFERENCES.get(table, ()):
                target = {
                    "donor_id": "donor",
                    "drive_id": "drive",
                    "visit_id": "visit",
                    "donation_id": "donation",
                }[column]
                if values.get(column):
                    self.touched[target].add(values[column])

    def audit_event(self, action: str, table: str, record_id: str, note: str) -> None:
        self.w._audit_rows(
            [
                self.w._audit_entry(
                    action,
                    table,
                    record_id=record_id,
                    before=None,
                    after=None,
                    note=note,
                    seq=self.seq,
                )
            ]
        )

    def finish(self, interval_for: Callable[[str | None], int]) -> None:
        """Recompute what depends on many records for every person this merge touched
        (``rechecks``)."""
        recheck_touched(self, interval_for)


def _resolve(table: str, stored: list[dict]) -> tuple[Resolution, dict]:
    contents = {}
    versions = []
    for v in stored:
        content = json.loads(v["content"])
        stamp = Stamp(v["device_id"], v["change_seq"])
        bases = tuple(Stamp.parse(b) for b in json.loads(v["bases"]))
        versions.append(Version(stamp, v["content_sha"], bases))
        contents[(stamp, v["content_sha"])] = content
    resolution = resolve(versions)
    if len(resolution.heads) > 1:  # only heads' substance can make a conflict: hash theirs
        heads = tuple(
            replace(h, substance=substance_sha(table, contents[(h.stamp, h.content_sha)]))
            for h in resolution.heads
        )
        resolution = Resolution(min(heads), heads)
    return resolution, contents[(resolution.row.stamp, resolution.row.content_sha)]


def _gives_up_values(table: str, row: dict, survivors: dict) -> bool:
    if table == "donor":
        return survivors.get(row["id"], row["id"]) != row["id"]
    return gives_up_values(table, row)
