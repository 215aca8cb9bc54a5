"""Donations in the chair: written when the DIN is scanned or the start time set, so
nothing is lost by opening another donor, closing the window or a crash; ended by
recording the unit, or abandoned with a reason."""

import pytest

from desktop.core.domain.problems import UserError
from desktop.core.stations.screening import DoctorDecision
from tests.people import open_signed_in
from tests.test_collection import HEALTHY, codes, form
from tests.test_collection import accepted as accepted_fixture
from tests.test_collection import staff as staff_fixture

accepted, staff = accepted_fixture, staff_fixture  # a nurse signed in; accept a donor


def test_a_scanned_din_and_start_time_survive_reopening_the_database(
    services,
    db_path,
    drive,
    accepted,
    staff,
):
    first, second = accepted(), accepted("Lê Văn Tâm")
    din = services.dins.allocate(drive, 1)[0].din
    started = services.collection.start(first.id, din=din.barcode_data, started="09:05")
    assert (started.donation.din, started.donation.started, started.warnings) == (
        din.number, "09:05", [],
    )  # fmt: skip
    services.collection.start(second.id, started="09:07")  # the bag not scanned yet
    services.close()  # the window closed, or the laptop crashed

    again = open_signed_in(db_path)
    try:
        chair = again.collection.in_chair(drive)
        assert [(s.entry.visit.queue_no, s.entry.full_name, s.din, s.started) for s in chair] == [
            (1, "Phạm Văn Đức", din.number, "09:05"),
            (2, "Lê Văn Tâm", None, "09:07"),
        ]
        assert all(s.here for s in chair)
        assert again.collection.queue(drive) == []  # in the chair, not waiting
        assert again.collection.in_chair_here() == 2
    finally:
        again.close()


def test_a_rescan_or_a_new_start_time_updates_the_same_donation(services, drive, accepted):
    visit = accepted()
    first, second = (r.din for r in services.dins.allocate(drive, 2))
    services.collection.start(visit.id, din=first.barcode_data, started="09:05")
    services.collection.start(visit.id, din=second.barcode_data)  # the wrong label, replaced
    services.collection.start(visit.id, started="09:06")
    [chair] = services.collection.in_chair(drive)
    assert (chair.din, chair.started) == (second.number, "09:06")
    trail = [
        row["action"]
        for row in services.db.query(
            "SELECT action FROM audit_log WHERE table_name = 'started_donation' ORDER BY change_seq"
        )
    ]
    assert trail == ["start", "update", "update"]


def test_what_cannot_start_is_refused_with_nothing_written(services, drive, accepted):
    visit = accepted()
    din = services.dins.allocate(drive, 1)[0].din
    with pytest.raises(UserError) as refused:
        services.collection.start(visit.id, din=din.number + "Z", started="9:70")
    assert [(p.code, p.field) for p in refused.value.problems] == [
        ("din_check", "din"), ("time_invalid", "started"),
    ]  # fmt: skip
    assert services.collection.in_chair(drive) == []
    assert services.collection.start(visit.id).donation is None  # nothing given, nothing kept
    assert services.collection.in_chair(drive) == []


def test_a_din_on_a_bag_in_the_chair_is_not_taken_for_another(services, drive, accepted, staff):
    first, second = accepted(), accepted("Lê Văn Tâm")
    din = services.dins.allocate(drive, 1)[0].din
    services.collection.start(first.id, din=din.barcode_data, started="09:05")
    for attempt in (
        lambda: services.collection.start(second.id, din=din.barcode_data),
        lambda: services.collection.record(second.id, form(din.barcode_data)),
    ):
        with pytest.raises(UserError) as refused:
            attempt()
        [problem] = refused.value.problems
        assert (problem.code, problem.params) == (
            "din_in_chair",
            {"value": din.number, "number": "A1"},
        )
    assert services.collection.check_din(drive, din.barcode_data, first.id).din == din


def test_recording_ends_the_donation_in_the_chair(services, drive, accepted, staff):
    visit = accepted()
    din = services.dins.allocate(drive, 1)[0].din
    services.collection.start(visit.id, din=din.barcode_data, started="09:05")
    unit = services.collection.record(visit.id, form(din.barcode_data))
    assert services.collection.in_chair(drive) == []
    assert services.collection.in_chair_here() == 0
    row = next(services.db.query("SELECT * FROM started_donation"))
    assert (row["status"], row["donation_id"]) == ("recorded", unit.id)


def test_abandoning_needs_a_reason_and_frees_the_donor_and_the_din(
    services,
    drive,
    accepted,
    staff,
):
    first, second = accepted(), accepted("Lê Văn Tâm")
    din = services.dins.allocate(drive, 1)[0].din
    services.collection.start(first.id, din=din.barcode_data, started="09:05")
    with pytest.raises(UserError) as refused:
        services.collection.abandon(first.id, "  ")
    assert codes(refused.value) == ["required"]
    services.collection.abandon(first.id, "Mở nhầm người hiến")
    assert services.collection.in_chair(drive) == []
    assert [e.visit.id for e in services.collection.queue(drive)] == [first.id, second.id]
    row = next(services.db.query("SELECT * FROM started_donation"))
    assert (row["status"], row["abandon_reason"]) == ("abandoned", "Mở nhầm người hiến")
    assert services.dins.record(din.number).status == "allocated"
    services.collection.record(second.id, form(din.barcode_data))
    with pytest.raises(UserError) as refused:
        services.collection.abandon(first.id, "Lần nữa")
    assert codes(refused.value) == ["not_in_chair"]


def test_the_reason_for_abandoning_is_cleaned_and_held_to_its_length(
    services, drive, accepted, staff
):
    visit = accepted()
    services.collection.start(visit.id, started="09:05")
    for hostile, code in (("\u200b\u202e\x00", "required"), ("x" * 301, "too_long")):
        with pytest.raises(UserError) as refused:
            services.collection.abandon(visit.id, hostile)
        assert codes(refused.value) == [code]
    services.collection.abandon(visit.id, "Mở\u202e nhầm\x00  người hiến")
    row = next(services.db.query("SELECT * FROM started_donation"))
    assert (row["status"], row["abandon_reason"]) == ("abandoned", "Mở nhầm người hiến")


def test_a_ticket_leaving_the_queue_takes_its_donation_out_of_the_chair(
    services,
    drive,
    accepted,
    staff,
):
    gone, reopened = accepted(), accepted("Lê Văn Tâm")
    services.collection.start(gone.id, started="09:05")
    services.collection.start(reopened.id, started="09:06")
    services.reconciliation.mark_left(gone.id, "Chóng mặt, xin về")
    services.screening.reopen(reopened.id, "Nhầm kết quả huyết sắc tố")
    assert services.collection.in_chair(drive) == []
    reasons = [
        row["abandon_reason"]
        for row in services.db.query("SELECT * FROM started_donation ORDER BY visit_id")
    ]
    assert sorted(reasons) == sorted(["Chóng mặt, xin về", "reopened: Nhầm kết quả huyết sắc tố"])
    services.screening.decide(reopened.id, HEALTHY, DoctorDecision("accept", 350))
    assert [e.visit.id for e in services.collection.queue(drive)] == [reopened.id]


def test_only_this_laptops_donations_count_as_its_own(services, drive, accepted):
    mine, theirs = accepted(), accepted("Lê Văn Tâm")
    services.collection.start(mine.id, started="09:05")
    services.collection.start(theirs.id, started="09:06")
    # As a merge would bring it: the row last written by another laptop of the drive.
    services.db.execute(
        "UPDATE started_donation SET device_id = 'another-laptop' WHERE visit_id = ?", [theirs.id]
    )
    assert [s.here for s in services.collection.in_chair(drive)] == [True, False]
    assert services.collection.in_chair_here() == 1


def test_the_drive_does_not_close_with_a_donation_in_the_chair(services, drive, accepted):
    visit = accepted()
    services.collection.start(visit.id, started="09:05")
    services.reconciliation.explain(drive, "accepted_no_unit", "Đang lấy máu")
    with pytest.raises(UserError) as refused:
        services.reconciliation.close(drive)
    assert [(p.code, p.params) for p in refused.value.problems] == [
        ("donations_in_chair", {"count": 1})
    ]
    services.collection.abandon(visit.id, "Người hiến bỏ về")
    services.reconciliation.mark_left(visit.id, "Người hiến bỏ về")
    services.reconciliation.close(drive)
    assert services.drives.get(drive.id).status == "closed"


def test_the_bag_lot_is_remembered_per_drive_and_bag_type(services, drive, accepted, staff):
    assert services.collection.bag_lots(drive).last_type is None
    dins = [r.din.barcode_data for r in services.dins.allocate(drive, 3)]
    for din, name, bag_type, lot in zip(
        dins, ("Phạm Văn Đức", "Võ Thị Sáu", "Đỗ Văn Hùng"), ("triple", "double", "triple"),
        ("KL-07", "D-3", "KL-08"), strict=True,
    ):  # fmt: skip
        visit = accepted(name)
        services.collection.record(visit.id, form(din, bag_type=bag_type, bag_lot=lot))
    lots = services.collection.bag_lots(drive)
    assert (lots.last_type, lots.lots) == ("triple", {"triple": "KL-08", "double": "D-3"})
    assert (lots.lot("double"), lots.lot("quadruple")) == ("D-3", "")
    left = accepted("Lê Văn Tâm")
    services.collection.record(left.id, form("", outcome="not_collected", volume_ml="",
                                             bag_lot="", started="", ended=""))  # fmt: skip
    assert services.collection.bag_lots(drive).lot("triple") == "KL-08"  # no bag, no lot
