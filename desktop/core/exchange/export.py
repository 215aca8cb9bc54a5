"""The export file for the center: every record this device wrote since the export the
center acknowledged, sealed for the center (see ``container`` and ``sealing``).

The user never chooses what goes in: the file holds every row of the exported tables
that this device created or changed after the acknowledged mark (``acknowledgement``:
0 until a drive package brings the center's acknowledgement back), every
donor, staff member, drive and rule set those rows refer to (whoever wrote them: the
center may not hold them yet) and this device's audit trail of the same range: its
hash chain from the place the center holds, the head (last place and hash) named in
the manifest (``audit_chain``) for the center to check it continues its anchor. A lost
stick is covered by exporting again: the next file holds everything the lost one did.

Everything is read on one snapshot, on a connection of its own (the work runs off the
GUI thread). The export number is taken (and logged, audited) before the file is
written, so a number is never used for two different files.
"""

import datetime as dt
import logging
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import minisign
import pyrage
from sqlite_utils import Database

from db import exports as export_queries
from db import installation
from db import origins as origin_queries
from db import settings as settings_queries
from db.origins import EPOCH_SPAN
from db.records import write_transaction
from db.schema import MIGRATION_NAMES
from db.stamps import utc_now
from desktop.core.domain.audit_notes import AuditNote as N
from desktop.core.domain.audit_notes import audit_note
from desktop.core.domain.device_names import short_device_id
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.vocabulary import AuditAction, StaffRole
from desktop.core.exchange import container
from desktop.core.exchange.acknowledgement import (  # noqa: F401 (the mark's key, for tests)
    ACKNOWLEDGED_KEY,
    AtCenter,
    acknowledged_seq,
    at_center,
)
from desktop.core.exchange.container import BASE_KEY, FORMAT, FORMAT_VERSION, PartWriter
from desktop.core.exchange.incarnation import check_restored, record_export
from desktop.core.exchange.keys import device_secret_key
from desktop.core.exchange.sealing import SealedFile, seal, trusted_comment, write_problem
from desktop.core.foundation.base_service import Service, storage_refusals
from desktop.core.foundation.events import EventBus
from desktop.core.foundation.progress import QUIET, Progress
from desktop.core.foundation.session import Session, long_job

log = logging.getLogger(__name__)

CENTER_RECIPIENT_KEY = "center_age_recipient"
ESCROW_RECIPIENT_KEY = "escrow_age_recipient"
EXPORT_SUFFIX = ".hmtn.age"
CANCEL_EVERY = 500  # rows between two looks at the cancel button

# What the rows of a table refer to: column -> (table, its key column). The tables that
# refer come first; a referred table is read once every reference to it is known.
REFERENCES: dict[str, dict[str, tuple[str, str]]] = {
    "visit": {"donor_id": ("donor", "id"), "checked_in_by": ("staff", "id"),
              "drive_id": ("drive", "id")},
    "screening": {"questionnaire_by": ("staff", "id"), "doctor_id": ("staff", "id"),
                  "rule_set_version": ("rule_set", "version")},
    "donation": {"donor_id": ("donor", "id"), "phlebotomist_id": ("staff", "id")},
    "certificate": {"printed_by": ("staff", "id")},
    "din": {"drive_id": ("drive", "id")},
    "din_roll": {"drive_id": ("drive", "id")},
    "started_donation": {"drive_id": ("drive", "id")},
    "reconciliation_note": {"drive_id": ("drive", "id")},
    "audit_log": {"actor_id": ("staff", "id")},
    "drive": {"closed_by": ("staff", "id")},
    "staff": {"id": ("staff_role", "staff_id")},  # a person travels with their roles
}  # fmt: skip
# In this order: a drive names staff, a staff member has roles.
REFERRED = ("drive", "donor", "rule_set", "staff", "staff_role")
READ_ORDER = (*[t for t in container.TABLES if t not in REFERRED], *REFERRED)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    signature_path: Path
    number: int
    seq_from: int
    seq_to: int
    records: dict[str, int]
    sha256: str
    size: int


def export_file_name(site_code: str, device_id: str, number: int) -> str:
    """``<site>-<device8>-<number>.hmtn.age``: device8 is the device id's last 8 hex
    (domain.device_names.short_device_id)."""
    return f"{site_code}-{short_device_id(device_id)}-{number:05d}{EXPORT_SUFFIX}"


def bases_for(
    db: Database, table: str, ids: list[str], device_id: str, epoch: int
) -> dict[str, str | None]:
    """The base (``"<device>:<change_seq>"``) of the earliest change this device made to
    each row in this epoch since it last came from elsewhere (db.origins)."""
    return origin_queries.bases(db, table, ids, device_id, epoch)


def app_version() -> str:
    try:
        return version("hmtn-desk")
    except PackageNotFoundError:
        return "unknown"


class ExportService(Service):
    """Writes the export files. ``connect`` gives the connection the work runs on."""

    def __init__(
        self, db: Database, bus: EventBus, session: Session, connect: Callable[[], Database]
    ) -> None:
        super().__init__(db, bus, session)
        self.connect = connect

    def readiness_problems(self) -> list[Problem]:
        """What stops an export before it starts (the center's keys not set)."""
        problems = []
        if not installation.current(self.db)["site_code"]:
            problems.append(Problem("export_site_code_missing"))
        try:
            _recipients(self.db)
        except UserError as error:
            problems.extend(error.problems)
        return problems

    def at_center(self) -> AtCenter | None:
        """Up to when every change of this laptop is at the center (as the last drive
        package said); None before a package acknowledged any."""
        return at_center(self.db)

    @long_job
    def export(self, folder: str | Path, progress: Progress = QUIET) -> ExportResult:
        """Write the export file and its signature into ``folder`` (see the module
        docstring); raises UserError (nothing written) or Cancelled."""
        self.session.require(StaffRole.ADMIN, StaffRole.CLERK)
        folder = Path(folder)
        if not folder.is_dir():
            raise UserError(Problem("export_folder_missing", {"folder": str(folder)}))
        db = self.connect()
        try:
            recipients = _recipients(db)
            signing_key = device_secret_key(db)
            with storage_refusals():
                restore = check_restored(db, self.session.actor)
            with tempfile.TemporaryDirectory(prefix="hmtn-export-") as work:
                sealing = _Sealing(Path(work), folder, recipients, signing_key)
                result = self._export(db, sealing, restore.first_export_number, progress)
            _remember(db, result)
            return result
        except OSError as error:  # the laptop's own temporary folder
            raise UserError(write_problem(error, Path(tempfile.gettempdir()))) from error
        finally:
            db.close()

    def _export(
        self, db: Database, sealing: "_Sealing", first_number: int, progress: Progress
    ) -> ExportResult:
        recipients = sealing.recipients
        with _snapshot(db):
            device = installation.current(db)
            if not device["site_code"]:
                raise UserError(Problem("export_site_code_missing"))
            seq_from = acknowledged_seq(db)
            seq_to = device["last_change_seq"]
            seqs = (seq_from, seq_to)
            chain = _chain_head(db, device, seq_from)
            parts = _write_parts(db, sealing.work, device["device_id"], seqs, progress, chain=chain)
        number = self._take_number(db, device, (seq_from, seq_to), first_number)
        name = export_file_name(device["site_code"], device["device_id"], number)
        exported_at = utc_now()
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "site_code": device["site_code"],
            "device_id": device["device_id"],
            "incarnation": device["incarnation"],
            "epoch": device["epoch"],
            "export_number": number,
            "seq_from": seq_from,
            "seq_to": seq_to,
            "exported_at": exported_at,
            "app_version": app_version(),
            "schema_version": MIGRATION_NAMES[-1],
            "audit_chain": chain,
            "center_key": recipients[0],
            "escrow_key": recipients[1],
            "parts": {container.part_name(t): facts for t, (_path, facts) in parts.items()},
        }
        progress.step("seal", 0, 1)
        members = {container.part_name(t): path for t, (path, _f) in parts.items()}
        sealed = sealing.seal(name, manifest, members)
        with storage_refusals(), write_transaction(db, self.session.actor) as w:
            row = export_queries.export_by_number(db, number)
            written = {"sha256": sealed.sha256, "bytes": sealed.size, "written_at": utc_now(),
                       "written_by": self.session.actor.staff_id}  # fmt: skip
            w.update("export_log", row["id"], written)
            note = audit_note(
                N.EXPORT_WRITTEN, file=name, sha256=sealed.sha256, first=seq_from, last=seq_to
            )
            w.log(AuditAction.EXPORT, "export_log", row["id"], note)
        progress.reached("seal", 1, 1)  # written and logged: too late to cancel
        records = {t: parts[t][1]["records"] if t in parts else 0 for t in container.TABLES}
        return ExportResult(sealed.path, sealed.signature_path, number, seq_from, seq_to,
                            records, sealed.sha256, sealed.size)  # fmt: skip

    def _take_number(
        self, db: Database, device: dict, seqs: tuple[int, int], first_number: int
    ) -> int:
        """The next export number: never one this device used, in this database or (a
        restored copy) before it."""
        seq_from, seq_to = seqs
        with storage_refusals(), write_transaction(db, self.session.actor) as w:
            number = max(export_queries.last_export_number(db) + 1, first_number)
            name = export_file_name(device["site_code"], device["device_id"], number)
            w.insert("export_log", {"number": number, "seq_from": seq_from, "seq_to": seq_to,
                                    "file_name": name})  # fmt: skip
        return number


def _remember(db: Database, result: ExportResult) -> None:
    """The marker outside the database that tells a restored copy of it (see
    exchange.incarnation). The file is written and verified already: a marker that
    cannot be written is logged, and the center still refuses a reused number."""
    try:
        record_export(db, result.seq_to, result.number)
    except OSError:
        log.warning("the export marker could not be written", exc_info=True)


def _recipients(db: Database) -> list[str]:
    """The center's and the escrow age recipients, checked; refused when unset."""
    keys = [_setting(db, CENTER_RECIPIENT_KEY), _setting(db, ESCROW_RECIPIENT_KEY)]
    if not all(keys):
        raise UserError(Problem("center_keys_missing"))
    try:
        for key in keys:
            pyrage.x25519.Recipient.from_str(key)
    except pyrage.RecipientError as error:
        raise UserError(Problem("center_keys_invalid")) from error
    return [str(key) for key in keys]


def _setting(db: Database, key: str) -> str | None:
    row = settings_queries.setting(db, key)
    return row["value"] if row else None


@contextmanager
def _snapshot(db: Database) -> Iterator[None]:
    """One read transaction: every table as it stood at one moment."""
    db.conn.execute("BEGIN")
    try:
        yield
    finally:
        db.conn.execute("ROLLBACK")


def _chain_head(db: Database, device: dict, seq_from: int) -> dict[str, Any]:
    """The audit chain's part of the manifest: from which place the file holds this
    device's chain, and its head (last place and hash) when the file was read."""
    return {
        "device_id": device["device_id"],
        "chain_from": export_queries.chain_from(db, device["device_id"], seq_from),
        "chain_seq": device["audit_chain_seq"],
        "chain_hash": device["audit_chain_hash"],
    }


def _write_parts(
    db: Database,
    work: Path,
    device_id: str,
    seqs: tuple[int, int],
    progress: Progress,
    *,
    chain: dict[str, Any],
) -> dict[str, tuple[Path, dict[str, Any]]]:
    seq_from, seq_to = seqs
    referred: dict[tuple[str, str], set[str]] = {}
    parts: dict[str, tuple[Path, dict[str, Any]]] = {}
    for done, table in enumerate(READ_ORDER):
        progress.step("select", done, len(READ_ORDER))
        if table in REFERRED:
            key = {"rule_set": "version", "staff_role": "staff_id"}.get(table, "id")
            ids = referred.get((table, key), set())
            rows = export_queries.changed_and_referenced_rows(
                db, table, device_id=device_id, seq_from=seq_from, seq_to=seq_to, ids=ids, key=key
            )
        elif table == "audit_log":  # the chain, from where the center holds it
            rows = export_queries.chain_rows(db, device_id, chain["chain_from"], chain["chain_seq"])
        else:
            rows = export_queries.changed_rows(db, table, device_id, seq_from, seq_to)
        writer = PartWriter(work, table)
        for row in _with_bases(db, table, rows, (device_id, seq_to // EPOCH_SPAN), progress):
            writer.write(row)
            for column, target in REFERENCES.get(table, {}).items():
                if row.get(column) is not None:
                    referred.setdefault(target, set()).add(row[column])
        facts = writer.close()
        if facts["records"]:  # a table with nothing to send has no part
            parts[table] = (writer.path, facts)
    progress.step("select", len(READ_ORDER), len(READ_ORDER))
    return parts


def _with_bases(
    db: Database, table: str, rows: Iterable[dict], origin: tuple[str, int], progress: Progress
) -> Iterator[dict]:
    """The rows with their ``_base``; ``origin`` is this device and its epoch."""
    batch: list[dict] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= CANCEL_EVERY:
            yield from _based(db, table, batch, origin)
            batch = []
            progress.check()
    yield from _based(db, table, batch, origin)


def _based(db: Database, table: str, batch: list[dict], origin: tuple[str, int]) -> list[dict]:
    if not batch:
        return []
    ids = [r["id"] for r in batch]
    bases = {} if table == "audit_log" else bases_for(db, table, ids, *origin)
    return [{**row, BASE_KEY: bases.get(row["id"])} for row in batch]


@dataclass(frozen=True)
class _Sealing:
    """Where the payload is made (``work``, private) and sealed to (``folder``), for whom."""

    work: Path
    folder: Path
    recipients: list[str]
    signing_key: minisign.SecretKey

    def seal(self, name: str, manifest: dict[str, Any], parts: dict[str, Path]) -> SealedFile:
        payload = self.work / "payload.tar"
        exported_at = dt.datetime.fromisoformat(manifest["exported_at"].replace("Z", "+00:00"))
        comment = trusted_comment(manifest)

        def sign_manifest(body: bytes) -> bytes:
            signature = self.signing_key.sign(
                body, prehash=True, trusted_comment=comment.replace("export", "manifest", 1)
            )
            return bytes(signature) + b"\n"

        with payload.open("wb") as out:
            container.write_payload(
                out, manifest, parts, sign_manifest, int(exported_at.timestamp())
            )
        return seal(
            payload,
            self.folder,
            name,
            recipients=self.recipients,
            secret_key=self.signing_key,
            trusted_comment=comment,
        )
