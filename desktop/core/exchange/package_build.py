"""The parts of one laptop's drive package, read at the center on one snapshot: the
registry (``package_registry``), the rule set the center works with, what the center
planned for the laptop (``planning.device_plan``: its drives with their assignments, its
number blocks, those withdrawn too) and what the center acknowledges having received
from it.
"""

import datetime as dt
import hashlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from db import center_imports as import_queries
from db import installation
from db import packages as queries
from db.connection import connect
from desktop.core.domain.vocabulary import CenterImportStatus
from desktop.core.eligibility.harness import DEFAULT_CASES
from desktop.core.eligibility.provider import RuleSetProvider
from desktop.core.eligibility.ruleset import DEFAULT_RULE_SET
from desktop.core.exchange.container import part_name
from desktop.core.exchange.package_file import (
    REGISTRY,
    RULE_SET,
    RULE_SET_CASES,
    RegistryPartWriter,
    document_part,
    table_part,
)
from desktop.core.exchange.package_registry import LabFacts, RegistryTally, registry_lines
from desktop.core.exchange.planning import DevicePlan, device_plan
from desktop.core.foundation.child_process import run_in_child
from desktop.core.foundation.progress import Progress

Part = tuple[Path, dict[str, Any]]  # the file written, what the manifest says of it
REGISTRY_IN_CHILD_FROM = 10_000  # people: fewer are written here, in well under 100 ms
REGISTRY_WRITER = f"{__name__}:write_registry_file"


@dataclass(frozen=True)
class RuleSetText:
    version: str
    sha256: str
    text: str
    cases: str  # the validation table it was installed with ("" when not kept)


@dataclass
class BuiltParts:
    parts: dict[str, Part]
    tally: RegistryTally
    plan: DevicePlan
    rule_set: RuleSetText | None
    acknowledged: list[dict[str, Any]]
    center_seq: int  # the center's own change sequence the snapshot stood at


@contextmanager
def snapshot(db: Database) -> Iterator[None]:
    """One read transaction: every table as it stood at one moment."""
    db.conn.execute("BEGIN")
    try:
        yield
    finally:
        db.conn.execute("ROLLBACK")


def acknowledgements(db: Database, device_id: str) -> list[dict[str, Any]]:
    """For each incarnation of the device the center accepted files from: the highest
    change sequence received, the highest export number and when that export was made
    ("" when the file was accepted before its time was kept)."""
    return [
        {
            "incarnation": mark["incarnation"],
            "epoch": mark["epoch"],
            "through_seq": mark["seq_to"],
            "export_number": mark["export_number"],
            "exported_at": mark["exported_at"] or "",
        }
        for mark in import_queries.accepted_marks(db, device_id, CenterImportStatus.ACCEPTED)
    ]


def center_rule_set(rules: RuleSetProvider) -> RuleSetText | None:
    """The rule set in force at the center, as the text it was read from, with the
    validation table it passed: the one it installed (with the cases kept when it was
    installed), else the one shipped with the application (with the shipped cases)."""
    current = rules.current
    installed = rules.store.installed_text()
    if installed and _sha256(installed) == current.sha256:
        return RuleSetText(current.version, current.sha256, installed,
                           rules.store.installed_cases())  # fmt: skip
    shipped = DEFAULT_RULE_SET.read_text(encoding="utf-8")
    if _sha256(shipped) == current.sha256:
        cases = DEFAULT_CASES.read_bytes().decode("utf-8-sig")
        return RuleSetText(current.version, current.sha256, shipped, cases)
    return None


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def build_parts(
    db: Database,
    device: dict,
    work: Path,
    *,
    rules: RuleSetProvider,
    today: dt.date,
    progress: Progress,
    lab: LabFacts | None = None,
) -> BuiltParts:
    """Every part of ``device``'s package written into ``work``; run on one snapshot."""
    total = queries.person_count(db)
    progress.step("registry", 0, total)
    if total >= REGISTRY_IN_CHILD_FROM:
        database = db.execute("PRAGMA database_list").fetchone()[2]
        lab_read = None if lab is None else _LabRead(dict(lab.deferred), dict(lab.groups))
        args = (database, str(work), lab_read, today.isoformat(), total)
        facts, tally = run_in_child(REGISTRY_WRITER, args, progress, key=getattr(db, "key", None))
    else:
        facts, tally = registry_part(db, work, lab, today, total=total, progress=progress)
    parts: dict[str, Part] = {REGISTRY: (work / REGISTRY, facts)}
    rule_set = center_rule_set(rules)
    if rule_set is not None:
        parts[RULE_SET] = document_part(work, RULE_SET, rule_set.text)
        if rule_set.cases:
            parts[RULE_SET_CASES] = document_part(work, RULE_SET_CASES, rule_set.cases)
    plan = device_plan(db, device, today)
    rows = {"drive": plan.drives, "drive_assignment": plan.assignments,
            "number_block": plan.blocks + plan.withdrawn_blocks}  # fmt: skip
    for table, found in rows.items():
        parts[part_name(table)] = table_part(work, table, found)
    center_seq = installation.current(db)["last_change_seq"]
    return BuiltParts(parts, tally, plan, rule_set, acknowledgements(db, device["id"]),
                      center_seq)  # fmt: skip


def registry_part(
    db: Database,
    work: Path,
    lab: LabFacts | None,
    today: dt.date,
    *,
    total: int,
    progress: Progress,
) -> tuple[dict[str, Any], RegistryTally]:
    """``registry.csv`` written into ``work`` from ``db``'s snapshot: what the manifest
    says of it, and what its lines came to."""
    tally = RegistryTally()
    writer = RegistryPartWriter(work)
    try:
        for lines in registry_lines(db, lab, today=today, tally=tally):
            writer.write_rows(lines)
            progress.step("registry", min(tally.persons, total), total)
    finally:
        facts = writer.close()
    return facts, tally


@dataclass(frozen=True)
class _LabRead:
    """The lab facts, as the parent read them, for the child."""

    deferred: Mapping[str, dt.date] = field(default_factory=dict)
    groups: Mapping[str, tuple[str, str]] = field(default_factory=dict)


def write_registry_file(
    database: str,
    work: str,
    lab: _LabRead | None,
    today: str,
    total: int,
    *,
    key: bytes | None,
    progress: Progress,
) -> tuple[dict[str, Any], RegistryTally]:
    """In a child process: ``registry_part`` on a connection of its own to the
    database file ``database``, on one snapshot."""
    db = connect(database, key)
    try:
        with snapshot(db):
            day = dt.date.fromisoformat(today)
            return registry_part(db, Path(work), lab, day, total=total, progress=progress)
    finally:
        db.close()
