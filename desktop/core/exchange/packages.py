"""The center prepares its laptops: one drive package per device (``package_file``),
built from what the center holds (``package_build``), numbered per device from 1.

The center's signing key is unlocked with its passphrase (``unlock``: seconds, on
purpose). Writing runs on a connection of its own (``connect``), so a window can run it
off the GUI thread with a progress bar and Cancel: the parts are read on one snapshot
into a private temporary folder; only then is the package number taken (logged in
``package_log``, audited: a number is never used for two files, and one whose file was
not written leaves a gap), and the file sealed into the chosen folder atomically and
read back, as export files are. A cancel or a failure leaves nothing in the folder.

``overview`` says, per enrolled device, what its last package was and whether the center
recorded anything since (so the package is out of date).
"""

import datetime as dt
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import minisign
from sqlite_utils import Database

from db import devices as device_queries
from db import installation
from db import packages as queries
from db.records import write_transaction
from db.schema import MIGRATION_NAMES
from db.stamps import new_id, utc_now
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.vocabulary import (
    AssignmentStatus,
    DeviceStatus,
    DriveStatus,
    InstallationRole,
    StaffRole,
)
from desktop.core.eligibility.provider import RuleSetProvider
from desktop.core.exchange.center_keys import KnownDevice
from desktop.core.exchange.export import app_version
from desktop.core.exchange.keys import center_secret_key, key_id
from desktop.core.exchange.package_build import BuiltParts, build_parts, snapshot
from desktop.core.exchange.package_file import (
    FORMAT,
    FORMAT_VERSION,
    KIND,
    package_file_name,
    write_package,
)
from desktop.core.exchange.package_registry import LabFacts
from desktop.core.exchange.sealing import write_problem
from desktop.core.foundation.base_service import Service, storage_refusals
from desktop.core.foundation.events import EventBus
from desktop.core.foundation.progress import QUIET, Progress
from desktop.core.foundation.rule_set_store import RuleSetStore
from desktop.core.foundation.session import Session, long_job

# What the center recorded since a package, by the table its audit trail names (what
# a package carries follows from these; the other tables change nothing in it).
CHANGE_KINDS = {
    "drive": "plan", "drive_assignment": "plan", "number_block": "plan",
    "center_import": "imports", "device": "device",
    "donor": "registry", "merge_conflict": "registry", "person_review": "registry",
    "lab_import": "lab", "lab_result": "lab", "lab_conflict": "lab",
}  # fmt: skip
RULES = "rules"  # another rule set in force than the package carried


def change_kind(table: str) -> str | None:
    """The kind of change an audit entry of ``table`` is for a package (None: none,
    as for ``lab_notice``: telling a donor changes nothing a laptop holds)."""
    return CHANGE_KINDS.get(table)


@dataclass(frozen=True)
class CenterSigner:
    """The center's signing key, unlocked with its passphrase for a session of work."""

    key: minisign.SecretKey

    def __repr__(self) -> str:  # never print a secret key
        return "CenterSigner(...)"


@dataclass(frozen=True)
class PackageWritten:
    device_id: str
    path: Path
    signature_path: Path
    number: int
    sha256: str
    size: int
    counts: dict[str, Any]


@dataclass(frozen=True)
class DevicePackages:
    """One enrolled device as the packages tab shows it."""

    device: KnownDevice
    coming_drives: int  # planned drives from today on, not closed, it is assigned to
    last_number: int | None  # its last package, None before the first
    last_made_at: str | None
    changes: list[str] = field(default_factory=list)  # kinds recorded since (CHANGE_KINDS)

    @property
    def id(self) -> str:
        return self.device.id

    @property
    def out_of_date(self) -> bool:
        return self.last_number is None or bool(self.changes)

    @property
    def problem(self) -> Problem | None:
        """Why no package can be written for it, or None."""
        return readiness_problem(self.device)


def readiness_problem(device: KnownDevice) -> Problem | None:
    if device.status != DeviceStatus.ACTIVE:
        return Problem("package_device_revoked", {"device": device.id})
    if not device.recipient:
        return Problem("package_no_recipient", {"device": device.id})
    return None


class PackageService(Service):
    def __init__(
        self,
        db: Database,
        bus: EventBus,
        session: Session,
        connect: Callable[[], Database],
        lab_facts: Callable[[Database], LabFacts] | None = None,
    ) -> None:
        """``lab_facts``: what the center's lab results say of people, read on the
        package's own connection and snapshot (None: no lab results yet)."""
        super().__init__(db, bus, session)
        self.connect = connect
        self.lab_facts = lab_facts

    def unlock(self, passphrase: str) -> CenterSigner:
        """The center's signing key (UserError ``passphrase_wrong``; takes seconds, on a
        connection of its own so a window runs it off the GUI thread)."""
        db = self.connect()
        try:
            self._require_center(db)
            return CenterSigner(center_secret_key(db, passphrase))
        finally:
            db.close()

    def overview(self, today: dt.date | None = None) -> list[DevicePackages]:
        """Every enrolled device, its coming drives and its last package."""
        self._require_center(self.db)
        today = today or dt.date.today()
        center = installation.current(self.db)["device_id"]
        coming = queries.coming_drives(self.db, today.isoformat(), AssignmentStatus.ASSIGNED,
                                       DriveStatus.CLOSED)  # fmt: skip
        last = queries.last_packages(self.db)
        rules = self._rules(self.db).current.sha256
        found = []
        for row in device_queries.everyone(self.db):
            device = KnownDevice.from_row(row)
            package = last.get(device.id)
            changes: list[str] = []
            if package is not None:
                since = queries.changes_since(self.db, center, package["counts"]["center_seq"])
                kinds = {change_kind(table) for table in since}
                carried = package["counts"].get("rule_set_sha256")
                if carried and carried != rules:
                    kinds.add(RULES)
                changes = sorted(kind for kind in kinds if kind)
            found.append(DevicePackages(
                device, coming.get(device.id, 0), package["number"] if package else None,
                package["made_at"] if package else None, changes,
            ))  # fmt: skip
        return found

    def check_ready(self, device_id: str, folder: str | Path) -> None:
        """Refuse now what ``write`` would refuse before reading anything: not the
        center, no such folder, a device unknown, revoked or without a recipient."""
        self._require_center(self.db)
        if not Path(folder).is_dir():
            raise UserError(Problem("package_folder_missing", {"folder": str(folder)}))
        self._ready_device(self.db, device_id)

    @long_job
    def write(
        self,
        device_id: str,
        folder: str | Path,
        signer: CenterSigner,
        progress: Progress = QUIET,
        *,
        today: dt.date | None = None,
    ) -> PackageWritten:
        """Write ``device_id``'s next package and its signature into ``folder`` (see
        the module docstring); raises UserError (nothing written) or Cancelled."""
        self.session.require(StaffRole.CENTER)
        folder = Path(folder)
        db = self.connect()
        try:
            self._require_center(db)
            if not folder.is_dir():
                raise UserError(Problem("package_folder_missing", {"folder": str(folder)}))
            device = self._ready_device(db, device_id)
            rules = self._rules(db)
            with tempfile.TemporaryDirectory(prefix="hmtn-package-") as work:
                with snapshot(db):
                    lab = self.lab_facts(db) if self.lab_facts is not None else None
                    built = build_parts(db, device, Path(work), rules=rules,
                                        today=today or dt.date.today(), progress=progress,
                                        lab=lab)  # fmt: skip
                progress.step("seal", 0, 1)
                written = self._seal(db, device, built, folder=folder, work=Path(work),
                                     signer=signer)  # fmt: skip
            progress.reached("seal", 1, 1)  # written and logged: too late to cancel
            return written
        except OSError as error:  # the center's own temporary folder
            raise UserError(write_problem(error, Path(tempfile.gettempdir()), KIND)) from error
        finally:
            db.close()

    def _seal(
        self,
        db: Database,
        device: dict,
        built: BuiltParts,
        *,
        folder: Path,
        work: Path,
        signer: CenterSigner,
    ) -> PackageWritten:
        counts = self._counts(built)
        number, log_id, made_at = self._take_number(db, device, counts)
        public = signer.key.get_public_key().to_base64().decode()
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "site_code": device["site_code"],
            "device_id": device["id"],
            "package_number": number,
            "made_at": made_at,
            "center_key_id": key_id(public),
            "app_version": app_version(),
            "schema": MIGRATION_NAMES[-1],
            "desk_letter": built.plan.desk_letter,
            "rule_set": (
                {"version": built.rule_set.version, "sha256": built.rule_set.sha256}
                if built.rule_set
                else None
            ),
            "acknowledged": built.acknowledged,
            "parts": {name: facts for name, (_path, facts) in built.parts.items()},
        }
        files = {name: path for name, (path, _facts) in built.parts.items()}
        sealed = write_package(folder, work, manifest, files, secret_key=signer.key,
                               recipient=device["recipient"])  # fmt: skip
        with storage_refusals(), write_transaction(db, self.session.actor) as w:
            queries.set_package_written(db, log_id, sealed.sha256)
            w.log("package_written", "package_log", log_id, f"{sealed.path.name} {sealed.sha256}")
        return PackageWritten(device["id"], sealed.path, sealed.signature_path, number,
                              sealed.sha256, sealed.size, counts)  # fmt: skip

    def _take_number(self, db: Database, device: dict, counts: dict) -> tuple[int, str, str]:
        """The device's next package number, logged (and audited) before its file is
        written: never used for two files."""
        with storage_refusals(), write_transaction(db, self.session.actor) as w:
            number = queries.next_package_number(db, device["id"])
            log_id = new_id()
            name = package_file_name(device["site_code"], device["id"], number)
            made_at = utc_now()
            queries.add_package(db, {
                "id": log_id, "device_id": device["id"], "number": number, "file_name": name,
                "sha256": "", "counts": counts, "made_at": made_at,
                "made_by": w.actor.name,
            })  # fmt: skip
            w.log("package_number", "package_log", log_id, name)
        return number, log_id, made_at

    @staticmethod
    def _counts(built: BuiltParts) -> dict[str, Any]:
        return {
            **built.tally.as_counts(),
            "drives": len(built.plan.drives),
            "assignments": len(built.plan.assignments),
            "blocks": len(built.plan.blocks),
            "withdrawn_blocks": len(built.plan.withdrawn_blocks),
            "acknowledged": len(built.acknowledged),
            "rule_set_sha256": built.rule_set.sha256 if built.rule_set else "",
            "center_seq": built.center_seq,
        }

    def _rules(self, db: Database) -> RuleSetProvider:
        return RuleSetProvider(RuleSetStore(db, self.bus, self.session))

    def _ready_device(self, db: Database, device_id: str) -> dict:
        row = device_queries.get(db, device_id)
        if row is None:
            raise UserError(Problem("device_unknown", {"device": device_id}))
        if (problem := readiness_problem(KnownDevice.from_row(row))) is not None:
            raise UserError(problem)
        return row

    @staticmethod
    def _require_center(db: Database) -> None:
        if installation.current(db)["role"] != InstallationRole.CENTER:
            raise UserError(Problem("not_center"))
