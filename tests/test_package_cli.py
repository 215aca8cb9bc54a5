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
from tests.package_commands import center_package, opened
from tests.people import open_signed_in
from tests.signin import ADMIN, PASSWORD, secure

pytestmark = pytest.mark.qt  # hmtn prints through Qt's translators


def test_center_devices_alone_lists_the_devices_with_their_ids(
    made_center, laptop, center, tmp_path, capsys
):
    a = laptop
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
    made_center, laptop, center, tmp_path, stick, passphrase, capsys
):
    a = laptop
    capsys.readouterr()
    status = center_package(center, a["device"][-8:], stick, passphrase)
    out = capsys.readouterr().out.splitlines()
    assert status == 0
    path = Path(out[-1])
    assert path.parent == stick
    assert path.name == f"HN01-{a['device'][-8:]}-package-00001.hmtn.age"
    assert out[0].startswith(f"Package 1 for {a['device']} (HN01, Bàn A): 0 people")
    assert any(line == f"Signature: {path}.minisig" for line in out)
    verified = minisign_verify(path, made_center[1] / "center.minisign.pub")
    assert verified.returncode == 0, verified.stderr
    with opened(a["path"]) as site, open_package(path, site_keys(site.db), tmp_path) as contents:
        assert contents.number == 1 and contents.device_id == a["device"]


def test_refusals_are_said_in_words_and_write_nothing(
    made_center, laptop, center, tmp_path, stick, passphrase, capsys
):
    a = laptop
    capsys.readouterr()
    cases = [
        ("0000000000", stick, passphrase, "No enrolled device has the id"),
        (a["device"], tmp_path / "no-stick", passphrase, "is not there"),
        (a["device"], stick, write(tmp_path / "p", "not it at all"), "Wrong passphrase"),
    ]
    for device, out, given, said in cases:
        assert center_package(center, device, out, given) == 2, said
        assert said in capsys.readouterr().err, said
    assert center_package(a["path"], a["device"], stick, passphrase) == 2
    assert "not the center's database" in capsys.readouterr().err
    b = enrolled_site(tmp_path, center, made_center[1], "B")
    assert hmtn("center", "devices", "revoke", b["device"], "--db", center, "--reason", "x") == 0
    assert center_package(center, b["device"], stick, passphrase) == 2
    assert "is revoked" in capsys.readouterr().err
    assert list(stick.iterdir()) == []


def test_a_passphrase_file_that_is_not_there_or_a_folder_is_said_in_words(
    laptop, center, tmp_path, stick, capsys
):
    a = laptop
    capsys.readouterr()
    for given, said in ((tmp_path / "nope.txt", "There is no passphrase file {path}."),
                        (stick, "{path} is a folder, not a passphrase file.")):  # fmt: skip
        assert center_package(center, a["device"], stick, given) == 2
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
    assert center_package(center, values["device_id"], stick, passphrase) == 2
    assert "Enrol the device again" in capsys.readouterr().err
    assert list(stick.iterdir()) == []


@needs_terminal
def test_the_passphrase_is_asked_at_a_terminal(laptop, center, stick):
    a = laptop
    argv = [sys.executable, "-m", "desktop", "--lang", "en", "center", "package", "--db",
            str(center), "--device", a["device"], "--out", str(stick), "--user", ADMIN]  # fmt: skip
    status, shown = on_terminal(
        argv, [("Password of admin: ", PASSWORD), ("center's keys: ", PASSPHRASE)]
    )
    assert status == 0, shown
    assert PASSPHRASE not in shown and PASSWORD not in shown  # never echoed
    assert shown.strip().splitlines()[-1].endswith("-package-00001.hmtn.age")
