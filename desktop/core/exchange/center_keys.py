"""The provincial center's keys and the devices it knows.

``init`` turns a new database into the center's: it writes the key files (never over
existing ones) and keeps the center's secret keys only in their passphrase-encrypted
form, never the escrow's. Devices are enrolled from their enrolment files and revoked
with a reason; a revoked device keeps its row (its files are then rejected)."""

import base64
import os
from dataclasses import dataclass
from pathlib import Path

from db import devices as device_queries
from db import installation
from db import secrets as secret_queries
from db.records import Writer, write_transaction
from desktop.core.domain.audit_notes import AuditNote as N
from desktop.core.domain.audit_notes import audit_note
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.text import required_reason
from desktop.core.domain.vocabulary import DeviceStatus, InstallationRole, StaffRole
from desktop.core.exchange.enrolment import Enrolment, read_enrolment
from desktop.core.exchange.keys import (
    CENTER_IDENTITY,
    CENTER_SIGNING_SECRET,
    CenterKeyFiles,
    check_passphrase,
    fingerprint,
    make_center_keys,
)
from desktop.core.exchange.site import (
    CENTER_RECIPIENT_KEY,
    CENTER_SIGNING_KEY,
    ESCROW_RECIPIENT_KEY,
    CenterKeys,
    IdentityService,
)
from desktop.core.foundation.events import Topic
from desktop.core.foundation.staff import write_roles

SITE_TABLES = ("drive", "donor", "visit", "donation", "din", "certificate", "device")
MIN_DEVICE_PREFIX = 8  # as in the export files' names


@dataclass(frozen=True)
class KnownDevice:
    id: str
    site_code: str
    device_name: str
    desk_letter: str
    fin: str
    din_block_first: int
    din_block_last: int
    signing_key: str
    key_id: str
    recipient: str  # its age recipient ("" until it enrols with format 2)
    status: DeviceStatus
    enrolled_at: str
    revoked_at: str | None
    revoke_reason: str | None

    @classmethod
    def from_row(cls, row: dict) -> "KnownDevice":
        return cls(
            **{name: row[name] for name in cls.__dataclass_fields__ if name != "status"},
            status=DeviceStatus(row["status"]),
        )

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signing_key)


def check_init(folder: Path, passphrase: str, escrow_passphrase: str) -> None:
    """What ``init`` refuses whatever the database: keys in the folder already (they
    are never overwritten, nor a file where the folder should be), a passphrase too
    short."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise UserError(Problem("center_keys_exist", {"file": str(folder)}))
    existing = [name for name in CenterKeyFiles.NAMES if (folder / name).exists()]
    if existing:
        raise UserError(Problem("center_keys_exist", {"file": str(folder / existing[0])}))
    check_passphrase(passphrase)
    check_passphrase(escrow_passphrase, "escrow_passphrase")


class CenterKeysService(IdentityService):
    """The center's work on its keys and devices (a site's database refuses it)."""

    def is_center(self) -> bool:
        return installation.current(self.db)["role"] == InstallationRole.CENTER

    def init(self, folder: Path, passphrase: str, escrow_passphrase: str) -> CenterKeys:
        """Make this (new) database the center's and write its keys to ``folder``;
        returns the public keys."""
        self.session.require(StaffRole.ADMIN)
        check_init(folder, passphrase, escrow_passphrase)
        self._refuse_unless_new()
        folder = Path(folder)
        keys = make_center_keys(passphrase, escrow_passphrase)
        written = _write_new_files(folder, keys.files())
        try:
            with self.all_or_nothing() as w:
                row = installation.current(self.db)
                w.update("installation", row["id"], {"role": InstallationRole.CENTER})
                self.settings.set(CENTER_RECIPIENT_KEY, keys.center_recipient)
                self.settings.set(ESCROW_RECIPIENT_KEY, keys.escrow_recipient)
                self.settings.set(CENTER_SIGNING_KEY, keys.signing_key)
                identity = base64.b64encode(keys.center_identity_age).decode()
                secret_queries.create_if_missing(self.db, CENTER_IDENTITY, identity)
                secret_queries.create_if_missing(
                    self.db, CENTER_SIGNING_SECRET, keys.signing_secret
                )
                self._first_operator(w)
        except BaseException:
            for path in written:  # no database refers to them: they would only mislead
                path.unlink(missing_ok=True)
            raise
        return CenterKeys(keys.center_recipient, keys.escrow_recipient, keys.signing_key)

    def _first_operator(self, w: Writer) -> None:
        """The administrator who makes this database the center's is its first center
        operator (they add the others)."""
        actor = self.session.actor
        if actor.staff_id is None:
            return
        held = frozenset(self.session.roles | {StaffRole.CENTER})
        write_roles(w, actor.staff_id, held)
        self.session.sign_in(actor.staff_id, actor.name, held)

    def _refuse_unless_new(self) -> None:
        if self.is_center():
            raise UserError(Problem("center_already"))
        has_rows = any(
            self.db.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone() for table in SITE_TABLES
        )
        if has_rows or installation.current(self.db)["site_code"]:
            raise UserError(Problem("center_not_new"))

    def require_center(self) -> None:
        if not self.is_center():
            raise UserError(Problem("not_center"))

    def devices(self) -> list[KnownDevice]:
        self.require_center()
        return [KnownDevice.from_row(row) for row in device_queries.everyone(self.db)]

    def enrolment_in(self, folder: Path) -> Enrolment:
        """The enrolment file in ``folder`` as it would be registered, read without
        registering it: a person compares its ``fingerprint`` before adding it."""
        self.require_center()
        return read_enrolment(Path(folder))

    def center_fingerprints(self) -> dict[str, str]:
        """The center's own public keys' fingerprints (file name -> fingerprint)."""
        keys = self.center_keys()
        return keys.fingerprints() if keys is not None else {}

    def add_device(self, folder: Path) -> KnownDevice:
        """Register the device whose enrolment file is in ``folder``; an active device
        enrolled already, with the same signing key, enrols again: its age recipient,
        desk letter and name are updated (see ``_enrol_again``)."""
        self.session.require(StaffRole.ADMIN, StaffRole.CENTER)
        self.require_center()
        e = read_enrolment(Path(folder))
        if (known := device_queries.get(self.db, e.device_id)) is not None:
            return self._enrol_again(known, e, folder)
        if (other := device_queries.by_signing_key(self.db, e.signing_key)) is not None:
            raise UserError(Problem("device_key_known", {"device": other["id"]}))
        for other in device_queries.with_fin(self.db, e.fin, DeviceStatus.ACTIVE):
            if (
                other["din_block_first"] <= e.din_block_last
                and e.din_block_first <= other["din_block_last"]
            ):
                raise UserError(_overlap(other))
        with write_transaction(self.db, self.session.actor) as w:
            row = w.insert(
                "device",
                {
                    "id": e.device_id,
                    "site_code": e.site_code,
                    "device_name": e.device_name,
                    "desk_letter": e.desk_letter,
                    "fin": e.fin,
                    "din_block_first": e.din_block_first,
                    "din_block_last": e.din_block_last,
                    "signing_key": e.signing_key,
                    "key_id": e.key_id,
                    "recipient": e.recipient,
                    "status": DeviceStatus.ACTIVE,
                    "enrolled_at": w.now,
                },
                note=audit_note(N.DEVICE_ENROLLED, folder=Path(folder).name or folder),
            )
        self.bus.publish(Topic.SETTINGS)
        return KnownDevice.from_row(row)

    def _enrol_again(self, known: dict, e: Enrolment, folder: Path) -> KnownDevice:
        """A laptop enrolled before (with a version 1 file, or whose desk letter the
        site changed) hands in a new enrolment: the same signing key proves it is the
        same laptop. Its recipient (a version 1 file gives none: the one held stays),
        desk letter and name are taken; the rest (site, FIN, DIN block) stays as
        enrolled. A revoked device, another key or nothing new is refused."""
        changes = {
            "recipient": e.recipient or known["recipient"],
            "desk_letter": e.desk_letter,
            "device_name": e.device_name,
        }
        changed = {name: value for name, value in changes.items() if known[name] != value}
        same_key = known["signing_key"] == e.signing_key
        if known["status"] != DeviceStatus.ACTIVE or not same_key or not changed:
            raise UserError(
                Problem("device_known", {"device": e.device_id, "status": known["status"]})
            )
        with write_transaction(self.db, self.session.actor) as w:
            row = w.update(
                "device",
                known["id"],
                changed,
                note=audit_note(N.DEVICE_ENROLLED_AGAIN, folder=Path(folder).name),
            )
        self.bus.publish(Topic.SETTINGS)
        return KnownDevice.from_row(row)

    def find_device(self, reference: str) -> KnownDevice:
        """The device of a full id, or of its first or last (at least 8) characters (the
        last 8 name it in export files)."""
        self.require_center()
        reference = reference.strip().lower()
        rows = device_queries.starting_or_ending_with(self.db, reference)
        exact = [row for row in rows if row["id"] == reference]
        if exact:
            return KnownDevice.from_row(exact[0])
        if len(reference) < MIN_DEVICE_PREFIX or not rows:
            raise UserError(Problem("device_unknown", {"device": reference}))
        if len(rows) > 1:
            raise UserError(Problem("device_ambiguous", {"device": reference}))
        return KnownDevice.from_row(rows[0])

    def revoke(self, reference: str, reason: str) -> KnownDevice:
        """Revoke a device (lost, stolen, retired): its files are rejected from now on."""
        self.session.require(StaffRole.ADMIN, StaffRole.CENTER)
        device = self.find_device(reference)
        reason = required_reason(reason)
        if device.status == DeviceStatus.REVOKED:
            raise UserError(Problem("device_revoked_already", {"device": device.id}))
        actor = self.session.actor
        with write_transaction(self.db, actor) as w:
            row = w.update(
                "device",
                device.id,
                {
                    "status": DeviceStatus.REVOKED,
                    "revoked_at": w.now,
                    "revoked_by": actor.staff_id or actor.name,
                    "revoke_reason": reason,
                },
                note=reason,
            )
        self.bus.publish(Topic.SETTINGS)
        return KnownDevice.from_row(row)


def _overlap(other: dict) -> Problem:
    return Problem(
        "din_block_overlap",
        {
            "device": other["id"],
            "name": other["device_name"],
            "fin": other["fin"],
            "first": other["din_block_first"],
            "last": other["din_block_last"],
        },
    )


def _write_new_files(folder: Path, files: dict[str, bytes]) -> list[Path]:
    """Create every file (never replacing one), each flushed to the disk; on failure
    the ones made are removed and the error raised."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    try:
        for name, content in files.items():
            path = folder / name
            with path.open("xb") as out:
                written.append(path)
                out.write(content)
                out.flush()
                os.fsync(out.fileno())
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return written
