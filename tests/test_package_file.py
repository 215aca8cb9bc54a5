"""The drive package file: sealed by the center's real keys for one laptop, opened by
that laptop only, checked by the stock minisign and age; every package the laptop must
not trust is refused, with why, and leaves nothing behind."""

import hashlib
import json
import random
import shutil
import subprocess
import tarfile
from pathlib import Path

import minisign
import pytest

from desktop.core.exchange.container import MANIFEST
from desktop.core.exchange.package_file import (
    REGISTRY,
    SiteKeys,
    open_package,
    package_file_name,
    site_keys,
)
from desktop.core.exchange.rejections import PackageRejected
from desktop.core.exchange.sealing import signature_path
from desktop.core.exchange.site import read_center_keys
from desktop.core.registry.reader import read_registry
from tests.exchange_tools import AGE, minisign_verify, needs_age, needs_minisign
from tests.package_fixtures import (
    DRIVE_ID,
    center_signing_key,
    decrypted,
    members,
    reseal,
    resign,
    small_package,
    tar_of,
)
from tests.people import open_signed_in

pytestmark = pytest.mark.qt  # the center is made by hmtn center init (Qt's translators)
TAR, SQLITE3, SHA256SUM = shutil.which("tar"), shutil.which("sqlite3"), shutil.which("sha256sum")
FLIPS = 40
SEED = 20270108


@pytest.fixture(scope="module")
def center_key(made_center) -> minisign.SecretKey:
    return center_signing_key(made_center[0])


def a_site(path: Path, made_center) -> SiteKeys:
    services = open_signed_in(path)
    services.settings.update_device("TTHH-HN", "Bàn B")
    services.identity.set_center(read_center_keys(made_center[1]))
    keys = site_keys(services.db)
    services.close()
    return keys


@pytest.fixture
def site(tmp_path, made_center) -> SiteKeys:
    return a_site(tmp_path / "site.sqlite3", made_center)


@pytest.fixture
def package(tmp_path, site, center_key):
    stick = tmp_path / "usb"
    stick.mkdir()
    recipient = str(site.identity.to_public())
    return small_package(stick, tmp_path / "work", center_key, device_id=site.device_id,
                         recipient=recipient)  # fmt: skip


@pytest.fixture
def work(tmp_path) -> Path:
    path = tmp_path / "site-work"
    path.mkdir()
    return path


def refusal(path: Path, keys: SiteKeys, work: Path) -> str:
    """Why the laptop does not open ``path`` ("opened" if it does); nothing is left in
    the work folder either way."""
    try:
        with open_package(path, keys, work) as contents:
            assert contents.registry_path is not None and contents.registry_path.exists()
    except PackageRejected as rejected:
        reason = rejected.reason
    else:
        reason = "opened"
    assert list(work.iterdir()) == []
    return reason


def test_the_laptop_opens_its_package_and_finds_every_part(package, site, work):
    assert package.path.name == package_file_name("TTHH-HN", site.device_id, 1)
    assert package.path.name.endswith(f"-{site.device_id[-8:]}-package-00001.hmtn.age")
    with open_package(package.path, site, work) as contents:
        registry = read_registry(contents.registry_path)
        assert [e.problem.code for e in registry.errors] == []
        assert [r["full_name"] for r in registry.rows] == ["Nguyễn Văn An", "Trần Thị Bình"]
        assert registry.rows[1]["deferral_reason"] == "center.history"
        assert contents.registry_rows == 2
        assert (contents.number, contents.device_id, contents.desk_letter) == (1, site.device_id,
                                                                               "B")  # fmt: skip
        assert contents.sha256 == hashlib.sha256(package.path.read_bytes()).hexdigest()
        assert contents.sha256 == package.sha256
        assert contents.rule_set.version == "vn-tt26-2013"
        assert hashlib.sha256(contents.rule_set.text.encode()).hexdigest() == (
            contents.rule_set.sha256
        )
        assert [d["id"] for d in contents.drives] == [DRIVE_ID]
        assert contents.blocks[0]["first"] == 900001 and len(contents.assignments) == 1
        assert contents.acknowledgements[0].through_seq == 41
        assert contents.acknowledgements[0].exported_at == "2027-01-05T09:30:00.000000Z"
        inside = list(work.iterdir())
        assert len(inside) == 1 and oct(inside[0].stat().st_mode)[-3:] == "700"
    assert list(work.iterdir()) == []  # removed once closed


@needs_minisign
@needs_age
@pytest.mark.skipif(not (TAR and SQLITE3 and SHA256SUM), reason="tar, sqlite3 or sha256sum missing")
def test_the_stock_tools_check_a_package_as_the_readme_says(package, site, made_center, tmp_path):
    """minisign, sqlite3, age, tar and sha256sum, as "Drive packages" in the README
    runs them."""
    center_key = made_center[1] / "center.minisign.pub"
    verified = minisign_verify(package.path, center_key)
    assert verified.returncode == 0, verified.stderr
    assert f"hmtn package TTHH-HN {site.device_id} 1" in verified.stdout
    key = tmp_path / "key.txt"
    query = "SELECT value FROM secret WHERE name = 'device_age_identity'"
    with key.open("w") as out:
        subprocess.run([SQLITE3, str(tmp_path / "site.sqlite3"), query], stdout=out, check=True)
    tar = tmp_path / "package.tar"
    decrypting = subprocess.run([AGE, "-d", "-i", str(key), "-o", str(tar), str(package.path)],
                                capture_output=True, check=False)  # fmt: skip
    assert decrypting.returncode == 0, decrypting.stderr
    listed = run([TAR, "-tf", str(tar)], tmp_path).stdout.decode().split()
    assert listed == [
        "manifest.json", "manifest.json.minisig", "registry.csv", "rule_set.toml",
        "tables/drive.jsonl", "tables/drive_assignment.jsonl", "tables/number_block.jsonl",
    ]  # fmt: skip
    run([TAR, "-xf", str(tar), "manifest.json", "manifest.json.minisig"], tmp_path)
    signed = minisign_verify(tmp_path / "manifest.json", center_key)
    assert signed.returncode == 0, signed.stderr
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["format"] == "hmtn-package" and manifest["parts"][REGISTRY]["records"] == 2
    for name, facts in manifest["parts"].items():
        data = run([TAR, "-xOf", str(tar), name], tmp_path).stdout
        summed = subprocess.run([SHA256SUM], input=data, capture_output=True, check=True)
        assert summed.stdout.split()[0].decode() == facts["sha256"], name
        assert len(data) == facts["bytes"]


def run(argv: list[str], folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run(argv, cwd=folder, capture_output=True, check=True)


def test_another_laptop_cannot_open_it(package, tmp_path, made_center, work):
    other = a_site(tmp_path / "other.sqlite3", made_center)
    assert refusal(package.path, other, work) == "not_for_this_device"


def test_a_package_encrypted_to_this_laptop_but_naming_another_is_refused(
    package, site, center_key, tmp_path, made_center, work
):
    other = a_site(tmp_path / "other.sqlite3", made_center)
    lent = tmp_path / "lent"
    lent.mkdir()
    # the center wrote it for the other laptop, but to this laptop's key
    written = small_package(lent, tmp_path / "w2", center_key, device_id=other.device_id,
                            recipient=str(site.identity.to_public()))  # fmt: skip
    assert refusal(written.path, site, work) == "not_for_this_device"


def test_a_package_signed_by_another_key_is_refused(package, site, work):
    impostor = minisign.KeyPair.generate().secret_key
    resign(package.path, impostor, f"hmtn package TTHH-HN {site.device_id} 1")
    assert refusal(package.path, site, work) == "other_signer"


def test_without_its_signature_or_the_centers_keys_nothing_is_opened(package, site, work, tmp_path):
    signature = signature_path(package.path)
    kept = signature.read_bytes()
    signature.unlink()
    assert refusal(package.path, site, work) == "unsigned"
    signature.write_text("not a signature\n")
    assert refusal(package.path, site, work) == "signature_invalid"
    signature.write_bytes(kept)
    assert refusal(package.path, site, work) == "opened"
    bare = open_signed_in(tmp_path / "bare.sqlite3")
    with pytest.raises(PackageRejected) as refused:
        site_keys(bare.db)
    bare.close()
    assert refused.value.reason == "center_keys_missing"


def test_every_truncation_is_refused(package, site, center_key, work):
    whole = package.path.read_bytes()
    comment = f"hmtn package TTHH-HN {site.device_id} 1"
    signed = signature_path(package.path).read_bytes()
    for length in sorted({*range(0, len(whole), 211), *range(len(whole) - 20, len(whole))}):
        package.path.write_bytes(whole[:length])
        signature_path(package.path).write_bytes(signed)
        assert refusal(package.path, site, work) == "signature_invalid", length
        resign(package.path, center_key, comment)  # the center signed a half-written file
        assert refusal(package.path, site, work) in ("truncated", "damaged"), length


def test_random_bit_flips_are_refused(package, site, center_key, work):
    whole = package.path.read_bytes()
    signed = signature_path(package.path).read_bytes()
    comment = f"hmtn package TTHH-HN {site.device_id} 1"
    chooser = random.Random(SEED)
    for _ in range(FLIPS):
        damaged = bytearray(whole)
        position = chooser.randrange(len(damaged))
        damaged[position] ^= 1 << chooser.randrange(8)
        package.path.write_bytes(bytes(damaged))
        signature_path(package.path).write_bytes(signed)
        assert refusal(package.path, site, work) == "signature_invalid", position
        resign(package.path, center_key, comment)
        assert refusal(package.path, site, work) != "opened", position


def test_a_part_not_as_listed_is_refused(package, site, center_key, work):
    recipient = str(site.identity.to_public())
    payload = decrypted(package.path, site)

    def changed(name: str, edit) -> bytes:
        return tar_of([(i, edit(d) if i.name == name else d) for i, d in members(payload)])

    # a deferral lifted on the way: the registry no longer hashes as listed
    reseal(package.path, changed(REGISTRY, lambda d: d.replace(b"center.history", b"")),
           recipient, center_key)  # fmt: skip
    assert refusal(package.path, site, work) == "manifest_mismatch"
    # a block widened
    reseal(package.path, changed("tables/number_block.jsonl", lambda d: d.replace(b"900375",
           b"999999")), recipient, center_key)  # fmt: skip
    assert refusal(package.path, site, work) == "manifest_mismatch"
    # the manifest itself edited: its own signature no longer holds
    reseal(package.path, changed(MANIFEST, lambda d: d.replace(b'"package_number": 1',
           b'"package_number": 9')), recipient, center_key)  # fmt: skip
    assert refusal(package.path, site, work) == "manifest_signature_invalid"
    # a part left out, a part added
    without = [m for m in members(payload) if m[0].name != "tables/drive.jsonl"]
    reseal(package.path, tar_of(without), recipient, center_key)
    assert refusal(package.path, site, work) == "part_missing"
    extra = tarfile.TarInfo("tables/donor.jsonl")
    reseal(package.path, tar_of([*members(payload), (extra, b"{}\n")]), recipient, center_key)
    assert refusal(package.path, site, work) == "unexpected_member"
    reseal(package.path, payload, recipient, center_key)
    assert refusal(package.path, site, work) == "opened"


def test_a_signature_for_another_package_is_refused(package, site, center_key, work):
    resign(package.path, center_key, f"hmtn package TTHH-HN {site.device_id} 2")
    assert refusal(package.path, site, work) == "manifest_mismatch"


def test_a_large_package_is_decrypted_by_a_child_process(package, site, tmp_path, made_center,
                                                          work, monkeypatch):  # fmt: skip
    """pyrage holds the interpreter while it decrypts (seconds for a registry of
    millions): a large package is decrypted in a child, refusals told as before."""
    import resource

    from desktop.core.exchange import sealing

    monkeypatch.setattr(sealing, "DECRYPT_IN_CHILD_BYTES", 0)  # this small one too
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
    with open_package(package.path, site, work) as contents:
        assert contents.registry_rows == 2
        assert [r["full_name"] for r in read_registry(contents.registry_path).rows] == [
            "Nguyễn Văn An", "Trần Thị Bình"]  # fmt: skip
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime > before
    other = a_site(tmp_path / "other.sqlite3", made_center)
    assert refusal(package.path, other, work) == "not_for_this_device"
