"""Opening databases: pragmas, identity, and files that must be refused untouched."""

import hashlib
import os
import subprocess
from pathlib import Path

import pytest

from db.connection import KEY_BYTES, DatabaseRefused, connect, open_database
from db.driver import sqlite3
from db.schema import MIGRATION_NAMES, MIGRATION_SET, migrations

TABLES = ("installation", "device", "setting", "staff", "drive", "donor", "visit", "screening",
          "donation", "certificate")  # fmt: skip
STANDARD = ("id", "created_at", "updated_at", "device_id", "change_seq")


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def test_every_connection_uses_the_safe_pragmas(db_path):
    open_database(db_path).close()
    db = connect(db_path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_a_connection_keeps_64_mib_of_decrypted_pages(tmp_path):
    """SQLite's default cache (2 MiB) made an encrypted database decrypt the same index
    pages again at every name search (benchmarks/encryption.py)."""
    path = tmp_path / "encrypted.sqlite3"
    key = bytes(range(KEY_BYTES))
    open_database(path, key=key).close()
    db = connect(path, key)
    try:
        assert db.execute("PRAGMA cache_size").fetchone()[0] == -64 * 1024  # KiB
    finally:
        db.close()


def test_every_workflow_table_has_the_merge_columns(db_path):
    db = open_database(db_path)
    for table in TABLES:
        columns = db[table].columns_dict
        for column in STANDARD:
            assert column in columns, (table, column)
        assert db[table].pks == ["id"]


def test_device_id_is_made_once(db_path):
    first = open_database(db_path)
    device_id = first.execute("SELECT device_id FROM installation").fetchone()[0]
    first.close()
    again = open_database(db_path)
    assert again.execute("SELECT device_id FROM installation").fetchall() == [(device_id,)]
    assert len(device_id) == 36


def test_audit_log_refuses_update_and_delete(services, drive):
    db = services.db
    assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] > 0
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE audit_log SET actor_name = 'someone else'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("DELETE FROM audit_log")


def _newer_schema_database(path: Path) -> None:
    db = open_database(path)
    db["_sqlite_migrations"].insert(
        {"migration_set": MIGRATION_SET, "name": "m9999_from_the_future", "applied_at": "x"}
    )
    db.execute(f"PRAGMA user_version = {len(MIGRATION_NAMES) + 1}")
    db.close()


def test_newer_schema_is_refused_and_left_untouched(db_path):
    _newer_schema_database(db_path)
    before = fingerprint(db_path)
    with pytest.raises(DatabaseRefused) as refused:
        open_database(db_path)
    assert refused.value.reason == "newer_schema"
    assert fingerprint(db_path) == before
    assert not Path(f"{db_path}-wal").exists() or Path(f"{db_path}-wal").stat().st_size == 0


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("Danh sách người hiến máu\n", encoding="utf-8")
    before = fingerprint(path)
    with pytest.raises(DatabaseRefused) as refused:
        open_database(path)
    assert refused.value.reason == "not_sqlite"
    assert fingerprint(path) == before


def test_another_programs_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    before = fingerprint(path)
    with pytest.raises(DatabaseRefused) as refused:
        open_database(path)
    assert refused.value.reason == "not_hmtn"
    assert fingerprint(path) == before


def test_a_damaged_database_is_refused(db_path):
    db = open_database(db_path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    db.close()
    data = bytearray(db_path.read_bytes())
    for offset in range(page_size * 2, len(data), page_size):  # scramble every page after 2
        data[offset : offset + 64] = b"\xff" * 64
    db_path.write_bytes(bytes(data))
    before = fingerprint(db_path)
    with pytest.raises(DatabaseRefused) as refused:
        open_database(db_path)
    assert refused.value.reason == "damaged"
    assert fingerprint(db_path) == before


def test_an_empty_file_becomes_a_new_database(db_path):
    db_path.touch()
    db = open_database(db_path)
    assert db.execute("PRAGMA application_id").fetchone()[0] == 0x484D544E


def test_an_upgrade_moves_the_certificate_key_out_of_the_audited_settings(db_path):
    db = connect(db_path)
    db.execute("PRAGMA application_id = 1213027406")
    migrations.apply(db, stop_before="m0005_ticket_and_unit_history")
    db.execute("PRAGMA user_version = 4")
    db.execute(
        "INSERT INTO setting (id, created_at, updated_at, device_id, change_seq, key, value)"
        " VALUES ('s1', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'd', 1,"
        " 'certificate_key', 'ab12')"
    )
    db.close()
    db = open_database(db_path)
    assert db.execute("SELECT value FROM secret WHERE name = 'certificate_key'").fetchone() == (
        "ab12",
    )
    assert (
        db.execute("SELECT count(*) FROM setting WHERE key = 'certificate_key'").fetchone()[0] == 0
    )
    db.close()


def test_a_locked_database_is_not_called_damaged(db_path, monkeypatch):
    """Another program holding the file is no reason to restore a backup over it."""
    open_database(db_path).close()
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("UPDATE installation SET site_code = site_code")
    monkeypatch.setattr("db.connection.BUSY_TIMEOUT_MS", 100)
    try:
        with pytest.raises(DatabaseRefused) as refused:
            open_database(db_path)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert refused.value.reason == "locked"
    open_database(db_path).close()


@pytest.fixture
def read_only():
    """Make a file read-only for real, also for root (CI runs as root): chattr +i."""
    made: list[Path] = []

    def make(path: Path) -> None:
        if os.geteuid() != 0:
            path.chmod(0o444)
        elif subprocess.run(["chattr", "+i", path], check=False, capture_output=True).returncode:
            pytest.skip("no way to make a file read-only for root here (chattr)")
        made.append(path)

    yield make
    for path in made:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        path.chmod(0o644)


def test_a_read_only_database_is_not_called_damaged(db_path, read_only):
    open_database(db_path).close()
    read_only(db_path)
    before = fingerprint(db_path)
    with pytest.raises(DatabaseRefused) as refused:
        open_database(db_path)
    assert refused.value.reason == "read_only"
    assert fingerprint(db_path) == before


def test_a_missing_database_is_created_only_when_asked(tmp_path):
    path = tmp_path / "typo.sqlite3"
    with pytest.raises(DatabaseRefused) as refused:
        open_database(path, create=False)
    assert refused.value.reason == "missing"
    assert not path.exists()
    open_database(path).close()
    open_database(path, create=False).close()
