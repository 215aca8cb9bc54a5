"""A full disk during a save, a backup, an export or a file written for the user: a
clear problem, the database unchanged, no part of a file left behind. On a real, small
file system (tests/small_disk.py) filled to the last byte."""

import datetime as dt
import errno
import os

import pytest

from db.connection import backup
from desktop.core.domain.problems import UserError
from desktop.core.foundation.base_service import storage_problem
from desktop.core.jobs.certificates import CertificateJob
from desktop.core.jobs.labels import LabelJob
from desktop.core.jobs.reports import render_end_of_day
from desktop.core.stations.collection import DonationForm
from desktop.core.stations.drives import DriveForm
from desktop.core.stations.end_of_day import end_of_day_report
from desktop.core.stations.screening import DoctorDecision
from tests.crash_writer import HEALTHY
from tests.exchange_fixtures import new_center_keys
from tests.factories import DonorFactory
from tests.people import open_signed_in
from tests.small_disk import fill, small_disk

TABLES = ("donor", "visit", "audit_log", "setting", "export_log", "din")


def snapshot(db) -> dict[str, int]:
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def new_drive(services):
    from desktop.core.domain import places

    hanoi = places.province("1")
    return services.drives.create(
        DriveForm(code="HM261124", drive_date="24/11/2026", place_name="Trường THPT",
                  province_code=hanoi.code, ward_code=places.wards(hanoi.code)[0].code,
                  organizer="Hội Chữ thập đỏ", campaign="chu_nhat_do", target_units="250")
    )  # fmt: skip


def test_saves_on_a_full_disk_commit_whole_or_say_so_and_write_nothing(tmp_path):
    """Check-ins go on until the disk has no room for one; that one is refused with
    ``disk_full`` and nothing of it written; every one before is there, also after the
    app closed on the full disk, and saving works again once there is room."""
    with small_disk(tmp_path / "disk", "16m") as disk:
        services = open_signed_in(disk / "hmtn.sqlite3")
        drive = new_drive(services)
        factory = DonorFactory(services)
        donors = [factory.register(birth=dt.date(1980, 1, 1) + dt.timedelta(i))
                  for i in range(400)]  # fmt: skip
        filler = fill(disk)
        saved = []
        with pytest.raises(UserError) as refused:
            for donor in donors:
                services.checkin.check_in(drive, donor)
                saved.append(donor.id)
        assert [p.code for p in refused.value.problems] == ["disk_full"]
        assert len(saved) < len(donors)
        before = snapshot(services.db)
        with pytest.raises(UserError):  # still full: refused again, nothing written
            services.checkin.check_in(drive, donors[len(saved)])
        assert snapshot(services.db) == before
        assert services.db.execute("PRAGMA quick_check").fetchone() == ("ok",)
        services.close()  # on the full disk
        filler.unlink()
        services = open_signed_in(disk / "hmtn.sqlite3")
        held = {row[0] for row in services.db.execute("SELECT donor_id FROM visit")}
        assert held == set(saved)
        services.checkin.check_in(drive, donors[len(saved)])  # room again: saved
        assert services.db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        services.close()


def test_a_backup_onto_a_full_disk_leaves_no_file_and_the_database_as_it_was(
    services, drive, donors, tmp_path
):
    services.checkin.check_in(drive, donors.register())
    before = snapshot(services.db)
    with small_disk(tmp_path / "stick", "64k") as stick:
        with pytest.raises(Exception) as failed:
            backup(services.db, stick / "hmtn-backup.sqlite3")
        assert storage_problem(failed.value) == "disk_full"  # said as a full disk
        assert os.listdir(stick) == []
    assert snapshot(services.db) == before
    assert services.db.execute("PRAGMA quick_check").fetchone() == ("ok",)


def test_an_export_onto_a_full_stick_leaves_the_database_as_it_was(
    services, drive, donors, tmp_path
):
    services.settings.update_device("TTHH-HN", "Bàn 1")
    new_center_keys().install(services)
    services.checkin.check_in(drive, donors.register())
    before = snapshot(services.db)
    with small_disk(tmp_path / "stick", "64k") as stick:
        filler = fill(stick)
        with pytest.raises(UserError) as refused:
            services.exports.export(stick)
        assert [p.code for p in refused.value.problems] == ["export_disk_full"]
        assert os.listdir(stick) == [filler.name]
    after = snapshot(services.db)
    # The export's number is taken (and audited) before the file is written, so that a
    # number never names two files: that is all, and it says no file was written.
    assert {**after, "export_log": 0, "audit_log": 0} == {**before, "audit_log": 0}
    assert after["export_log"] == 1
    written = services.db.execute("SELECT sha256, written_at FROM export_log").fetchall()
    assert written == [(None, None)]


@pytest.fixture
def printable(services, drive, donors):
    """A drive with one unit recorded (a certificate to print)."""
    services.dins.set_fin("A9999")
    services.settings.set_site_texts("Bệnh viện Đa khoa tỉnh Thanh Hóa", "0237 3951 000")
    services.settings.update_device("TTHH-HN", "Bàn 1")
    visit = services.checkin.check_in(drive, donors.register()).visit
    services.screening.save_questionnaire(visit.id, {})
    services.screening.decide(visit.id, HEALTHY, DoctorDecision("accept", 450))  # everyone
    din = services.dins.allocate(drive, 1)[0].din.barcode_data
    unit = services.collection.record(
        visit.id,
        DonationForm(din=din, bag_type="triple", bag_lot="L2611", volume_ml="450",
                     started="09:05", ended="09:13"),
    )  # fmt: skip
    return drive, unit.id


# What writes each file, made before the disk fills (a label job allocates its DINs
# first, as the desk does: they stay allocated and can be printed again).
WRITERS = {
    "labels.pdf": lambda s, d, _unit: LabelJob.new(s.dins, d, 2, "a4", 2).render,
    "certificates.pdf": lambda s, d, unit: (
        CertificateJob.preview(s.certificates, d, [unit], "blank", None).render
    ),
    "end-of-day.pdf": lambda s, d, _unit: (
        lambda out: render_end_of_day(end_of_day_report(s.reconciliation, d), out)
    ),
    "register.csv": lambda s, d, _unit: lambda out: s.certificates.export_register(d, out),
}


@pytest.mark.parametrize("name", WRITERS)
def test_a_file_written_onto_a_full_disk_is_not_left_in_part(services, printable, tmp_path, name):
    write = WRITERS[name](services, *printable)
    write(tmp_path / name)  # with room: written
    assert (tmp_path / name).stat().st_size > 0
    before = snapshot(services.db)
    with small_disk(tmp_path / "stick", "64k") as stick:
        filler = fill(stick)
        with pytest.raises(OSError) as failed:
            write(stick / name)
        assert failed.value.errno == errno.ENOSPC
        assert storage_problem(failed.value) == "disk_full"  # the screens' sentence
        assert os.listdir(stick) == [filler.name]
    assert snapshot(services.db) == before
