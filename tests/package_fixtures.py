"""A drive package written by the center's real keys (``hmtn center init``) for a laptop
with its own age identity, and what a test does to one: open it as a site would,
reseal a changed payload with the center's key."""

import hashlib
import io
import tarfile
from pathlib import Path

import minisign
import pyrage

from db.connection import open_database
from desktop.core.eligibility.ruleset import DEFAULT_RULE_SET
from desktop.core.exchange.keys import center_secret_key, key_id
from desktop.core.exchange.package_file import (
    REGISTRY,
    RULE_SET,
    TABLES,
    RegistryPartWriter,
    SiteKeys,
    document_part,
    table_part,
    write_package,
)
from desktop.core.exchange.sealing import SealedFile, signature_path
from tests.center_cli import PASSPHRASE
from tests.signin import key_of

DRIVE_ID = "019a0000-0000-7000-8000-0000000000d1"
LINES = [
    ["019a0000-0000-7000-8000-000000000001", "001090123456", "", "Nguyễn Văn An",
     "01/01/1990", "Nam", "Số 5, Phường Láng", "0912345678", "O", "+", "3", "2026-05-02",
     "whole_blood", "", "", "", "", ""],
    ["019a0000-0000-7000-8000-000000000002", "", "012345678", "Trần Thị Bình", "1995-02-03",
     "Nữ", "", "", "", "", "0", "", "", "2027-01-01", "", "center.history", "", "1"],
]  # fmt: skip


def center_signing_key(center_db: Path) -> minisign.SecretKey:
    db = open_database(center_db, key=key_of(center_db))
    try:
        return center_secret_key(db, PASSPHRASE)
    finally:
        db.close()


def small_package(
    folder: Path,
    work: Path,
    secret_key: minisign.SecretKey,
    *,
    device_id: str,
    recipient: str,
    number: int = 1,
) -> SealedFile:
    """A package of two registry lines, the shipped rule set, a drive with its
    assignment and DIN block, and one acknowledgement."""
    work.mkdir(parents=True, exist_ok=True)
    registry = RegistryPartWriter(work)
    registry.write_rows(LINES)
    parts = {REGISTRY: (registry.path, registry.close())}
    text = DEFAULT_RULE_SET.read_text(encoding="utf-8")
    parts[RULE_SET] = document_part(work, RULE_SET, text)
    block = {"id": "b1", "kind": "din", "for_device": device_id, "first": 900001,
             "last": 900375, "drive_id": DRIVE_ID, "fin": "A1234", "year": 2027}  # fmt: skip
    rows = {
        "drive": [{"id": DRIVE_ID, "code": "HM270110", "drive_date": "2027-01-10"}],
        "drive_assignment": [{"id": "a1", "drive_id": DRIVE_ID, "for_device": device_id}],
        "number_block": [block],
    }
    for table in TABLES:
        parts[f"tables/{table}.jsonl"] = table_part(work, table, rows[table])
    manifest = {
        "format": "hmtn-package", "format_version": 1, "site_code": "TTHH-HN",
        "device_id": device_id, "package_number": number,
        "made_at": "2027-01-08T03:00:00.000000Z", "center_key_id": secret_key_id(secret_key),
        "app_version": "test", "schema": "m0017_packages", "desk_letter": "B",
        "rule_set": {"version": "vn-tt26-2013",
                     "sha256": hashlib.sha256(text.encode()).hexdigest()},
        "acknowledged": [{"incarnation": "019a0000-0000-7000-8000-0000000000e1", "epoch": 0,
                          "through_seq": 41, "export_number": 2,
                          "exported_at": "2027-01-05T09:30:00.000000Z"}],
        "parts": {name: facts for name, (_path, facts) in parts.items()},
    }  # fmt: skip
    files = {name: path for name, (path, _facts) in parts.items()}
    return write_package(folder, work, manifest, files, secret_key=secret_key,
                         recipient=recipient)  # fmt: skip


def secret_key_id(secret_key: minisign.SecretKey) -> str:
    return key_id(secret_key.get_public_key().to_base64().decode())


def decrypted(path: Path, keys: SiteKeys) -> bytes:
    return pyrage.decrypt(path.read_bytes(), [keys.identity])


def reseal(path: Path, payload: bytes, recipient: str, secret_key: minisign.SecretKey) -> None:
    """``payload`` encrypted to ``recipient`` and signed by the center as the file was:
    only what is inside can tell it was changed."""
    comment = signature_path(path).read_text().splitlines()[2].removeprefix("trusted comment: ")
    path.write_bytes(pyrage.encrypt(payload, [pyrage.x25519.Recipient.from_str(recipient)]))
    resign(path, secret_key, comment)


def resign(path: Path, secret_key: minisign.SecretKey, comment: str) -> None:
    signature = secret_key.sign(path.read_bytes(), prehash=True, trusted_comment=comment)
    signature_path(path).write_bytes(bytes(signature) + b"\n")


def members(payload: bytes) -> list[tuple[tarfile.TarInfo, bytes]]:
    with tarfile.open(fileobj=io.BytesIO(payload), mode="r:") as tar:
        return [(info, tar.extractfile(info).read()) for info in tar]


def tar_of(entries: list[tuple[tarfile.TarInfo, bytes]]) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for info, data in entries:
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return out.getvalue()
