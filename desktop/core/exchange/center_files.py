"""The center's import of the sites' export files.

Each file, in the order given: its SHA-256 (a file accepted before is not merged
again), then ``open_export`` (the detached signature checked against the enrolled,
active device before anything is decrypted; decrypted into a private temporary folder
that is removed on any failure; the manifest checked against the content), then the
merge of its records in one transaction (``merge_rows``), which also records the file
as accepted. A refused file leaves only its row in ``center_import`` with the reason.
Cancelling stops between files or inside the merge, whose transaction then rolls back.

The work runs on a connection of its own (``connect``), so a window can run it off the
GUI thread; it announces nothing (the window refreshes its lists when it ends).
"""

import hashlib
import json
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import pyrage
from sqlite_utils import Database

from db import center_imports as import_queries
from db import devices as device_queries
from db.records import Actor
from desktop.core.domain.problems import Problem
from desktop.core.domain.vocabulary import CenterImportStatus, DeviceStatus, StaffRole
from desktop.core.eligibility.provider import RuleSetProvider
from desktop.core.exchange.center_import import ImportedFile, record_rejected
from desktop.core.exchange.container import TABLES
from desktop.core.exchange.keys import center_identity
from desktop.core.exchange.merge import merge_rows
from desktop.core.exchange.rejections import ExportRejected
from desktop.core.exchange.report import MergeRejected, MergeReport
from desktop.core.exchange.sealing import OpenedExport, Signer, open_export
from desktop.core.foundation.base_service import Service, storage_refusals
from desktop.core.foundation.events import EventBus
from desktop.core.foundation.progress import QUIET, Progress
from desktop.core.foundation.rule_set_store import RuleSetStore
from desktop.core.foundation.session import Session, long_job

HASH_CHUNK = 1 << 20


class FileStatus(StrEnum):
    ACCEPTED = "accepted"
    ALREADY = "already"  # the same file was accepted before: nothing to merge
    REJECTED = "rejected"


@dataclass(frozen=True)
class CenterKey:
    """The center's age identity, unlocked with its passphrase for one import run."""

    identity: pyrage.x25519.Identity

    def __repr__(self) -> str:  # never print a secret key
        return "CenterKey(...)"


@dataclass(frozen=True)
class FileOutcome:
    """What became of one file."""

    path: Path
    status: FileStatus
    problem: Problem | None = None
    site_code: str | None = None
    device_id: str | None = None
    export_number: int | None = None
    report: MergeReport | None = None


class CenterFilesService(Service):
    def __init__(
        self,
        db: Database,
        bus: EventBus,
        session: Session,
        rules: RuleSetProvider,
        connect: Callable[[], Database],
    ) -> None:
        super().__init__(db, bus, session)
        self.rules = rules
        self.connect = connect

    def unlock(self, passphrase: str) -> CenterKey:
        """The center's key for an import (UserError ``passphrase_wrong``; the check
        takes seconds: age's scrypt, so a window runs it off the GUI thread, on a
        connection of its own like the import)."""
        db = self.connect()
        try:
            return CenterKey(center_identity(db, passphrase))
        finally:
            db.close()

    @long_job
    def import_files(
        self, paths: Iterable[Path], key: CenterKey, progress: Progress = QUIET
    ) -> list[FileOutcome]:
        """Import ``paths`` one after the other (see the module docstring)."""
        self.session.require(StaffRole.CENTER)
        paths = [Path(p) for p in paths]
        actor = self.session.actor
        db = self.connect()
        try:
            # the rule set read on this connection too: the work may run on another thread
            rules = RuleSetProvider(RuleSetStore(db, self.bus, self.session))
            run = _ImportRun(db, actor, key, rules, progress)
            outcomes = []
            for done, path in enumerate(paths):
                progress.step("files", done, len(paths))
                outcomes.append(run.import_one(path))
            progress.step("files", len(paths), len(paths))
            return outcomes
        finally:
            db.close()


@dataclass
class _ImportRun:
    db: Database
    actor: Actor
    key: CenterKey
    rules: RuleSetProvider
    progress: Progress

    def import_one(self, path: Path) -> FileOutcome:
        try:
            sha256 = _sha256(path)
        except (FileNotFoundError, IsADirectoryError):  # said in words, not the system's
            code = "import_not_a_file" if path.is_dir() else "import_file_missing"
            return FileOutcome(path, FileStatus.REJECTED, Problem(code, {"file": str(path)}))
        except OSError as error:
            params = {"file": path.name, "error": error.strerror or str(error)}
            problem = Problem("import_unreadable", params)
            return FileOutcome(path, FileStatus.REJECTED, problem)
        earlier = import_queries.accepted_before(self.db, sha256, CenterImportStatus.ACCEPTED)
        if earlier is not None:
            return _outcome(path, FileStatus.ALREADY, earlier)
        file = ImportedFile(path.name, sha256)
        try:
            # open_export decrypts into a private folder of its own there, removed after
            with open_export(
                path, signer_for=self._signer_for, identities=[self.key.identity],
                workdir=Path(tempfile.gettempdir()),
            ) as opened:  # fmt: skip
                file = _described(file, opened.manifest)
                self._check_site(opened)
                report = self._merge(path.name, opened, file)
        except ExportRejected as refusal:
            return self._rejected(path, file, refusal.problems[0])
        except MergeRejected as refusal:
            return self._rejected(path, file, refusal.problem)
        except OSError as error:  # the center's own temporary folder
            params = {"file": path.name, "error": error.strerror or str(error)}
            return self._rejected(path, file, Problem("import_unreadable", params))
        return FileOutcome(path, FileStatus.ACCEPTED, None, opened.manifest.get("site_code"),
                           file.source_device_id, file.export_number, report)  # fmt: skip

    def _signer_for(self, key_id: str) -> Signer | None:
        """The enrolled, active device of a key id (as minisign prints it)."""
        device = device_queries.by_key_id(self.db, key_id, DeviceStatus.ACTIVE)
        return None if device is None else Signer(device["id"], device["signing_key"])

    def _check_site(self, opened: OpenedExport) -> None:
        device = device_queries.get(self.db, opened.signer.device_id)
        if device is not None and opened.manifest.get("site_code") != device["site_code"]:
            params = {"site": str(opened.manifest.get("site_code"))[:40],
                      "enrolled": device["site_code"]}  # fmt: skip
            raise ExportRejected("wrong_site", params)

    def _merge(self, source: str, opened: OpenedExport, file: ImportedFile) -> MergeReport:
        rows = {table: list(opened.rows(table)) for table in TABLES
                if f"tables/{table}.jsonl" in opened.manifest.get("parts", {})}  # fmt: skip
        with storage_refusals():
            return merge_rows(self.db, self.actor, source, rows, rules=self.rules.current,
                              progress=self.progress, file=file)  # fmt: skip

    def _rejected(self, path: Path, file: ImportedFile, problem: Problem) -> FileOutcome:
        reason = json.dumps({"code": problem.code, "params": problem.params}, ensure_ascii=False)
        with storage_refusals():
            record_rejected(self.db, self.actor, file, reason)
        return FileOutcome(path, FileStatus.REJECTED, problem, None, file.source_device_id,
                           file.export_number)  # fmt: skip


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        while chunk := source.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _described(file: ImportedFile, manifest: dict) -> ImportedFile:
    exported_at = manifest.get("exported_at")
    return ImportedFile(
        file.file_name, file.sha256, manifest.get("device_id"), manifest.get("incarnation"),
        manifest.get("epoch"), manifest.get("export_number"), manifest.get("seq_from"),
        manifest.get("seq_to"), exported_at if isinstance(exported_at, str) else None,
        manifest.get("audit_chain") if isinstance(manifest.get("audit_chain"), dict) else None,
    )  # fmt: skip


def _outcome(path: Path, status: FileStatus, row: dict) -> FileOutcome:
    return FileOutcome(path, status, None, None, row["source_device_id"], row["export_number"])


def rejection_problem(reason: str | None) -> Problem | None:
    """The problem a rejected ``center_import`` row keeps in its ``reason``."""
    if not reason:
        return None
    try:
        stored = json.loads(reason)
        return Problem(stored["code"], stored.get("params") or {})
    except (ValueError, KeyError, TypeError):
        return Problem("import_rejected_other", {"reason": reason[:200]})
