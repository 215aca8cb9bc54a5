"""Origin stamps and bases: what a device changed, and from which version it started."""

import datetime as dt

import pytest

from db import origins
from db.connection import connect, open_database
from db.merge_writer import MergeWriter
from db.records import Actor, write_transaction
from db.schema import MIGRATION_NAMES, migrations
from desktop.core.domain.audit_notes import parse_note
from desktop.core.lifecycle.counters import recompute_counters
from desktop.core.stations.donors import DonorForm
from tests.factories import MALE, cccd_for, registry_row, write_registry

CLERK = Actor(staff_id=None, name="Nguyễn Thị Lan")


def device_and_mark(services) -> tuple[str, int]:
    """This device's id and a mark: every change after it is "since the mark"."""
    with write_transaction(services.db, CLERK) as w:
        return w.device_id, w.reserve_seqs()


def changed_since(services, table: str, device_id: str, mark: int) -> set[str]:
    """Every record created or changed on this device since the mark (the export's
    question)."""
    return {
        row[0]
        for row in services.db.execute(
            f"SELECT id FROM {table} WHERE device_id = ? AND change_seq > ?", [device_id, mark]
        )
    }


def registry_rows(n: int) -> list[dict[str, str]]:
    birth = dt.date(1988, 3, 9)
    return [
        registry_row(
            national_id=cccd_for(birth, MALE, i + 1),
            full_name=f"Trần Văn Bình {i}",
            birth_date="09/03/1988",
            sex="Nam",
            phone=f"09123{i:05d}",
        )
        for i in range(n)
    ]


def audit_of(services, record_id: str) -> list[dict]:
    return list(
        services.db.query("SELECT * FROM audit_log WHERE record_id = ? ORDER BY rowid", [record_id])
    )


def test_an_update_keeps_the_stamp_the_row_had_before_it(services):
    with write_transaction(services.db, CLERK) as w:
        row = w.insert("staff", {"full_name": "Lê Thị Hoa", "role": "nurse"})
    with write_transaction(services.db, CLERK) as w:
        changed = w.update("staff", row["id"], {"role": "doctor"})
    with write_transaction(services.db, CLERK) as w:
        w.update("staff", row["id"], {"role": "clerk"})
    entries = audit_of(services, row["id"])
    assert [e["base"] for e in entries] == [
        None,  # an insert has no base
        f"{row['device_id']}:{row['change_seq']}",
        f"{changed['device_id']}:{changed['change_seq']}",
    ]


def test_a_registry_load_is_no_local_change_and_a_later_edit_is(services, tmp_path):
    """A 1,000-row registry, then a clerk completes one donor's numbers: "changed on
    this device since the mark" is exactly that donor, and its base is the registry's."""
    device_id, mark = device_and_mark(services)
    rows = registry_rows(999)
    rows.append(registry_row(national_id="", old_id="123456789", full_name="Lê Văn Tám"))
    report = services.registry.import_file(write_registry(tmp_path / "r.csv", rows))
    assert report.ok and report.inserted == 1000
    assert changed_since(services, "donor", device_id, mark) == set()

    found = services.donors.lookup("123456789").exact
    form = DonorForm(
        national_id=cccd_for(dt.date(1990, 5, 17), MALE, 77),
        old_id="123456789",
        full_name="Lê Văn Tám",
        birth_date="17/05/1990",
        sex=MALE,
    )
    services.donors.adopt_ids(found, form)
    assert changed_since(services, "donor", device_id, mark) == {found.id}
    assert origins.base(services.db, "donor", found.id, device_id, 0) == "registry:0"

    # the audit: one entry for the load naming the file, none for each donor it added
    loads = services.db.execute(
        "SELECT action, note FROM audit_log WHERE record_id = '*' AND action = ?",
        ["registry_import"],
    ).fetchall()
    assert len(loads) == 1 and parse_note(loads[0][1])[1]["file"] == "r.csv"


def test_a_registry_update_keeps_the_registry_stamp_unless_the_donor_changed_here(
    services, tmp_path
):
    """A second registry with new phone numbers: donors only the center knows keep the
    registry's stamp; the one completed here becomes a new version of this device (its
    local change must not hide behind the registry's stamp), based on its own."""
    rows = registry_rows(20)
    services.registry.import_file(write_registry(tmp_path / "r1.csv", rows))
    mine = services.donors.lookup(rows[0]["national_id"]).exact
    with write_transaction(services.db, CLERK) as w:
        edited = w.update("donor", mine.id, {"address": "Số 5 Hàng Bài"})
    device_id, mark = device_and_mark(services)

    for i, row in enumerate(rows):
        row["phone"] = f"09880{i:05d}"
    report = services.registry.import_file(write_registry(tmp_path / "r2.csv", rows))
    assert report.updated == 20
    assert changed_since(services, "donor", device_id, mark) == {mine.id}
    stamps = services.db.execute(
        "SELECT device_id, change_seq, count(*) FROM donor WHERE id <> ? GROUP BY 1, 2",
        [mine.id],
    ).fetchall()
    assert stamps == [("registry", 0, 19)]
    updates = services.db.execute(
        "SELECT device_id, change_seq, base, note FROM audit_log"
        " WHERE action = 'registry_import' AND record_id <> '*' AND record_id <> ?",
        [mine.id],
    ).fetchall()
    assert {(d, s, b, n) for d, s, b, n in updates} == {("registry", 0, "registry:0", "r2.csv")}
    # the base of what this device sends: the stamp before its first change (its edit)
    assert origins.base(services.db, "donor", mine.id, device_id, 0) == "registry:0"
    last = audit_of(services, mine.id)[-1]
    assert last["base"] == f"{device_id}:{edited['change_seq']}"


def test_the_base_starts_again_after_a_merge_and_within_the_epoch(services):
    with write_transaction(services.db, CLERK) as w:
        device_id = w.device_id
        created = w.insert("staff", {"full_name": "Lê Thị Hoa", "role": "nurse"})
        w.update("staff", created["id"], {"role": "doctor"})
    assert origins.base(services.db, "staff", created["id"], device_id, 0) is None  # made here

    other = {**created, "device_id": "other-device", "change_seq": 42, "role": "clerk"}
    with write_transaction(services.db, CLERK) as w:
        MergeWriter(w, "HN01-00000001-00001.hmtn.age").merge_rows("staff", [other])
    assert origins.base(services.db, "staff", created["id"], device_id, 0) is None  # no change

    with write_transaction(services.db, CLERK) as w:
        w.update("staff", created["id"], {"role": "nurse"})
        w.update("staff", created["id"], {"full_name": "Lê Thị Hoa B"})
    assert origins.base(services.db, "staff", created["id"], device_id, 0) == "other-device:42"

    # a restored laptop's new epoch: its changes start again from what the row was
    with write_transaction(services.db, CLERK) as w:
        before = w.get("staff", created["id"])
        w.reserve_seqs(origins.EPOCH_SPAN - before["change_seq"])  # into epoch 1
        w.update("staff", created["id"], {"role": "clerk"})
    assert origins.base(services.db, "staff", created["id"], device_id, 1) == (
        f"{device_id}:{before['change_seq']}"
    )
    assert origins.base(services.db, "staff", created["id"], device_id, 0) == "other-device:42"


def test_the_bases_of_a_thousand_records_take_one_query(services):
    """An export of a day of 1,000 visits reads the bases of a table in one query."""
    with write_transaction(services.db, CLERK) as w:
        device_id = w.device_id
        rows = w.insert_many(
            "staff", [{"full_name": f"Người {i}", "role": "clerk"} for i in range(1000)]
        )
        for row in rows[::2]:
            w.update("staff", row["id"], {"role": "nurse"})
    ids = [row["id"] for row in rows]
    merged = {**rows[1], "device_id": "other-device", "change_seq": 7}
    with write_transaction(services.db, CLERK) as w:
        MergeWriter(w, "f").merge_rows("staff", [merged])
        w.update("staff", rows[1]["id"], {"role": "doctor"})

    statements = []
    services.db.conn.set_trace_callback(statements.append)
    try:
        found = origins.bases(services.db, "staff", ids, device_id, 0)
    finally:
        services.db.conn.set_trace_callback(None)
    assert len([s for s in statements if "audit_log" in s]) == 1
    assert found[rows[1]["id"]] == "other-device:7"
    assert all(found[i] is None for i in ids if i != rows[1]["id"])  # all made here


def test_the_bases_look_up_each_record_in_its_own_entries(services):
    """Each wanted record is found through the index of a record's audit entries, never
    by reading the whole epoch of this device's entries for each of them (what SQLite
    chose without statistics: an export of 500 donations took seconds)."""
    plan = services.db.execute(
        "EXPLAIN QUERY PLAN " + origins._BASES,
        {"ids": "[]", "table": "visit", "device": "d", "merge": "merge", "low": 0, "high": 9},
    ).fetchall()
    searches = [row[3] for row in plan if " a USING " in row[3]]
    assert len(searches) == 2
    assert all("INDEX audit_log_record " in search for search in searches), searches


@pytest.mark.parametrize("epoch", [0, 3])
def test_epoch_ranges_do_not_overlap(epoch):
    low, high = origins.epoch_range(epoch)
    assert (low, high + 1) == (epoch * 10**12, (epoch + 1) * 10**12)


def test_the_upgrade_gives_registry_loads_the_registry_stamp_and_keeps_the_history(db_path):
    """A database of before: two registry donors (one completed at the desk later), a
    drive donor, and one donation held here. After the upgrade the untouched registry
    donor carries the registry's stamp, the others keep theirs, and recomputing the
    counters from the kept baselines changes nothing."""
    db = connect(db_path)
    db.execute("PRAGMA application_id = 1213027406")
    migrations.apply(db, stop_before="m0011_origin_audit_base")
    db.execute(f"PRAGMA user_version = {MIGRATION_NAMES.index('m0011_origin_audit_base')}")
    now = "2026-11-24T08:00:00Z"
    stamp = [now, now, "dev1"]
    bookkeeping = "id, created_at, updated_at, device_id, change_seq"
    donor = (
        f"INSERT INTO donor ({bookkeeping}, full_name, name_folded, birth_date, sex, source,"
        " donation_count, last_donation_date, last_donation_type)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, '1990-01-01', 'M', ?, ?, ?, ?)"
    )
    db.execute(donor, ["d-untouched", *stamp, 5, "A", "a", "registry", 3, "2026-03-01", "plasma"])
    db.execute(donor, ["d-completed", *stamp, 9, "B", "b", "registry", 4, "2026-11-24",
                       "whole_blood"])  # fmt: skip
    db.execute(donor, ["d-walk-in", *stamp, 7, "C", "c", "drive", 0, None, None])
    audit = (
        "INSERT INTO audit_log (id, at, device_id, change_seq, actor_name, action,"
        " table_name, record_id, old_values, new_values) VALUES (?, ?, 'dev1', ?, 'x', ?,"
        " 'donor', ?, ?, ?)"
    )
    db.execute(audit, ["a1", now, 6, "registry_import", "d-untouched", "{}", '{"phone":"1"}'])
    db.execute(audit, ["a2", now, 7, "insert", "d-walk-in", None, "{}"])
    db.execute(audit, ["a3", now, 9, "update", "d-completed", "{}", '{"donation_count":4}'])
    db.execute(
        f"INSERT INTO drive ({bookkeeping}, code, drive_date, place_name, province_code,"
        " province_name, ward_code, ward_name, organizer, campaign, target_units)"
        " VALUES ('r1', ?, ?, ?, 8, 'HM261124', '2026-11-24', 'p', '1', 'p', 'w', 'w', 'o',"
        " 'c', 10)",
        stamp,
    )
    db.execute(
        f"INSERT INTO visit ({bookkeeping}, drive_id, donor_id, queue_no, checked_in_at,"
        " status) VALUES ('v1', ?, ?, ?, 8, 'r1', 'd-completed', 1, ?, 'donated')",
        [*stamp, now],
    )
    history = '{"last_donation_date": "2026-03-01", "last_donation_type": "whole_blood",'
    db.execute(
        f"INSERT INTO donation ({bookkeeping}, visit_id, donor_id, outcome,"
        " donor_history_before) VALUES ('n1', ?, ?, ?, 9, 'v1', 'd-completed', 'complete', ?)",
        [*stamp, history + ' "donation_count": 3}'],
    )
    db.close()

    db = open_database(db_path)
    stamps = dict(db.execute("SELECT id, device_id || ':' || change_seq FROM donor"))
    assert stamps == {"d-untouched": "registry:0", "d-completed": "dev1:9", "d-walk-in": "dev1:7"}
    baselines = {
        row[0]: row[1:]
        for row in db.execute(
            "SELECT id, registry_donation_count, registry_last_donation_date,"
            " registry_last_donation_type FROM donor"
        )
    }
    assert baselines == {
        "d-untouched": (3, "2026-03-01", "plasma"),
        "d-completed": (3, "2026-03-01", "whole_blood"),  # before the donation held here
        "d-walk-in": (0, None, None),
    }
    with db.atomic():
        assert recompute_counters(db, list(stamps)) == 0
    db.close()


def test_a_registry_change_to_a_merged_row_is_a_local_version(services, tmp_path):
    """A donor whose version came from another device (merged here): the registry's
    change on top of it is this device's version, based on the merged one."""
    row = registry_rows(1)[0]
    services.registry.import_file(write_registry(tmp_path / "r1.csv", [row]))
    donor = services.donors.lookup(row["national_id"]).exact
    held = services.db.execute("SELECT * FROM donor WHERE id = ?", [donor.id]).fetchone()
    columns = [c[0] for c in services.db.execute("SELECT * FROM donor LIMIT 0").description]
    received = {**dict(zip(columns, held, strict=True)), "device_id": "other", "change_seq": 5}
    received["address"] = "Số 9 Phố Huế"
    with write_transaction(services.db, CLERK) as w:
        MergeWriter(w, "f").merge_rows("donor", [received])
    device_id, mark = device_and_mark(services)
    row["phone"] = "0988000111"
    services.registry.import_file(write_registry(tmp_path / "r2.csv", [row]))
    assert changed_since(services, "donor", device_id, mark) == {donor.id}
    assert origins.base(services.db, "donor", donor.id, device_id, 0) == "other:5"
