"""The center changes its plan before the drives: a drive edited (moved to another
year, its blocks follow), a device withdrawn and assigned again, a DIN block resized
until a package carried it, serial runs, desk letters, and the calendar of planned
and unplanned drives with the units collected."""

import datetime as dt
from dataclasses import replace

import pytest

from db.stamps import new_id, utc_now
from desktop.core.domain.problems import UserError
from desktop.core.domain.vocabulary import AssignmentStatus, BlockKind, BlockStatus
from desktop.core.exchange.site import read_center_keys
from tests.center_planning import in_days, open_center, plan_form
from tests.center_sites import Site


@pytest.fixture
def made(planning_center_made):
    return planning_center_made


@pytest.fixture
def center(made, tmp_path):
    services = open_center(made, tmp_path)
    yield services
    services.close()


def codes(refused: pytest.ExceptionInfo) -> list[str]:
    return [problem.code for problem in refused.value.problems]


def din_spans(plan) -> list[tuple]:
    return [(b["year"], b["first"], b["last"]) for b in plan.blocks if b["kind"] == BlockKind.DIN]


def package_written(center, device_id: str, number: int = 1) -> None:
    """What the package writer (another part) records once a device's file is written."""
    center.db.table("package_log").insert(
        {"id": new_id(), "device_id": device_id, "number": number,
         "file_name": f"HN01-{device_id[-8:]}-package-{number:05d}.hmtn.age",
         "sha256": "0" * 64, "made_at": utc_now(), "made_by": "BS. Nguyễn Thị Lan"}
    )  # fmt: skip


# -- editing a planned drive ---------------------------------------------------------------


def test_an_edited_drive_reaches_its_devices_and_keeps_its_own_code(made, center):
    a = made.devices["A"]
    drive = center.planning.plan(plan_form("HM-1", in_days(5)), [a])
    center.planning.plan(plan_form("HM-2", in_days(6)), [])
    form = plan_form("HM-1", in_days(7), target=300, place="Nhà văn hóa phường Láng")
    edited = center.planning.edit(drive.id, form)
    assert (edited.place_name, edited.target_units, edited.drive_date) == (
        "Nhà văn hóa phường Láng", 300, in_days(7)
    )  # fmt: skip
    assert center.planning.for_device(a).drives[0]["place_name"] == "Nhà văn hóa phường Láng"
    with pytest.raises(UserError) as refused:
        center.planning.edit(drive.id, replace(form, code="HM-2"))
    assert codes(refused) == ["drive_code_taken"]
    entries = center.db.execute("SELECT count(*) FROM audit_log").fetchone()
    center.planning.edit(drive.id, form)  # saved again as it is: nothing written
    assert center.db.execute("SELECT count(*) FROM audit_log").fetchone() == entries


def test_a_drive_moved_to_another_year_takes_new_blocks_in_that_years_sequence(made, center):
    a, b = made.devices["A"], made.devices["B"]
    day = in_days(1)
    drive = center.planning.plan(plan_form("HM-1", day, target=100), [a, b])
    resized = center.planning.for_device(b).blocks[0]
    center.planning.resize_block(resized["id"], 200)
    next_year = dt.date(day.year + 1, 1, 15)
    center.planning.edit(drive.id, plan_form("HM-1", next_year, target=100))
    assert din_spans(center.planning.for_device(a)) == [(next_year.year, 38312, 38461)]
    assert din_spans(center.planning.for_device(b)) == [(next_year.year, 76723, 76922)]
    withdrawn = center.planning.for_device(a).withdrawn_blocks
    assert [(k["year"], k["first"], k["status"]) for k in withdrawn] == [
        (day.year, 38312, BlockStatus.WITHDRAWN)
    ]


def test_a_closed_or_past_drive_and_a_sites_own_drive_cannot_be_changed(made, center, tmp_path):
    a = made.devices["A"]
    drive = center.planning.plan(plan_form("HM-1", in_days(5)), [a])
    center.db.execute("UPDATE drive SET status = 'closed' WHERE id = ?", [drive.id])
    with pytest.raises(UserError) as refused:
        center.planning.edit(drive.id, plan_form("HM-1", in_days(6)))
    assert codes(refused) == ["plan_drive_closed"]
    past = center.planning.plan(plan_form("HM-2", in_days(0)), [])
    center.db.execute(
        "UPDATE drive SET drive_date = ? WHERE id = ?", [in_days(-1).isoformat(), past.id]
    )
    with pytest.raises(UserError) as refused:
        center.planning.assign(past.id, a)
    assert codes(refused) == ["plan_drive_past"]
    laptop = Site(tmp_path / "laptop.sqlite3", "HN09", "A1009", in_days(2), letter="E")
    center.center.merge("HN09-1", laptop.export()[0])
    with pytest.raises(UserError) as refused:
        center.planning.assign(laptop.drive.id, a)
    assert codes(refused) == ["plan_not_planned"]
    laptop.services.close()


def test_the_centers_edit_after_a_laptops_change_is_never_silently_undone(made, center):
    """Once a laptop's change to the planned drive was merged, the center's edit is a
    version of its own: a later change of the other laptop, based on the first plan,
    is a conflict for a person, not a silent loss of the edit."""
    a, b = made.devices["A"], made.devices["B"]
    drive = center.planning.plan(plan_form("HM-1", in_days(5)), [a, b])
    planned = dict(next(center.db.query("SELECT * FROM drive WHERE id = ?", [drive.id])))
    base = f"{planned['device_id']}:{planned['change_seq']}"
    by_a = {
        **planned,
        "street_address": "Số 5 ngõ 12",
        "device_id": a,
        "change_seq": 7,
        "_base": base,
    }
    center.center.merge("HN01-A-1", {"drive": [by_a]})
    center.planning.edit(drive.id, replace(plan_form("HM-1", in_days(5)), organizer="Đoàn phường"))
    by_b = {**planned, "place_name": "Hội trường B", "device_id": b, "change_seq": 3, "_base": base}
    center.center.merge("HN01-B-1", {"drive": [by_b]})
    conflicts = center.center.conflicts()
    assert [(c["table_name"], c["record_id"]) for c in conflicts] == [("drive", drive.id)]
    organizers = {
        row[0] for row in center.db.execute(
            "SELECT json_extract(content, '$.organizer') FROM record_version WHERE record_id = ?",
            [drive.id],
        )
    }  # fmt: skip
    assert "Đoàn phường" in organizers


# -- devices on a drive ------------------------------------------------------------------------


def test_a_withdrawn_device_loses_the_drive_and_its_block_whose_numbers_are_never_reused(
    made, center
):
    a = made.devices["A"]
    drive = center.planning.plan(plan_form("HM-1", in_days(5), target=100), [a])
    with pytest.raises(UserError) as refused:
        center.planning.withdraw(drive.id, a, "  ")
    assert codes(refused) == ["required"]
    center.planning.withdraw(drive.id, a, "Máy hỏng màn hình")
    plan = center.planning.for_device(a)
    assert plan.drives == [] and plan.blocks == []
    row = center.db.execute(
        "SELECT status FROM drive_assignment WHERE drive_id = ?", [drive.id]
    ).fetchone()
    assert row[0] == AssignmentStatus.WITHDRAWN
    notes = center.db.execute(
        "SELECT table_name, note FROM audit_log WHERE action = 'withdraw' ORDER BY table_name"
    ).fetchall()
    assert notes == [
        ("drive_assignment", "Máy hỏng màn hình"),
        ("number_block", "Máy hỏng màn hình"),
    ]
    with pytest.raises(UserError) as refused:
        center.planning.withdraw(drive.id, a, "Lần nữa")
    assert codes(refused) == ["plan_not_assigned"]
    block = center.planning.assign(drive.id, a)  # back on the drive: a new block
    assert (block["first"], block["last"]) == (38162, 38311)
    with pytest.raises(UserError) as refused:
        center.planning.assign(drive.id, a)
    assert codes(refused) == ["plan_already_assigned"]


def test_a_block_withdrawn_alone_is_replaced_by_assigning_the_device_again(made, center):
    a = made.devices["A"]
    drive = center.planning.plan(plan_form("HM-1", in_days(5), target=100), [a])
    block = center.planning.for_device(a).blocks[0]
    center.planning.withdraw_block(block["id"], "Cuộn nhãn bị ướt")
    assert center.planning.for_device(a).blocks == []
    renewed = center.planning.assign(drive.id, a)
    assert renewed["last"] == block["first"] - 1
    with pytest.raises(UserError) as refused:
        center.planning.withdraw_block(block["id"], "Lần nữa")
    assert codes(refused) == ["plan_block_withdrawn"]


# -- resizing a DIN block ----------------------------------------------------------------------


def test_a_block_grows_or_shrinks_below_its_top_until_a_package_carries_it(made, center):
    a = made.devices["A"]
    drive = center.planning.plan(plan_form("HM-1", in_days(5), target=100), [a])  # 150
    block = center.planning.for_device(a).blocks[0]
    assert (block["first"], block["last"]) == (38312, 38461)
    grown = center.planning.resize_block(block["id"], "1000")
    assert (grown["first"], grown["last"]) == (37462, 38461)
    center.planning.resize_block(block["id"], 120)
    assert din_spans(center.planning.for_device(a)) == [(drive.drive_date.year, 38342, 38461)]
    for size in ("0", "abc", "1000000"):
        with pytest.raises(UserError) as refused:
            center.planning.resize_block(block["id"], size)
        assert codes(refused) == ["plan_block_size"]
    package_written(center, a)
    with pytest.raises(UserError) as refused:
        center.planning.resize_block(block["id"], 200)
    assert codes(refused) == ["plan_block_carried"]
    assert refused.value.problems[0].params["number"] == 1


def test_a_block_cannot_grow_into_the_block_below_it(made, center):
    c = made.devices["C"]  # 76923..77222
    first = center.planning.plan(plan_form("HM-1", in_days(5), target=10), [c])  # 77123..77222
    center.planning.plan(plan_form("HM-2", in_days(6), target=10), [c])  # 77023..77122
    top = next(b for b in center.planning.for_device(c).blocks if b["drive_id"] == first.id)
    with pytest.raises(UserError) as refused:
        center.planning.resize_block(top["id"], 101)
    assert codes(refused) == ["plan_block_no_room"]
    assert refused.value.problems[0].params["room"] == 100


# -- serial runs ---------------------------------------------------------------------------


def test_serial_runs_are_handed_to_one_laptop_only(made, center):
    a, b = made.devices["A"], made.devices["B"]
    run = center.planning.allocate_serials(a, " aa ", "7", "12001", "12500")
    assert (run["prefix"], run["width"], run["first"], run["last"]) == ("AA", 7, 12001, 12500)
    [listed] = center.planning.serial_runs(a)
    assert (listed.first_serial, listed.last_serial, listed.count) == (
        "AA0012001",
        "AA0012500",
        500,
    )
    with pytest.raises(UserError) as refused:
        center.planning.allocate_serials(b, "AA", 7, 12500, 13000)
    assert codes(refused) == ["serial_run_overlap"]
    assert refused.value.problems[0].params == {
        "first": "AA0012001", "last": "AA0012500", "name": "Bàn A - Bạch Mai"
    }  # fmt: skip
    center.planning.allocate_serials(b, "AB", 7, 12001, 12500)  # another prefix
    center.planning.withdraw_block(run["id"], "Phôi trả lại kho")
    center.planning.allocate_serials(b, "AA", 7, 12001, 13000)
    assert [k["prefix"] for k in center.planning.for_device(b).blocks] == ["AA", "AB"]
    assert [k["status"] for k in center.planning.for_device(a).withdrawn_blocks] == ["withdrawn"]


def test_a_serial_run_as_typed_is_checked_field_by_field(made, center):
    a = made.devices["A"]
    with pytest.raises(UserError) as refused:
        center.planning.allocate_serials(a, "A1", "13", "x", "")
    assert [(p.code, p.field) for p in refused.value.problems] == [
        ("serial_prefix_format", "prefix"), ("serial_width_range", "width"),
        ("serial_number_range", "first"), ("required", "last"),
    ]  # fmt: skip
    with pytest.raises(UserError) as refused:
        center.planning.allocate_serials(a, "AA", "3", "500", "1000")
    assert [(p.code, p.field) for p in refused.value.problems] == [("serial_number_range", "last")]
    with pytest.raises(UserError) as refused:
        center.planning.allocate_serials(a, "AA", "4", "900", "100")
    assert codes(refused) == ["serial_run_order"]
    with pytest.raises(UserError) as refused:
        center.planning.resize_block(center.planning.allocate_serials(a, "AA", 4, 1, 9)["id"], 5)
    assert codes(refused) == ["plan_block_not_din"]


# -- desk letters --------------------------------------------------------------------------


def test_each_active_laptop_of_a_site_keeps_its_own_desk_letter(made, center):
    a, c, d = made.devices["A"], made.devices["C"], made.devices["D"]
    with pytest.raises(UserError) as refused:
        center.planning.set_desk_letter(c, "a")
    assert codes(refused) == ["desk_letter_taken"]
    assert refused.value.problems[0].params == {
        "letter": "A",
        "name": "Bàn A - Bạch Mai",
        "site": "HN01",
    }
    with pytest.raises(UserError) as refused:
        center.planning.set_desk_letter(c, "Đ")
    assert codes(refused) == ["desk_letter_format"]
    center.planning.set_desk_letter(c, "e")
    assert center.planning.for_device(c).desk_letter == "E"
    center.planning.set_desk_letter(d, "E")  # another site
    center.center_keys.revoke(a, "Máy bị mất cắp")
    center.planning.set_desk_letter(c, "A")  # a revoked laptop's letter is free again
    assert center.planning.for_device(c).desk_letter == "A"


# -- the calendar ----------------------------------------------------------------------------


def test_the_calendar_lists_planned_and_unplanned_drives_with_devices_and_units(
    made, center, tmp_path
):
    a, b = made.devices["A"], made.devices["B"]
    laptop = Site(tmp_path / "laptop-E.sqlite3", "HN01", "A1001", in_days(0), letter="E")
    laptop.services.settings.save_device("HN01", "Bàn E - cấp cứu", "E", "100001", "100300")
    laptop.services.identity.set_center(read_center_keys(made.path.parent / "keys"))
    laptop.services.identity.enrol(tmp_path / "enrol-E")
    center.center_keys.add_device(tmp_path / "enrol-E")
    for serial, name in enumerate(("Phạm Văn Đức", "Trần Thị Mai"), 1):  # a call-out: two units
        laptop.give_blood(laptop.register(name, dt.date(1990, 5, 15), serial))
    center.center.merge("HN01-E-1", laptop.export()[0])
    planned = center.planning.plan(plan_form("HM-LATER", in_days(9), target=200), [b, a])
    center.planning.plan(plan_form("HM-FAR", in_days(60)), [a])
    center.planning.withdraw(planned.id, b, "Máy đi đợt khác")
    package_written(center, a)
    drives = center.planning.calendar(in_days(-1), in_days(30))
    assert [(d.drive.code, d.planned, d.collected, d.target) for d in drives] == [
        (laptop.drive.code, False, 2, 250), ("HM-LATER", True, 0, 200)
    ]  # fmt: skip
    assert [d.changeable for d in drives] == [False, True]  # a laptop's own drive: its own
    [made_by] = drives[0].devices
    assert (made_by.name, made_by.status, made_by.block) == ("Bàn E - cấp cứu", None, None)
    assert [(d.name, d.status) for d in drives[1].devices] == [
        ("Bàn A - Bạch Mai", AssignmentStatus.ASSIGNED),
        ("Bàn B - Bạch Mai", AssignmentStatus.WITHDRAWN),
    ]
    block = drives[1].devices[0].block
    assert (block.text, block.size, block.carried) == (
        f"A1001 {in_days(9).year} 038162–038461", 300, True
    )  # fmt: skip
    assert drives[1].devices[1].block is None
    assert [d.drive.code for d in drives[1:]] == ["HM-LATER"]
    laptop.services.close()
