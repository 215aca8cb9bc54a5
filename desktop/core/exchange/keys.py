"""Keys of the exchange, all made and used through pyrage (age, X25519) and py-minisign
(Ed25519): no cryptography of our own.

- The device's signing key: a minisign key pair made on first use, its secret half in
  the ``secret`` table (never audited, never exported); likewise its age identity, to
  whose recipient the center encrypts the drive packages for this device.
- The center's keys (``hmtn center init``): an age identity and an escrow identity,
  each written to a file encrypted with a passphrase in age's own format (so the stock
  ``age -d -i center-key.age`` opens export files), and a minisign key pair.

A public key is shown to people by its fingerprint: the first 16 hex digits of the
SHA-256 of its key line, in groups of four, to compare by eye or over the phone.
"""

import base64
import binascii
import datetime as dt
import hashlib
from dataclasses import dataclass

import minisign
import pyrage
from sqlite_utils import Database

from db import secrets as secret_queries
from desktop.core.domain.problems import Problem, UserError
from desktop.core.foundation.secrets import device_secret_key  # below the stations: they sign

DEVICE_AGE_IDENTITY = "device_age_identity"  # secret: the device's age identity (packages)
CENTER_IDENTITY = "center_age_identity"  # secret: center-key.age, base64 (encrypted)
CENTER_SIGNING_SECRET = "center_signing_secret_key"  # secret: minisign, encrypted
MIN_PASSPHRASE = 10
_KEY_ID = slice(2, 10)  # a minisign public key: algorithm (2 bytes), key id (8), key (32)


def fingerprint(key_line: str) -> str:
    """``ab12 cd34 ef56 7890``: the first 16 hex digits of the key line's SHA-256."""
    digest = hashlib.sha256(key_line.strip().encode()).hexdigest()[:16]
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


def key_id(signing_key: str) -> str:
    """The key id of a minisign public key (base64 line) as the stock minisign prints
    it (16 upper-case hex digits; minisign reads the 8 bytes as a little-endian
    number)."""
    return printed_key_id(base64.b64decode(signing_key, validate=True)[_KEY_ID])


def printed_key_id(raw: bytes) -> str:
    """Minisign's 8-byte key id (as it lies in a key or a signature) as minisign prints it."""
    return f"{int.from_bytes(raw, 'little'):016X}"


def public_key_file(signing_key: str) -> str:
    """A minisign public key file, as ``minisign -G`` writes it."""
    return f"untrusted comment: minisign public key {key_id(signing_key)}\n{signing_key}\n"


def parse_signing_key(text: str) -> str:
    """The key line of a minisign public key, from a key file or the bare line;
    ValueError if it is not one."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if not lines or len(lines) > 2:
        raise ValueError("not a minisign public key")
    if len(lines) == 2 and not lines[0].startswith("untrusted comment:"):
        raise ValueError("not a minisign public key file")
    try:
        minisign.PublicKey.from_base64(lines[-1])
    except (minisign.Error, binascii.Error) as error:
        raise ValueError("not a minisign public key") from error
    return lines[-1]


def parse_recipient(text: str) -> str:
    """An age X25519 recipient (``age1...``), one line; ValueError if it is not one."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    lines = [line for line in lines if not line.startswith("#")]
    if len(lines) != 1 or not lines[0].startswith("age1"):
        raise ValueError("not an age recipient")
    try:
        pyrage.x25519.Recipient.from_str(lines[0])
    except pyrage.RecipientError as error:
        raise ValueError("not an age recipient") from error
    return lines[0]


def device_signing_key(db: Database) -> str:
    """The key line of this device's public signing key (made on first use)."""
    return device_secret_key(db).get_public_key().to_base64().decode()


def device_identity(db: Database) -> pyrage.x25519.Identity:
    """This device's age identity, made on first use: the center encrypts the drive
    packages for this laptop to its recipient (never audited, never exported)."""
    if secret_queries.get(db, DEVICE_AGE_IDENTITY) is None:
        made = str(pyrage.x25519.Identity.generate())
        secret_queries.create_if_missing(db, DEVICE_AGE_IDENTITY, made)
    return pyrage.x25519.Identity.from_str(secret_queries.get(db, DEVICE_AGE_IDENTITY))


def device_recipient(db: Database) -> str:
    """This device's age recipient (``age1...``), made on first use."""
    return str(device_identity(db).to_public())


@dataclass(frozen=True)
class CenterKeyFiles:
    """What ``hmtn center init`` writes: each file's content, by file name, and what
    the center database keeps."""

    center_recipient: str
    escrow_recipient: str
    signing_key: str  # the center's minisign public key line
    center_identity_age: bytes  # center-key.age: the identity, passphrase-encrypted
    escrow_identity_age: bytes  # escrow-key.age: never kept in the database
    signing_secret: str  # the minisign secret key file, passphrase-encrypted

    NAMES = ("center.pub", "center-key.age", "escrow.pub", "escrow-key.age", "center.minisign.pub")

    def files(self) -> dict[str, bytes]:
        return {
            "center.pub": f"{self.center_recipient}\n".encode(),
            "center-key.age": self.center_identity_age,
            "escrow.pub": f"{self.escrow_recipient}\n".encode(),
            "escrow-key.age": self.escrow_identity_age,
            "center.minisign.pub": public_key_file(self.signing_key).encode(),
        }


def check_passphrase(passphrase: str, field: str = "passphrase") -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise UserError(Problem("passphrase_short", {"min": MIN_PASSPHRASE}, field))


def make_center_keys(passphrase: str, escrow_passphrase: str) -> CenterKeyFiles:
    """New center and escrow identities and a signing key, their secret halves
    encrypted with the passphrases (scrypt, as age and minisign do it)."""
    check_passphrase(passphrase)
    check_passphrase(escrow_passphrase, "escrow_passphrase")
    center, escrow = pyrage.x25519.Identity.generate(), pyrage.x25519.Identity.generate()
    pair = minisign.KeyPair.generate()
    signing_key = pair.public_key.to_base64().decode()
    pair.secret_key.encrypt(passphrase)
    return CenterKeyFiles(
        center_recipient=str(center.to_public()),
        escrow_recipient=str(escrow.to_public()),
        signing_key=signing_key,
        center_identity_age=pyrage.passphrase.encrypt(_identity_file(center), passphrase),
        escrow_identity_age=pyrage.passphrase.encrypt(_identity_file(escrow), escrow_passphrase),
        signing_secret=bytes(pair.secret_key).decode(),
    )


def _identity_file(identity: pyrage.x25519.Identity) -> bytes:
    """An identity file as ``age-keygen`` writes it."""
    created = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    return (f"# created: {created}\n# public key: {identity.to_public()}\n{identity}\n").encode()


def center_identity(db: Database, passphrase: str) -> pyrage.x25519.Identity:
    """The center's age identity, unlocked with its passphrase (UserError if wrong)."""
    stored = secret_queries.get(db, CENTER_IDENTITY)
    if stored is None:
        raise UserError(Problem("not_center"))
    try:
        text = pyrage.passphrase.decrypt(base64.b64decode(stored), passphrase).decode()
    except pyrage.DecryptError as error:
        raise UserError(Problem("passphrase_wrong", field="passphrase")) from error
    line = next(line for line in text.splitlines() if line.startswith("AGE-SECRET-KEY-"))
    return pyrage.x25519.Identity.from_str(line)


def center_secret_key(db: Database, passphrase: str) -> minisign.SecretKey:
    """The center's signing key, unlocked with its passphrase (UserError if wrong)."""
    stored = secret_queries.get(db, CENTER_SIGNING_SECRET)
    if stored is None:
        raise UserError(Problem("not_center"))
    key = minisign.SecretKey.from_bytes(stored.encode())
    try:
        key.decrypt(passphrase)
    except minisign.Error as error:
        raise UserError(Problem("passphrase_wrong", field="passphrase")) from error
    return key
