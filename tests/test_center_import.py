"""Export files from two laptops to the center and ``hmtn center import``: merged once
however often they arrive, and a damaged, foreign or revoked file rejected with
nothing of it written."""

import datetime as dt
import tempfile
from pathlib import Path

import pytest

from desktop.core.exchange.site import read_center_keys
from tests.center_cli import PASSPHRASE, hmtn, write
from tests.center_sites import Site
from tests.exchange_fixtures import new_center_keys
from tests.signin import raw_connection

pytestmark = pytest.mark.qt  # hmtn prints through Qt's translators

EXCHANGED = ("drive", "donor", "visit", "screening", "donation", "din", "staff", "staff_role")


def enrolled_site(folder: Path, center_db: Path, keys: Path, code: str, letter: str) -> Site:
    """A laptop of site ``code`` at desk ``letter``, with the center's keys, enrolled."""
    site = Site(folder / f"{code}-{letter}.sqlite3", code, "A1234", letter=letter)
    site.services.identity.set_center(read_center_keys(keys))
    enrolment = folder / f"enrolment-{code}-{letter}"
    site.services.identity.enrol(enrolment)
    assert hmtn("center", "devices", "add", enrolment, "--db", center_db) == 0
    return site


def a_day(site: Site, serial: int) -> None:
    donor = site.register("Phạm Văn Đức", dt.date(1990, 5, 15), serial)
    site.give_blood(donor, certificate=True)


def center_rows(center_db: Path, table: str, device_id: str) -> list[tuple]:
    db = raw_connection(center_db)
    try:
        return db.execute(
            f'SELECT * FROM "{table}" WHERE device_id = ? ORDER BY id', [device_id]
        ).fetchall()
    finally:
        db.close()


def site_rows(site: Site, table: str) -> list[tuple]:
    return site.services.db.execute(
        f'SELECT * FROM "{table}" WHERE device_id = ? ORDER BY id', [site.device_id]
    ).fetchall()


@pytest.fixture
def private_tmp(tmp_path, monkeypatch) -> Path:
    """Where the center decrypts: checked empty after every import."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_two_laptops_files_reach_the_center_once_however_often_they_arrive(
    made_center, center, stick, private_tmp, tmp_path, capsys
):
    keys = made_center[1]
    passphrase = write(tmp_path / "passphrase.txt", PASSPHRASE)
    a = enrolled_site(tmp_path, center, keys, "HN01", "A")
    b = enrolled_site(tmp_path, center, keys, "HN01", "B")
    a_day(a, 1)
    a_day(b, 2)
    files = [a.services.exports.export(stick).path, b.services.exports.export(stick).path]
    capsys.readouterr()

    assert hmtn("center", "import", *files, "--db", center, "--passphrase-file", passphrase) == 0
    said = capsys.readouterr().out
    assert said.count(": accepted (site HN01") == 2
    assert "2 files: 2 accepted, 0 imported before, 0 rejected." in said
    for site in (a, b):
        for table in EXCHANGED:
            assert center_rows(center, table, site.device_id) == site_rows(site, table), table
    assert list(private_tmp.iterdir()) == []

    # the same files again, in the other order, and a later export holding the same
    a_again = a.services.exports.export(stick).path
    args = ("center", "import", files[1], files[0], a_again, "--db", center)
    assert hmtn(*args, "--passphrase-file", passphrase) == 0
    said = capsys.readouterr().out
    assert said.count("imported before; nothing new.") == 2
    assert "0 updated, 0 conflicting" in said  # the later export: the same records again
    # (and the audit entries of writing the first export, new)
    for table in EXCHANGED:
        assert center_rows(center, table, a.device_id) == site_rows(a, table), table


def test_a_damaged_foreign_or_revoked_file_is_rejected_and_nothing_of_it_written(
    made_center, center, stick, private_tmp, tmp_path, capsys
):
    keys = made_center[1]
    passphrase = write(tmp_path / "passphrase.txt", PASSPHRASE)
    a = enrolled_site(tmp_path, center, keys, "HN01", "A")
    b = enrolled_site(tmp_path, center, keys, "HN01", "B")
    a_day(a, 1)
    a_day(b, 2)
    whole = a.services.exports.export(stick).path
    truncated = stick / "cut" / whole.name
    truncated.parent.mkdir()
    truncated.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    signature = whole.with_name(whole.name + ".minisig")
    truncated.with_name(truncated.name + ".minisig").write_bytes(signature.read_bytes())
    new_center_keys().install(b.services)  # b's file now goes to another center
    foreign = b.services.exports.export(stick).path
    capsys.readouterr()

    args = ("center", "import", truncated, foreign, "--db", center)
    assert hmtn(*args, "--passphrase-file", passphrase) == 1
    said = capsys.readouterr().out
    assert said.count(": rejected: ") == 2
    assert "incomplete" in said and "0 accepted" in said
    for site in (a, b):
        for table in EXCHANGED:
            assert center_rows(center, table, site.device_id) == [], table
    assert list(private_tmp.iterdir()) == []

    device = a.device_id[-8:]  # as the export files name it
    assert hmtn("center", "devices", "revoke", device, "--db", center, "--reason", "Mất máy") == 0
    capsys.readouterr()
    assert hmtn("center", "import", whole, "--db", center, "--passphrase-file", passphrase) == 1
    assert ": rejected: " in capsys.readouterr().out
    assert center_rows(center, "donation", a.device_id) == []
    db = raw_connection(center)
    statuses = db.execute("SELECT status FROM center_import ORDER BY imported_at").fetchall()
    db.close()
    assert statuses == [("rejected",)] * 3


def test_a_wrong_passphrase_imports_nothing(made_center, center, stick, tmp_path, capsys):
    a = enrolled_site(tmp_path, center, made_center[1], "HN01", "A")
    a_day(a, 1)
    file = a.services.exports.export(stick).path
    wrong = write(tmp_path / "wrong.txt", "not the passphrase at all")
    capsys.readouterr()
    assert hmtn("center", "import", file, "--db", center, "--passphrase-file", wrong) == 2
    assert "passphrase" in capsys.readouterr().err.lower()
    assert center_rows(center, "donation", a.device_id) == []


def test_a_missing_file_or_a_folder_is_said_in_words(made_center, center, tmp_path, capsys):
    passphrase = write(tmp_path / "passphrase.txt", PASSPHRASE)
    missing, folder = tmp_path / "usb" / "HN01-00000000-00001.hmtn.age", tmp_path
    args = ("center", "import", missing, folder, "--db", center)
    assert hmtn(*args, "--passphrase-file", passphrase) == 1
    said = capsys.readouterr().out
    assert f"There is no file {missing} (is the USB stick plugged in" in said
    assert f"{folder} is a folder: choose the .hmtn.age files inside it." in said
    assert "No such file" not in said and "Errno" not in said
