"""A laptop restored from a backup never reuses a change number it exported: when it is
opened (and again before an export), a copy older than what its device exported starts
a new incarnation."""

import json

import pytest

from db.driver import sqlite3
from db.installation import EPOCH_SPAN
from desktop.core.domain.audit_notes import AuditNote, parse_note
from desktop.core.exchange.incarnation import (
    DATA_DIR_ENV,
    check_restored,
    marker_path,
    record_export,
)
from tests.people import open_signed_in
from tests.signin import main_signed_in


def copy_database(source, target) -> None:
    """A consistent copy through SQLite's backup API (as a backup is made)."""
    with sqlite3.connect(target) as copy:
        source.conn.backup(copy)
    copy.close()


def installation(services) -> dict:
    return next(services.db.query("SELECT * FROM installation"))


def test_a_restored_copy_starts_a_new_incarnation_and_continues_the_export_numbers(
    services, drive, donors, tmp_path, exchange_data_dir
):
    actor = services.session.actor
    backup = tmp_path / "backup.sqlite3"
    copy_database(services.db, backup)
    donors.register("Nguyễn Văn An")
    first = check_restored(services.db, actor)
    assert (first.restored, first.epoch, first.first_export_number) == (False, 0, 1)
    exported_through = installation(services)["last_change_seq"]
    path = record_export(services.db, exported_through, 1)
    assert path == exchange_data_dir / "devices" / f"{installation(services)['device_id']}.json"
    assert json.loads(path.read_text())["exported_through_seq"] == exported_through
    again = check_restored(services.db, actor)  # the same database: nothing happens
    assert (again.restored, again.incarnation, again.first_export_number) == (
        False, first.incarnation, 2,
    )  # fmt: skip

    with sqlite3.connect(backup) as copy:
        copy.row_factory = sqlite3.Row
        before = dict(copy.execute("SELECT * FROM installation").fetchone())
    copy.close()
    old = open_signed_in(backup)  # opening the restored copy starts its new incarnation
    after = installation(old)
    assert (after["device_id"], after["epoch"]) == (before["device_id"], 1)
    assert after["incarnation"] != before["incarnation"]
    restored = check_restored(old.db, actor)  # and the export then finds nothing to do
    assert not restored.restored and restored.first_export_number == 2
    assert restored.incarnation == after["incarnation"]
    assert after["last_change_seq"] == EPOCH_SPAN + 1  # the audit entry of the change
    audit = next(old.db.query("SELECT * FROM audit_log WHERE action = 'new_incarnation'"))
    assert audit["change_seq"] == EPOCH_SPAN + 1
    assert parse_note(audit["note"])[0] == AuditNote.RESTORED_COPY_MARKER
    old.settings.set("language", "en")  # any change after the restore
    stamp = old.db.execute("SELECT change_seq FROM setting WHERE key = 'language'").fetchone()
    assert stamp[0] > EPOCH_SPAN > exported_through
    assert check_restored(old.db, actor).restored is False  # once is enough
    old.close()


def test_the_marker_never_goes_to_the_users_folder_in_tests(exchange_data_dir, monkeypatch):
    assert marker_path("d") == exchange_data_dir / "devices" / "d.json"
    monkeypatch.delenv(DATA_DIR_ENV)
    assert (
        marker_path("d", exchange_data_dir / "x") == exchange_data_dir / "x" / "devices" / "d.json"
    )


@pytest.mark.qt  # hmtn prints through Qt's translators
def test_new_incarnation_by_hand(db_path, capsys):
    services = open_signed_in(db_path, encrypt=True)
    before = installation(services)
    services.close()
    assert main_signed_in(["--lang", "en", "device", "new-incarnation", "--db", str(db_path)]) == 0
    assert "epoch 1" in capsys.readouterr().out
    services = open_signed_in(db_path)
    after = installation(services)
    services.close()
    assert after["epoch"] == 1 and after["incarnation"] != before["incarnation"]
    # the new epoch's numbers: its first, then the audited sign-in that reopened it
    assert after["last_change_seq"] == EPOCH_SPAN + 2
