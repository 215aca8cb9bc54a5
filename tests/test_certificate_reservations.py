"""A serial is reserved in the register before its page is printed: whatever fails
afterwards, the next batch never prints the same serial again."""

import io

import pytest
from sqlite_utils import Database

from db.connection import APPLICATION_ID, open_database
from db.driver import sqlite3
from db.schema import migrations
from desktop.core.domain.problems import UserError
from desktop.core.domain.vocabulary import CertificateStatus
from desktop.core.jobs.certificates import CertificateJob
from tests.factories import MALE
from tests.people import open_signed_in
from tests.signin import give_roles, main_signed_in, secure
from tests.test_certificates import codes
from tests.test_certificates import donate as donate_fixture

donate = donate_fixture


def test_a_batch_whose_register_entry_never_happened_does_not_give_its_serials_again(
    services, drive, donate
):
    first, second = donate(), donate("Lê Đức Tựu", MALE)
    lost = CertificateJob.issue(services.certificates, drive, [first.id], "blank")
    lost.render(io.BytesIO())  # printed, then the laptop crashed before the register entry
    following = CertificateJob.issue(services.certificates, drive, [second.id], "blank")
    assert [p.serial for p in lost.new] == ["HMTN-A26-000001"]
    assert [p.serial for p in following.new] == ["HMTN-A26-000002"]
    following.commit()
    register = {row.serial: row.status for row in services.certificates.register(drive)}
    assert register == {"HMTN-A26-000001": "reserved", "HMTN-A26-000002": "issued"}


def test_a_stack_of_forms_reserved_is_refused_to_the_next_batch(services, drive, donate):
    first, second = donate(), donate("Lê Đức Tựu", MALE)
    CertificateJob.issue(services.certificates, drive, [first.id], "overlay", "AB 0100")
    with pytest.raises(UserError) as refused:
        CertificateJob.issue(services.certificates, drive, [second.id], "overlay", "AB 0100")
    assert codes(refused.value) == ["serial_used"]


def test_a_batch_that_never_reached_the_printer_is_voided_with_its_reason(services, drive, donate):
    unit = donate()
    job = CertificateJob.issue(services.certificates, drive, [unit.id], "blank")
    [entry] = services.certificates.entries(drive)
    assert entry.reserved and not entry.pending
    with pytest.raises(UserError):  # a reserved donation cannot be planned again
        CertificateJob.issue(services.certificates, drive, [unit.id], "blank")
    assert job.abandon("Máy in hết giấy, chưa in được") == 1
    assert job.abandon("again") == 0  # nothing is reserved any more
    [row] = services.certificates.register(drive)
    assert (row.serial, row.status, row.void_reason, row.issued_at) == (
        "HMTN-A26-000001", "voided", "Máy in hết giấy, chưa in được", None,
    )  # fmt: skip
    assert services.certificates.entries(drive)[0].pending  # may be issued again …
    again = CertificateJob.issue(services.certificates, drive, [unit.id], "blank")
    assert again.new[0].serial == "HMTN-A26-000002"  # … under a new serial


def test_a_reservation_left_behind_can_be_voided_and_a_commit_after_it_is_refused(
    services, drive, donate
):
    unit = donate()
    job = CertificateJob.issue(services.certificates, drive, [unit.id], "blank")
    [left] = services.certificates.reserved(drive)
    services.certificates.void(left["id"], "Máy treo khi đang in; không có trang nào ra")
    assert services.certificates.reserved(drive) == []
    with pytest.raises(UserError) as refused:
        job.commit()
    assert codes(refused.value) == ["certificate_not_reserved"]


def test_a_preview_reserves_nothing_and_cannot_be_committed(services, drive, donate):
    unit = donate()
    preview = CertificateJob.preview(services.certificates, drive, [unit.id], "blank")
    assert preview.render(io.BytesIO()) == 2
    assert services.certificates.entries(drive)[0].pending
    with pytest.raises(ValueError):
        preview.commit()
    assert preview.abandon("nothing") == 0


def test_the_register_takes_reserved_certificates_keeping_every_row_id_and_index(tmp_path):
    """A database from before reservations: the table is rebuilt, nothing is lost."""
    path = tmp_path / "old.sqlite3"
    db = Database(sqlite3.connect(path))
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.apply(db, stop_before="m0007_printing_certificate_reserved")
    stamp = "'2026-11-24T09:00:00Z', '2026-11-24T09:00:00Z', 'dev', 1"
    db.execute(f"INSERT INTO drive (id, created_at, updated_at, device_id, change_seq, code,"
               f" drive_date, place_name, province_code, province_name, ward_code, ward_name,"
               f" organizer, campaign, target_units) VALUES ('dr', {stamp}, 'HM1', '2026-11-24',"
               f" 'x', '1', 'x', '1', 'x', 'x', 'x', 1)")  # fmt: skip
    db.execute(f"INSERT INTO donor (id, created_at, updated_at, device_id, change_seq,"
               f" full_name, name_folded, birth_date, sex, source) VALUES ('do', {stamp},"
               f" 'A', 'a', '1990-01-01', 'M', 'drive')")  # fmt: skip
    db.execute(f"INSERT INTO visit (id, created_at, updated_at, device_id, change_seq,"
               f" drive_id, donor_id, queue_no, checked_in_at) VALUES ('vi', {stamp}, 'dr',"
               f" 'do', 1, '2026-11-24T09:00:00Z')")  # fmt: skip
    db.execute(
        f"INSERT INTO donation (id, created_at, updated_at, device_id, change_seq,"
        f" visit_id, donor_id) VALUES ('dn', {stamp}, 'vi', 'do')"
    )
    for number, status in ((1, "issued"), (2, "voided")):
        db.execute(
            f"INSERT INTO certificate (id, created_at, updated_at, device_id, change_seq,"
            f" donation_id, serial, mode, printed_at, print_count, status, ordinal)"
            f" VALUES ('c{number}', {stamp}, 'dn', 'S-{number}', 'blank',"
            f" '2026-11-24T09:0{number}:00Z', {number}, '{status}', 3)"
        )
    db.conn.commit()
    before = list(db.query("SELECT * FROM certificate ORDER BY id"))
    db.close()

    db = open_database(path)  # upgrades, after a backup
    assert list(db.query("SELECT * FROM certificate ORDER BY id")) == before
    indexes = {row[1] for row in db.execute("PRAGMA index_list('certificate')")}
    assert "certificate_donation" in indexes
    assert any(row[2] for row in db.execute("PRAGMA index_list('certificate')"))  # serial
    with pytest.raises(sqlite3.IntegrityError):  # the serial is still unique
        db.execute(
            f"INSERT INTO certificate (id, created_at, updated_at, device_id, change_seq,"
            f" donation_id, serial, mode) VALUES ('c3', {stamp}, 'dn', 'S-1', 'blank')"
        )
    db.execute(
        f"INSERT INTO certificate (id, created_at, updated_at, device_id, change_seq,"
        f" donation_id, serial, mode, status) VALUES ('c3', {stamp}, 'dn', 'S-3', 'blank',"
        f" '{CertificateStatus.RESERVED}')"
    )
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    db.close()


@pytest.mark.qt  # hmtn prints through Qt's translators
def test_the_command_line_voids_the_serials_of_a_file_it_could_not_write(
    services, drive, donate, db_path, tmp_path, capsys
):
    donate()
    services.close()
    secure(db_path)  # a command opens only an encrypted database
    give_roles(secure(db_path), "certificate")  # the administrator works the desk too
    base = ["certificates", "print", "--db", str(db_path), "--drive", drive.code, "--mode", "blank"]
    assert main_signed_in([*base, "--out", str(tmp_path / "no-such-folder" / "gcn.pdf")]) == 2
    assert "Không ghi được" in capsys.readouterr().err
    assert main_signed_in([*base, "--out", str(tmp_path / "gcn.pdf")]) == 0
    assert "số HMTN-A26-000002 đến HMTN-A26-000002" in capsys.readouterr().out
    reopened = open_signed_in(db_path)
    first, second = reopened.certificates.register(reopened.drives.by_code(drive.code))
    reopened.close()
    assert (first.serial, first.status) == ("HMTN-A26-000001", "voided")
    assert first.void_reason.startswith("Chưa in:")
    assert (second.serial, second.status) == ("HMTN-A26-000002", "issued")


@pytest.mark.qt  # hmtn prints through Qt's translators
def test_the_command_line_reserves_nothing_when_it_refuses_the_output(
    services, drive, donate, db_path, capsys
):
    """--out naming the database itself is refused before any serial is taken."""
    unit = donate()
    services.close()
    secure(db_path)
    base = ["certificates", "print", "--db", str(db_path), "--drive", drive.code, "--mode", "blank"]
    assert main_signed_in([*base, "--out", str(db_path)]) == 2
    assert "cơ sở dữ liệu" in capsys.readouterr().err
    reopened = open_signed_in(db_path)
    register = reopened.certificates.register(reopened.drives.by_code(drive.code))
    [entry] = reopened.certificates.entries(reopened.drives.by_code(drive.code))
    reopened.close()
    assert register == [] and entry.pending and entry.donation_id == unit.id
