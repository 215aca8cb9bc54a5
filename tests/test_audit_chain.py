"""The audit trail's hash chain: an edit, a deletion or an inserted row made with the
stock ``sqlite3`` tool (its append-only triggers dropped) is found, named by entry."""

import hashlib
import json
import subprocess
from pathlib import Path

import pytest

from db.audit_chain import CANONICAL_COLUMNS, GENESIS
from db.audit_verify import ChainBreak, verify
from db.connection import connect, open_database
from db.schema import migrations
from desktop.core.services import open_services
from tests.center_cli import hmtn
from tests.factories import DonorFactory
from tests.signin import key_of, raw_connection, secure

DROP_TRIGGERS = "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;"


def sqlite3_tool(path: Path, sql: str) -> None:
    """What someone at the laptop could do with the stock command-line tool."""
    subprocess.run(["sqlite3", str(path), sql], check=True, capture_output=True)


@pytest.fixture
def trail(db_path, donors, drive, services) -> Path:
    """A database with a few dozen audit entries, closed."""
    for name in (
        "Trần Thị Bình",
        "Lê Văn Cường",
        "Phạm Thị Dung",
        "Võ Văn Giang",
        "Đặng Thị Hoa",
        "Bùi Văn Khánh",
        "Đỗ Thị Lan",
        "Ngô Văn Minh",
    ):
        donors.register(name=name)
    services.close()
    return db_path


def entries(path: Path) -> list[dict]:
    db = open_database(path, key=key_of(path))
    try:
        return list(db.query("SELECT rowid, * FROM audit_log ORDER BY chain_seq"))
    finally:
        db.close()


def check(path: Path):
    db = open_database(path)
    try:
        return verify(db)
    finally:
        db.close()


def test_an_untouched_trail_is_intact_and_each_link_follows_the_written_form(trail):
    rows = entries(trail)
    report = check(trail)
    assert report.ok and report.broken == 0
    assert report.checked == len(rows) > 10
    assert [r["chain_seq"] for r in rows] == list(range(1, len(rows) + 1))
    previous = GENESIS
    for row in rows:  # the README's canonical form, recomputed here by hand
        body = json.dumps([row[c] for c in CANONICAL_COLUMNS], ensure_ascii=False,
                          separators=(",", ":")).encode()  # fmt: skip
        assert row["chain_hash"] == hashlib.sha256(bytes.fromhex(previous) + body).hexdigest()
        previous = row["chain_hash"]


def test_an_edited_entry_is_found(trail):
    victim = entries(trail)[5]
    sqlite3_tool(trail, f"{DROP_TRIGGERS} UPDATE audit_log SET actor_name = 'Người khác'"
                        f" WHERE id = '{victim['id']}';")  # fmt: skip
    report = check(trail)
    assert not report.ok
    assert report.first.why == ChainBreak.ALTERED
    assert report.first.entry_id == victim["id"]
    assert report.first.position == victim["chain_seq"]


def test_a_deleted_entry_is_found(trail):
    rows = entries(trail)
    sqlite3_tool(trail, f"{DROP_TRIGGERS} DELETE FROM audit_log WHERE id = '{rows[4]['id']}';")
    report = check(trail)
    assert report.first.why == ChainBreak.MISSING
    assert report.first.entry_id == rows[5]["id"]
    assert report.first.expected == rows[4]["chain_seq"]


def test_an_inserted_entry_is_found(trail):
    sqlite3_tool(
        trail,
        f"{DROP_TRIGGERS} INSERT INTO audit_log (id, at, device_id, change_seq, actor_name,"
        " action, table_name, record_id, note) SELECT 'forged', at, device_id, change_seq,"
        " actor_name, 'update', 'donor', record_id, 'backdated' FROM audit_log LIMIT 1;",
    )
    report = check(trail)
    assert report.first.why == ChainBreak.UNCHAINED
    assert report.first.entry_id == "forged"


def test_an_inserted_entry_with_a_copied_place_in_the_chain_is_found(trail):
    rows = entries(trail)
    sqlite3_tool(
        trail,
        "INSERT INTO audit_log (id, at, device_id, change_seq, actor_name, action, table_name,"
        " record_id, chain_device, chain_seq, chain_hash) SELECT 'forged', at, device_id,"
        " change_seq, actor_name, 'update', 'donor', record_id, chain_device, chain_seq,"
        f" chain_hash FROM audit_log WHERE id = '{rows[3]['id']}';",
    )
    report = check(trail)
    assert report.first.why in (ChainBreak.DUPLICATE, ChainBreak.ALTERED)
    assert report.first.position == rows[3]["chain_seq"]


def test_the_last_entries_deleted_are_found(trail):
    rows = entries(trail)
    sqlite3_tool(trail, f"{DROP_TRIGGERS} DELETE FROM audit_log WHERE chain_seq >= "
                        f"{rows[-2]['chain_seq']};")  # fmt: skip
    report = check(trail)
    assert report.first.why == ChainBreak.TRUNCATED
    assert report.first.expected == rows[-2]["chain_seq"]


def test_writing_goes_on_from_the_head(trail):
    services = open_services(trail)
    DonorFactory(services).register(name="Hoàng Văn Em", national_id="001090009999")
    services.close()
    report = check(trail)
    assert report.ok, report.first
    assert report.checked == len(entries(trail))


def test_an_upgrade_chains_the_entries_written_before(db_path):
    services = open_services(db_path)
    DonorFactory(services).register(name="Phạm Thị Dung")
    services.close()
    # the same trail as a database before the chain: its columns gone, the migration
    # pending again
    db = connect(db_path)
    before = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    db.close()
    sqlite3_tool(
        db_path,
        f"{DROP_TRIGGERS} DROP INDEX audit_log_chain;"
        " ALTER TABLE audit_log DROP COLUMN chain_device;"
        " ALTER TABLE audit_log DROP COLUMN chain_seq;"
        " ALTER TABLE audit_log DROP COLUMN chain_hash;"
        " ALTER TABLE installation DROP COLUMN audit_chain_seq;"
        " ALTER TABLE installation DROP COLUMN audit_chain_hash; DROP TABLE audit_anchor;"
        " ALTER TABLE center_import DROP COLUMN audit_chain;"
        " CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN"
        " SELECT RAISE(ABORT, 'audit_log is append-only'); END;"
        " CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN"
        " SELECT RAISE(ABORT, 'audit_log is append-only'); END;"
        " DELETE FROM _sqlite_migrations WHERE name = 'm0024_audit_chain';",
    )
    db = connect(db_path)
    assert migrations.pending(db)
    db.close()
    report = check(db_path)
    assert report.ok and report.checked == before


@pytest.mark.qt  # hmtn prints through Qt's translators
def test_the_command_says_intact_broken_or_not_checked(trail, tmp_path, capsys):
    secure(trail)  # a command opens only an encrypted database, signed in
    assert hmtn("audit", "verify", "--db", trail) == 0
    assert "Audit trail intact" in capsys.readouterr().out
    victim = entries(trail)[3]
    tool = raw_connection(trail)  # another program holding the key (the stock tool has none)
    tool.executescript(f"{DROP_TRIGGERS} UPDATE audit_log SET note = 'sửa lại'"
                       f" WHERE id = '{victim['id']}';")  # fmt: skip
    tool.close()
    assert hmtn("audit", "verify", "--db", trail) == 1
    out = capsys.readouterr().out
    assert "BROKEN" in out and victim["id"] in out
    assert f"Entry {victim['chain_seq']} of device" in out
    assert "call the provincial center" in out
    not_a_database = tmp_path / "notes.sqlite3"
    not_a_database.write_text("hello", encoding="utf-8")
    assert hmtn("audit", "verify", "--db", not_a_database) == 2
    assert "Traceback" not in capsys.readouterr().err
    assert hmtn("audit", "verify", "--db", tmp_path / "missing.sqlite3") == 2
