"""The payload of an exchanged file: a plain, deterministic tar of parts and a manifest.

An export file (site -> center, ``EXPORT``):

    manifest.json            what the file holds (sorted keys), with every part's SHA-256
    manifest.json.minisig    the device's minisign signature over manifest.json
    tables/<table>.jsonl     one JSON object per line, columns as stored plus "_base"
                             (a table with no rows to send has no part)

A drive package (center -> site) has the same shape with other parts: its ``Layout``
is in ``package_file``. A layout names the format, which members a file may hold and
how each is read, what the manifest's own fields must be, and the exception a refusal
raises.

Writing streams every part through a temporary file (a day can be large: nothing is held
in memory whole). Reading trusts nothing: only the expected member names, regular files,
bounded sizes, the manifest's signature, then every part's hash, size and record count
against the manifest, and every line as its part's rule wants it (a JSON object in a
``.jsonl`` part); a failure is the layout's ``rejected`` (``ExportRejected`` for exports).
"""

import hashlib
import io
import json
import re
import tarfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import minisign

from desktop.core.exchange.rejections import ExportRejected, FileRejected

FORMAT = "hmtn-export"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MANIFEST_SIGNATURE = "manifest.json.minisig"
# Every table that travels, in the order a reader applies them (what is referred to first).
TABLES = (
    "staff",
    "staff_role",
    "rule_set",
    "drive",
    "donor",
    "visit",
    "screening",
    "din_roll",
    "din",
    "started_donation",
    "donation",
    "certificate",
    "reconciliation_note",
    "audit_log",
)
BASE_KEY = "_base"
MAX_MANIFEST_BYTES = 1 << 20
MAX_SIGNATURE_BYTES = 4096
MAX_PART_BYTES = 4 << 30
MAX_LINE_BYTES = 16 << 20  # one record; a longer line is refused, never read whole
COPY_CHUNK = 1 << 16
_PART_NAME = re.compile(r"^tables/([a-z_]+)\.jsonl$")


def part_name(table: str) -> str:
    return f"tables/{table}.jsonl"


@dataclass(frozen=True)
class PartRule:
    """How the lines of one part are read: its records are JSON objects (``.jsonl``) or
    plain text lines; ``header``: its first line is no record (a CSV's); ``document``:
    the part is one text document (one record, its lines not read one by one)."""

    json_objects: bool = True
    header: bool = False
    document: bool = False
    max_bytes: int = MAX_PART_BYTES


JSON_LINES = PartRule()


@dataclass(frozen=True)
class Layout:
    """What one kind of file holds (see the module docstring)."""

    format: str
    version: int
    rule_for: Callable[[str], PartRule | None]  # a member's rule; None: never in such a file
    fields_as_written: Callable[[dict[str, Any]], bool]  # the manifest's own fields
    rejected: type[FileRejected]


def json_line(row: dict[str, Any]) -> bytes:
    """One row as one line: UTF-8, keys sorted, no spaces, no trailing newline inside."""
    return json.dumps(row, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def manifest_bytes(manifest: dict[str, Any]) -> bytes:
    return (json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode()


class PartWriter:
    """The lines of one table, written to a file in ``folder`` while counted and hashed."""

    def __init__(self, folder: Path, table: str) -> None:
        self.table = table
        self.path = folder / f"{table}.jsonl"
        self._file = self.path.open("wb")
        self._hash = hashlib.sha256()
        self.records = 0
        self.bytes = 0

    def write(self, row: dict[str, Any]) -> None:
        line = json_line(row) + b"\n"
        self._file.write(line)
        self._hash.update(line)
        self.records += 1
        self.bytes += len(line)

    def close(self) -> dict[str, Any]:
        """What the manifest says of this part."""
        self._file.close()
        return {"sha256": self._hash.hexdigest(), "records": self.records, "bytes": self.bytes}


def write_payload(
    out: IO[bytes],
    manifest: dict[str, Any],
    parts: dict[str, Path],
    sign_manifest: Callable[[bytes], bytes],
    mtime: int,
) -> None:
    """The tar: members in name order, owner 0, mode 0644, every mtime ``mtime``; ``out``
    is a file of its own (it is cut after the archive's end).

    ``parts`` maps member names (``part_name(table)`` for a table) to the files their
    content was written to; ``manifest`` already lists them. ``sign_manifest`` returns
    the detached signature file's bytes.
    """
    body = manifest_bytes(manifest)
    members: dict[str, Callable[[], tuple[int, IO[bytes]]]] = {
        MANIFEST: lambda: (len(body), io.BytesIO(body)),
        MANIFEST_SIGNATURE: lambda: _in_memory(sign_manifest(body)),
    }
    for name, path in parts.items():
        members[name] = lambda path=path: (path.stat().st_size, path.open("rb"))
    with tarfile.open(fileobj=out, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name in sorted(members):
            size, source = members[name]()
            with source:
                tar.addfile(_member(name, size, mtime), source)
    # Python pads the archive to a 10 kB record with zeros after its two end blocks;
    # tar readers need no padding (GNU tar, bsdtar and Python read it without).
    out.truncate(tar.offset)


def _in_memory(data: bytes) -> tuple[int, IO[bytes]]:
    return len(data), io.BytesIO(data)


def _member(name: str, size: int, mtime: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = size, mtime, 0o644
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


class Payload:
    """A payload tar checked whole (``check``); then its parts, one by one."""

    def __init__(self, path: Path, layout: Layout | None = None) -> None:
        self.path = path
        self.layout = layout or EXPORT
        self.sealed_sha256 = ""  # of the sealed file it was decrypted from, as read
        self.manifest: dict[str, Any] = {}
        self._members: dict[str, tarfile.TarInfo] = {}

    def check(self, signer_key: minisign.PublicKey) -> dict[str, Any]:
        """Every check of the module docstring; returns the manifest."""
        rejected = self.layout.rejected
        try:
            with tarfile.open(self.path, mode="r:") as tar:
                self._members = _checked_members(tar, self.layout)
                self.manifest = _signed_manifest(tar, self._members, signer_key, self.layout)
                _check_parts(tar, self._members, self.manifest, self.layout)
        except tarfile.ReadError as error:
            reason = "truncated" if "unexpected end" in str(error) else "damaged"
            raise rejected(reason) from error
        except (tarfile.TarError, EOFError) as error:
            raise rejected("damaged") from error
        return self.manifest

    def rows(self, table: str) -> Iterator[dict[str, Any]]:
        """The rows of ``table`` as sent (none if the file has no such part)."""
        for line in self.lines(part_name(table)):
            yield json.loads(line)

    def lines(self, name: str) -> Iterator[bytes]:
        """The lines of the member ``name`` (none if the file has no such member)."""
        if name not in self._members:
            return
        with tarfile.open(self.path, mode="r:") as tar:
            stream = tar.extractfile(self._members[name])
            assert stream is not None  # a regular file, checked
            yield from _lines(stream)

    def copy_to(self, name: str, target: Path) -> None:
        """The member ``name``, checked, copied to the file ``target``."""
        with tarfile.open(self.path, mode="r:") as tar:
            stream = tar.extractfile(self._members[name])
            assert stream is not None
            with target.open("wb") as out:
                for chunk in iter(lambda: stream.read(COPY_CHUNK), b""):
                    out.write(chunk)


def _checked_members(tar: tarfile.TarFile, layout: Layout) -> dict[str, tarfile.TarInfo]:
    rejected = layout.rejected
    members: dict[str, tarfile.TarInfo] = {}
    for info in tar:
        name = info.name
        rule = None if name in (MANIFEST, MANIFEST_SIGNATURE) else layout.rule_for(name)
        allowed = name in (MANIFEST, MANIFEST_SIGNATURE) or rule is not None
        if not allowed or name in members:
            raise rejected("unexpected_member", {"name": name[:200]})
        if not info.isreg():
            raise rejected("unexpected_member", {"name": name[:200]})
        limit = {MANIFEST: MAX_MANIFEST_BYTES, MANIFEST_SIGNATURE: MAX_SIGNATURE_BYTES}
        if info.size > limit.get(name, rule.max_bytes if rule else MAX_PART_BYTES):
            raise rejected("too_large", {"name": name})
        members[name] = info
    for required in (MANIFEST, MANIFEST_SIGNATURE):
        if required not in members:
            raise rejected("part_missing", {"name": required})
    return members


def _read_member(tar: tarfile.TarFile, info: tarfile.TarInfo, layout: Layout) -> bytes:
    stream = tar.extractfile(info)
    assert stream is not None
    data = stream.read()
    if len(data) != info.size:
        raise layout.rejected("truncated")
    return data


def _signed_manifest(
    tar: tarfile.TarFile,
    members: dict[str, tarfile.TarInfo],
    signer_key: minisign.PublicKey,
    layout: Layout,
) -> dict[str, Any]:
    rejected = layout.rejected
    body = _read_member(tar, members[MANIFEST], layout)
    signature = _read_member(tar, members[MANIFEST_SIGNATURE], layout)
    try:
        signer_key.verify(body, minisign.Signature.from_bytes(signature))
    except minisign.Error as error:
        raise rejected("manifest_signature_invalid") from error
    try:
        manifest = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise rejected("manifest_mismatch") from error
    if not isinstance(manifest, dict) or not isinstance(manifest.get("parts"), dict):
        raise rejected("manifest_mismatch")
    if manifest.get("format") != layout.format or manifest.get("format_version") != layout.version:
        raise rejected(
            "unknown_format",
            {"format": str(manifest.get("format")), "version": str(manifest.get("format_version"))},
        )
    if not layout.fields_as_written(manifest):
        raise rejected("manifest_mismatch", {"name": MANIFEST})
    return manifest


def _export_fields_as_written(manifest: dict[str, Any]) -> bool:
    """The values the center keeps of a file (its record, the acknowledgement) are of
    the kinds the application writes."""
    texts = [manifest.get(name) for name in ("site_code", "device_id", "incarnation")]
    numbers = [manifest.get(name) for name in ("epoch", "export_number", "seq_from", "seq_to")]
    if not all(isinstance(text, str) and text for text in texts):
        return False
    if not all(type(number) is int and number >= 0 for number in numbers):
        return False
    return manifest["seq_from"] <= manifest["seq_to"] and manifest["export_number"] >= 1


def _export_part(name: str) -> PartRule | None:
    table = _PART_NAME.match(name)
    return JSON_LINES if table and table[1] in TABLES else None


EXPORT = Layout(FORMAT, FORMAT_VERSION, _export_part, _export_fields_as_written, ExportRejected)


def _check_parts(
    tar: tarfile.TarFile,
    members: dict[str, tarfile.TarInfo],
    manifest: dict[str, Any],
    layout: Layout,
) -> None:
    rejected = layout.rejected
    listed = manifest["parts"]
    present = {name for name in members if name not in (MANIFEST, MANIFEST_SIGNATURE)}
    for name in sorted(set(listed) | present):
        if name not in members:
            raise rejected("part_missing", {"name": name})
        if name not in listed:
            raise rejected("manifest_mismatch", {"name": name})
        expected = listed[name]
        if not isinstance(expected, dict):
            raise rejected("manifest_mismatch", {"name": name})
        rule = layout.rule_for(name)
        assert rule is not None  # checked with the members
        found = _part_facts(tar, members[name], rule, rejected)
        if any(found[key] != expected.get(key) for key in found):
            raise rejected("manifest_mismatch", {"name": name})


def _part_facts(
    tar: tarfile.TarFile, info: tarfile.TarInfo, rule: PartRule, rejected: type[FileRejected]
) -> dict[str, Any]:
    """The part's SHA-256, size and record count as found, every line as ``rule`` wants
    it (a whole line; a JSON object in a ``.jsonl`` part)."""
    stream = tar.extractfile(info)
    assert stream is not None
    if rule.document:
        return _document_facts(stream, info, rejected)
    digest, size, lines = hashlib.sha256(), 0, 0
    for line in _lines(stream):
        digest.update(line)
        size += len(line)
        lines += 1
        whole = line.endswith(b"\n")
        if not whole or (rule.json_objects and not _is_json_object(line)):
            raise rejected("damaged_line", {"name": info.name, "line": lines})
    if size != info.size:
        raise rejected("truncated")
    records = max(lines - 1, 0) if rule.header else lines
    return {"sha256": digest.hexdigest(), "records": records, "bytes": size}


def _document_facts(
    stream: IO[bytes], info: tarfile.TarInfo, rejected: type[FileRejected]
) -> dict[str, Any]:
    data = stream.read(info.size + 1)
    if len(data) != info.size:
        raise rejected("truncated")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise rejected("damaged_line", {"name": info.name, "line": 1}) from error
    return {"sha256": hashlib.sha256(data).hexdigest(), "records": 1, "bytes": len(data)}


def _lines(stream: IO[bytes]) -> Iterable[bytes]:
    return iter(lambda: stream.readline(MAX_LINE_BYTES), b"")


def _is_json_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return False
