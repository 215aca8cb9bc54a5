"""This installation and the devices it knows are two tables: the one row of
``installation`` (upgraded from the old ``device`` row, keeping its identity) and the
devices of ``device``."""

import uuid

import pytest
from sqlite_utils import Database

from db import installation
from db.connection import APPLICATION_ID, open_database
from db.driver import sqlite3
from db.schema import migrations
from desktop.core.domain.vocabulary import InstallationRole


def test_an_old_databases_device_becomes_its_installation_with_a_new_incarnation(tmp_path):
    path = tmp_path / "old.sqlite3"
    db = Database(sqlite3.connect(path))
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.apply(db, stop_before="m0014_ident_installation")
    device = "01935b2e-0000-7000-8000-000000000001"
    db.execute(
        "INSERT INTO device (id, created_at, updated_at, device_id, change_seq, site_code,"
        " device_name, last_change_seq) VALUES (?, '2026-11-24T09:00:00Z',"
        " '2026-11-24T10:00:00Z', ?, 7, 'TTHH-HN', 'Bàn 1', 4321)",
        [device, device],
    )
    db.conn.commit()
    db.close()

    db = open_database(path)
    row = installation.current(db)
    assert (row["id"], row["device_id"], row["site_code"], row["device_name"]) == (
        device, device, "TTHH-HN", "Bàn 1",
    )  # fmt: skip
    assert (row["epoch"], row["role"], row["last_change_seq"]) == (0, InstallationRole.SITE, 4321)
    assert uuid.UUID(row["incarnation"]).version == 7
    assert db.execute("SELECT count(*) FROM device").fetchone() == (0,)  # known devices
    assert "signing_key" in {c[1] for c in db.execute("PRAGMA table_info('device')")}
    db.close()


def test_there_is_exactly_one_installation_row(db_path):
    db = open_database(db_path)
    row = installation.current(db)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO installation (id, created_at, updated_at, device_id, change_seq,"
            " incarnation) VALUES ('x', 'a', 'a', 'x', 1, 'i')"
        )
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("DELETE FROM installation")
    assert installation.current(db) == row
    assert uuid.UUID(row["device_id"]).version == 7
    db.close()
