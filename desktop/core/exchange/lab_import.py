"""Importing one laboratory results file at the center: all of it or nothing.

1. The whole file is read and checked (``lab_file``); a file accepted before (the same
   SHA-256) is not imported again.
2. Every DIN is matched to the unit the center holds: a DIN no unit carries, one held
   aside because two units carried it, or a test day before the donation refuses the
   whole file with a line report.
3. One audited transaction stores the file and its results: a unit without results gets
   them; the same results again change nothing; other results for a unit that has some
   wait for a person's decision (a lab conflict), never overwriting. The units' new
   results (also those waiting) then hold them in quarantine and list the donors to
   notify (``lab_effects``).
"""

import json
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from sqlite_utils import Database

from db import installation
from db import lab as lab_queries
from db.records import Actor, write_transaction
from db.stamps import new_id
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.vocabulary import (
    InstallationRole,
    LabConflictKind,
    LabConflictStatus,
    LabResultStatus,
)
from desktop.core.exchange import people
from desktop.core.exchange.lab_effects import apply_results
from desktop.core.exchange.lab_facts import group_conflicts, positive_markers, reactive_markers
from desktop.core.exchange.lab_file import LabFile, LabLine, read_lab_file
from desktop.core.foundation.base_service import storage_refusals
from desktop.core.foundation.progress import QUIET, Progress
from desktop.core.registry.reader import LineError

STORE_STEP = 500


class LabFileStatus(StrEnum):
    ACCEPTED = "accepted"
    ALREADY = "already"  # the same file was imported before: nothing to do
    REFUSED = "refused"  # a bad line: nothing of it was stored


@dataclass
class LabReport:
    file_name: str
    status: LabFileStatus = LabFileStatus.REFUSED
    lines: int = 0
    new: int = 0  # units that got their first results
    unchanged: int = 0  # the results the center had already
    to_review: int = 0  # other results for a unit that has some: a person decides
    reactive: int = 0  # units with a repeat-reactive marker among the new results
    positive: int = 0  # units with a confirmed positive marker among the new results
    group_conflicts: int = 0  # people of these units whose lab group differs from theirs
    errors: list[LineError] = field(default_factory=list)
    error_count: int = 0

    def counts(self) -> dict[str, int]:
        names = ("lines", "new", "unchanged", "to_review", "reactive", "positive")
        return {name: getattr(self, name) for name in names}


def import_lab_file(
    db: Database, actor: Actor, path: Path, progress: Progress = QUIET
) -> LabReport:
    """Import one file (see the module docstring); raises Cancelled (nothing stored)."""
    if installation.current(db)["role"] != InstallationRole.CENTER:
        raise UserError(Problem("not_center"))
    parsed = read_lab_file(Path(path), progress)
    report = LabReport(parsed.name, lines=len(parsed.lines) + parsed.error_count)
    if not parsed.ok:
        return _refused(report, parsed)
    if lab_queries.imported_before(db, parsed.sha256) is not None:
        report.status = LabFileStatus.ALREADY
        return report
    units = _matched(db, parsed)
    if not parsed.ok:
        return _refused(report, parsed)
    with storage_refusals(), write_transaction(db, actor) as w:
        plan = _Plan(db, parsed.lines, units)
        _count(report, plan)
        values = {
            "file_name": parsed.name, "sha256": parsed.sha256, "lines": len(parsed.lines),
            "counts": json.dumps(report.counts(), sort_keys=True), "imported_at": w.now,
            "imported_by": actor.staff_id,
        }  # fmt: skip
        lab_import = w.insert("lab_import", values, action="lab_import", note=parsed.name)
        rows = plan.rows(lab_import["id"])
        for start in range(0, len(rows), STORE_STEP):
            progress.step("store", start, len(rows))
            w.insert_many("lab_result", rows[start : start + STORE_STEP], action="lab_result",
                          note=parsed.name)  # fmt: skip
        for row in rows:
            if row["status"] == LabResultStatus.PENDING:
                conflict = {"kind": LabConflictKind.RESULTS, "din": row["din"],
                            "result_id": row["id"], "status": LabConflictStatus.OPEN}  # fmt: skip
                w.insert("lab_conflict", conflict, action="lab_conflict", note=parsed.name)
        apply_results(w, [units[line.din]["id"] for line in (*plan.new, *plan.other)])
        report.group_conflicts = _group_conflicts_of(db, [u["donor_id"] for u in units.values()])
        progress.step("store", len(rows), len(rows))
    report.status = LabFileStatus.ACCEPTED
    return report


def _refused(report: LabReport, parsed: LabFile) -> LabReport:
    report.errors, report.error_count = parsed.errors, parsed.error_count
    return report


def _matched(db: Database, parsed: LabFile) -> dict[str, dict]:
    """DIN -> the unit carrying it; what cannot be matched is added to the file's errors."""
    dins = [line.din for line in parsed.lines]
    units = lab_queries.donations_by_din(db, dins)
    held = lab_queries.held_dins(db, dins)
    for line in parsed.lines:
        unit = units.get(line.din)
        if line.din in held:
            parsed.add(line.line, "din", Problem("lab_din_held", {"din": line.din}, "din"))
        elif unit is None:
            parsed.add(line.line, "din", Problem("lab_din_unknown", {"din": line.din}, "din"))
        elif line.tested_on and line.tested_on.isoformat() < (unit["drive_date"] or ""):
            params = {"tested": line.tested_on, "donated": unit["drive_date"]}
            parsed.add(line.line, "tested_on",
                       Problem("lab_tested_before_donation", params, "tested_on"))  # fmt: skip
    return units


class _Plan:
    """Each line as new results, the same again, or other results to review."""

    def __init__(self, db: Database, lines: list[LabLine], units: dict[str, dict]) -> None:
        self.units = units
        known = lab_queries.results_of_dins(
            db, [line.din for line in lines], [LabResultStatus.CURRENT, LabResultStatus.PENDING]
        )
        by_din: dict[str, list[dict]] = {}
        for row in known:
            by_din.setdefault(row["din"], []).append(row)
        self.new: list[LabLine] = []
        self.same: list[LabLine] = []
        self.other: list[LabLine] = []
        for line in lines:
            had = by_din.get(line.din, [])
            if not any(r["status"] == LabResultStatus.CURRENT for r in had):
                self.new.append(line)
            elif any(_results(r) == line.results() for r in had):
                self.same.append(line)
            else:
                self.other.append(line)

    def rows(self, lab_import_id: str) -> list[dict]:
        def row(line: LabLine, status: LabResultStatus) -> dict:
            return {
                "id": new_id(), "lab_import_id": lab_import_id, "line": line.line, "din": line.din,
                "donation_id": self.units[line.din]["id"], **line.results(),
                "tested_on": line.tested_on.isoformat() if line.tested_on else None,
                "status": status,
            }  # fmt: skip

        return [row(line, LabResultStatus.CURRENT) for line in self.new] + [
            row(line, LabResultStatus.PENDING) for line in self.other
        ]


def _results(row: dict) -> dict[str, str]:
    return {name: row[name] for name in lab_queries.RESULT_COLUMNS}


def _count(report: LabReport, plan: _Plan) -> None:
    report.new, report.unchanged, report.to_review = len(plan.new), len(plan.same), len(plan.other)
    report.positive = sum(bool(positive_markers(line.results())) for line in plan.new)
    report.reactive = sum(bool(reactive_markers(line.results())) for line in plan.new)


def _group_conflicts_of(db: Database, donor_ids: list[str]) -> int:
    persons = set(people.roots(db, donor_ids).values())
    return sum(conflict.person_id in persons for conflict in group_conflicts(db))
