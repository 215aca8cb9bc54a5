"""What a certificate's QR text proves, checked against the keys of the devices the
center knows and, at the center, its register (``hmtn certificates verify``, the
center window's "Check a certificate").

- ``HMTN2`` (desktop.core.stations.certificate_signature): the signature is checked
  with the public key of the device whose key id the QR names. It proves the device
  printed these values (serial, DIN, donor name, volume, date, site); the center's
  register adds whether the certificate was voided since, or is unknown to it.
- ``HMTN1`` (printed before, desktop.core.stations.certificate_integrity): its code is
  keyed with a secret that never left the laptop, so only the register can vouch for
  it: the code, the donation and the DIN must be those the site sent. It proves less:
  the name, volume and date were never covered; they are shown from the register to be
  compared with the paper.
"""

import hmac
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from desktop.core.domain.dates import from_iso
from desktop.core.domain.text import nfc
from desktop.core.domain.vocabulary import CertificateStatus, DeviceStatus
from desktop.core.stations import certificate_integrity as hmtn1
from desktop.core.stations import certificate_signature as hmtn2
from desktop.core.stations.certificate_signature import SignedFields


class Verdict(StrEnum):
    VALID = "valid"  # signed by a trusted device (and, at the center, in its register)
    ALTERED = (
        "altered"  # the text does not match its signature (or HMTN1 code): altered or invented
    )
    VOIDED = "voided"  # genuine, but voided since (the center knows of the void)
    UNKNOWN_KEY = "unknown_key"  # signed by a key no device the center knows holds
    REVOKED_KEY = "revoked_key"  # signed by a revoked device, and no register vouches for it
    NOT_REGISTERED = "not_registered"  # the center has no certificate of that serial
    UNCHECKABLE = "uncheckable"  # HMTN1 away from the center: only its register can tell
    MALFORMED = "malformed"  # not a certificate's QR text


@dataclass(frozen=True)
class TrustedKey:
    """A device's public signing key as the center knows it."""

    key_id: str
    signing_key: str
    device_id: str
    device_name: str
    site_code: str
    status: DeviceStatus
    revoked_at: str | None = None
    revoke_reason: str | None = None

    @classmethod
    def from_row(cls, row: Mapping) -> "TrustedKey":
        return cls(
            key_id=row["key_id"], signing_key=row["signing_key"], device_id=row["id"],
            device_name=row["device_name"] or "", site_code=row["site_code"] or "",
            status=DeviceStatus(row["status"]), revoked_at=row["revoked_at"],
            revoke_reason=row["revoke_reason"],
        )  # fmt: skip


@dataclass(frozen=True)
class RegisterEntry:
    """The center's record of a certificate: its status and what it printed, as the
    center holds them now (``void_reason`` None where only the date is known)."""

    serial: str
    status: CertificateStatus
    din: str
    full_name: str
    volume_ml: int
    donation_date: str  # ISO
    voided_at: str | None = None  # UTC stamp
    void_reason: str | None = None
    donation_id: str = ""
    integrity_code: str = ""

    @classmethod
    def from_row(cls, row: Mapping) -> "RegisterEntry":
        status = CertificateStatus(row["status"])
        voided = status == CertificateStatus.VOIDED
        return cls(
            serial=row["serial"], status=status, din=row["din"] or "",
            full_name=row["full_name"] or "", volume_ml=row["volume_ml"] or 0,
            donation_date=row["drive_date"] or "",
            voided_at=row["updated_at"] if voided else None,
            void_reason=row["void_reason"] if voided else None,
            donation_id=row["donation_id"] or "", integrity_code=row["integrity_code"] or "",
        )  # fmt: skip


@dataclass(frozen=True)
class CertificateCheck:
    verdict: Verdict
    kind: str = ""  # "HMTN2", "HMTN1", "" (not a certificate's)
    key_id: str = ""
    fields: SignedFields | None = None  # what an HMTN2 QR says
    legacy: hmtn1.QrContent | None = None  # what an HMTN1 QR says
    device: TrustedKey | None = None
    record: RegisterEntry | None = None
    differences: tuple[str, ...] = ()  # fields the register holds otherwise now
    registered: bool = False  # checked against the center's register

    @property
    def proves_less(self) -> bool:
        return self.kind == hmtn1.PREFIX


KeyLookup = Callable[[str], TrustedKey | None]
RegisterLookup = Callable[[str], RegisterEntry | None]


def check_certificate(
    text: str,
    key_of: KeyLookup,
    register: RegisterLookup | None = None,
    voids: Mapping[str, str] | None = None,
) -> CertificateCheck:
    """What ``text`` proves, with the keys ``key_of`` gives by key id and either the
    center's ``register`` (its entry of a serial) or a published keys file's ``voids``
    (serial -> when voided: the only certificates such a file names)."""
    qr = hmtn2.parse(text)
    if qr is None:
        legacy = hmtn1.parse_payload(text)
        if legacy is None:
            return CertificateCheck(Verdict.MALFORMED)
        return _check_legacy(legacy, register, voids or {})
    found = CertificateCheck(Verdict.VALID, hmtn2.PREFIX, qr.key_id, qr.fields)
    device = key_of(qr.key_id)
    if device is None:
        return replace(found, verdict=Verdict.UNKNOWN_KEY)
    found = replace(found, device=device)
    if not hmtn2.signature_valid(qr, device.signing_key):
        return replace(found, verdict=Verdict.ALTERED)
    if register is None:
        voided_at = (voids or {}).get(qr.fields.serial)
        if voided_at is not None:
            return replace(found, verdict=Verdict.VOIDED, record=_voided(qr.fields, voided_at))
        return replace(found, verdict=_trusted_alone(device))
    record = register(qr.fields.serial)
    found = replace(found, record=record, registered=True)
    if record is None:
        return replace(found, verdict=Verdict.NOT_REGISTERED)
    found = replace(found, differences=_differences(qr.fields, record, device))
    if record.status == CertificateStatus.VOIDED:
        return replace(found, verdict=Verdict.VOIDED)
    return found  # the register vouches for it, even from a device revoked since


def _trusted_alone(device: TrustedKey) -> Verdict:
    """A signature is worth its key alone: a revoked device's key may be in a thief's
    hands, so only the register can vouch for its certificates."""
    return Verdict.VALID if device.status == DeviceStatus.ACTIVE else Verdict.REVOKED_KEY


def _voided(fields: SignedFields, voided_at: str) -> RegisterEntry:
    """What a published void list says of a certificate: voided, and when."""
    return RegisterEntry(
        serial=fields.serial, status=CertificateStatus.VOIDED, din=fields.din,
        full_name=fields.full_name, volume_ml=fields.volume_ml,
        donation_date=fields.donation_date.isoformat(), voided_at=voided_at,
    )  # fmt: skip


def _differences(fields: SignedFields, record: RegisterEntry, device: TrustedKey) -> tuple:
    held = {
        "din": (fields.din, record.din),
        "full_name": (nfc(fields.full_name), nfc(record.full_name)),
        "volume_ml": (fields.volume_ml, record.volume_ml),
        "donation_date": (fields.donation_date, from_iso(record.donation_date)),
        "site_code": (fields.site_code, device.site_code),
    }
    return tuple(name for name, (printed, now) in held.items() if printed != now)


def _check_legacy(
    legacy: hmtn1.QrContent, register: RegisterLookup | None, voids: Mapping[str, str]
) -> CertificateCheck:
    found = CertificateCheck(Verdict.UNCHECKABLE, hmtn1.PREFIX, legacy=legacy)
    if register is None:
        return found  # a void list cannot tell a genuine serial from one copied onto a fake
    record = register(legacy.serial)
    found = replace(found, record=record, registered=True)
    if record is None:
        return replace(found, verdict=Verdict.NOT_REGISTERED)
    same = (
        hmac.compare_digest(record.integrity_code.encode(), legacy.code.encode())
        and record.donation_id == legacy.donation_id
        and record.din == legacy.din
    )
    if not same:
        return replace(found, verdict=Verdict.ALTERED)
    if record.status == CertificateStatus.VOIDED:
        return replace(found, verdict=Verdict.VOIDED)
    return replace(found, verdict=Verdict.VALID)
