"""Audited writes: one transaction per action, who/when/what in the audit trail."""

import json
import uuid

import pytest

from db.records import Actor, write_transaction

CLERK = Actor(staff_id=None, name="Nguyễn Thị Lan")


def audit(services, record_id):
    return list(
        services.db.query(
            "SELECT * FROM audit_log WHERE record_id = ? ORDER BY change_seq", [record_id]
        )
    )


def test_insert_and_update_are_audited_with_old_and_new_values(services):
    with write_transaction(services.db, CLERK) as w:
        row = w.insert("staff", {"full_name": "Lê Thị Hoa", "role": "nurse"})
    with write_transaction(services.db, CLERK) as w:
        w.update("staff", row["id"], {"role": "doctor", "full_name": "Lê Thị Hoa"})
    entries = audit(services, row["id"])
    assert [e["action"] for e in entries] == ["insert", "update"]
    assert all(e["actor_name"] == "Nguyễn Thị Lan" for e in entries)
    assert json.loads(entries[0]["new_values"]) == {"full_name": "Lê Thị Hoa", "role": "nurse"}
    assert json.loads(entries[1]["old_values"]) == {"role": "nurse"}  # only what changed
    assert json.loads(entries[1]["new_values"]) == {"role": "doctor"}


def test_rows_get_uuid7_ids_and_increasing_change_numbers(services):
    with write_transaction(services.db, CLERK) as w:
        first = w.insert("staff", {"full_name": "A", "role": "clerk"})
        second = w.insert("staff", {"full_name": "B", "role": "clerk"})
    assert uuid.UUID(first["id"]).version == 7
    assert first["id"] < second["id"]
    assert first["change_seq"] < second["change_seq"]
    device = services.db.execute("SELECT device_id FROM installation").fetchone()[0]
    assert first["device_id"] == second["device_id"] == device


def test_a_failed_action_leaves_no_trace(services):
    before = services.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(RuntimeError), write_transaction(services.db, CLERK) as w:
        w.insert("staff", {"full_name": "Không lưu", "role": "clerk"})
        raise RuntimeError("power cut")
    assert (
        services.db.execute("SELECT count(*) FROM staff WHERE full_name = 'Không lưu'").fetchone()[
            0
        ]
        == 0
    )
    assert services.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before


def test_an_unchanged_update_writes_nothing(services):
    with write_transaction(services.db, CLERK) as w:
        row = w.insert("staff", {"full_name": "C", "role": "clerk"})
    with write_transaction(services.db, CLERK) as w:
        w.update("staff", row["id"], {"role": "clerk"})
    assert len(audit(services, row["id"])) == 1


@pytest.mark.qt  # the plain words come from desktop.app, translated by Qt
def test_a_busy_database_is_reported_plainly_and_nothing_is_written(
    services, drive, donors, translators
):
    from db.connection import connect
    from db.records import DatabaseBusy
    from desktop.app import error_text
    from desktop.core.domain.problems import UserError
    from ui.messages import problems_text

    donor = donors.register()
    other = connect(services.path)  # e.g. a registry import from the command line
    other.execute("BEGIN IMMEDIATE")
    services.db.execute("PRAGMA busy_timeout = 50")
    try:
        with pytest.raises(UserError) as refused:  # the check-in desk says so in its line
            services.checkin.check_in(drive, donor)
        with pytest.raises(DatabaseBusy) as busy:  # any other write: the last-resort handler
            services.staff.add("Lê Thị Hoa", "nurse")
    finally:
        other.rollback()
        other.close()
    assert services.db.execute("SELECT count(*) FROM visit").fetchone()[0] == 0
    assert problems_text(refused.value.problems).startswith("Cơ sở dữ liệu đang bận")
    assert error_text(busy.value, services.path).startswith("Cơ sở dữ liệu đang bận")


def test_a_full_disk_is_reported_as_such_and_nothing_is_written(services, drive, donors):
    from desktop.core.domain.problems import UserError

    pages = services.db.execute("PRAGMA page_count").fetchone()[0]
    services.db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk is full"
    checked_in = 0
    with pytest.raises(UserError) as refused:
        for _ in range(500):  # until a page more is needed
            services.checkin.check_in(drive, donors.register())
            checked_in += 1
    assert refused.value.problems[0].code == "disk_full"
    assert services.db.execute("SELECT count(*) FROM visit").fetchone()[0] == checked_in
    assert services.db.execute("PRAGMA quick_check").fetchone() == ("ok",)
