"""The keys of this installation, made once when the device is set up.

They live in their own table, which the audit trail never sees and no export carries
(a setting is audited, so a key kept among the settings would be copied into the audit
log). Reading a key never writes: a missing key is an installation that was not set
up, and says so.
"""

import secrets

from sqlite_utils import Database

from db import secrets as secret_queries

CERTIFICATE_KEY = "certificate_key"  # HMAC key of the integrity code on certificates


def set_up(db: Database) -> None:
    """Make the keys this installation lacks (on first run, or after an upgrade)."""
    secret_queries.create_if_missing(db, CERTIFICATE_KEY, secrets.token_hex(32))


def certificate_key(db: Database) -> bytes:
    value = secret_queries.get(db, CERTIFICATE_KEY)
    if value is None:
        raise RuntimeError("this installation has no certificate key: it was not set up")
    return bytes.fromhex(value)
