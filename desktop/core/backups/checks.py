"""Checking a backup before anything is restored from it: SQLite's ``integrity_check``,
that it is an HMTN database, the audit chain, and what it holds."""

import datetime as dt
import shutil
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlite_utils import Database

from db import backup_copy
from db.connection import APPLICATION_ID
from db.driver import sqlite3
from desktop.core.domain.problems import Problem, UserError
from desktop.core.foundation.audit_chain import BrokenLink, break_problem, verify


class ChainVerdict(StrEnum):
    INTACT = "intact"
    BROKEN = "broken"
    NOT_CHECKED = "not_checked"  # this version cannot check the chain yet


@dataclass(frozen=True)
class Contents:
    """What a backup holds, as the restore dialog and ``hmtn restore`` show it."""

    device_id: str
    site_code: str
    role: str
    epoch: int
    last_change_seq: int
    drives: list[tuple[str, str, str]]  # code, date (yyyy-mm-dd), status
    donors: int
    visits: int
    donations: int
    last_change_at: str  # the time of its last audited change (UTC, ISO)


@dataclass
class CheckedBackup:
    """A backup that passed its checks, ready to restore; ``discard`` removes what was
    unpacked for it (a USB backup's private folder)."""

    source: Path  # what the person picked
    database: Path  # the database file inside it
    key_file: Path | None  # its key file, when it came with one
    made_at: dt.datetime
    contents: Contents
    chain: ChainVerdict
    chain_detail: str = ""
    unpacked: Path | None = None

    def discard(self) -> None:
        if self.unpacked is not None:
            shutil.rmtree(self.unpacked, ignore_errors=True)
            self.unpacked = None


def check_database(
    path: Path, key: bytes | None, source: Path
) -> tuple[Contents, ChainVerdict, str]:
    """Open the backup's database read-only and check it; UserError (which check
    failed) when it cannot be restored."""
    try:
        with backup_copy.opened(path, key, read_only=True) as conn:
            lines = backup_copy.integrity(conn)
            if lines != ["ok"]:
                detail = "; ".join(lines[:3])
                raise UserError(Problem("backup_damaged", {"file": str(source), "detail": detail}))
            if backup_copy.application_id(conn) != APPLICATION_ID:
                raise UserError(Problem("backup_not_hmtn", {"file": str(source)}))
            contents = Contents(**backup_copy.contents(conn))
            verdict, link = audit_chain_verdict(Database(conn))
    except sqlite3.DatabaseError as error:  # not a database, or not with this key
        raise UserError(Problem("backup_unreadable", {"file": str(source)})) from error
    if link is not None:
        raise UserError(Problem("backup_chain_broken", {"file": str(source)}), break_problem(link))
    return contents, verdict, ""


def audit_chain_verdict(db: Database) -> tuple[ChainVerdict, BrokenLink | None]:
    """The backup's audit chain checked with the audit trail's own ``verify``: intact,
    or broken at its first broken link."""
    report = verify(db)
    if report.ok:
        return ChainVerdict.INTACT, None
    return ChainVerdict.BROKEN, report.first
