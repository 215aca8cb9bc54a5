"""`hmtn export` end to end, and the file opened with the stock tools only (age, tar,
sha256sum, minisign), as a center would if this application were gone."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.exchange_fixtures import new_center_keys, write_public_key
from tests.people import open_signed_in
from tests.signin import main_signed_in

# hmtn prints through Qt's translators (a QCoreApplication).
pytestmark = pytest.mark.qt

TOOLS = ("age", "minisign", "tar", "sha256sum")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The demo site (24 donors checked in, units, certificates) with the center's keys,
    exported with `hmtn export`; returns what the command printed and the keys."""
    folder = tmp_path_factory.mktemp("site")
    db = folder / "site.sqlite3"
    assert main_signed_in(["demo", "--db", str(db), "--donors", "300"]) == 0
    keys = new_center_keys()
    services = open_signed_in(db, create=False)
    keys.install(services)
    public_key = write_public_key(services, folder / "device.minisign.pub")
    services.close()
    stick = folder / "usb"
    stick.mkdir()
    return db, stick, keys, public_key


def run(*command: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, check=False)


def test_hmtn_export_writes_the_file_and_prints_its_path_last(site, capsys):
    db, stick, _keys, _public = site
    assert main_signed_in(["export", "--db", str(db), "--out", str(stick)]) == 0
    printed = capsys.readouterr().out.strip().splitlines()
    path = Path(printed[-1])
    assert path.parent == stick and path.name.startswith("HMTN-DEMO-")
    assert path.name.endswith("-00001.hmtn.age")
    assert sorted(p.name for p in stick.iterdir()) == [path.name, path.name + ".minisig"]
    assert printed[0].startswith("Tệp xuất số 1 (các thay đổi sau 0 đến hết ")
    assert "phiếu số thứ tự 24" in printed[0] and "visit" not in printed[0]


def test_hmtn_export_refusals_say_why(tmp_path, capsys):
    db = tmp_path / "new.sqlite3"
    assert main_signed_in(["drives", "--db", str(db), "--create"]) == 0
    stick = tmp_path / "usb"
    stick.mkdir()
    capsys.readouterr()
    assert main_signed_in(["--lang", "en", "export", "--db", str(db), "--out", str(stick)]) == 2
    assert capsys.readouterr().err.strip() == (
        "Set the center's keys first (Settings, Set the center's keys…; or hmtn device"
        " set-center): the file is encrypted to them. Nothing was written."
    )
    assert list(stick.iterdir()) == []
    assert (
        main_signed_in(["export", "--db", str(tmp_path / "missing.sqlite3"), "--out", str(stick)])
        == 2
    )


@pytest.fixture(scope="module")
def opened_with_stock_tools(site, tmp_path_factory):
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"the stock tools are not installed: {', '.join(missing)}"
                    " (python3 tasks.py test installs them as root)")  # fmt: skip
    db, stick, keys, public_key = site
    if not list(stick.glob("*.hmtn.age")):
        assert main_signed_in(["export", "--db", str(db), "--out", str(stick)]) == 0
    sealed = sorted(stick.glob("*.hmtn.age"))[-1]
    work = tmp_path_factory.mktemp("center")
    identity = work / "center-key.txt"
    identity.write_text(str(keys.center) + "\n")
    return sealed, public_key, identity, work, keys


def test_minisign_verifies_the_detached_signature(opened_with_stock_tools):
    sealed, public_key, _identity, _work, _keys = opened_with_stock_tools
    verified = run("minisign", "-Vm", str(sealed), "-p", str(public_key))
    assert verified.returncode == 0, verified.stderr
    assert "Trusted comment: hmtn export HMTN-DEMO " in verified.stdout
    sealed.with_name("copy.age").write_bytes(sealed.read_bytes()[:-1])
    shutil.copy(str(sealed) + ".minisig", sealed.with_name("copy.age.minisig"))
    cut = run("minisign", "-Vm", str(sealed.with_name("copy.age")), "-p", str(public_key))
    assert cut.returncode != 0
    for path in (sealed.with_name("copy.age"), sealed.with_name("copy.age.minisig")):
        path.unlink()


def test_age_tar_and_sha256sum_open_it_and_agree_with_the_manifest(opened_with_stock_tools):
    sealed, public_key, identity, work, keys = opened_with_stock_tools
    payload = work / "payload.tar"
    decrypted = run("age", "-d", "-i", str(identity), "-o", str(payload), str(sealed))
    assert decrypted.returncode == 0, decrypted.stderr
    listed = run("tar", "-tf", str(payload))
    assert listed.returncode == 0, listed.stderr
    names = listed.stdout.split()
    assert names == sorted(names)
    assert run("tar", "-xf", str(payload), cwd=work).returncode == 0
    manifest = json.loads((work / "manifest.json").read_text(encoding="utf-8"))
    assert names == sorted(["manifest.json", "manifest.json.minisig", *manifest["parts"]])
    sums = run("sha256sum", *manifest["parts"], cwd=work)
    assert sums.returncode == 0, sums.stderr
    found = {name: digest for digest, name in (line.split() for line in sums.stdout.splitlines())}
    assert found == {name: part["sha256"] for name, part in manifest["parts"].items()}
    for name, part in manifest["parts"].items():
        lines = (work / name).read_text(encoding="utf-8").splitlines()
        assert len(lines) == part["records"] > 0
    inside = run("minisign", "-Vm", str(work / "manifest.json"), "-p", str(public_key))
    assert inside.returncode == 0, inside.stderr
    escrow = work / "escrow-key.txt"
    escrow.write_text(str(keys.escrow) + "\n")
    by_escrow = run("age", "-d", "-i", str(escrow), "-o", str(work / "again.tar"), str(sealed))
    assert by_escrow.returncode == 0, by_escrow.stderr
    assert (work / "again.tar").read_bytes() == payload.read_bytes()
