"""The center's merge of the rows of one export file, in one transaction.

``merge_rows`` takes the parsed rows of a file (every column as the site stored it,
plus ``_base``) and, table by table in dependency order, keeps each version received,
writes each record's row as the function of its versions (``versions``; people,
unique values: ``people``, ``unique_values``), then recomputes what depends on many
records: donor counters and the safety re-checks. A cancel or any failure rolls all of
it back; a row whose stamp the center holds with other content rejects the file.
"""

import datetime as dt
import math
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager

from sqlite_utils import Database

from db.connection import pragma_for_block
from db.driver import sqlite3
from db.merge import chunks, table_columns
from db.records import Actor, write_transaction
from desktop.core.domain.problems import Problem
from desktop.core.eligibility.ruleset import RuleSet
from desktop.core.exchange.audit_anchor import check_file
from desktop.core.exchange.center_import import ImportedFile, record_accepted
from desktop.core.exchange.container import BASE_KEY
from desktop.core.exchange.materialize import Materializer
from desktop.core.exchange.report import MergeRejected, MergeReport, TableCounts
from desktop.core.foundation.progress import QUIET, Progress

MERGE_ORDER = (
    "drive",
    "staff",
    "staff_role",
    "rule_set",
    "donor",
    "visit",
    "screening",
    "din_roll",
    "din",
    "donation",
    "certificate",
    "reconciliation_note",
    "started_donation",
    "audit_log",
)
PHASE = "merge"
__all__ = ["MERGE_ORDER", "MergeRejected", "MergeReport", "TableCounts", "merge_rows"]


def merge_rows(
    db: Database,
    actor: Actor,
    source: str,
    rows_by_table: Mapping[str, Sequence[dict]],
    *,
    rules: RuleSet,
    progress: Progress = QUIET,
    now: dt.datetime | None = None,
    file: ImportedFile | None = None,
) -> MergeReport:
    """Merge one file's rows (``source`` names the file in versions and the audit).

    ``rules`` is the rule set installed at the center (its intervals); ``file``, when
    given, is recorded as accepted in the same transaction. Raises MergeRejected
    (nothing written) or Cancelled (nothing written)."""
    unknown = sorted(set(rows_by_table) - set(MERGE_ORDER))
    if unknown:
        raise MergeRejected(Problem("merge_unknown_table", {"tables": ", ".join(unknown)}))
    _refuse_unshaped(db, rows_by_table)
    report = MergeReport(source)
    total = sum(len(rows) for rows in rows_by_table.values())
    done = 0
    try:
        with _references_may_wait(db), write_transaction(db, actor) as w:
            at = _iso(now) if now is not None else w.now
            merger = Materializer(db, w, source, report, at)
            if file is not None:  # before its entries join those held
                report.audit_chain = check_file(
                    db, file.audit_head, list(rows_by_table.get("audit_log") or ()),
                    incarnation=file.incarnation, export_number=file.export_number,
                )  # fmt: skip
            for table in MERGE_ORDER:
                for part in chunks(list(rows_by_table.get(table) or ())):
                    progress.step(PHASE, done, total)
                    merger.receive(table, part)
                    done += len(part)
            progress.step(PHASE, done, total)
            merger.finish(rules.interval_for)
            if file is not None:
                record_accepted(w, file, report)
            progress.check()  # the last moment a cancel undoes everything
    except sqlite3.IntegrityError as error:
        # a row the schema refuses (e.g. two live tickets of one person at one drive
        # once two records became one person): the file waits for a person
        raise MergeRejected(Problem("merge_refused_by_schema", {"detail": str(error)})) from None
    return report


def _refuse_unshaped(db: Database, rows_by_table: Mapping[str, Sequence[dict]]) -> None:
    """Every record must be a row of its table: an id, columns the table has (plus the
    file's ``_base``), plain values. Column names become SQL, so one that is not a
    column is refused here, never handed to the database."""
    for table, rows in rows_by_table.items():
        columns = {*table_columns(db, table), BASE_KEY}
        for row in rows:
            if (problem := _shape_problem(row, columns)) is not None:
                record = str(row.get("id"))[:40] if isinstance(row, dict) else "?"
                detail = f"{table} {record}: {problem}"
                raise MergeRejected(Problem("merge_refused_by_schema", {"detail": detail}))


def _shape_problem(row: object, columns: set[str]) -> str | None:
    if not isinstance(row, dict):
        return "not a record"
    if not isinstance(row.get("id"), str) or not row["id"]:
        return "no id"
    for name, value in row.items():
        if name not in columns:
            return f"no column {str(name)[:40]!r}"
        if not _plain(value):
            return f"{name} is not a plain value"
    return None


def _plain(value: object) -> bool:
    if isinstance(value, int):
        return -(2**63) <= value < 2**63  # what SQLite stores
    if isinstance(value, float):
        return math.isfinite(value)  # JSON as Python reads it allows Infinity and NaN
    return value is None or isinstance(value, str)


@contextmanager
def _references_may_wait(db: Database) -> Iterator[None]:
    """Files arrive in any order: a ticket may come before the file that holds its
    drive. The merge does not enforce references (SQLite can switch that only outside
    a transaction); they are whole again once every file arrived."""
    with pragma_for_block(db, "foreign_keys", "OFF"):
        yield


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")
