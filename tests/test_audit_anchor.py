"""The center keeps an anchor of each laptop's audit chain: a file whose trail does not
continue it (entries deleted or rewritten on the laptop) is reported with the device
named; an intact one moves the anchor on. A restored laptop's exports import whole: its
next numbers continue after its later life, and a ticket number it gave twice anyway is
held on both tickets, never a refused file."""

import datetime as dt
import tempfile
from pathlib import Path

import pytest

from db.origins import EPOCH_SPAN
from desktop.core.backups.rotation import BackupReason
from desktop.core.exchange.audit_anchor import stored_problem
from tests.center_cli import PASSPHRASE, hmtn, write
from tests.people import open_signed_in
from tests.signin import open_any, raw_connection
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


def anchors(center: Path) -> list[tuple]:
    db = raw_connection(center)  # the center database hmtn center init encrypted
    try:
        return db.execute("SELECT device_id, chain_seq, chain_hash FROM audit_anchor").fetchall()
    finally:
        db.close()


def chain_findings(center: Path) -> list:
    db = raw_connection(center)  # the center database hmtn center init encrypted
    try:
        rows = db.execute(
            "SELECT audit_chain FROM center_import WHERE status = 'accepted' ORDER BY imported_at"
        ).fetchall()
    finally:
        db.close()
    return [stored_problem(value) for (value,) in rows]


def test_a_file_that_continues_the_chain_moves_the_anchor_and_a_gap_is_reported(
    made_center, center, stick, tmp_path, capsys
):
    passphrase = write(tmp_path / "passphrase.txt", PASSPHRASE)
    site = enrolled_site(tmp_path, center, made_center[1], "HN01", "A")
    a_day(site, 1)
    first = site.services.exports.export(stick).path
    capsys.readouterr()
    assert hmtn("center", "import", first, "--db", center, "--passphrase-file", passphrase) == 0
    assert "audit trail: continues the device's chain" in capsys.readouterr().out
    head = site.services.db.execute(
        "SELECT audit_chain_seq, audit_chain_hash FROM installation"
    ).fetchone()
    ((device, position, digest),) = anchors(center)
    assert device == site.device_id and position > 0
    assert (position, digest) <= tuple(head)  # the head when the file was read

    # more work on the laptop, then one of its new entries deleted behind the app's back
    donor = site.register("Nguyễn Thị Hương", dt.date(1995, 3, 8), 2)
    site.give_blood(donor, certificate=True)
    db = site.services.db
    victim = db.execute(
        "SELECT id, chain_seq FROM audit_log WHERE chain_device = ? AND chain_seq > ?"
        " ORDER BY chain_seq LIMIT 1 OFFSET 3",
        [site.device_id, position],
    ).fetchone()
    db.execute("DROP TRIGGER audit_log_no_delete")
    db.execute("DELETE FROM audit_log WHERE id = ?", [victim[0]])
    second = site.services.exports.export(stick).path
    capsys.readouterr()

    assert hmtn("center", "import", second, "--db", center, "--passphrase-file", passphrase) == 0
    said = capsys.readouterr().out
    assert f"audit trail BROKEN (device {site.device_id[-8:]})" in said
    assert f"entries {victim[1]} to {victim[1]} are missing" in said
    findings = chain_findings(center)
    assert findings[0] is None and findings[1].code == "audit_chain_gap"
    services = open_any(center)  # the imports tab's list
    try:
        listed = [r.audit_problem for r in services.center_views.imports()]
    finally:
        services.close()
    assert [p.code if p else None for p in listed] == ["audit_chain_gap", None]  # newest first
    assert anchors(center)[0][1] > position  # checked from the new head next time


def test_a_rewritten_trail_no_longer_matches_the_anchor(
    made_center, center, stick, tmp_path, capsys
):
    passphrase = write(tmp_path / "passphrase.txt", PASSPHRASE)
    site = enrolled_site(tmp_path, center, made_center[1], "HN01", "A")
    a_day(site, 1)
    first = site.services.exports.export(stick).path
    assert hmtn("center", "import", first, "--db", center, "--passphrase-file", passphrase) == 0
    (_device, position, _digest) = anchors(center)[0]
    # every hash of the laptop's chain recomputed after an edit: intact on the laptop...
    db = site.services.db
    db.execute("DROP TRIGGER audit_log_no_update")
    db.execute("UPDATE audit_log SET note = 'đã sửa' WHERE chain_seq = 2")
    _rechain(db)
    from desktop.core.foundation.audit_chain import verify

    assert verify(db).ok
    a_day(site, 2)
    second = site.services.exports.export(stick).path
    capsys.readouterr()
    # ...but not at the center, which holds the anchor from before
    assert hmtn("center", "import", second, "--db", center, "--passphrase-file", passphrase) == 0
    said = capsys.readouterr().out
    assert "audit trail BROKEN" in said
    assert chain_findings(center)[1].code == "audit_chain_fork"
    assert chain_findings(center)[1].params["position"] == str(position)


def _rechain(db) -> None:
    from db.audit_chain import CANONICAL_COLUMNS, GENESIS, link

    previous = GENESIS
    columns = ", ".join(CANONICAL_COLUMNS)
    rows = db.execute(f"SELECT rowid, {columns} FROM audit_log ORDER BY chain_seq").fetchall()
    for rowid, *values in rows:
        previous = link(previous, values)
        db.execute("UPDATE audit_log SET chain_hash = ? WHERE rowid = ?", [previous, rowid])
    db.execute("UPDATE installation SET audit_chain_hash = ?", [previous])


def restored_from(site, made) -> str:
    """``hmtn restore`` of the laptop from the backup ``made`` (the core's restorer);
    the laptop reopened. Returns the incarnation it had before."""
    before = site.services.db.execute("SELECT incarnation FROM installation").fetchone()[0]
    checked = site.services.backups.check(made.path)
    restorer = site.services.backups.restorer()
    site.services.close()
    restorer.run(checked)
    site.services = open_signed_in(site.services.path, create=False)
    return before


def another_day(site, serial: int) -> None:
    """A donation at a drive of its own (this test restores the laptop twice from one
    backup and puts its incarnation back by hand: a drive of its own keeps its numbers
    apart from the first life's)."""
    drive = site.new_drive(dt.date(2026, 12, serial))
    site.give_blood(site.register("Võ Văn Tài", dt.date(1992, 2, 2), 10 + serial), drive)


def test_a_restored_laptop_is_recognised_and_a_restart_without_a_new_incarnation_is_not(
    made_center, center, stick, tmp_path, capsys
):
    passphrase = write(tmp_path / "passphrase.txt", PASSPHRASE)
    site = enrolled_site(tmp_path, center, made_center[1], "HN01", "A")
    a_day(site, 1)
    (backup_head,) = site.services.db.execute("SELECT audit_chain_seq FROM installation").fetchone()
    made = site.services.backups.back_up(BackupReason.MANUAL)  # holds the chain up to there
    a_day(site, 2)  # after the backup: the restore takes it away from the laptop
    first = site.services.exports.export(stick).path
    assert hmtn("center", "import", first, "--db", center, "--passphrase-file", passphrase) == 0
    ((_device, old_place, old_hash),) = anchors(center)

    restored_from(site, made)
    another_day(site, 3)
    second = site.services.exports.export(stick).path
    capsys.readouterr()
    assert hmtn("center", "import", second, "--db", center, "--passphrase-file", passphrase) == 0
    said = capsys.readouterr().out
    assert "BROKEN" not in said
    assert f"was restored from a backup: its chain goes on from entry {backup_head}," in said
    assert f"Entries {backup_head + 1} to {old_place}, made after that backup" in said
    assert chain_findings(center)[1] is None  # no alarm
    db = raw_connection(center)
    try:
        (kept,) = db.execute(
            "SELECT audit_chain FROM center_import ORDER BY imported_at"
        ).fetchall()[1]
    finally:
        db.close()
    restore = stored_problem(kept, "restore")
    assert restore.code == "audit_chain_restored"
    assert (restore.params["expected"], restore.params["anchor_hash"]) == (str(old_place), old_hash)
    assert anchors(center)[0][1] > EPOCH_SPAN  # checked from the new epoch's head next time

    # restored again, its incarnation then put back by hand: a restart, not a restore
    incarnation = restored_from(site, made)
    site.services.db.execute("UPDATE installation SET incarnation = ?", [incarnation])
    another_day(site, 4)
    third = site.services.exports.export(stick).path
    capsys.readouterr()
    assert hmtn("center", "import", third, "--db", center, "--passphrase-file", passphrase) == 0
    assert "audit trail BROKEN" in capsys.readouterr().out
    assert chain_findings(center)[2].code == "audit_chain_restarted"


# --- a restored laptop's numbers at the center ---------------------------------------


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
