"""The signed QR of a certificate (``HMTN2``): anyone holding the device's public key
can check it offline, and nobody without the device's secret key can make one.

The QR text is nine fields separated by ``|``::

    HMTN2|<key id>|<site code>|<serial>|<DIN>|<volume ml>|<donation date>|<donor name>|<signature>

- key id: the id of the device's minisign key, 16 upper-case hex digits as
  ``minisign`` prints it (the center's device list and the published keys file map it
  to the device, its site and its public key);
- site code: the site's code (``HN01``); serial: the certificate's serial as printed;
  DIN: the donation identification number (13 characters, no flag characters);
- volume ml: the volume collected in millilitres (``350``); donation date: the drive's
  date, ISO ``YYYY-MM-DD``; donor name: the name as printed, in Unicode NFC (the only
  field that may contain ``|``: it is read as everything between the seventh ``|`` and
  the last one);
- signature: the Ed25519 signature by the device's minisign secret key (minisign's
  pure ``Ed`` algorithm: the message itself is signed, not a hash of it) of the
  **signed message**, written in unpadded base64url (RFC 4648 §5, 86 characters).

The signed message is the UTF-8 encoding of the QR text up to, not including, its last
``|``: the eight fields above, ``HMTN2`` and the key id included. To re-check a
certificate without this program: take the device's minisign public key (the base64
line of ``device.minisign.pub`` or of the published keys file), base64-decode it
(bytes 2-9 are the key id, little-endian; bytes 10-41 the Ed25519 public key) and verify
the signature over the message with any Ed25519 implementation (libsodium's
``crypto_sign_verify_detached``, Python's ``cryptography``). The stock ``minisign``
tool cannot: its signature files also carry a second, "global" signature, which a QR
has no room for.

The QR carries only what the certificate's front prints: no birth date, no ID number,
no address, no blood group, no result, no answer of the questionnaire. HMTN1
certificates printed before (desktop.core.stations.certificate_integrity) stay valid;
they are checked against the center's register.
"""

import base64
import binascii
import datetime as dt
from dataclasses import dataclass

import minisign
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from desktop.core.domain.text import nfc

PREFIX = "HMTN2"
SEPARATOR = "|"
FIELDS = 8  # before the signature: the prefix, the key id and six printed values
SIGNATURE_BYTES = 64
_KEY_ID_RAW = slice(2, 10)  # a minisign public key: algorithm (2), key id (8), key (32)
_PUBLIC_KEY_RAW = slice(10, 42)
_SIGNATURE_LINE = 1  # a minisign signature file: comment, algorithm + key id + signature, ...


@dataclass(frozen=True)
class SignedFields:
    """What the signature covers, as printed on the certificate."""

    site_code: str
    serial: str
    din: str
    volume_ml: int
    donation_date: dt.date
    full_name: str

    def values(self) -> list[str]:
        return [
            self.site_code,
            self.serial,
            self.din,
            str(self.volume_ml),
            self.donation_date.isoformat(),
            nfc(self.full_name),
        ]


@dataclass(frozen=True)
class SignedQr:
    """A parsed HMTN2 QR text (its signature not checked yet)."""

    key_id: str
    fields: SignedFields
    signature: bytes
    message: bytes  # the signed message: the text before the last "|", UTF-8


def printed_key_id(raw: bytes) -> str:
    """Minisign's 8-byte key id as minisign prints it (a little-endian number, 16 upper
    case hex digits)."""
    return f"{int.from_bytes(raw, 'little'):016X}"


def signed_message(key_id: str, fields: SignedFields) -> bytes:
    values = fields.values()
    if any(SEPARATOR in value for value in values[:-1]):  # only the name is read to the end
        raise ValueError(f"a certificate's field holds {SEPARATOR!r}: {values[:-1]}")
    return SEPARATOR.join([PREFIX, key_id, *values]).encode()


def qr_text(secret_key: minisign.SecretKey, fields: SignedFields) -> str:
    """The QR text of a certificate, signed with the device's secret key."""
    key_id = key_id_of(secret_key.get_public_key().to_base64().decode())
    message = signed_message(key_id, fields)
    signature_file = bytes(secret_key.sign(message, prehash=False)).decode()
    line = base64.b64decode(signature_file.splitlines()[_SIGNATURE_LINE])
    signature = line[-SIGNATURE_BYTES:]
    encoded = base64.urlsafe_b64encode(signature).rstrip(b"=").decode()
    return f"{message.decode()}{SEPARATOR}{encoded}"


def key_id_of(signing_key: str) -> str:
    """The printed key id of a minisign public key line."""
    return printed_key_id(base64.b64decode(signing_key, validate=True)[_KEY_ID_RAW])


def parse(text: str) -> SignedQr | None:
    """The HMTN2 QR text's parts, or None if it is not one (a field missing or not in
    the form the signer writes: no text has two readings)."""
    text = text.strip()
    head, _, encoded = text.rpartition(SEPARATOR)
    parts = head.split(SEPARATOR, FIELDS - 1)
    if len(parts) != FIELDS or parts[0] != PREFIX:
        return None
    _, key_id, site_code, serial, din, volume, date, name = parts
    try:
        signature = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4))
        donation_date = dt.date.fromisoformat(date)
    except (ValueError, binascii.Error):
        return None
    valid = (
        len(signature) == SIGNATURE_BYTES
        and len(key_id) == 16
        and all(c in "0123456789ABCDEF" for c in key_id)
        and volume.isascii()
        and volume.isdigit()
        and serial
        and din
        and name.strip()
    )
    if not valid:
        return None
    fields = SignedFields(site_code, serial, din, int(volume), donation_date, name)
    if signed_message(key_id, fields) != head.encode():  # e.g. "0350", a name not in NFC
        return None
    return SignedQr(key_id, fields, signature, head.encode())


def signature_valid(qr: SignedQr, signing_key: str) -> bool:
    """True when ``signing_key`` (a minisign public key line) has this key id and its
    Ed25519 key signed the QR's message."""
    try:
        raw = base64.b64decode(signing_key, validate=True)
    except (ValueError, binascii.Error):
        return False
    if len(raw) != 42 or printed_key_id(raw[_KEY_ID_RAW]) != qr.key_id:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(raw[_PUBLIC_KEY_RAW]).verify(qr.signature, qr.message)
    except InvalidSignature:
        return False
    return True
