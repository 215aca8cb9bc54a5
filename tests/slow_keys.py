"""The run's slow key derivations, each made once per input: argon2id from a password
and a key file's salt (``key_file._derive``), and age's scrypt from a passphrase and
a passphrase-encrypted file (``pyrage.passphrase.decrypt``: the center's keys).

Both are slow on purpose (a guess must cost an attacker as much), and the tests make
the same one again and again: every command a test runs signs in by unwrapping the
same key file, every import at a center unlocks the same ``center-key.age``. Each
input still goes through the real derivation at its production cost the first time
(a new salt, a new file: every wrap and every new key is made for real); a repeat
returns what that derivation returned. A failure (a wrong password or passphrase) is
not kept: it is derived again each time, as it is refused.
"""

import functools

import pyrage
import pytest

from desktop.core.foundation import key_file


def derivations_once(patch: pytest.MonkeyPatch) -> None:
    """Keep each derivation's result for the rest of the run (``patch`` undoes it)."""
    patch.setattr(key_file, "_derive", functools.cache(key_file._derive))
    patch.setattr(pyrage.passphrase, "decrypt", _decrypted_once(pyrage.passphrase.decrypt))


def _decrypted_once(decrypt):
    done: dict[tuple[bytes, str], bytes] = {}

    def decrypt_once(data: bytes, passphrase: str) -> bytes:
        asked = (bytes(data), passphrase)
        if asked not in done:
            done[asked] = decrypt(data, passphrase)
        return done[asked]

    return decrypt_once
