"""The center plans drives for its laptops: a drive and its devices, each with a DIN
block carved from the top of its enrolled block, and what the next package of each
device carries (``PlanningService.for_device``)."""

import pytest

from desktop.core.domain.problems import UserError
from desktop.core.domain.vocabulary import AssignmentStatus, BlockKind
from desktop.core.exchange.site import read_center_keys
from tests.center_planning import (
    in_days,
    open_center,
    plan_form,
    with_revoked,
)
from tests.center_sites import Site
from tests.people import open_signed_in


@pytest.fixture(scope="module")
def made(planning_center_made, tmp_path_factory):
    return with_revoked(planning_center_made, tmp_path_factory.mktemp("planning"), "D")


@pytest.fixture
def center(made, tmp_path):
    services = open_center(made, tmp_path)
    yield services
    services.close()


def problem_codes(error: pytest.ExceptionInfo) -> list[str]:
    return [problem.code for problem in error.value.problems]


def test_a_planned_drive_travels_to_each_assigned_device_with_its_own_din_block(made, center):
    a, b, c = (made.devices[key] for key in "ABC")
    drive = center.planning.plan(plan_form("HM-CVA", in_days(10), target=250), [a, b])

    plan_a, plan_b = center.planning.for_device(a), center.planning.for_device(b)
    assert [row["id"] for row in plan_a.drives] == [drive.id]
    assert plan_a.drives == plan_b.drives  # one record, the same id and code for both
    assert plan_a.drives[0]["code"] == "HM-CVA"
    assert (
        plan_a.drives[0]["device_id"]
        == center.db.execute("SELECT device_id FROM installation").fetchone()[0]
    )  # the center's stamp: a planned drive
    assert sorted((r["for_device"], r["status"]) for r in plan_a.assignments) == sorted(
        [(a, AssignmentStatus.ASSIGNED), (b, AssignmentStatus.ASSIGNED)]
    )
    year = in_days(10).year
    # 250 units: 375 numbers, from the top of each laptop's enrolled block
    assert [(k["kind"], k["fin"], k["year"], k["first"], k["last"]) for k in plan_a.blocks] == [
        (BlockKind.DIN, "A1001", year, 38461 - 374, 38461)
    ]
    assert [(k["first"], k["last"]) for k in plan_b.blocks] == [(76922 - 374, 76922)]
    assert plan_a.desk_letter == "A" and plan_b.desk_letter == "B"
    assert center.planning.for_device(c).drives == []


def test_each_new_drive_of_a_device_is_carved_below_its_last_block(made, center):
    a = made.devices["A"]
    center.planning.plan(plan_form("HM-1", in_days(3), target=50), [a])  # at least 100
    center.planning.plan(plan_form("HM-2", in_days(5), target=400), [a])  # 600
    spans = [(k["first"], k["last"]) for k in center.planning.for_device(a).blocks]
    assert spans == [(38461 - 99 - 600, 38461 - 100), (38461 - 99, 38461)]


def test_a_device_whose_enrolled_block_is_full_is_refused_and_nothing_is_planned(made, center):
    c = made.devices["C"]  # 300 numbers
    center.planning.plan(plan_form("HM-1", in_days(3), target=150), [c])  # 225
    with pytest.raises(UserError) as refused:
        center.planning.plan(plan_form("HM-2", in_days(4), target=100), [made.devices["A"], c])
    assert problem_codes(refused) == ["plan_block_no_room"]
    assert refused.value.problems[0].params["room"] == 75
    codes = [row[0] for row in center.db.execute("SELECT code FROM drive ORDER BY code")]
    assert codes == ["HM-1"]  # the drive, its assignments and blocks: all or nothing
    assert center.planning.for_device(made.devices["A"]).blocks == []


def test_a_block_is_carved_above_every_din_the_center_holds_in_the_enrolled_block(
    made, center, tmp_path
):
    """A laptop's own DINs (drives the center did not plan) come from the bottom of its
    block: a block over the ones its export brought to the center is refused."""
    laptop = Site(tmp_path / "laptop-E.sqlite3", "HN01", "A1001", in_days(0), letter="E")
    laptop.services.settings.save_device("HN01", "Bàn E", "E", "100001", "100300")
    laptop.services.identity.set_center(read_center_keys(made.path.parent / "keys"))
    laptop.services.identity.enrol(tmp_path / "enrol-E")
    center.center_keys.add_device(tmp_path / "enrol-E")
    laptop.services.dins.allocate(laptop.drive, 250)  # 100001..100250, its emergency drive
    center.center.merge("HN01-E", laptop.export()[0])
    drive = center.planning.plan(plan_form("HM-1", in_days(3), target=10), [])
    with pytest.raises(UserError) as refused:
        center.planning.assign(drive.id, laptop.device_id)  # 100 numbers; 50 are left
    assert refused.value.problems[0].params["room"] == 50
    laptop.services.close()


def test_a_revoked_or_unknown_device_cannot_be_planned(made, center):
    with pytest.raises(UserError) as refused:
        center.planning.plan(plan_form("HM-1", in_days(3)), [made.devices["D"]])
    assert problem_codes(refused) == ["plan_device_revoked"]
    with pytest.raises(UserError) as refused:
        center.planning.plan(plan_form("HM-1", in_days(3)), ["0000"])
    assert problem_codes(refused) == ["device_unknown"]


def test_the_drive_form_is_checked_as_a_sites_and_a_past_date_is_refused(made, center):
    form = plan_form("hm 1", in_days(-1))
    with pytest.raises(UserError) as refused:
        center.planning.plan(form, [made.devices["A"]])
    assert problem_codes(refused) == ["drive_code_format", "plan_date_past"]


def test_a_package_carries_drives_from_today_not_closed_ones_nor_other_devices_blocks(made, center):
    a, b = made.devices["A"], made.devices["B"]
    today = center.planning.plan(plan_form("HM-TODAY", in_days(0)), [a])
    later = center.planning.plan(plan_form("HM-LATER", in_days(30)), [a, b])
    closed = center.planning.plan(plan_form("HM-CLOSED", in_days(2)), [a])
    center.db.execute("UPDATE drive SET status = 'closed' WHERE id = ?", [closed.id])
    plan = center.planning.for_device(a)
    assert [row["code"] for row in plan.drives] == ["HM-TODAY", "HM-LATER"]
    assert {k["drive_id"] for k in plan.blocks} == {today.id, later.id}
    assert all(k["for_device"] == a for k in plan.blocks)
    assert center.planning.for_device(a, today=in_days(1)).drives[0]["code"] == "HM-LATER"


def test_planning_is_audited_in_the_officers_name(made, center):
    drive = center.planning.plan(plan_form("HM-1", in_days(3)), [made.devices["A"]])
    entries = center.db.execute(
        "SELECT table_name, action, actor_name FROM audit_log WHERE table_name IN"
        " ('drive', 'drive_assignment', 'number_block') ORDER BY table_name"
    ).fetchall()
    assert entries == [
        ("drive", "insert", "BS. Nguyễn Thị Lan"),
        ("drive_assignment", "insert", "BS. Nguyễn Thị Lan"),
        ("number_block", "insert", "BS. Nguyễn Thị Lan"),
    ]
    assert drive.code == "HM-1"


def test_a_sites_database_plans_nothing(tmp_path):
    site = open_signed_in(tmp_path / "site.sqlite3")
    try:
        with pytest.raises(UserError) as refused:
            site.planning.plan(plan_form("HM-1", in_days(3)), [])
        assert problem_codes(refused) == ["not_center"]
    finally:
        site.close()
