"""``hmtn center devices`` and ``hmtn center package`` as the issue spells them: the
devices listed with their ids, a laptop's package written with its signature and its
path printed last; every refusal said in words, with nothing written."""

import json
import sys
from pathlib import Path

import pytest

from desktop.core.exchange.package_file import open_package, site_keys
from tests.center_cli import PASSPHRASE, enrolled_site, hmtn, write
from tests.exchange_tools import minisign_verify, needs_minisign, needs_terminal, on_terminal
from tests.people import open_signed_in
from tests.signin import ADMIN, PASSWORD, secure

pytestmark = pytest.mark.qt  # hmtn prints through Qt's translators


@pytest.fixture
def stick(tmp_path) -> Path:
    folder = tmp_path / "USB"
    folder.mkdir()
    return folder


@pytest.fixture
def passphrase(tmp_path) -> Path:
    return write(tmp_path / "passphrase.txt", PASSPHRASE)


def test_center_devices_alone_lists_the_devices_with_their_ids(
    made_center, center, tmp_path, capsys
):
    a = enrolled_site(tmp_path, center, made_center[1], "A")
    b = enrolled_site(tmp_path, center, made_center[1], "B")
    capsys.readouterr()
    for argv in (("center", "devices", "--db", center), ("center", "devices", "list", "--db",
                 center), ("center", "devices", "--db", center, "list")):  # fmt: skip
        assert hmtn(*argv) == 0, argv
        listed = capsys.readouterr().out
        assert a["device"] in listed and b["device"] in listed, argv
        assert "Bàn A" in listed and "Bàn B" in listed


@needs_minisign
def test_a_package_is_written_and_its_path_printed_last(
    made_center, center, tmp_path, stick, passphrase, capsys
):
    a = enrolled_site(tmp_path, center, made_center[1])
    capsys.readouterr()
    status = hmtn("center", "package", "--db", center, "--device", a["device"][-8:], "--out",
                  stick, "--passphrase-file", passphrase)  # fmt: skip
    out = capsys.readouterr().out.splitlines()
    assert status == 0
    path = Path(out[-1])
    assert path.parent == stick
    assert path.name == f"HN01-{a['device'][-8:]}-package-00001.hmtn.age"
    assert out[0].startswith(f"Package 1 for {a['device']} (HN01, Bàn A): 0 people")
    assert any(line == f"Signature: {path}.minisig" for line in out)
    verified = minisign_verify(path, made_center[1] / "center.minisign.pub")
    assert verified.returncode == 0, verified.stderr
    site = open_signed_in(a["path"])
    try:
        with open_package(path, site_keys(site.db), tmp_path) as contents:
            assert contents.number == 1 and contents.device_id == a["device"]
    finally:
        site.close()


def test_refusals_are_said_in_words_and_write_nothing(
    made_center, center, tmp_path, stick, passphrase, capsys
):
    a = enrolled_site(tmp_path, center, made_center[1])
    capsys.readouterr()
    cases = [
        (["--device", "0000000000"], "No enrolled device has the id"),
        (["--device", a["device"], "--out", tmp_path / "no-stick"], "is not there"),
        (["--device", a["device"], "--passphrase-file", write(tmp_path / "p", "not it at all")],
         "Wrong passphrase"),
    ]  # fmt: skip
    for extra, said in cases:
        options = {"--out": stick, "--passphrase-file": passphrase}
        argv = ["center", "package", "--db", center]
        for name, value in options.items():
            if name not in extra:
                argv += [name, value]
        assert hmtn(*argv, *extra) == 2, extra
        assert said in capsys.readouterr().err, extra
    assert hmtn("center", "package", "--db", a["path"], "--device", a["device"], "--out", stick,
                "--passphrase-file", passphrase) == 2  # fmt: skip
    assert "not the center's database" in capsys.readouterr().err
    b = enrolled_site(tmp_path, center, made_center[1], "B")
    assert hmtn("center", "devices", "revoke", b["device"], "--db", center, "--reason", "x") == 0
    assert hmtn("center", "package", "--db", center, "--device", b["device"], "--out", stick,
                "--passphrase-file", passphrase) == 2  # fmt: skip
    assert "is revoked" in capsys.readouterr().err
    assert list(stick.iterdir()) == []


def test_a_passphrase_file_that_is_not_there_or_a_folder_is_said_in_words(
    made_center, center, tmp_path, stick, capsys
):
    a = enrolled_site(tmp_path, center, made_center[1])
    capsys.readouterr()
    for given, said in ((tmp_path / "nope.txt", "There is no passphrase file {path}."),
                        (stick, "{path} is a folder, not a passphrase file.")):  # fmt: skip
        assert hmtn("center", "package", "--db", center, "--device", a["device"], "--out", stick,
                    "--passphrase-file", given) == 2  # fmt: skip
        assert capsys.readouterr().err == said.format(path=given) + "\n"
    assert list(stick.iterdir()) == []


def test_an_older_enrolment_gets_no_package(
    made_center, center, tmp_path, stick, passphrase, capsys
):
    folder = tmp_path / "older"
    path = tmp_path / "site.sqlite3"
    services = open_signed_in(path)
    services.settings.update_device("HN01", "Bàn C")
    services.dins.set_fin("A1234")
    services.close()
    secure(path)
    assert hmtn("device", "enrol", "--db", path, "--out", folder) == 0
    values = json.loads((folder / "enrolment.json").read_text(encoding="utf-8"))
    values = {**{k: v for k, v in values.items() if k != "recipient"}, "format_version": 1}
    (folder / "enrolment.json").write_text(json.dumps(values), encoding="utf-8")
    assert hmtn("center", "devices", "add", folder, "--db", center) == 0
    capsys.readouterr()
    assert hmtn("center", "package", "--db", center, "--device", values["device_id"], "--out",
                stick, "--passphrase-file", passphrase) == 2  # fmt: skip
    assert "Enrol the device again" in capsys.readouterr().err
    assert list(stick.iterdir()) == []


@needs_terminal
def test_the_passphrase_is_asked_at_a_terminal(made_center, center, tmp_path, stick):
    a = enrolled_site(tmp_path, center, made_center[1])
    argv = [sys.executable, "-m", "desktop", "--lang", "en", "center", "package", "--db",
            str(center), "--device", a["device"], "--out", str(stick), "--user", ADMIN]  # fmt: skip
    status, shown = on_terminal(
        argv, [("Password of admin: ", PASSWORD), ("center's keys: ", PASSPHRASE)]
    )
    assert status == 0, shown
    assert PASSPHRASE not in shown and PASSWORD not in shown  # never echoed
    assert shown.strip().splitlines()[-1].endswith("-package-00001.hmtn.age")
