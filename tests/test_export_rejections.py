"""An export file the center must not trust is rejected, with why, and leaves nothing."""

import json
import random
import tarfile
from pathlib import Path

import pytest

from desktop.core.exchange.container import MANIFEST, MANIFEST_SIGNATURE, manifest_bytes
from desktop.core.exchange.keys import device_secret_key, key_id
from desktop.core.exchange.rejections import ExportRejected
from desktop.core.exchange.sealing import Signer, open_export, signature_path, trusted_comment
from tests.exchange_fixtures import (
    CenterKeys,
    decrypted_payload,
    device_signer,
    new_center_keys,
    reseal_payload,
    sign_as_device,
    signer_lookup,
    tar_members,
    tar_with,
)

FLIPS = 150
SEED = 20261201


@pytest.fixture
def keys() -> CenterKeys:
    return new_center_keys()


@pytest.fixture
def exported(services, keys, drive, donors, tmp_path):
    """A small export (a few kB: one donor checked in) and how the center opens it."""
    services.settings.update_device("TTHH-HN", "Bàn 1")
    keys.install(services)
    services.checkin.check_in(drive, donors.register())
    out = tmp_path / "usb"
    out.mkdir()
    return services.exports.export(out)


@pytest.fixture
def work(tmp_path) -> Path:
    path = tmp_path / "center-work"
    path.mkdir()
    return path


def rejection(services, keys, path: Path, work: Path, **changes) -> str:
    """The reason the center gives for not opening ``path``; the work folder is empty."""
    options = {
        "signer_for": signer_lookup(device_signer(services)),
        "identities": [keys.center],
        "workdir": work,
        **changes,
    }
    try:
        with open_export(path, **options) as opened:
            for table in ("visit", "audit_log"):
                list(opened.rows(table))
    except ExportRejected as rejected:
        reason = rejected.reason
    else:
        reason = "accepted"
    assert list(work.iterdir()) == []
    return reason


def test_the_file_as_written_opens(services, keys, exported, work):
    assert rejection(services, keys, exported.path, work) == "accepted"
    assert 4_000 < exported.path.stat().st_size < 24_000  # a few kB


def test_every_truncation_is_rejected_before_decrypting(services, keys, exported, work):
    whole = exported.path.read_bytes()
    lookup = signer_lookup(device_signer(services))
    for length in range(len(whole)):
        exported.path.write_bytes(whole[:length])
        with (
            pytest.raises(ExportRejected) as rejected,
            open_export(exported.path, signer_for=lookup, identities=[keys.center], workdir=work),
        ):
            pass
        assert rejected.value.reason == "signature_invalid", length
        assert list(work.iterdir()) == []


def test_a_truncated_file_signed_anyway_is_rejected_when_decrypted(services, keys, exported, work):
    """A device that signed a half-written file: decrypting stops, nothing is kept."""
    whole = exported.path.read_bytes()
    comment = signature_text(exported.path)
    for length in sorted({*range(0, len(whole), 97), *range(len(whole) - 40, len(whole))}):
        exported.path.write_bytes(whole[:length])
        sign_as_device(services, exported.path, comment)
        assert rejection(services, keys, exported.path, work) in ("truncated", "damaged"), length


def test_random_bit_flips_are_rejected(services, keys, exported, work):
    whole = exported.path.read_bytes()
    signed = signature_path(exported.path).read_bytes()
    comment = signature_text(exported.path)
    chooser = random.Random(SEED)
    for _ in range(FLIPS):
        damaged = bytearray(whole)
        position = chooser.randrange(len(damaged))
        damaged[position] ^= 1 << chooser.randrange(8)
        exported.path.write_bytes(bytes(damaged))
        signature_path(exported.path).write_bytes(signed)
        assert rejection(services, keys, exported.path, work) == "signature_invalid", position
        # signed after the damage, by the right key: decrypting or reading refuses it
        sign_as_device(services, exported.path, comment)
        assert rejection(services, keys, exported.path, work) != "accepted", position


def signature_text(path: Path) -> str:
    """The trusted comment of the file's detached signature."""
    return signature_path(path).read_text().splitlines()[2].removeprefix("trusted comment: ")


def test_a_file_for_another_center_is_not_opened(services, keys, exported, work):
    other = new_center_keys()
    assert rejection(services, keys, exported.path, work, identities=[other.center]) == (
        "not_for_this_center"
    )


def test_an_unknown_or_another_devices_key_is_rejected(services, keys, exported, work):
    assert rejection(services, keys, exported.path, work, signer_for=lambda _key: None) == (
        "unknown_signer"
    )
    signer = device_signer(services)
    impostor = Signer("01900000-0000-7000-8000-000000000000", signer.public_key)
    assert rejection(services, keys, exported.path, work, signer_for=lambda _key: impostor) == (
        "foreign_device"
    )


def test_a_file_without_its_signature_is_not_opened(services, keys, exported, work):
    signature_path(exported.path).unlink()
    assert rejection(services, keys, exported.path, work) == "unsigned"
    signature_path(exported.path).write_text("not a signature\n")
    assert rejection(services, keys, exported.path, work) == "signature_invalid"


def retar(services, keys, exported, change) -> None:
    """Decrypt the file, let ``change`` edit its members, seal it again with the right
    keys (the device's signature over the whole file is valid again)."""
    members = change(tar_members(decrypted_payload(exported.path, keys)))
    reseal_payload(services, exported.path, tar_with(members), keys, signature_text(exported.path))


def test_a_tampered_part_is_caught_by_the_manifest(services, keys, exported, work):
    def edit_visit(members):
        return [
            (info, data.replace(b'"queue_no":1', b'"queue_no":7') if "visit" in info.name else data)
            for info, data in members
        ]

    retar(services, keys, exported, edit_visit)
    assert rejection(services, keys, exported.path, work) == "manifest_mismatch"


def test_a_manifest_changed_inside_is_caught_by_its_signature(services, keys, exported, work):
    def edit_manifest(members):
        return [
            (info, data.replace(b'"export_number": 1', b'"export_number": 9'))
            if info.name == MANIFEST else (info, data)
            for info, data in members
        ]  # fmt: skip

    retar(services, keys, exported, edit_manifest)
    assert rejection(services, keys, exported.path, work) == "manifest_signature_invalid"


def test_a_part_missing_or_added_is_rejected(services, keys, exported, work):
    payload = decrypted_payload(exported.path, keys)
    without_visits = [m for m in tar_members(payload) if "visit" not in m[0].name]
    reseal_payload(services, exported.path, tar_with(without_visits), keys,
                   signature_text(exported.path))  # fmt: skip
    assert rejection(services, keys, exported.path, work) == "part_missing"
    extra = tarfile.TarInfo("tables/setting.jsonl")
    reseal_payload(services, exported.path, tar_with([*tar_members(payload), (extra, b"{}\n")]),
                   keys, signature_text(exported.path))  # fmt: skip
    assert rejection(services, keys, exported.path, work) == "unexpected_member"


@pytest.mark.parametrize("name, kind", [("../escape.jsonl", tarfile.REGTYPE),
                                        ("/etc/passwd", tarfile.REGTYPE),
                                        ("tables/visit.jsonl", tarfile.SYMTYPE),
                                        ("tables/donor.jsonl", tarfile.LNKTYPE)])  # fmt: skip
def test_path_tricks_and_links_are_rejected(services, keys, exported, work, name, kind):
    payload = decrypted_payload(exported.path, keys)
    members = [m for m in tar_members(payload) if m[0].name != name]
    trick = tarfile.TarInfo(name)
    trick.type = kind
    trick.linkname = "/etc/passwd" if kind != tarfile.REGTYPE else ""
    members.append((trick, b"{}\n" if kind == tarfile.REGTYPE else None))
    reseal_payload(services, exported.path, tar_with(members), keys, signature_text(exported.path))
    assert rejection(services, keys, exported.path, work) == "unexpected_member"


def test_the_signature_must_name_the_file_the_manifest_describes(services, keys, exported, work):
    """A genuine file renamed and re-signed as another number is still that number's."""
    sign_as_device(services, exported.path, "hmtn export TTHH-HN someone 2")
    assert rejection(services, keys, exported.path, work) == "manifest_mismatch"


def test_the_manifest_is_deterministic_json_with_sorted_keys(services, keys, exported):
    payload = decrypted_payload(exported.path, keys)
    members = {info.name: (info, data) for info, data in tar_members(payload)}
    info, body = members[MANIFEST]
    manifest = json.loads(body)
    assert body == manifest_bytes(manifest)
    assert list(members) == sorted(members)
    assert {(i.uid, i.gid, i.mode, i.mtime) for i, _ in members.values()} == {
        (0, 0, 0o644, info.mtime)
    }
    assert signature_text(exported.path) == trusted_comment(manifest)


def test_an_unknown_signer_is_named_by_the_key_id_its_enrolment_printed(
    services, keys, exported, work
):
    """The center's refusal names the key as ``hmtn device enrol`` and the stock minisign
    print it, so a person can tell which laptop signed the file."""
    printed = key_id(device_signer(services).public_key)
    asked = []
    with pytest.raises(ExportRejected) as refused, open_export(
        exported.path, signer_for=asked.append, identities=[keys.center],
        workdir=work,
    ):  # fmt: skip
        pass
    assert asked == [printed]
    assert refused.value.params == {"key_id": printed}


@pytest.mark.parametrize(
    "field, value",
    [("export_number", [1]), ("epoch", "0"), ("seq_to", -1), ("incarnation", None),
     ("seq_from", True)],
)  # fmt: skip
def test_a_manifest_signed_with_values_of_the_wrong_kind_is_rejected(
    services, keys, exported, work, field, value
):
    """Signed by the device, yet not what the application writes: the center stores
    these values (its record of the file, the acknowledgement), so it refuses them."""
    secret = device_secret_key(services.db)
    manifest = {}

    def edit_manifest(members):
        nonlocal manifest
        manifest = {**json.loads({i.name: d for i, d in members}[MANIFEST]), field: value}
        body = manifest_bytes(manifest)
        comment = trusted_comment(manifest).replace("export", "manifest", 1)
        signed = bytes(secret.sign(body, prehash=True, trusted_comment=comment)) + b"\n"
        changed = {MANIFEST: body, MANIFEST_SIGNATURE: signed}
        return [(info, changed.get(info.name, data)) for info, data in members]

    members = edit_manifest(tar_members(decrypted_payload(exported.path, keys)))
    for info, data in members:
        info.size = len(data)
    reseal_payload(services, exported.path, tar_with(members), keys, trusted_comment(manifest))
    assert rejection(services, keys, exported.path, work) == "manifest_mismatch"
