"""The drive package file: what the center writes for one laptop, and how the laptop
opens it. The same machinery as an export file (``container``, ``sealing``), the
other way round:

    <site>-<device8>-package-<nnnnn>.hmtn.age           encrypted to the device's recipient
    <site>-<device8>-package-<nnnnn>.hmtn.age.minisig   the center's signature (prehashed),
                                   trusted comment ``hmtn package <site> <device> <n>``

Inside, a plain tar: ``manifest.json`` (and the center's signature of it),
``registry.csv`` (the registry CSV format of the README, with ``donor_id``),
``rule_set.toml`` (the rule set the center works with) with ``rule_set_cases.csv`` (the
validation table it was installed with, when the center kept one), and
``tables/drive.jsonl``, ``tables/drive_assignment.jsonl``, ``tables/number_block.jsonl``
(rows as the center stores them).

Opening (``open_package``) checks the signature against the center key installed at
this laptop before anything is decrypted, decrypts with this laptop's age identity into
a private folder removed whatever happens, checks the manifest's signature and every
part, and that the package is addressed to this laptop. Nothing is written anywhere
but that folder: what to do with the contents is ``package_install``'s.
"""

import csv
import datetime as dt
import hashlib
import io
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import minisign
import pyrage
from sqlite_utils import Database

from db import installation
from db import settings as settings_queries
from desktop.core.domain.device_names import short_device_id
from desktop.core.exchange import container
from desktop.core.exchange.container import JSON_LINES, Layout, PartRule, Payload
from desktop.core.exchange.keys import device_identity, key_id
from desktop.core.exchange.package_contents import Acknowledgement, PackageContents, RuleSetPart
from desktop.core.exchange.rejections import PackageRejected
from desktop.core.exchange.sealing import (
    SealedFile,
    key_id_of,
    open_sealed,
    read_signature,
    seal,
)
from desktop.core.registry.reader import COLUMNS

FORMAT = "hmtn-package"
FORMAT_VERSION = 1
PACKAGE_SUFFIX = ".hmtn.age"
KIND = "package"  # the problems said of writing one: package_disk_full, ...
REGISTRY = "registry.csv"
RULE_SET = "rule_set.toml"
RULE_SET_CASES = "rule_set_cases.csv"  # the validation table the center installed it with
TABLES = ("drive", "drive_assignment", "number_block")
REGISTRY_COLUMNS = ("donor_id", *COLUMNS)
CENTER_SIGNING_KEY = "center_signing_key"  # setting: the center's key installed here
_RULES = {
    REGISTRY: PartRule(json_objects=False, header=True),
    RULE_SET: PartRule(json_objects=False, document=True, max_bytes=4 << 20),
    RULE_SET_CASES: PartRule(json_objects=False, document=True, max_bytes=16 << 20),
    **{container.part_name(table): JSON_LINES for table in TABLES},
}


def package_file_name(site_code: str, device_id: str, number: int) -> str:
    """``<site>-<device8>-package-<nnnnn>.hmtn.age``."""
    return f"{site_code}-{short_device_id(device_id)}-package-{number:05d}{PACKAGE_SUFFIX}"


def trusted_comment(manifest: dict[str, Any]) -> str:
    """What the detached signature says it signed: ``hmtn package <site> <device> <n>``."""
    return (
        f"hmtn package {manifest.get('site_code')} {manifest.get('device_id')}"
        f" {manifest.get('package_number')}"
    )


# --- writing (the center) -------------------------------------------------------------


class _Hashed(io.RawIOBase):
    """A file written through, hashed and counted on the way."""

    def __init__(self, file: IO[bytes]) -> None:
        self.file = file
        self.digest = hashlib.sha256()
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        view = memoryview(data)
        self.file.write(view)
        self.digest.update(view)
        self.size += len(view)
        return len(view)


class RegistryPartWriter:
    """``registry.csv`` written as it is made (a million lines are never held whole):
    UTF-8, comma, the header, one line per person; hashed and counted."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / REGISTRY
        self._file = self.path.open("wb")
        self._raw = _Hashed(self._file)
        self._text = io.TextIOWrapper(
            io.BufferedWriter(self._raw, 1 << 20), "utf-8", newline="", write_through=False
        )
        self._csv = csv.writer(self._text, lineterminator="\n")
        self._csv.writerow(REGISTRY_COLUMNS)
        self.records = 0

    def write_rows(self, rows: Sequence[Sequence[str]]) -> None:
        """Lines of cells in ``REGISTRY_COLUMNS`` order (no cell holds a line break)."""
        self._csv.writerows(rows)
        self.records += len(rows)

    def close(self) -> dict[str, Any]:
        """What the manifest says of this part."""
        self._text.flush()
        self._text.detach().flush()
        self._file.close()
        return {"sha256": self._raw.digest.hexdigest(), "records": self.records,
                "bytes": self._raw.size}  # fmt: skip


def document_part(folder: Path, name: str, text: str) -> tuple[Path, dict[str, Any]]:
    """A one-document part (the rule set's TOML) written to ``folder``."""
    data = text.encode("utf-8")
    path = folder / name.replace("/", "_")
    path.write_bytes(data)
    return path, {"sha256": hashlib.sha256(data).hexdigest(), "records": 1, "bytes": len(data)}


def table_part(folder: Path, table: str, rows: Sequence[dict]) -> tuple[Path, dict[str, Any]]:
    """``tables/<table>.jsonl``: the rows as stored, one JSON object per line."""
    writer = container.PartWriter(folder, table)
    for row in rows:
        writer.write(row)
    return writer.path, writer.close()


def write_package(
    folder: Path,
    work: Path,
    manifest: dict[str, Any],
    parts: dict[str, Path],
    *,
    secret_key: minisign.SecretKey,
    recipient: str,
) -> SealedFile:
    """Seal the package ``manifest`` describes (its ``parts``: member name -> the file
    written in ``work``) into ``folder``: the tar made in ``work``, encrypted to the
    device's ``recipient`` alone, signed with the center's key; written atomically and
    read back (``sealing.seal``). Raises UserError (nothing left in ``folder``)."""
    comment = trusted_comment(manifest)
    name = package_file_name(manifest["site_code"], manifest["device_id"],
                             manifest["package_number"])  # fmt: skip

    def sign_manifest(body: bytes) -> bytes:
        signed = comment.replace("package", "package-manifest", 1)
        return bytes(secret_key.sign(body, prehash=True, trusted_comment=signed)) + b"\n"

    payload = work / "payload.tar"
    with payload.open("wb") as out:
        container.write_payload(out, manifest, parts, sign_manifest, _timestamp(manifest))
    return seal(payload, folder, name, recipients=[recipient], secret_key=secret_key,
                trusted_comment=comment, kind=KIND)  # fmt: skip


def _timestamp(manifest: dict[str, Any]) -> int:
    made = dt.datetime.fromisoformat(manifest["made_at"].replace("Z", "+00:00"))
    return int(made.timestamp())


# --- reading (a site) -------------------------------------------------------------------


@dataclass(frozen=True)
class SiteKeys:
    """What a laptop opens its packages with."""

    device_id: str
    identity: pyrage.x25519.Identity  # this laptop's age identity
    center_key: str  # the center's minisign public key line (hmtn device set-center)

    def __repr__(self) -> str:  # never print a secret key
        return f"SiteKeys({self.device_id})"


def site_keys(db: Database) -> SiteKeys:
    """This laptop's: refused (``package_center_keys_missing``) before the center's
    keys are installed."""
    row = settings_queries.setting(db, CENTER_SIGNING_KEY)
    if row is None or not row["value"]:
        raise PackageRejected("center_keys_missing")
    return SiteKeys(installation.current(db)["device_id"], device_identity(db), row["value"])


@contextmanager
def open_package(
    path: Path, keys: SiteKeys, workdir: Path | None = None
) -> Iterator[PackageContents]:
    """Check and open the package ``path`` (see the module docstring); its
    ``registry_path`` is valid until the context ends. Raises PackageRejected."""
    path = Path(path)
    signature = read_signature(path, PackageRejected)
    center_id = key_id(keys.center_key)
    if key_id_of(signature) != center_id:
        raise PackageRejected("other_signer", {"key_id": key_id_of(signature)})
    public_key = minisign.PublicKey.from_base64(keys.center_key)
    with open_sealed(
        path, signature, public_key, identities=[keys.identity],
        workdir=Path(workdir or tempfile.gettempdir()), layout=PACKAGE,
        not_for_us="not_for_this_device",
    ) as payload:  # fmt: skip
        manifest = payload.manifest
        if manifest["device_id"] != keys.device_id:
            raise PackageRejected("not_for_this_device")
        if signature.trusted_comment != trusted_comment(manifest):
            raise PackageRejected("manifest_mismatch", {"name": "minisig"})
        if manifest["center_key_id"] != center_id:
            raise PackageRejected("manifest_mismatch", {"name": container.MANIFEST})
        yield _contents(path.name, payload)


def _contents(file_name: str, payload: Payload) -> PackageContents:
    manifest = payload.manifest
    registry = payload.path.parent / REGISTRY
    payload.copy_to(REGISTRY, registry)
    rule_set = manifest["rule_set"]
    return PackageContents(
        file_name=file_name,
        sha256=payload.sealed_sha256,
        number=manifest["package_number"],
        device_id=manifest["device_id"],
        site_code=manifest["site_code"],
        made_at=manifest["made_at"],
        center_key_id=manifest["center_key_id"],
        desk_letter=manifest["desk_letter"],
        registry_path=registry,
        registry_rows=manifest["parts"][REGISTRY]["records"],
        rule_set=_rule_set(payload, rule_set) if rule_set else None,
        drives=list(payload.rows("drive")),
        assignments=list(payload.rows("drive_assignment")),
        blocks=list(payload.rows("number_block")),
        acknowledgements=[Acknowledgement(**entry) for entry in manifest["acknowledged"]],
    )


def _rule_set(payload: Payload, listed: dict[str, str]) -> RuleSetPart:
    text = b"".join(payload.lines(RULE_SET)).decode("utf-8")
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != listed["sha256"]:
        raise PackageRejected("manifest_mismatch", {"name": RULE_SET})
    cases = b"".join(payload.lines(RULE_SET_CASES)).decode("utf-8")  # "": none carried
    return RuleSetPart(listed["version"], listed["sha256"], text, cases)


def _fields_as_written(manifest: dict[str, Any]) -> bool:
    """The manifest's own fields are of the kinds the center writes (what the site
    keeps of a package is read from them)."""
    texts = ("site_code", "device_id", "made_at", "center_key_id", "app_version", "schema")
    if not all(isinstance(manifest.get(name), str) and manifest[name] for name in texts):
        return False
    number = manifest.get("package_number")
    if type(number) is not int or number < 1 or not isinstance(manifest.get("desk_letter"), str):
        return False
    parts = manifest["parts"]
    if REGISTRY not in parts or any(container.part_name(t) not in parts for t in TABLES):
        return False
    rule_set = manifest.get("rule_set")
    if rule_set is not None and not _text_fields(rule_set, ("version", "sha256")):
        return False
    if (rule_set is None) != (RULE_SET not in parts):
        return False
    if RULE_SET_CASES in parts and rule_set is None:
        return False
    acknowledged = manifest.get("acknowledged")
    return isinstance(acknowledged, list) and all(map(_acknowledgement, acknowledged))


def _text_fields(value: object, names: tuple[str, ...]) -> bool:
    return isinstance(value, dict) and all(isinstance(value.get(n), str) for n in names)


def _acknowledgement(entry: object) -> bool:
    if not _text_fields(entry, ("incarnation", "exported_at")):
        return False
    assert isinstance(entry, dict)
    numbers = [entry.get(name) for name in ("epoch", "through_seq", "export_number")]
    keys = {"incarnation", "epoch", "through_seq", "export_number", "exported_at"}
    return set(entry) == keys and all(type(n) is int and n >= 0 for n in numbers)


PACKAGE = Layout(FORMAT, FORMAT_VERSION, _RULES.get, _fields_as_written, PackageRejected)
