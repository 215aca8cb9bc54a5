"""Backups into the rotation, and restoring them: real files, through SQLite only."""

import datetime as dt
import os
import shutil
import subprocess

import pyrage
import pytest
from sqlite_utils import Database

from db import backup_copy, installation
from db.driver import sqlite3
from desktop.core.backups import rotation
from desktop.core.backups.rotation import BackupReason
from desktop.core.backups.service import BackupService
from desktop.core.domain.audit_notes import AuditNote, parse_note
from desktop.core.domain.problems import UserError
from desktop.core.foundation.events import EventBus
from desktop.core.foundation.key_file import KeyFile, key_file_path, new_database_key
from desktop.core.foundation.progress import Progress
from desktop.core.foundation.settings import SettingsService
from desktop.core.services import open_services
from tests.backup_fixtures import (
    DeskWriter,
    consistency,
    register_donors,
    sign_in_admin,
    sign_in_nurse,
)
from tests.people import everyone_person
from tests.signin import copy_database
from tests.test_audit_chain import DROP_TRIGGERS


def codes(error: pytest.ExceptionInfo) -> list[str]:
    return [problem.code for problem in error.value.problems]


def audit_notes(services, action: str) -> list[str]:
    rows = services.db.execute(
        "SELECT note FROM audit_log WHERE action = ? ORDER BY change_seq", [action]
    )
    return [row[0] for row in rows]


def test_a_backup_goes_to_the_rotation_as_a_sound_database_and_is_audited(
    services, exchange_data_dir
):
    sign_in_admin(services)
    register_donors(services, 3)
    made = services.backups.back_up(BackupReason.MANUAL)
    device = installation.device_id(services.db)
    assert made.path.parent == exchange_data_dir / "backups" / device
    assert made.path.name.endswith("-manual.sqlite3")
    assert [b.path for b in services.backups.backups()] == [made.path]
    with backup_copy.opened(made.path, None, read_only=True) as copy:
        assert backup_copy.integrity(copy) == ["ok"]
        assert copy.execute("SELECT count(*) FROM donor").fetchone()[0] == 3
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file
    assert sorted(p.name for p in made.path.parent.iterdir()) == [made.path.name]
    assert made.path.stat().st_mode & 0o777 == 0o600
    assert made.path.parent.stat().st_mode & 0o777 == 0o700
    said = {"reason": "manual", "file": str(made.path)}
    assert [parse_note(n) for n in audit_notes(services, "backup")] == [
        (AuditNote.BACKUP_MADE, said)
    ]


def test_a_backup_is_its_starters_when_the_screen_locks_while_it_runs(services, exchange_data_dir):
    from desktop.core import access

    sign_in_admin(services)
    register_donors(services, 3)
    made = services.backups.back_up(BackupReason.MANUAL, Progress(lambda *_: access.lock(services)))
    assert services.locked is not None and services.session.actor.staff_id is None
    [entry] = services.db.execute("SELECT actor_name FROM audit_log WHERE action = 'backup'")
    assert entry[0] == "Quản Trị Viên" and made.path.exists()


def test_only_an_administrator_backs_up_on_demand(services, exchange_data_dir):
    sign_in_nurse(services)
    with pytest.raises(UserError) as refused:
        services.backups.back_up(BackupReason.MANUAL)
    assert codes(refused) == ["role_required"]
    assert refused.value.problems[0].params == {"roles": ["admin"]}
    assert not (exchange_data_dir / "backups").exists()
    assert audit_notes(services, "backup") == []


def test_an_automatic_backup_is_skipped_while_nothing_changed(services):
    register_donors(services, 1)
    first = services.backups.back_up(BackupReason.PERIODIC)
    assert first is not None
    assert services.backups.back_up(BackupReason.PERIODIC) is None
    assert services.backups.back_up(BackupReason.EXIT) is None
    register_donors(services, 1, first=2)
    second = services.backups.back_up(BackupReason.EXIT)
    assert second is not None
    assert [b.reason for b in services.backups.backups()] == ["exit", "periodic"]


def test_the_rotation_keeps_the_newest_of_each_reason(services):
    made = []
    for serial in range(1, rotation.KEEP[BackupReason.PERIODIC] + 3):
        register_donors(services, 1, first=serial)
        made.append(services.backups.back_up(BackupReason.PERIODIC).path)
    closing = services.backups.back_up(BackupReason.DRIVE_CLOSE).path
    kept = [b.path for b in services.backups.backups()]
    assert kept == [closing, *reversed(made[-rotation.KEEP[BackupReason.PERIODIC] :])]
    assert not made[0].exists() and not made[1].exists()


def test_a_backup_taken_while_another_thread_writes_restores_to_a_consistent_database(
    services, db_path, monkeypatch
):
    sign_in_admin(services)
    register_donors(services, 300)
    monkeypatch.setattr(backup_copy, "STEP_PAGES", 8)  # many steps, the desk writing between
    writer = DeskWriter(db_path, everyone_person(services))
    writer.start()
    try:
        while writer.saved < 5 and writer.is_alive():  # the desk is writing
            writer.join(0.01)
        written_during: list[int] = []

        def desk_writes_meanwhile(_phase: str, _done: int, _total: int) -> None:
            start = writer.saved  # the copy waits here until the desk saved again
            while writer.saved == start and writer.is_alive():
                writer.join(0.005)
            written_during.append(writer.saved - start)

        made = services.backups.back_up(BackupReason.MANUAL, Progress(desk_writes_meanwhile))
    finally:
        writer.stop.set()
        writer.join()
    assert writer.error is None
    assert len(written_during) >= 2 and all(written_during)  # several steps, writes between
    with backup_copy.opened(made.path, None, read_only=True) as copy:
        held = consistency(copy)
    assert held["check"] == ["ok"] and held["orphans"] == 0
    assert held["donors"] == held["audited"]
    # the database as the copy began: the saves made while it ran are not in it, not half
    assert 300 + 5 <= held["donors"] <= 300 + writer.saved - sum(written_during)
    checked = services.backups.check(made.path)
    restorer = services.backups.restorer()
    services.close()
    restorer.run(checked)
    with backup_copy.opened(db_path, None, read_only=True) as restored:
        assert consistency(restored) == held


def test_a_restore_keeps_the_current_file_aside_and_starts_a_new_incarnation(services, db_path):
    sign_in_admin(services)
    register_donors(services, 2)
    made = services.backups.back_up(BackupReason.MANUAL)
    register_donors(services, 3, first=10)  # after the backup: only in the current file
    before = installation.current(services.db)
    checked = services.backups.check(made.path)
    assert (checked.contents.donors, checked.contents.visits, checked.contents.donations) == (
        2,
        0,
        0,
    )
    assert checked.chain in {"intact", "not_checked"}
    restorer = services.backups.restorer()
    services.close()
    report = restorer.run(checked)
    assert report.aside.name.startswith("hmtn.before-restore-")
    with backup_copy.opened(report.aside, None, read_only=True) as aside:
        assert aside.execute("SELECT count(*) FROM donor").fetchone()[0] == 5
    reopened = open_services(db_path, create=False)
    try:
        assert reopened.donors.count() == 2
        now = installation.current(reopened.db)
        assert now["incarnation"] == report.incarnation != before["incarnation"]
        assert now["epoch"] == report.epoch > before["epoch"]
        assert now["device_id"] == before["device_id"]
        restore_notes = audit_notes(reopened, "restore")
        said = {"source": str(made.path), "aside": str(report.aside)}
        assert [parse_note(n) for n in restore_notes] == [(AuditNote.RESTORED, said)]
        assert len(audit_notes(reopened, "new_incarnation")) == 1
    finally:
        reopened.close()


def test_restores_in_the_same_second_each_keep_the_file_aside(services, db_path):
    """A restore made in the second of another's keeps its own copy aside: the name of
    the one before is never reused (it was refused with a file-exists error)."""
    sign_in_admin(services)
    made = services.backups.back_up(BackupReason.MANUAL)
    checked = services.backups.check(made.path)
    restorer = services.backups.restorer()
    services.close()
    now = dt.datetime.now()
    taken = [  # this second's name and the next ones', each holding a restore's copy
        db_path.with_name(f"hmtn.before-restore-{now + dt.timedelta(seconds=s):%Y%m%d-%H%M%S}"
                          f"{suffix}.sqlite3")
        for s in range(10)
        for suffix in ("", "-2")
    ]  # fmt: skip
    for path in taken:
        copy_database(db_path, path)
    report = restorer.run(checked)
    assert report.aside not in taken and report.aside.name.startswith("hmtn.before-restore-")
    assert report.aside.name.endswith("-3.sqlite3")
    with backup_copy.opened(report.aside, None, read_only=True) as aside:
        assert backup_copy.integrity(aside) == ["ok"]
    assert all(path.exists() for path in taken)


def test_a_restore_is_refused_while_the_database_is_open_here(services):
    sign_in_admin(services)
    made = services.backups.back_up(BackupReason.MANUAL)
    checked = services.backups.check(made.path)
    with pytest.raises(UserError) as refused:
        services.backups.restorer().run(checked)
    assert codes(refused) == ["restore_database_open"]


def test_checking_and_restoring_need_an_administrator(services):
    made = services.backups.back_up(BackupReason.DRIVE_CLOSE)
    sign_in_nurse(services)
    for attempt in (lambda: services.backups.check(made.path), services.backups.restorer):
        with pytest.raises(UserError) as refused:
            attempt()
        assert codes(refused) == ["role_required"]


def test_a_damaged_backup_is_refused_before_anything_is_restored(services, tmp_path):
    sign_in_admin(services)
    register_donors(services, 500)
    made = services.backups.back_up(BackupReason.MANUAL)
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(made.path.read_bytes())  # a closed backup file of ours, not a live one
    page = 4096
    for offset in range(3 * page, len(data) - page, 7 * page):
        data[offset + 8 : offset + 200] = os.urandom(192)
    damaged.write_bytes(bytes(data))
    with pytest.raises(UserError) as refused:
        services.backups.check(damaged)
    assert codes(refused)[0] in {"backup_damaged", "backup_unreadable"}
    not_a_database = tmp_path / "notes.sqlite3"
    not_a_database.write_text("hello")
    with pytest.raises(UserError) as refused:
        services.backups.check(not_a_database)
    assert codes(refused) == ["backup_unreadable"]


@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="needs the stock sqlite3 tool")
def test_a_backup_whose_audit_trail_was_altered_is_refused_with_the_broken_entry(
    services, tmp_path
):
    """Someone edits a backup's audit trail with the stock sqlite3 tool (the append-only
    triggers dropped): the restore's check finds the changed entry and restores nothing."""
    sign_in_admin(services)
    register_donors(services, 20)
    made = services.backups.back_up(BackupReason.MANUAL)
    altered = tmp_path / "altered.sqlite3"
    altered.write_bytes(made.path.read_bytes())  # a closed backup file, not a live one
    subprocess.run(
        ["sqlite3", str(altered), DROP_TRIGGERS + " UPDATE audit_log SET actor_name = 'X'"
         " WHERE rowid = (SELECT max(rowid) FROM audit_log);"],
        check=True,
    )  # fmt: skip
    with pytest.raises(UserError) as refused:
        services.backups.check(altered)
    assert codes(refused) == ["backup_chain_broken", "audit_chain_altered"]


def _encrypted_copy(plain, target, key: bytes) -> None:
    """An encrypted HMTN database made from a plain one with SQLCipher's own export."""
    conn = sqlite3.connect(str(plain))
    conn.execute(f"ATTACH DATABASE '{target}' AS enc KEY \"x'{key.hex()}'\"")
    conn.execute("SELECT sqlcipher_export('enc')")
    conn.execute(
        f"PRAGMA enc.application_id = {conn.execute('PRAGMA application_id').fetchone()[0]}"
    )
    conn.execute("DETACH DATABASE enc")
    conn.close()


def test_a_backup_of_an_encrypted_database_stays_encrypted_with_its_key_file(
    services, db_path, tmp_path
):
    sign_in_admin(services)
    register_donors(services, 4)
    session = services.session
    services.close()
    key = new_database_key()
    encrypted = tmp_path / "site.sqlite3"
    _encrypted_copy(db_path, encrypted, key)
    keys = KeyFile(key_file_path(encrypted))
    keys.escrow(str(pyrage.x25519.Identity.generate().to_public()), key)
    keys.save()

    def connect():
        conn = sqlite3.connect(str(encrypted))
        backup_copy.apply_key(conn, key)
        return Database(conn)

    db = connect()
    bus = EventBus()
    backups = BackupService(
        db, bus, session, SettingsService(db, bus, session), encrypted,
        connect=connect, open_database=lambda path: connect(), key=key,
    )  # fmt: skip
    made = backups.back_up(BackupReason.MANUAL)
    db.close()
    with (
        backup_copy.opened(made.path, None, read_only=True) as without_key,
        pytest.raises(sqlite3.DatabaseError),
    ):
        without_key.execute("SELECT count(*) FROM sqlite_master").fetchone()
    with backup_copy.opened(made.path, key, read_only=True) as with_key:
        assert backup_copy.integrity(with_key) == ["ok"]
        assert with_key.execute("SELECT count(*) FROM donor").fetchone()[0] == 4
    assert made.key_file.read_bytes() == key_file_path(encrypted).read_bytes()
    assert made.key_file.stat().st_mode & 0o777 == 0o600
