"""The database's key, kept only wrapped, in a small file beside the database.

A database is encrypted (SQLCipher) with a random 32-byte key that is never written
down as such. The key file ``<database file name>.keys`` holds it wrapped:

* once per staff password: a key derived from the password by argon2id (its salt and
  costs stored beside it) seals the database key with AES-256-GCM; the user name is
  bound to the seal, so a wrap cannot be moved to another name;
* once to the center's escrow age key (``escrow``), so the center can recover a laptop
  whose staff all forgot their passwords.

A PIN never unwraps the key (a few digits are guessed in minutes offline). Wrong
password and unknown user are one error, so the file does not tell which names exist
beyond the list it carries. The file holds no secret in clear: it travels with every
backup. It is replaced atomically (written beside, flushed, renamed), readable by the
owner alone.

No cryptography of our own: argon2-cffi derives, ``cryptography``'s AESGCM seals, age
(pyrage) escrows.
"""

import base64
import json
import os
import secrets
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pyrage
from argon2.low_level import Type, hash_secret_raw
from argon2.profiles import RFC_9106_LOW_MEMORY
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.core.foundation.files import sync_folder

FORMAT = "hmtn-keys/1"
SUFFIX = ".keys"
KEY_BYTES = 32
NONCE_BYTES = 12


class WrongPassword(Exception):
    """No wrap of this file opens with that user name and password."""


class KeyFileDamaged(Exception):
    """The key file cannot be read as one (truncated, edited, another format)."""


@dataclass(frozen=True)
class Cost:
    """argon2id's costs for one wrap (stored with it: a later version may raise them)."""

    time_cost: int = RFC_9106_LOW_MEMORY.time_cost
    memory_kib: int = RFC_9106_LOW_MEMORY.memory_cost
    parallelism: int = RFC_9106_LOW_MEMORY.parallelism


@dataclass(frozen=True)
class Wrap:
    user: str
    salt: bytes
    cost: Cost
    nonce: bytes
    sealed: bytes


@dataclass
class KeyFile:
    path: Path
    wraps: dict[str, Wrap] = field(default_factory=dict)
    escrow_recipient: str = ""
    escrow_sealed: bytes = b""  # the key encrypted to escrow_recipient (age, binary)
    # wraps the center made with the escrow key ({"user", "at"}), kept until the laptop's
    # next sign-in writes them into its audit trail (``key_recovery``)
    recovered: list[dict[str, str]] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> "KeyFile":
        """Read ``path``; KeyFileDamaged if it is no key file."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                raise KeyFileDamaged(f"{path}: not {FORMAT}")
            wraps = [_wrap_from(item) for item in data["wraps"]]
            escrow = data.get("escrow") or {}
            return cls(
                path,
                {wrap.user: wrap for wrap in wraps},
                escrow.get("recipient", ""),
                _b64(escrow.get("sealed", "")),
                [{"user": str(r["user"]), "at": str(r["at"])} for r in data.get("recovered", [])],
            )
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise KeyFileDamaged(f"{path}: {error}") from error

    def users(self) -> list[str]:
        return sorted(self.wraps)

    def unwrap(self, user: str, password: str) -> bytes:
        """The database key, opened with ``user``'s password; WrongPassword otherwise."""
        wrap = self.wraps.get(user_key(user))
        if wrap is None:
            _derive(password, secrets.token_bytes(16), Cost())  # the same time as a wrong one
            raise WrongPassword(user)
        kek = _derive(password, wrap.salt, wrap.cost)
        try:
            return AESGCM(kek).decrypt(wrap.nonce, wrap.sealed, _bound(wrap.user))
        except InvalidTag:
            raise WrongPassword(user) from None

    def wrap(self, user: str, password: str, key: bytes, cost: Cost | None = None) -> None:
        """Add (or replace) ``user``'s wrap of ``key``; ``save`` writes it."""
        if len(key) != KEY_BYTES:
            raise ValueError("a database key is 32 bytes")
        name, salt, cost = user_key(user), secrets.token_bytes(16), cost or Cost()
        nonce = secrets.token_bytes(NONCE_BYTES)
        sealed = AESGCM(_derive(password, salt, cost)).encrypt(nonce, key, _bound(name))
        self.wraps[name] = Wrap(name, salt, cost, nonce, sealed)

    def forget(self, user: str) -> None:
        self.wraps.pop(user_key(user), None)

    def escrow(self, recipient: str, key: bytes) -> None:
        """Keep ``key`` encrypted to the center's escrow recipient (``age1...``)."""
        self.escrow_recipient = recipient
        self.escrow_sealed = pyrage.encrypt(key, [pyrage.x25519.Recipient.from_str(recipient)])

    def recover(self, identity: pyrage.x25519.Identity) -> bytes:
        """The key, opened with the center's escrow identity; WrongPassword if it is not
        the identity this file was escrowed to (or there is no escrow)."""
        if not self.escrow_sealed:
            raise WrongPassword("escrow")
        try:
            key = pyrage.decrypt(self.escrow_sealed, [identity])
        except pyrage.DecryptError:
            raise WrongPassword("escrow") from None
        if len(key) != KEY_BYTES:
            raise KeyFileDamaged(f"{self.path}: the escrowed key is not a database key")
        return key

    def save(self) -> None:
        """Replace the file atomically, readable and writable by the owner alone."""
        data = {
            "format": FORMAT,
            "wraps": [_wrap_to(self.wraps[user]) for user in self.users()],
            "escrow": {"recipient": self.escrow_recipient, "sealed": _text(self.escrow_sealed)}
            if self.escrow_sealed
            else None,
        }
        if self.recovered:
            data["recovered"] = self.recovered
        write_private(self.path, json.dumps(data, indent=1).encode())


def key_file_path(database: Path) -> Path:
    """Where a database's key file lives: beside it, ``<file name>.keys``."""
    return database.with_name(database.name + SUFFIX)


def new_database_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def user_key(user: str) -> str:
    """A user name as wraps are found by: NFC, trimmed, case-folded."""
    return unicodedata.normalize("NFC", user).strip().casefold()


def write_private(path: Path, content: bytes) -> None:
    """Write ``content`` to ``path`` atomically (a temporary file beside it, flushed to
    disk, renamed over it, the folder flushed), mode 0600."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    sync_folder(path.parent)


def _derive(password: str, salt: bytes, cost: Cost) -> bytes:
    return hash_secret_raw(
        unicodedata.normalize("NFC", password).encode(),
        salt,
        cost.time_cost,
        cost.memory_kib,
        cost.parallelism,
        KEY_BYTES,
        Type.ID,
    )


def _bound(user: str) -> bytes:
    return f"{FORMAT}|{user}".encode()


def _wrap_from(item: dict) -> Wrap:
    cost = Cost(int(item["time_cost"]), int(item["memory_kib"]), int(item["parallelism"]))
    if item.get("kdf") != "argon2id" or min(cost.time_cost, cost.parallelism) < 1:
        raise ValueError("unknown key derivation")
    return Wrap(item["user"], _b64(item["salt"]), cost, _b64(item["nonce"]), _b64(item["sealed"]))


def _wrap_to(wrap: Wrap) -> dict:
    return {
        "user": wrap.user,
        "kdf": "argon2id",
        "salt": _text(wrap.salt),
        "time_cost": wrap.cost.time_cost,
        "memory_kib": wrap.cost.memory_kib,
        "parallelism": wrap.cost.parallelism,
        "nonce": _text(wrap.nonce),
        "sealed": _text(wrap.sealed),
    }


def _b64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _text(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")
