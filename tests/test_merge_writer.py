"""The merge write path: another device's rows written as received, audited as a merge."""

import datetime as dt
import json

import pytest

from db.driver import sqlite3
from db.merge_writer import MergeWriter
from db.records import write_transaction
from desktop.core.domain import places
from desktop.core.stations.drives import DriveForm
from tests.factories import MALE, DonorFactory
from tests.people import open_signed_in

SOURCE = "HN01-0190abcd-00003.hmtn.age"


@pytest.fixture
def laptop(tmp_path):
    """Another installation, where the rows come from."""
    services = open_signed_in(tmp_path / "laptop.sqlite3")
    yield services
    services.close()


def rows_of(services, table: str) -> list[dict]:
    return list(services.db.query(f"SELECT * FROM {table} ORDER BY id"))


def merge(services, table: str, rows: list[dict]):
    with write_transaction(services.db, services.session.actor) as w:
        return MergeWriter(w, SOURCE).merge_rows(table, rows)


def merge_entries(services) -> list[dict]:
    return list(services.db.query("SELECT * FROM audit_log WHERE action = 'merge' ORDER BY rowid"))


def test_a_merged_row_keeps_its_origin_and_is_audited_as_a_merge(services, laptop):
    donor = DonorFactory(laptop).register("Phạm Văn Đức", dt.date(1990, 5, 15), MALE)
    [received] = [r for r in rows_of(laptop, "donor") if r["id"] == donor.id]
    counts = merge(services, "donor", [received])
    assert (counts.new, counts.updated, counts.unchanged) == (1, 0, 0)
    [held] = [r for r in rows_of(services, "donor") if r["id"] == donor.id]
    assert held == received  # every column, the laptop's stamp and timestamps included
    assert held["device_id"] != services.settings.device().device_id

    [entry] = merge_entries(services)
    with write_transaction(services.db, services.session.actor) as w:
        here, next_seq = w.device_id, w.reserve_seqs()
    assert (entry["device_id"], entry["table_name"], entry["record_id"]) == (
        here,
        "donor",
        donor.id,
    )
    assert entry["change_seq"] < next_seq  # a number of this installation's own
    assert entry["note"] == f"{SOURCE} {received['device_id']}:{received['change_seq']}"
    assert entry["actor_name"] == services.session.actor.name
    assert entry["base"] is None
    # the merged donor is found like any other
    assert services.donors.lookup("pham van duc").donors[0].id == donor.id


def test_merging_the_same_row_again_writes_nothing(services, laptop):
    DonorFactory(laptop).register("Phạm Văn Đức", dt.date(1990, 5, 15), MALE)
    received = rows_of(laptop, "donor")
    merge(services, "donor", received)
    before = services.db.execute("SELECT count(*), max(rowid) FROM audit_log").fetchone()
    counts = merge(services, "donor", received)
    assert (counts.new, counts.updated, counts.unchanged) == (0, 0, 1)
    assert services.db.execute("SELECT count(*), max(rowid) FROM audit_log").fetchone() == before


def test_a_newer_version_replaces_the_row_in_place(services, laptop):
    donor = DonorFactory(laptop).register("Phạm Văn Đức", dt.date(1990, 5, 15), MALE)
    first = rows_of(laptop, "donor")
    merge(services, "donor", first)
    with write_transaction(laptop.db, laptop.session.actor) as w:
        w.update("donor", donor.id, {"phone": "0912000111", "full_name": "Phạm Văn Đạt",
                                     "name_folded": "pham van dat"})  # fmt: skip
    newer = rows_of(laptop, "donor")
    counts = merge(services, "donor", newer)
    assert (counts.new, counts.updated) == (0, 1)
    assert rows_of(services, "donor") == newer
    entry = merge_entries(services)[-1]
    assert entry["base"] == f"{first[0]['device_id']}:{first[0]['change_seq']}"
    assert set(json.loads(entry["new_values"])) == {
        "phone",
        "full_name",
        "name_folded",
    }
    # the name index follows the row (an update in place, not a delete and insert)
    assert services.donors.lookup("pham van dat").donors[0].id == donor.id
    assert services.donors.lookup("pham van duc").donors == []


def test_tables_merge_in_any_order_and_foreign_keys_are_checked_at_commit(services, laptop):
    hanoi = places.province("1")
    ward = next(iter(places.wards(hanoi.code)))
    drive = laptop.drives.create(
        DriveForm(code="HM261124B", drive_date="24/11/2026", place_name="Trường THPT",
                  province_code=hanoi.code, ward_code=ward.code, organizer="Hội",
                  campaign="chu_nhat_do", target_units="10")
    )  # fmt: skip
    donor = DonorFactory(laptop).register("Phạm Văn Đức", dt.date(1990, 5, 15), MALE)
    laptop.checkin.check_in(drive, donor)
    with write_transaction(services.db, services.session.actor) as w:
        merger = MergeWriter(w, SOURCE)
        for table in ("visit", "donor", "drive", "staff"):  # children first
            merger.merge_rows(table, rows_of(laptop, table))
    assert rows_of(services, "visit") == rows_of(laptop, "visit")

    orphan = {**rows_of(laptop, "visit")[0], "id": "0190aaaa-0000-7000-8000-000000000001",
              "donor_id": "0190aaaa-0000-7000-8000-00000000dead", "queue_no": 2}  # fmt: skip
    with pytest.raises(sqlite3.IntegrityError):
        merge(services, "visit", [orphan])
    assert len(rows_of(services, "visit")) == 1  # nothing of it was written


def test_received_audit_rows_are_kept_as_they_are_and_stay_append_only(services, laptop):
    DonorFactory(laptop).register("Phạm Văn Đức", dt.date(1990, 5, 15), MALE)
    received = rows_of(laptop, "audit_log")
    with write_transaction(services.db, services.session.actor) as w:
        assert MergeWriter(w, SOURCE).merge_audit(received) == len(received)
    with write_transaction(services.db, services.session.actor) as w:
        assert MergeWriter(w, SOURCE).merge_audit(received) == 0
    held = {r["id"]: r for r in rows_of(services, "audit_log")}
    assert all(held[r["id"]] == r for r in received)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        services.db.execute("UPDATE audit_log SET note = 'x' WHERE id = ?", [received[0]["id"]])


def test_local_bookkeeping_and_annotations_are_not_taken_from_a_file(services, laptop):
    DonorFactory(laptop).register("Phạm Văn Đức", dt.date(1990, 5, 15), MALE)
    [row] = rows_of(laptop, "donor")
    merge(services, "donor", [{**row, "staged_import": 7, "_base": "registry:0"}])
    [held] = rows_of(services, "donor")
    assert held["staged_import"] is None
    assert services.donors.count() == 1  # seen, not held back as a staged import's
