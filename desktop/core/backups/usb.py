"""The backup for a USB stick: one file, encrypted with age to several recipients.

``hmtn-backup-<site code>-<YYYYMMDD-HHMMSS>.tar.age`` is a plain tar (``tar -x`` reads it
once ``age -d -i KEY`` has decrypted it) of:

    backup.json              format ``hmtn-backup`` 1, when, which device, what it holds
    database.sqlite3         the database as the laptop keeps it (encrypted with the
                             database key when the laptop's is)
    database.sqlite3.keys    the database's key file, when it has one

Its recipients: the site administrator's backup key (made once, see ``admin_key``) and,
once installed, the center's (``center_age_recipient``). It is written to a temporary
file beside its final name, flushed, synced, renamed, the folder synced and the file
read back: a full stick or one pulled out leaves no file and no temporary one.
"""

import datetime as dt
import json
import os
import tarfile
import tempfile
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pyrage

from desktop.core.domain.problems import Problem, UserError
from desktop.core.exchange.durable import sync_folder
from desktop.core.exchange.sealing import AGE_MAGIC, MAX_AGE_HEADER, write_problem

FORMAT = "hmtn-backup"
FORMAT_VERSION = 1
MANIFEST = "backup.json"
DATABASE = "database.sqlite3"
KEYS = "database.sqlite3.keys"
MEMBERS = (MANIFEST, DATABASE, KEYS)
FILE_SUFFIX = ".tar.age"
MAX_MANIFEST_BYTES = 1 << 20
ADMIN_KEY_FILE = "hmtn-backup-key.txt"


@dataclass(frozen=True)
class UsbBackup:
    path: Path
    size: int
    recipients: int


def file_name(site_code: str, now: dt.datetime) -> str:
    site = "".join(c for c in site_code if c.isalnum() or c == "-") or "site"
    return f"hmtn-backup-{site}-{now.strftime('%Y%m%d-%H%M%S')}{FILE_SUFFIX}"


def new_admin_key(site_code: str, now: dt.datetime) -> tuple[str, str]:
    """A new age identity for the site administrator: (the identity file's text, its
    recipient). The text is the stock ``age-keygen`` format, with comments."""
    identity = pyrage.x25519.Identity.generate()
    recipient = str(identity.to_public())
    text = (
        f"# HMTN Desk: the backup key of site {site_code or '-'}'s administrator.\n"
        "# Keep it secret and away from the laptop (your own USB stick, a printed copy).\n"
        f"# created: {now.isoformat(timespec='seconds')}\n"
        f"# public key: {recipient}\n"
        f"{identity}\n"
    )
    return text, recipient


def read_identity(text: str) -> pyrage.x25519.Identity:
    """The identity in an age identity file's text (comments and blank lines skipped);
    ValueError if there is none."""
    for line in text.splitlines():
        if line.strip().startswith("AGE-SECRET-KEY-1"):
            try:
                return pyrage.x25519.Identity.from_str(line.strip())
            except pyrage.IdentityError as error:
                raise ValueError("not an age identity") from error
    raise ValueError("no age identity")


def write(
    parts: dict[str, Path], folder: Path, name: str, recipients: list[str], workdir: Path
) -> UsbBackup:
    """Tar ``parts`` (member name -> file) in ``workdir``, encrypt the tar to
    ``folder/name``; UserError ``backup_disk_full`` / ``backup_not_written`` (nothing
    left behind) when the stick refuses it."""
    target = folder / name
    if target.exists():
        raise UserError(Problem("backup_file_exists", {"file": str(target)}))
    payload = workdir / "backup.tar"
    with tarfile.open(payload, "w", format=tarfile.PAX_FORMAT) as tar:
        for member, path in parts.items():
            tar.add(path, arcname=member, recursive=False)
    parsed = [pyrage.x25519.Recipient.from_str(r) for r in recipients]
    temporary: Path | None = None
    try:
        handle, temporary_name = tempfile.mkstemp(dir=folder, prefix=".hmtn-", suffix=".partial")
        temporary = Path(temporary_name)
        with os.fdopen(handle, "wb") as out, payload.open("rb") as source:
            _encrypt(source, out, parsed)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
        temporary = target
        sync_folder(folder)
        size = target.stat().st_size
        _check_written(target, len(parsed))
    except OSError as error:
        _remove(temporary)
        raise UserError(write_problem(error, folder, "backup")) from error
    except BaseException:
        _remove(temporary)
        raise
    return UsbBackup(target, size, len(parsed))


class _Writer:
    """Where pyrage writes; keeps the OSError (pyrage wraps it in its own)."""

    def __init__(self, file: IO[bytes]) -> None:
        self.file = file
        self.error: OSError | None = None

    def write(self, data: bytes) -> int:
        try:
            return self.file.write(data)
        except OSError as error:
            self.error = error
            raise

    def flush(self) -> None:
        self.file.flush()


def _encrypt(source: IO[bytes], out: IO[bytes], recipients: list) -> None:
    writer = _Writer(out)
    try:
        pyrage.encrypt_io(source, writer, recipients)
    except pyrage.EncryptError as error:
        if writer.error is not None:
            raise writer.error from error
        raise OSError(str(error)) from error


def _check_written(path: Path, recipients: int) -> None:
    """Read the file back from the stick: an age file naming every recipient."""
    with path.open("rb") as written:
        if hasattr(os, "posix_fadvise"):  # the stick, not what the system kept of it
            os.posix_fadvise(written.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        header = written.read(MAX_AGE_HEADER)
    lines = header.split(b"\n---", 1)[0].split(b"\n")
    stanzas = sum(line.startswith(b"-> X25519 ") for line in lines)
    if not header.startswith(AGE_MAGIC) or stanzas != recipients:
        raise OSError(f"{path} does not read back as written")


def _remove(path: Path | None) -> None:
    if path is not None:
        with suppress(OSError):
            path.unlink(missing_ok=True)


def open_file(path: Path, identity: pyrage.x25519.Identity, into: Path) -> dict[str, Path]:
    """Decrypt the USB backup ``path`` with ``identity`` and unpack it into the private
    folder ``into``: member name -> file. UserError when it is not for this key or not
    a backup."""
    payload = into / "backup.tar"
    try:
        with path.open("rb") as source, payload.open("wb") as out:
            pyrage.decrypt_io(source, out, [identity])
    except OSError as error:
        raise UserError(Problem("backup_unreadable", {"file": str(path)})) from error
    except pyrage.DecryptError as error:
        raise UserError(Problem("backup_not_for_key", {"file": str(path)})) from error
    found: dict[str, Path] = {}
    try:
        with tarfile.open(payload, "r:") as tar:
            for member in tar:
                if member.name not in MEMBERS or not member.isfile() or member.name in found:
                    raise UserError(Problem("backup_unreadable", {"file": str(path)}))
                tar.extract(member, into, filter="data")
                found[member.name] = into / member.name
    except tarfile.TarError as error:
        raise UserError(Problem("backup_unreadable", {"file": str(path)})) from error
    finally:
        payload.unlink(missing_ok=True)
    if DATABASE not in found or MANIFEST not in found:
        raise UserError(Problem("backup_unreadable", {"file": str(path)}))
    return found


def read_manifest(path: Path) -> dict:
    """``backup.json``; an empty dict when it cannot be read (the database still can)."""
    try:
        with path.open("rb") as file:
            values = json.loads(file.read(MAX_MANIFEST_BYTES))
    except (OSError, ValueError):
        return {}
    return values if isinstance(values, dict) and values.get("format") == FORMAT else {}
