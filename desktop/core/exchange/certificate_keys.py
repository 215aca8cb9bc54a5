"""Checking certificates' QR, and the center's published keys file that lets anyone
check them offline.

The keys file (``hmtn center certificate-keys --out FILE``) is UTF-8 JSON, signed by the
center's minisign key in ``FILE.minisig`` (the stock ``minisign -Vm FILE -p
center.minisign.pub`` verifies it)::

    {"format": "hmtn-certificate-keys", "version": 1,
     "center_key": "<the center's minisign public key line>",
     "written_at": "<UTC, ISO 8601>",
     "devices": [{"key_id", "signing_key", "device_id", "device_name", "site_code",
                  "status": "active" | "revoked", "revoked_at", "revoke_reason"}, ...],
     "voided": [{"serial", "voided_at"}, ...]}

Every device the center enrolled is in it, revoked ones too (their certificates are
then said to need the center's register). The voided certificates are listed by
serial and date only: a void's reason may name a person, and stays at the center.
"""

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import minisign

from db import certificates as certificate_queries
from db import devices as device_queries
from db.records import write_transaction
from desktop.core.domain.audit_notes import AuditNote as N
from desktop.core.domain.audit_notes import audit_note
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.vocabulary import (
    AuditAction,
    CertificateStatus,
    DeviceStatus,
    InstallationRole,
    StaffRole,
)
from desktop.core.exchange.certificate_check import (
    CertificateCheck,
    RegisterEntry,
    TrustedKey,
    check_certificate,
)
from desktop.core.exchange.durable import replace_atomically
from desktop.core.exchange.keys import (
    center_secret_key,
    device_signing_key,
    key_id,
    parse_signing_key,
)
from desktop.core.exchange.site import CENTER_SIGNING_KEY, IdentityService
from desktop.core.foundation.files import refuse_open_database

FORMAT = "hmtn-certificate-keys"
VERSION = 1
SIGNATURE_SUFFIX = ".minisig"
KEYS_WRITTEN_ACTION = AuditAction.CERTIFICATE_KEYS_WRITTEN  # audited: file, its hash, counts
_DEVICE_FIELDS = (
    "key_id", "signing_key", "device_id", "device_name", "site_code", "status", "revoked_at",
    "revoke_reason",
)  # fmt: skip


@dataclass(frozen=True)
class PublishedKeys:
    """A keys file whose signature by the center checked."""

    center_key: str
    written_at: str
    keys: dict[str, TrustedKey]  # by key id
    voids: dict[str, str]  # serial -> when voided (UTC)

    def check(self, text: str) -> CertificateCheck:
        return check_certificate(text, self.keys.get, voids=self.voids)


@dataclass(frozen=True)
class KeysWritten:
    path: Path
    signature_path: Path
    devices: int
    revoked: int
    voided: int


def keys_file_content(
    center_key: str, devices: list[TrustedKey], voids: dict[str, str], written_at: str
) -> bytes:
    body = {
        "format": FORMAT,
        "version": VERSION,
        "center_key": center_key,
        "written_at": written_at,
        "devices": [{name: getattr(device, name) for name in _DEVICE_FIELDS} for device in devices],
        "voided": [{"serial": serial, "voided_at": at} for serial, at in sorted(voids.items())],
    }
    return (json.dumps(body, ensure_ascii=False, indent=1) + "\n").encode()


def read_keys_file(path: Path, center_key_file: Path) -> PublishedKeys:
    """The keys file at ``path``, once its signature (``path``.minisig) by the center
    key in ``center_key_file`` (``center.minisign.pub``) checked; UserError says what
    is missing, unreadable or not signed by that key."""
    center_key = _read_center_key(center_key_file)
    signature_path = path.with_name(path.name + SIGNATURE_SUFFIX)
    data = _read(path, "certificate_keys_missing")
    signature = _read(signature_path, "certificate_keys_signature_missing")
    try:
        public = minisign.PublicKey.from_base64(center_key)
        public.verify(data, minisign.Signature.from_bytes(signature.strip()))
    except minisign.Error as error:
        problem = Problem("certificate_keys_not_signed", {"file": str(path)})
        raise UserError(problem) from error
    try:
        body = json.loads(data.decode())
        if body["format"] != FORMAT or body["version"] != VERSION:
            raise ValueError(body["format"], body["version"])
        keys = {}
        for entry in body["devices"]:
            values = {name: entry[name] for name in _DEVICE_FIELDS}
            values["status"] = DeviceStatus(values["status"])
            keys[entry["key_id"]] = TrustedKey(**values)
        voids = {entry["serial"]: entry["voided_at"] for entry in body["voided"]}
    except (ValueError, KeyError, TypeError) as error:  # signed, but not a keys file
        raise UserError(Problem("certificate_keys_bad", {"file": str(path)})) from error
    return PublishedKeys(body["center_key"], body["written_at"], keys, voids)


def _read_center_key(path: Path) -> str:
    text = _read(path, "certificate_center_key_missing").decode(errors="replace")
    try:
        return parse_signing_key(text)
    except ValueError as error:
        raise UserError(Problem("certificate_center_key_bad", {"file": str(path)})) from error


def _read(path: Path, missing: str) -> bytes:
    try:
        return path.read_bytes()
    except (FileNotFoundError, IsADirectoryError) as error:
        raise UserError(Problem(missing, {"file": str(path)})) from error
    except OSError as error:
        raise UserError(Problem("certificate_file_unreadable", {"file": str(path)})) from error


class CertificateChecks(IdentityService):
    """Checks a certificate's QR text against this database: at the center, the keys
    of every device it enrolled and its register (what the sites' files brought); at a
    site, its own key and register. At the center, writes the published keys file."""

    def is_center(self) -> bool:
        return self.settings.device().role == InstallationRole.CENTER

    def check(self, text: str) -> CertificateCheck:
        return check_certificate(text, self._key_of, self._registered)

    def _key_of(self, wanted: str) -> TrustedKey | None:
        if self.is_center():
            row = device_queries.with_key_id(self.db, wanted)
            return TrustedKey.from_row(row) if row is not None else None
        signing_key = device_signing_key(self.db)
        if key_id(signing_key) != wanted:
            return None
        device = self.settings.device()
        return TrustedKey(
            wanted, signing_key, device.device_id, device.device_name, device.site_code,
            DeviceStatus.ACTIVE,
        )  # fmt: skip

    def _registered(self, serial: str) -> RegisterEntry | None:
        row = certificate_queries.as_registered(self.db, serial)
        return RegisterEntry.from_row(row) if row is not None else None

    def published_keys(self) -> tuple[list[TrustedKey], dict[str, str]]:
        """Every enrolled device's key, and the voided certificates (serial -> when)."""
        if not self.is_center():
            raise UserError(Problem("not_center"))
        devices = [TrustedKey.from_row(row) for row in device_queries.everyone(self.db)]
        voided = certificate_queries.voided(self.db, CertificateStatus.VOIDED)
        return devices, {row["serial"]: row["updated_at"] for row in voided}

    def check_out(self, out: Path) -> None:
        """What writing the keys file to ``out`` refuses before the passphrase is asked."""
        if not self.is_center():
            raise UserError(Problem("not_center"))
        refuse_open_database(out)
        if out.is_dir():
            raise UserError(Problem("certificate_keys_folder", {"file": str(out)}))
        if not out.parent.is_dir():
            raise UserError(Problem("certificate_keys_folder_missing", {"folder": str(out.parent)}))

    def write_keys(self, out: Path, passphrase: str, now: dt.datetime | None = None) -> KeysWritten:
        """The published keys file and its signature by the center's key, each replaced
        whole (the old one or the new, never a part); audited with the file's SHA-256."""
        self.session.require(StaffRole.CENTER)
        self.check_out(out)
        secret = center_secret_key(self.db, passphrase)
        devices, voids = self.published_keys()
        now = now or dt.datetime.now(dt.UTC)
        center_key = self.settings.get(CENTER_SIGNING_KEY) or ""
        content = keys_file_content(center_key, devices, voids, f"{now:%Y-%m-%dT%H:%M:%SZ}")
        comment = f"timestamp:{int(now.timestamp())}\tfile:{out.name}"
        signature = bytes(secret.sign(content, prehash=False, trusted_comment=comment)) + b"\n"
        signature_path = out.with_name(out.name + SIGNATURE_SUFFIX)
        replace_atomically(out, content)
        replace_atomically(signature_path, signature)
        revoked = sum(device.status == DeviceStatus.REVOKED for device in devices)
        written = KeysWritten(out, signature_path, len(devices), revoked, len(voids))
        note = audit_note(
            N.KEYS_PUBLISHED, file=out, sha256=hashlib.sha256(content).hexdigest(),
            devices=written.devices, revoked=revoked, voided=written.voided,
        )  # fmt: skip
        with write_transaction(self.db, self.session.actor) as w:
            w.log(KEYS_WRITTEN_ACTION, "device", "*", note)
        return written
