"""The center's merge of the rows of export files: rows as received, idempotent, a
reused stamp rejects the file, a cancel leaves nothing."""

import datetime as dt

import pytest

from desktop.core.exchange.merge import MERGE_ORDER, MergeRejected, merge_rows
from desktop.core.foundation.progress import Cancelled, Progress
from tests.center_sites import Center, Site

EXCHANGED = [t for t in MERGE_ORDER if t != "audit_log"]
NAMES = ["", "Nguyễn Văn An", "Trần Thị Bích", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em"]


@pytest.fixture
def site(tmp_path):
    site = Site(tmp_path / "a.sqlite3", "HN01", "A1001")
    yield site
    site.close()


@pytest.fixture
def center(tmp_path):
    center = Center(tmp_path / "center.sqlite3")
    yield center
    center.close()


def table_rows(db, table: str, device_id: str) -> list[dict]:
    return list(db.query(f'SELECT * FROM "{table}" WHERE device_id = ? ORDER BY id', [device_id]))


def test_a_sites_records_arrive_as_they_were_stored(site, center):
    donor = site.register("Phạm Văn Đức", dt.date(1990, 5, 15), 1)
    site.give_blood(donor, certificate=True)
    rows, _ = site.export()
    report = center.merge("HN01-a-00001.hmtn.age", rows)
    for table in EXCHANGED:
        mine = table_rows(site.services.db, table, site.device_id)
        assert table_rows(center.services.db, table, site.device_id) == mine, table
        assert report.counts(table).new == len(mine), table
    assert report.counts("audit_log").new == len(rows["audit_log"])
    merged = center.services.donors.get(donor.id)
    assert (merged.donation_count, merged.last_donation_date) == (1, site.drive.drive_date)
    # the center audits what it wrote as a merge, naming the file and the version
    notes = center.query(
        "SELECT DISTINCT note FROM audit_log WHERE action = 'merge' AND record_id = ?", [donor.id]
    )
    stored = center.services.db.execute(
        "SELECT device_id, change_seq FROM donor WHERE id = ?", [donor.id]
    ).fetchone()
    assert notes == [(f"HN01-a-00001.hmtn.age {stored[0]}:{stored[1]}",)]
    assert center.query("SELECT count(*) FROM quarantine")[0][0] == 0


def snapshot(center) -> dict[str, list]:
    db = center.services.db
    shown = {}
    for table in EXCHANGED:
        shown[table] = list(db.query(f'SELECT * FROM "{table}" ORDER BY id'))
    return shown


def test_the_same_file_twice_changes_nothing(site, center):
    site.give_blood(site.register("Phạm Văn Đức", dt.date(1990, 5, 15), 1))
    rows, _ = site.export()
    center.merge("first", rows)
    before = snapshot(center)
    report = center.merge("again", rows)
    assert snapshot(center) == before
    assert report.totals.new == report.totals.updated == report.totals.conflicting == 0
    assert report.totals.unchanged == sum(len(r) for r in rows.values())


def test_a_stamp_seen_with_other_content_rejects_the_file_and_writes_nothing(site, center):
    site.give_blood(site.register("Phạm Văn Đức", dt.date(1990, 5, 15), 1))
    rows, _ = site.export()
    center.merge("first", rows)
    before = snapshot(center)
    audit = center.query("SELECT count(*) FROM audit_log")
    forged = {t: [dict(r) for r in found] for t, found in rows.items()}
    forged["donation"][0]["volume_ml"] = 250  # same stamp, other content
    with pytest.raises(MergeRejected) as rejected:
        center.merge("forged", forged)
    assert rejected.value.problem.code == "merge_stamp_reused"
    assert rejected.value.problem.params["table"] == "donation"
    assert snapshot(center) == before
    assert center.query("SELECT count(*) FROM audit_log") == audit


def test_a_cancelled_merge_leaves_nothing(site, center):
    for serial in range(1, 4):
        site.give_blood(site.register(NAMES[serial], dt.date(1990, 5, serial), serial))
    rows, _ = site.export()
    before = snapshot(center)
    steps = []

    def cancel_at_donations() -> bool:
        return len(steps) >= 6

    progress = Progress(lambda phase, done, total: steps.append(done), cancel_at_donations)
    s = center.services
    with pytest.raises(Cancelled):
        merge_rows(s.db, s.session.actor, "f", rows, rules=s.rules.current, progress=progress)
    assert snapshot(center) == before
    assert center.query("SELECT count(*) FROM record_version") == [(0,)]


@pytest.mark.parametrize(
    "hostile",
    [
        {"audit_log": [{"id": "x", 'action") VALUES (1) --': 1}]},  # a column that is none
        {"donor": [{"device_id": "d", "change_seq": 1}]},  # no id
        {"donor": [{"id": ["a"], "device_id": "d", "change_seq": 1}]},  # an id that is a list
        {"visit": [{"id": "v", "device_id": "d", "change_seq": 1, "note": {"a": 1}}]},
        {"visit": [{"id": "v", "device_id": "d", "change_seq": 1, "queue_no": 2**70}]},
        {"donor": ["not an object"]},
        {"visit": [{"id": "v", "device_id": "d", "change_seq": float("inf")}]},  # Infinity
    ],
)
def test_a_record_not_shaped_as_the_tables_rows_rejects_the_file_with_nothing_written(
    site, center, hostile
):
    """A file signed by an enrolled device is still refused, with its reason, when a
    record is not a row of its table: never an error from the database."""
    site.give_blood(site.register("Phạm Văn Đức", dt.date(1990, 5, 15), 1))
    rows, _ = site.export()
    before = snapshot(center)
    audit = center.query("SELECT count(*) FROM audit_log")
    with pytest.raises(MergeRejected) as refused:
        center.merge("hostile", {**rows, **{t: rows.get(t, []) + r for t, r in hostile.items()}})
    assert refused.value.problem.code == "merge_refused_by_schema"
    assert snapshot(center) == before
    assert center.query("SELECT count(*) FROM audit_log") == audit
