"""The center's recovery of a laptop whose staff forgot every password: the escrow key
(``escrow-key.age``, kept offline) opens the database key the laptop's key file
escrowed, and a new key file gets a new wrap for one of its users. Nothing inside the
database changes; the new key file notes the recovery, which the laptop's next sign-in
writes into its audit trail (``desktop.core.access``)."""

import datetime as dt
from pathlib import Path

import pyrage

from desktop.core.domain.problems import Problem, UserError
from desktop.core.foundation.key_file import KeyFile, KeyFileDamaged, WrongPassword
from desktop.core.foundation.logins import password_problems, stamp, user_name_problems


def recover_key_file(
    escrow_key: bytes, passphrase: str, keys_path: Path, *, user: str, password: str, out: Path
) -> None:
    """At the center: a laptop whose staff forgot their passwords. The center's escrow
    key (``escrow-key.age`` and its passphrase) opens the key the laptop's key file
    (``keys_path``) escrowed; ``out`` is that key file with a new wrap for ``user`` (one
    of the laptop's user names) and ``password``. Nothing inside the database changes."""
    problems = [*user_name_problems(user), *password_problems(password)]
    if problems:
        raise UserError(*problems)
    identity = escrow_identity(escrow_key, passphrase)
    try:
        keys = KeyFile.load(Path(keys_path))
    except KeyFileDamaged as error:
        raise UserError(Problem("key_file_unusable", {"file": str(keys_path)})) from error
    try:
        key = keys.recover(identity)
    except (WrongPassword, KeyFileDamaged) as error:
        raise UserError(Problem("escrow_not_for_this_file", {"file": str(keys_path)})) from error
    made = {"user": user.strip(), "at": stamp(dt.datetime.now(dt.UTC))}  # audited there later
    recovered = KeyFile(Path(out), dict(keys.wraps), keys.escrow_recipient, keys.escrow_sealed,
                        [*keys.recovered, made])  # fmt: skip
    recovered.wrap(user.strip(), password, key)
    recovered.save()


def escrow_identity(escrow_key: bytes, passphrase: str) -> pyrage.x25519.Identity:
    """The center's escrow identity from ``escrow-key.age`` (UserError if the passphrase
    is wrong or the file is no escrow key)."""
    try:
        text = pyrage.passphrase.decrypt(escrow_key, passphrase).decode()
        line = next(line for line in text.splitlines() if line.startswith("AGE-SECRET-KEY-"))
        return pyrage.x25519.Identity.from_str(line)
    except pyrage.DecryptError as error:
        raise UserError(Problem("passphrase_wrong", field="passphrase")) from error
    except (StopIteration, UnicodeDecodeError, ValueError) as error:
        raise UserError(Problem("escrow_key_unusable")) from error
