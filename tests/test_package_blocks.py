"""The numbers a laptop gives once the center handed out blocks: DINs of a planned drive
from its block, of a drive made here below the center's blocks, pre-printed rolls
inside the block, certificate serials only from the runs allocated to the laptop."""

import datetime as dt

import pytest

from desktop.core.domain.isbt128 import make_din
from desktop.core.domain.problems import UserError
from desktop.core.domain.vocabulary import CertificateMode
from tests.center_sites import DRIVE_DATE, Site
from tests.packages import CenterPlan, database_rows, package

FIN = "A1234"


@pytest.fixture
def lap(tmp_path):
    site = Site(tmp_path / "HN01-A.sqlite3", "HN01", FIN)
    site.services.settings.set_desk_numbers("A", "1000", "1100")  # its enrolled block
    yield site
    site.close()


def install(site: Site, contents):
    return site.services.package_installer.install(contents)


def planned_drive(lap: Site, plan: CenterPlan, tmp_path, first: int, last: int, **more):
    """A drive the center planned for the laptop, with its DIN block, installed."""
    drive = plan.drive("HM261126", DRIVE_DATE + dt.timedelta(days=2))
    block = plan.din_block(drive, lap.device_id, FIN, first, last)
    install(lap, package(tmp_path, lap.device_id, 1, drives=[drive], blocks=[block], **more))
    return lap.services.drives.get(drive["id"]), block


def refusal(call) -> tuple[str, dict]:
    with pytest.raises(UserError) as refused:
        call()
    problem = refused.value.problems[0]
    return problem.code, problem.params


def test_a_planned_drives_dins_come_from_its_block(lap, plan, tmp_path):
    drive, _block = planned_drive(lap, plan, tmp_path, 1051, 1060)
    dins = lap.services.dins
    assert [r.din.sequence for r in dins.allocate(drive, 3)] == [1051, 1052, 1053]
    span = dins.block_for(drive)
    assert (span.first, span.last, span.from_center) == (1051, 1060, True)
    assert dins.block_left(drive) == 7
    code, params = refusal(lambda: dins.allocate(drive, 8))
    assert code == "din_center_block_used_up" and params["left"] == 7
    assert [r.din.sequence for r in dins.allocate(drive, 7)][-1] == 1060


def test_a_drive_made_here_takes_its_dins_below_the_centers_blocks(lap, plan, tmp_path):
    planned, _block = planned_drive(lap, plan, tmp_path, 1051, 1100)
    dins = lap.services.dins
    local = lap.drive  # made on this laptop (an emergency call-out has no block)
    assert dins.block_for(local).last == 1050 and not dins.block_for(local).from_center
    assert dins.allocate(local, 50)[-1].din.sequence == 1049
    code, params = refusal(lambda: dins.allocate(local, 2))
    assert code == "din_block_used_up" and params["left"] == 1
    assert dins.allocate(local, 1)[0].din.sequence == 1050
    assert dins.allocate(planned, 1)[0].din.sequence == 1051  # the block stayed whole


def test_a_block_the_center_withdrew_is_not_used(lap, plan, tmp_path):
    drive = plan.drive("HM261126", DRIVE_DATE + dt.timedelta(days=2))
    block = plan.edit("number_block", plan.din_block(drive, lap.device_id, FIN, 1051, 1100)["id"],
                      status="withdrawn")  # fmt: skip
    install(lap, package(tmp_path, lap.device_id, 1, drives=[drive], blocks=[block]))
    dins, installed = lap.services.dins, lap.services.drives.get(drive["id"])
    assert dins.allocate(installed, 1)[0].din.sequence == 1000
    assert not dins.block_for(installed).from_center


def test_a_roll_for_a_planned_drive_lies_in_its_block(lap, plan, tmp_path):
    drive, _block = planned_drive(lap, plan, tmp_path, 1051, 1100)
    dins = lap.services.dins

    def scan(sequence: int) -> str:
        return make_din(FIN, 26, sequence).barcode_data

    code, params = refusal(lambda: dins.add_roll(drive, scan(1001), scan(1060)))
    assert code == "roll_outside_center_block"
    assert (params["block_first"], params["block_last"]) == ("001051", "001100")
    assert dins.add_roll(drive, scan(1061), scan(1100)).last.sequence == 1100
    # and a roll for a drive made here stays below the center's blocks
    code, _params = refusal(lambda: dins.add_roll(lap.drive, scan(1041), scan(1055)))
    assert code == "roll_outside_block"


def test_pre_printed_serials_come_from_the_runs_the_center_allocated(lap, plan, tmp_path):
    s = lap.services
    unit = lap.give_blood(lap.register("Mai Văn Tùng", dt.date(1990, 1, 1), 31))
    # without runs, any free serial (as before)
    assert s.certificates.plan(lap.drive, [unit.id], CertificateMode.OVERLAY, "ZZ0000001")
    run = plan.serial_run(lap.device_id, "AA", 7, 12001, 12500)
    other = plan.serial_run(lap.device_id, "AB", 7, 1, 100)
    install(lap, package(tmp_path, lap.device_id, 1, blocks=[run, other]))
    code, params = refusal(
        lambda: s.certificates.plan(lap.drive, [unit.id], CertificateMode.OVERLAY, "ZZ0000001")
    )
    assert code == "serial_not_allocated"
    assert params == {"value": "ZZ0000001",
                      "runs": "AA0012001–AA0012500, AB0000001–AB0000100"}  # fmt: skip
    code, _params = refusal(
        lambda: s.certificates.plan(lap.drive, [unit.id], CertificateMode.OVERLAY, "AA0012501")
    )
    assert code == "serial_not_allocated"
    (planned,) = s.certificates.plan(lap.drive, [unit.id], CertificateMode.OVERLAY, "aa0012500")
    assert planned.serial == "AA0012500"
    # blank paper serials are the laptop's own, as before
    assert s.certificates.plan(lap.drive, [unit.id], CertificateMode.BLANK)


def test_a_package_refuses_a_block_holding_a_roll_of_another_drive(lap, plan, tmp_path):
    s = lap.services
    s.dins.add_roll(lap.drive, make_din(FIN, 26, 1060).barcode_data,
                    make_din(FIN, 26, 1070).barcode_data)  # fmt: skip
    drive = plan.drive("HM261126", DRIVE_DATE + dt.timedelta(days=2))
    block = plan.din_block(drive, lap.device_id, FIN, 1051, 1100)
    code, params = refusal(
        lambda: install(lap, package(tmp_path, lap.device_id, 1, drives=[drive], blocks=[block]))
    )
    assert code == "package_block_overlaps" and params["drive"] == lap.drive.code
    # the same block for a drive of another year meets nothing
    later = plan.drive("HM270105", dt.date(2027, 1, 5))
    block = plan.din_block(later, lap.device_id, FIN, 1051, 1100)
    install(lap, package(tmp_path, lap.device_id, 1, drives=[later], blocks=[block]))
    assert s.dins.block_for(s.drives.get(later["id"])).from_center


def test_the_planned_drive_is_in_the_drive_list_like_one_made_here(lap, plan, tmp_path):
    drive, _block = planned_drive(lap, plan, tmp_path, 1051, 1100)
    assert {d.code for d in lap.services.drives.all()} == {drive.code, lap.drive.code}
    assert lap.services.drives.by_code(drive.code).id == drive.id


def test_a_package_refuses_a_din_block_outside_this_laptops_own_block(lap, plan, tmp_path):
    """The center carves blocks from the block this laptop enrolled with; a laptop whose
    block was changed here since (another laptop may hold those numbers now) or whose
    FIN is another refuses a block it does not own, with nothing changed."""
    before = database_rows(lap.services)
    drive = plan.drive("HM261126", DRIVE_DATE + dt.timedelta(days=2))
    for fin, first, last in ((FIN, 2051, 2100), (FIN, 1051, 1101), ("A9999", 1051, 1100)):
        block = plan.din_block(drive, lap.device_id, fin, first, last)
        code, params = refusal(
            lambda block=block: install(
                lap, package(tmp_path, lap.device_id, 1, drives=[drive], blocks=[block])
            )
        )
        assert code == "package_block_outside"
        assert (params["fin"], params["first"], params["last"]) == (
            fin, f"{first:06d}", f"{last:06d}",
        )  # fmt: skip
        assert (params["own_fin"], params["own_first"], params["own_last"]) == (
            FIN, "001000", "001100",
        )  # fmt: skip
    assert database_rows(lap.services) == before
