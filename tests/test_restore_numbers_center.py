"""At the center, through real export files: a restored laptop's next export imports
whole, and a ticket number a restored laptop gave twice (its later life unknown to the
restore) lands as a value held on both tickets, never as a refused file; the DIN and
serial given twice are held and the units quarantined, as for any DIN seen twice."""

import tempfile
from pathlib import Path

import pytest

from desktop.core.backups.rotation import BackupReason
from tests.center_cli import PASSPHRASE, hmtn, write
from tests.signin import raw_connection
from tests.test_audit_anchor import restored_from
from tests.test_center_import import a_day, enrolled_site

pytestmark = pytest.mark.qt  # hmtn prints through Qt's translators


@pytest.fixture
def stick(tmp_path) -> Path:
    folder = tmp_path / "USB"
    folder.mkdir()
    return folder


@pytest.fixture(autouse=True)
def private_tmp(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def center_query(center: Path, sql: str) -> list[tuple]:
    db = raw_connection(center)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def imported(center: Path, file: Path, passphrase: Path, capsys) -> str:
    capsys.readouterr()
    assert hmtn("center", "import", file, "--db", center, "--passphrase-file", passphrase) == 0
    return capsys.readouterr().out


def test_a_restored_laptops_numbers_reach_the_center_whole_and_a_reused_ticket_is_held(
    made_center, center, stick, tmp_path, capsys
):
    passphrase = write(tmp_path / "passphrase.txt", PASSPHRASE)
    site = enrolled_site(tmp_path, center, made_center[1], "HN01", "A")
    a_day(site, 1)
    made = site.services.backups.back_up(BackupReason.MANUAL)
    a_day(site, 2)  # ticket A2 at the same drive, after the backup
    imported(center, site.services.exports.export(stick).path, passphrase, capsys)

    restored_from(site, made)  # the file kept aside is read: A2 stays given
    a_day(site, 3)
    said = imported(center, site.services.exports.export(stick).path, passphrase, capsys)
    assert "values held: 0" in said
    tickets = center_query(center, "SELECT queue_letter, queue_no FROM visit ORDER BY queue_no")
    assert tickets == [("A", 1), ("A", 2), ("A", 3)]

    # restored again by a restore that could not know its later life (no reserved numbers)
    restored_from(site, made)
    site.services.db.execute("DELETE FROM reserved_number")
    a_day(site, 4)  # ticket A2, its DIN and serial: given twice
    said = imported(center, site.services.exports.export(stick).path, passphrase, capsys)
    assert "values held: 8" in said  # two tickets, DINs, units' DINs and serials
    held = center_query(
        center, "SELECT record_id, value FROM merge_hold WHERE table_name = 'visit'"
    )
    assert len(held) == 2 and {value for _, value in held} == {f"{site.drive.id}|A|2"}
    numbers = center_query(center, "SELECT queue_no FROM visit WHERE queue_no LIKE '2#%'")
    assert len(numbers) == 2  # neither keeps the number, whichever came first
    quarantined = center_query(center, "SELECT count(*) FROM quarantine WHERE reason = 'din_twice'")
    assert quarantined == [(2,)]
