"""The keys of this installation, made once when the device is set up.

They live in their own table, which the audit trail never sees and no export carries
(a setting is audited, so a key kept among the settings would be copied into the audit
log). Reading the certificate key never writes: a missing key is an installation that
was not set up, and says so. The device's signing key (minisign, Ed25519) is made on
first use: it signs the export files (desktop.core.exchange) and the certificates' QR
(desktop.core.stations.certificate_signature), so it lives here, below both.
"""

import secrets

import minisign
from sqlite_utils import Database

from db import secrets as secret_queries

CERTIFICATE_KEY = "certificate_key"  # HMAC key of HMTN1 certificates (printed before)
DEVICE_SIGNING_KEY = "device_signing_key"  # the device's minisign secret key


def set_up(db: Database) -> None:
    """Make the keys this installation lacks (on first run, or after an upgrade)."""
    secret_queries.create_if_missing(db, CERTIFICATE_KEY, secrets.token_hex(32))


def certificate_key(db: Database) -> bytes:
    value = secret_queries.get(db, CERTIFICATE_KEY)
    if value is None:
        raise RuntimeError("this installation has no certificate key: it was not set up")
    return bytes.fromhex(value)


def device_secret_key(db: Database) -> minisign.SecretKey:
    """This device's signing key, made on first use."""
    if secret_queries.get(db, DEVICE_SIGNING_KEY) is None:
        pair = minisign.KeyPair.generate()
        secret_queries.create_if_missing(db, DEVICE_SIGNING_KEY, bytes(pair.secret_key).decode())
    return minisign.SecretKey.from_bytes(secret_queries.get(db, DEVICE_SIGNING_KEY).encode())
