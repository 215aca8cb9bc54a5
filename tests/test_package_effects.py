"""What an installed drive package changes at the site: the registry's local-wins rules
still hold, a drive changed here keeps its version, the acknowledgement moves the
export's mark (and only for this incarnation)."""

import datetime as dt

import pytest

from db import installation
from desktop.core.exchange.acknowledgement import acknowledged_seq
from desktop.core.exchange.export import AtCenter
from desktop.core.exchange.package_contents import Acknowledgement
from desktop.core.exchange.package_install import RowCounts
from desktop.core.stations.donors import DonorForm
from tests.center_sites import DRIVE_DATE, Site
from tests.factories import MALE, cccd_for, registry_row
from tests.packages import package

FIN = "A1234"


@pytest.fixture
def lap(tmp_path):
    """A laptop at a drive, with a doctor and a nurse."""
    site = Site(tmp_path / "HN01-A.sqlite3", "HN01", FIN)
    yield site
    site.close()


def install(site: Site, contents):
    return site.services.package_installer.install(contents)


def line_for(donor, **values) -> dict[str, str]:
    """The center's registry line for a donor this laptop registered (its donor_id)."""
    return registry_row(donor_id=donor.id, national_id=donor.national_id,
                        full_name=donor.full_name, birth_date=f"{donor.birth_date:%d/%m/%Y}",
                        sex="Nam", **values)  # fmt: skip


def test_the_registry_rules_of_local_records_hold_through_a_package(lap, tmp_path):
    s = lap.services
    birth = dt.date(1990, 1, 1)
    typed = s.donors.register(DonorForm(national_id=cccd_for(birth, MALE, 11),
                                        full_name="Ngô Văn Sơn", birth_date="01/01/1990",
                                        sex=MALE, phone="0905555666"),
                              not_a_duplicate=True)  # fmt: skip
    lap.give_blood(typed)  # 24/11/2026, recorded here
    deferred = lap.register("Hồ Văn Lâm", birth, 12)
    lap.defer(deferred, until=dt.date(2027, 1, 10))
    older = line_for(typed, phone="0911000222", donation_count="5",
                     last_donation_date="2026-06-01", deferral_permanent="")  # fmt: skip
    milder = line_for(deferred, donation_count="0", last_donation_date="",
                      deferral_until="2026-12-01", deferral_permanent="0",
                      deferral_reason="center.other")  # fmt: skip
    report = install(lap, package(tmp_path, lap.device_id, 1, registry=[older, milder]))
    assert report.registry.ok
    donor = s.donors.get(typed.id)
    assert donor.phone == "0905555666"  # typed here: kept
    assert donor.last_donation_date == DRIVE_DATE  # history only moves forward
    assert donor.donation_count == 6  # the center's 5 and the one given here since
    assert s.donors.get(deferred.id).deferral_until == dt.date(2027, 1, 10)  # not milder
    stricter = line_for(deferred, donation_count="0", last_donation_date="",
                        deferral_permanent="1", deferral_reason="center.marker")  # fmt: skip
    install(lap, package(tmp_path, lap.device_id, 2, registry=[older, stricter]))
    again = s.donors.get(deferred.id)
    assert again.deferral_permanent and again.deferral_reason == "center.marker"


def test_a_drive_changed_here_keeps_its_version_and_the_others_follow_the_center(
    lap, plan, tmp_path
):
    s = lap.services
    worked = plan.drive("HM261125", DRIVE_DATE + dt.timedelta(days=1))
    later = plan.drive("HM261201", dt.date(2026, 12, 1))
    assigned = plan.assign(later, lap.device_id)
    install(lap, package(tmp_path, lap.device_id, 1, registry=[], drives=[worked, later],
                         assignments=[assigned]))  # fmt: skip
    s.reconciliation.close(s.drives.get(worked["id"]))  # closed here: a newer version
    moved = "Nhà văn hóa phường Láng"
    worked_now = plan.edit("drive", worked["id"], place_name=moved)
    later_now = plan.edit("drive", later["id"], place_name=moved)
    withdrawn = plan.edit("drive_assignment", assigned["id"], status="withdrawn")
    report = install(lap, package(tmp_path, lap.device_id, 2, registry=[],
                                  drives=[worked_now, later_now],
                                  assignments=[withdrawn]))  # fmt: skip
    assert report.rows["drive"] == RowCounts(new=0, updated=1, unchanged=0, kept_local=1)
    assert report.rows["drive_assignment"].updated == 1
    closed = s.drives.get(worked["id"])
    assert (closed.status, closed.place_name) == ("closed", worked["place_name"])
    row = next(s.db.query("SELECT * FROM drive WHERE id = ?", [later["id"]]))
    assert row == later_now  # as the center stores it, its stamp kept
    assert s.db.execute("SELECT status FROM drive_assignment").fetchone()[0] == "withdrawn"


def test_an_acknowledgement_moves_the_mark_and_one_of_another_incarnation_does_not(lap, tmp_path):
    s = lap.services
    lap.give_blood(lap.register("Đinh Văn Khoa", dt.date(1988, 8, 8), 21))
    device = installation.current(s.db)
    through = device["last_change_seq"]
    earlier = Acknowledgement("an-earlier-incarnation", 0, through, 4, "2026-11-20T03:00:00Z")
    install(lap, package(tmp_path, lap.device_id, 1, acknowledgements=[earlier]))
    assert acknowledged_seq(s.db) == 0 and s.exports.at_center() is None
    ours = Acknowledgement(device["incarnation"], device["epoch"], through, 2,
                           "2026-11-24T10:15:00.000000Z")  # fmt: skip
    report = install(lap, package(tmp_path, lap.device_id, 2, acknowledgements=[earlier, ours]))
    assert report.acknowledged.moved and report.acknowledged.current == ours
    assert acknowledged_seq(s.db) == through
    assert s.exports.at_center() == AtCenter(through, 2, "2026-11-24T10:15:00.000000Z")
    stale = Acknowledgement(device["incarnation"], device["epoch"], through - 5, 1,
                            "2026-11-23T10:15:00.000000Z")  # fmt: skip
    install(lap, package(tmp_path, lap.device_id, 3, acknowledgements=[stale]))
    assert acknowledged_seq(s.db) == through  # the mark never goes back


def test_a_database_behind_the_centers_acknowledgement_starts_a_new_incarnation(lap, tmp_path):
    """A copy restored from a backup elsewhere (no restore marker there): the center
    holds more of this incarnation than the database does."""
    s = lap.services
    device = installation.current(s.db)
    ahead = Acknowledgement(device["incarnation"], device["epoch"],
                            device["last_change_seq"] + 40, 7, "2026-11-24T10:15:00Z")  # fmt: skip
    report = install(lap, package(tmp_path, lap.device_id, 1, acknowledgements=[ahead]))
    now = installation.current(s.db)
    assert report.restored and not report.acknowledged.moved
    assert now["incarnation"] != device["incarnation"] and now["epoch"] == device["epoch"] + 1
    assert acknowledged_seq(s.db) == 0
    assert s.db.execute("SELECT count(*) FROM audit_log WHERE action = 'new_incarnation'"
                        ).fetchone()[0] == 1  # fmt: skip
