"""Sealing a payload (``container``) into an exchanged file, and opening one.

Sealed: encrypted with age (pyrage, X25519) to its recipients (an export: the center's
and the escrow's; a drive package: its device's), the whole ``.age`` file signed by the
writer's minisign key (prehashed) into a detached ``.minisig``. Both files are written
atomically into the chosen folder (a temporary file there, flushed and synced, renamed,
the folder synced), then read back from the stick and checked: the signature over the
file as it lies there, its SHA-256 as written, the age header's recipient count. A full
disk, or any error, leaves neither file nor a temporary one behind. What is said about
a failure is the problem ``<kind>_...`` (``export_disk_full``, ``package_disk_full``).

Opened (``open_sealed``; ``open_export`` at the center): the signature is checked
against the key of whoever must have signed it before anything is decrypted; the
plaintext goes to a private temporary folder that is removed on any failure and on exit.
"""

import base64
import errno
import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import minisign
import pyrage

from desktop.core.domain.problems import Problem, UserError
from desktop.core.exchange.container import EXPORT, Layout, Payload
from desktop.core.exchange.durable import sync_folder
from desktop.core.exchange.keys import printed_key_id
from desktop.core.exchange.rejections import ExportRejected, FileRejected
from desktop.core.foundation.child_process import run_in_child
from desktop.core.foundation.progress import QUIET

SIGNATURE_SUFFIX = ".minisig"
AGE_MAGIC = b"age-encryption.org/v1\n"
MAX_AGE_HEADER = 64 * 1024
MAX_PAYLOAD_BYTES = 16 << 30
CHUNK = 1 << 16
DECRYPT_IN_CHILD_BYTES = 8 << 20  # a sealed file this large is decrypted by a child


@dataclass(frozen=True)
class SealedFile:
    path: Path
    signature_path: Path
    sha256: str
    size: int


@dataclass(frozen=True)
class Signer:
    """A registered device's signing key, as the center knows it."""

    device_id: str
    public_key: str  # minisign public key, the base64 line


def signature_path(path: Path) -> Path:
    return path.with_name(path.name + SIGNATURE_SUFFIX)


class _HashingWriter:
    """Where pyrage writes: the file, hashed and counted as it goes (an error is kept:
    pyrage wraps it in its own)."""

    def __init__(
        self,
        file: IO[bytes],
        limit: int | None = None,
        rejected: type[Exception] = ExportRejected,
    ) -> None:
        self.file, self.limit, self.rejected = file, limit, rejected
        self.digest = hashlib.sha256()
        self.size = 0
        self.error: Exception | None = None

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.limit is not None and self.size > self.limit:
            self.error = self.rejected("too_large", {"name": "payload"})
            raise self.error
        try:
            written = self.file.write(data)
        except OSError as error:
            self.error = error
            raise
        self.digest.update(data)
        return written

    def flush(self) -> None:
        self.file.flush()


def seal(
    payload: Path,
    folder: Path,
    name: str,
    *,
    recipients: list[str],
    secret_key: minisign.SecretKey,
    trusted_comment: str,
    kind: str = "export",
) -> SealedFile:
    """Write ``folder/name`` (the encrypted payload) and its ``.minisig``; see the
    module docstring. Raises UserError (nothing left behind) when they cannot be."""
    target, signature_target = folder / name, signature_path(folder / name)
    for path in (target, signature_target):
        if path.exists():
            raise UserError(Problem(f"{kind}_file_exists", {"file": str(path)}))
    parsed = [pyrage.x25519.Recipient.from_str(r) for r in recipients]
    temporary: list[Path] = []
    try:
        with _temporary_file(folder, temporary) as out:
            writer = _HashingWriter(out)
            with payload.open("rb") as source:
                _encrypt(source, writer, parsed)
            _sync(out)
        sealed_path = temporary[0]
        with sealed_path.open("rb") as written:
            signature = secret_key.sign(written, prehash=True, trusted_comment=trusted_comment)
        with _temporary_file(folder, temporary) as out:
            out.write(bytes(signature) + b"\n")
            _sync(out)
        os.replace(sealed_path, target)
        temporary[0] = target
        os.replace(temporary[1], signature_target)
        temporary[1] = signature_target
        sync_folder(folder)
        sealed = SealedFile(target, signature_target, writer.digest.hexdigest(), writer.size)
        verify_written(sealed, secret_key.get_public_key(), len(recipients), kind)
    except OSError as error:
        _remove(temporary)
        raise UserError(write_problem(error, folder, kind)) from error
    except BaseException:
        _remove(temporary)
        raise
    return sealed


def _encrypt(source: IO[bytes], writer: _HashingWriter, recipients: list[Any]) -> None:
    try:
        pyrage.encrypt_io(source, writer, recipients)
    except pyrage.EncryptError as error:
        if writer.error is not None:
            raise writer.error from error
        raise


@contextmanager
def _temporary_file(folder: Path, made: list[Path]) -> Iterator[IO[bytes]]:
    handle, name = tempfile.mkstemp(dir=folder, prefix=".hmtn-", suffix=".partial")
    made.append(Path(name))
    with os.fdopen(handle, "wb") as out:
        yield out


def _sync(out: IO[bytes]) -> None:
    out.flush()
    os.fsync(out.fileno())


def _remove(paths: list[Path]) -> None:
    for path in paths:
        with suppress(OSError):
            path.unlink(missing_ok=True)


def write_problem(error: OSError, folder: Path, kind: str = "export") -> Problem:
    if error.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return Problem(f"{kind}_disk_full", {"folder": str(folder)})
    reason = error.strerror or str(error)
    return Problem(f"{kind}_not_written", {"folder": str(folder), "error": reason})


def verify_written(
    sealed: SealedFile, public_key: minisign.PublicKey, recipients: int, kind: str = "export"
) -> None:
    """Read both files back from the stick: the signature verifies over the file as it
    lies there, its bytes hash as written, its header names every recipient."""
    digest = hashlib.sha256()
    with sealed.path.open("rb") as written:
        if hasattr(os, "posix_fadvise"):  # read the stick, not what the system kept of it
            os.posix_fadvise(written.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        header = written.read(MAX_AGE_HEADER)
        written.seek(0)
        for chunk in iter(lambda: written.read(CHUNK), b""):
            digest.update(chunk)
        written.seek(0)
        try:
            signature = minisign.Signature.from_bytes(sealed.signature_path.read_bytes())
            public_key.verify(written, signature)
        except minisign.Error as error:
            raise UserError(Problem(f"{kind}_verify_failed", {"file": str(sealed.path)})) from error
    if digest.hexdigest() != sealed.sha256 or _x25519_stanzas(header) != recipients:
        raise UserError(Problem(f"{kind}_verify_failed", {"file": str(sealed.path)}))


def _x25519_stanzas(header: bytes) -> int:
    if not header.startswith(AGE_MAGIC):
        return 0
    lines = header.split(b"\n---", 1)[0].split(b"\n")
    return sum(line.startswith(b"-> X25519 ") for line in lines)


# --- opening -----------------------------------------------------------------------------


@contextmanager
def open_sealed(
    path: Path,
    signature: minisign.Signature,
    public_key: minisign.PublicKey,
    *,
    identities: list[Any],
    workdir: Path,
    layout: Layout,
    not_for_us: str,
) -> Iterator[Payload]:
    """The checked payload of the sealed file ``path`` whose detached ``signature``
    (``read_signature``) must verify with ``public_key``: verified before anything is
    decrypted, and again while copied into a private folder (mode 0700) made in
    ``workdir``, decrypted there with ``identities`` (none of them matching: the
    rejection ``not_for_us``) and checked as ``layout`` says (``Payload.check``). The
    folder is removed on any failure and on exit. Raises ``layout.rejected``."""
    rejected = layout.rejected
    with path.open("rb") as source:  # a file not as signed is refused before any copy
        _verify(public_key, source, signature, rejected)
    private = Path(tempfile.mkdtemp(prefix="hmtn-open-", dir=workdir))  # mode 0700
    try:
        copy = private / "sealed.age"
        # Verified again while copied, in one pass: what was checked is what is
        # decrypted, even if the file on the stick changed meanwhile.
        with path.open("rb") as source, copy.open("wb") as target:
            tee = _Tee(source, target)
            _verify(public_key, tee, signature, rejected)
        payload = Payload(private / "payload.tar", layout)
        payload.sealed_sha256 = tee.digest.hexdigest()
        _decrypt(copy, payload.path, identities, rejected, not_for_us)
        copy.unlink()
        payload.check(public_key)
        yield payload
    finally:
        shutil.rmtree(private, ignore_errors=True)


def read_signature(path: Path, rejected: type[FileRejected]) -> minisign.Signature:
    """The detached signature beside ``path``: missing, unreadable or not prehashed is
    a rejection."""
    try:
        data = signature_path(path).read_bytes()[:MAX_AGE_HEADER]
    except FileNotFoundError as error:
        raise rejected("unsigned") from error
    try:
        signature = minisign.Signature.from_bytes(data)
    except (minisign.Error, ValueError, IndexError) as error:
        raise rejected("signature_invalid") from error
    if not signature.is_prehashed():  # a legacy signature would read the file whole
        raise rejected("signature_invalid")
    return signature


def _verify(
    public_key: minisign.PublicKey,
    data: Any,
    signature: minisign.Signature,
    rejected: type[FileRejected],
) -> None:
    try:
        public_key.verify(data, signature)
    except minisign.Error as error:
        raise rejected("signature_invalid") from error


class _Tee:
    """A reader that writes what is read from ``source`` into ``copy``, hashed."""

    def __init__(self, source: IO[bytes], copy: IO[bytes]) -> None:
        self.source, self.copy = source, copy
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self.source.read(size)
        self.copy.write(data)
        self.digest.update(data)
        return data


def key_id_of(signature: minisign.Signature) -> str:
    """The signing key's id as the enrolment records it and minisign prints it."""
    line = bytes(signature).split(b"\n")[1]
    return printed_key_id(base64.b64decode(line)[2:10])


def _decrypt(
    sealed: Path,
    plain: Path,
    identities: list[Any],
    rejected: type[FileRejected],
    not_for_us: str,
) -> None:
    """Decrypt ``sealed`` into ``plain``. pyrage holds the interpreter while it works
    (about 2.5 ms a megabyte: seconds for a registry of millions), so a large file is
    decrypted by a child process (``child_process``: the identities' secrets go over
    its pipe) and the window keeps its turns."""
    large = sealed.stat().st_size >= DECRYPT_IN_CHILD_BYTES
    if large and all(isinstance(i, pyrage.x25519.Identity) for i in identities):
        secrets = [str(identity) for identity in identities]
        args = (str(sealed), str(plain), secrets, not_for_us)
        refusal = run_in_child(f"{__name__}:decrypt_file", args, QUIET)
    else:
        refusal = _decrypted(sealed, plain, identities, not_for_us)
    if refusal is not None:
        raise rejected(*refusal)


def decrypt_file(
    sealed: str, plain: str, secrets: list[str], not_for_us: str, *, key: Any, progress: Any
) -> tuple | None:
    """``_decrypted`` in a child process (see ``_decrypt``)."""
    identities = [pyrage.x25519.Identity.from_str(secret) for secret in secrets]
    return _decrypted(Path(sealed), Path(plain), identities, not_for_us)


class _Refusal(Exception):
    """A rejection's reason (and parameters), as ``FileRejected`` takes them."""


def _decrypted(sealed: Path, plain: Path, identities: list[Any], not_for_us: str) -> tuple | None:
    """Decrypt; None, or the rejection's (reason, parameters...). A full disk raises."""
    with sealed.open("rb") as source, plain.open("wb") as target:
        writer = _HashingWriter(target, MAX_PAYLOAD_BYTES, _Refusal)
        try:
            pyrage.decrypt_io(source, writer, identities)
        except (pyrage.DecryptError, pyrage.IdentityError, OSError) as error:
            if isinstance(writer.error, _Refusal):  # too large
                return writer.error.args
            if writer.error is not None:  # ours (a full disk), not the file's
                raise writer.error from error
            text = str(error)
            if "No matching keys" in text:
                return (not_for_us,)
            incomplete = "fill whole buffer" in text or "Incomplete" in text
            return ("truncated" if incomplete else "damaged",)
    return None


# --- export files, at the center ----------------------------------------------------------


@dataclass
class OpenedExport:
    manifest: dict[str, Any]
    signer: Signer
    payload: Payload

    def rows(self, table: str) -> Iterator[dict[str, Any]]:
        return self.payload.rows(table)


@contextmanager
def open_export(
    path: Path,
    *,
    signer_for: Callable[[str], Signer | None],
    identities: list[Any],
    workdir: Path,
) -> Iterator[OpenedExport]:
    """Check and open an export file (see the module docstring); raises ExportRejected.

    ``signer_for(key_id)`` gives the registered, active device of a key id (as minisign
    prints it: ``keys.key_id``), None for an unknown or revoked one; ``identities``
    are the center's age identities (pyrage)."""
    path = Path(path)
    signature = read_signature(path, ExportRejected)
    key_id = key_id_of(signature)
    signer = signer_for(key_id)
    if signer is None:
        raise ExportRejected("unknown_signer", {"key_id": key_id})
    public_key = minisign.PublicKey.from_base64(signer.public_key)
    with open_sealed(
        path, signature, public_key, identities=identities, workdir=workdir, layout=EXPORT,
        not_for_us="not_for_this_center",
    ) as payload:  # fmt: skip
        _check_addressing(payload.manifest, signer, signature, identities)
        yield OpenedExport(payload.manifest, signer, payload)


def _check_addressing(
    manifest: dict[str, Any],
    signer: Signer,
    signature: minisign.Signature,
    identities: list[Any],
) -> None:
    if manifest.get("device_id") != signer.device_id:
        raise ExportRejected("foreign_device", {"device": str(manifest.get("device_id"))[:40]})
    ours = {str(identity.to_public()) for identity in identities}
    if manifest.get("center_key") not in ours:
        raise ExportRejected("not_for_this_center")
    if signature.trusted_comment != trusted_comment(manifest):
        raise ExportRejected("manifest_mismatch", {"name": "minisig"})


def trusted_comment(manifest: dict[str, Any]) -> str:
    """What the detached signature says it signed: ``hmtn export <site> <device> <number>``."""
    return (
        f"hmtn export {manifest.get('site_code')} {manifest.get('device_id')}"
        f" {manifest.get('export_number')}"
    )
