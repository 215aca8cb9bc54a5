"""The center keeps an anchor of each laptop's audit chain: a file whose trail does not
continue it (entries deleted or rewritten on the laptop) is reported with the device
named; an intact one moves the anchor on."""

import datetime as dt
import tempfile
from pathlib import Path

import pytest

from desktop.core.exchange.audit_anchor import stored_problem
from tests.center_cli import PASSPHRASE, hmtn, write
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
