"""The audit trail as people read it: entries filtered by person, record, donor and
dates (the viewer), their export to CSV (formula-safe, itself audited), and the check
of the hash chain on a connection of its own (the window's check at start)."""

import csv
import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from db import audit_queries
from db import staff as staff_queries
from db.records import write_transaction
from desktop.core.domain.audit_notes import AuditNote as N
from desktop.core.domain.audit_notes import audit_note
from desktop.core.domain.text import fold, spreadsheet_safe
from desktop.core.domain.vocabulary import AuditAction, StaffRole
from desktop.core.foundation.audit_chain import ChainReport, verify_file
from desktop.core.foundation.base_service import Service, storage_refusals
from desktop.core.foundation.events import EventBus
from desktop.core.foundation.files import refuse_open_database
from desktop.core.foundation.progress import QUIET, Progress
from desktop.core.foundation.session import Session, long_job

LIMIT = 5000  # entries shown at once, newest first: a filter narrows them
DONORS_LIMIT = 200  # donors one name may stand for
CSV_COLUMNS = ("at", "person", "action", "table", "record", "old_values", "new_values",
               "reason", "device", "chain_seq")  # fmt: skip
_ID_NUMBER = re.compile(r"\d{9}|\d{12}")


@dataclass(frozen=True)
class AuditQuery:
    """What to show: every filter is optional (None: all)."""

    person: str | None = None  # the name recorded on the entry
    table: str | None = None
    record_id: str | None = None
    donor: str | None = None  # a name (or part of one) or a CCCD / CMND number
    first_day: dt.date | None = None  # local dates, both included
    last_day: dt.date | None = None


@dataclass(frozen=True)
class AuditEntry:
    at: dt.datetime  # local time
    person: str
    action: str
    table: str
    record_id: str
    old_values: dict[str, Any] | None
    new_values: dict[str, Any] | None
    reason: str
    device_id: str
    chain_seq: int | None
    setting_key: str = ""  # the key of the setting an entry of a "setting" record is about
    record_name: str = ""  # the person a sign-in, lock or password entry is about


@dataclass(frozen=True)
class AuditPage:
    entries: list[AuditEntry]
    complete: bool  # False: more entries match than LIMIT (the newest are shown)


class AuditTrailService(Service):
    def __init__(
        self, db: Database, bus: EventBus, session: Session, connect: Callable[[], Database]
    ) -> None:
        super().__init__(db, bus, session)
        self.connect = connect

    def people(self) -> list[str]:
        return audit_queries.actors(self.db)

    def tables(self) -> list[str]:
        return audit_queries.tables(self.db)

    def entries(self, query: AuditQuery) -> AuditPage:
        rows = self._rows(query, LIMIT + 1)
        names = self._staff_names()
        entries = [_entry(row, names) for row in rows[:LIMIT]]
        return AuditPage(entries, len(rows) <= LIMIT)

    def _staff_names(self) -> dict[str, str]:
        return {row["id"]: row["full_name"] for row in staff_queries.all_staff(self.db)}

    def export_csv(
        self, query: AuditQuery, path: str | Path, note_text: Callable[[str], str] = str
    ) -> int:
        """Every entry the query matches as CSV (UTF-8 with BOM; cells that a
        spreadsheet would run as a formula are defused); audited as audit_export.
        ``note_text`` says each reason in the reader's language (the application's
        own notes are codes: ``desktop.core.domain.audit_notes``). Returns how many
        entries were written."""
        self.session.require(StaffRole.ADMIN)  # personal data of staff and donors
        refuse_open_database(path)
        rows = self._rows(query, None)
        with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(CSV_COLUMNS)
            for row in rows:
                note = note_text(row["note"] or "")
                cells = [_local(row["at"]).isoformat(sep=" ", timespec="seconds"),
                         row["actor_name"], row["action"], row["table_name"], row["record_id"],
                         row["old_values"] or "", row["new_values"] or "", note,
                         row["device_id"], row["chain_seq"]]  # fmt: skip
                writer.writerow([spreadsheet_safe(cell) for cell in cells])
        note = audit_note(
            N.AUDIT_EXPORTED, file=Path(path).name, count=len(rows), filter=_described(query)
        )
        with storage_refusals(), write_transaction(self.db, self.session.actor) as w:
            w.log(AuditAction.AUDIT_EXPORT, "audit_log", "*", note)
        return len(rows)

    @long_job
    def verify(self, progress: Progress = QUIET) -> ChainReport:
        """The hash chain checked on a connection of its own (safe on a worker)."""
        return verify_file(self.connect, progress)

    def _rows(self, query: AuditQuery, limit: int | None) -> list[dict]:
        record_ids = [query.record_id] if query.record_id else None
        if query.donor and query.donor.strip():
            text = query.donor.strip()
            number = text if _ID_NUMBER.fullmatch(text) else ""
            donors = audit_queries.donors_matching(self.db, number, fold(text), DONORS_LIMIT)
            records = audit_queries.donor_records(self.db, donors)
            record_ids = [r for r in records if r in record_ids] if record_ids else records
        since = _utc(query.first_day) if query.first_day else None
        before = _utc(query.last_day + dt.timedelta(days=1)) if query.last_day else None
        return audit_queries.entries(
            self.db, actor=query.person, table=query.table, record_ids=record_ids,
            since=since, before=before, limit=-1 if limit is None else limit,
        )  # fmt: skip


PERSON_TABLES = ("staff", "staff_login")  # their record ids are people's


def _entry(row: dict, names: dict[str, str]) -> AuditEntry:
    person = names.get(row["record_id"], "") if row["table_name"] in PERSON_TABLES else ""
    return AuditEntry(
        _local(row["at"]), row["actor_name"], row["action"], row["table_name"],
        row["record_id"], _values(row["old_values"]), _values(row["new_values"]),
        row["note"] or "", row["device_id"], row["chain_seq"], row.get("setting_key") or "",
        person,
    )  # fmt: skip


def _values(text: str | None) -> dict[str, Any] | None:
    if not text:
        return None
    try:
        values = json.loads(text)
    except ValueError:
        return {"": text}
    return values if isinstance(values, dict) else {"": values}


def _local(at: str) -> dt.datetime:
    return dt.datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone()


def _utc(day: dt.date) -> str:
    """The start of a local day as the trail's UTC text."""
    moment = dt.datetime.combine(day, dt.time.min).astimezone(dt.UTC)
    return moment.isoformat(timespec="microseconds").replace("+00:00", "Z")


def _described(query: AuditQuery) -> str:
    parts = [f"{k}={v}" for k, v in vars(query).items() if v not in (None, "")]
    return ", ".join(parts) or "none"
