"""The backup for a USB stick: one age file the stock tools open, for the administrator's
backup key and the center's; a full or pulled stick leaves nothing behind."""

import datetime as dt
import os
import shutil
import subprocess
import tarfile

import pytest

from db import backup_copy
from desktop.core.backups import usb
from desktop.core.backups.budget import DiskSpace
from desktop.core.domain.audit_notes import AuditNote, parse_note
from desktop.core.domain.problems import UserError
from desktop.core.foundation.progress import Progress
from desktop.core.services import open_services
from tests.backup_fixtures import register_donors, sign_in_admin, sign_in_nurse
from tests.exchange_fixtures import new_center_keys
from tests.test_export_disk_full import small_stick  # noqa: F401 - a fixture

needs_age = pytest.mark.skipif(shutil.which("age") is None, reason="the stock age is not installed")


def codes(error: pytest.ExceptionInfo) -> list[str]:
    return [problem.code for problem in error.value.problems]


@pytest.fixture
def admin_key(services, tmp_path):
    """The administrator's backup key, made on their own stick."""
    sign_in_admin(services)
    services.settings.update_device("TTHH-HN", "Bàn 1")
    own_stick = tmp_path / "admin-stick"
    own_stick.mkdir()
    return services.backups.make_admin_key(own_stick)


def test_the_administrators_backup_key_is_an_age_identity_kept_off_the_laptop(services, admin_key):
    text = admin_key.read_text(encoding="utf-8")
    assert admin_key.name == "hmtn-backup-key.txt"
    assert admin_key.stat().st_mode & 0o777 == 0o600
    assert "AGE-SECRET-KEY-1" in text
    recipient = str(usb.read_identity(text).to_public())
    assert f"# public key: {recipient}" in text
    assert services.backups.recipients() == [recipient]  # only its public half is kept
    assert "AGE-SECRET-KEY" not in str(list(services.db.query("SELECT * FROM setting")))
    with pytest.raises(UserError) as refused:  # never written over
        services.backups.make_admin_key(admin_key.parent)
    assert codes(refused) == ["backup_file_exists"]


@needs_age
def test_the_stock_age_opens_the_usb_backup_with_the_administrators_or_the_centers_key(
    services, admin_key, tmp_path
):
    center = new_center_keys()
    center.install(services)
    register_donors(services, 3)
    stick = tmp_path / "stick"
    stick.mkdir()
    written = services.backups.to_usb(stick)
    assert os.listdir(stick) == [written.path.name]
    assert written.path.name.startswith("hmtn-backup-TTHH-HN-")
    assert written.path.name.endswith(".tar.age") and written.recipients == 2
    center_key = tmp_path / "center-key.txt"
    center_key.write_text(f"{center.center}\n")
    for key in (admin_key, center_key):
        out = tmp_path / f"opened-{key.stem}"
        out.mkdir()
        tar = out / "backup.tar"
        subprocess.run(["age", "-d", "-i", str(key), "-o", str(tar), str(written.path)],
                       check=True, capture_output=True)  # fmt: skip
        with tarfile.open(tar) as opened:
            assert sorted(opened.getnames()) == ["backup.json", "database.sqlite3"]
            opened.extractall(out, filter="data")
        with backup_copy.opened(out / "database.sqlite3", None, read_only=True) as copy:
            assert backup_copy.integrity(copy) == ["ok"]
            assert copy.execute("SELECT count(*) FROM donor").fetchone()[0] == 3
        manifest = usb.read_manifest(out / "backup.json")
        assert manifest["site_code"] == "TTHH-HN"
        assert manifest["contents"]["donors"] == 3
    notes = [r[0] for r in services.db.execute("SELECT note FROM audit_log WHERE action='backup'")]
    said = {"file": str(written.path), "recipients": "2"}
    assert [parse_note(note) for note in notes] == [(AuditNote.BACKUP_USB, said)]


def test_a_usb_backup_restores_with_the_administrators_key(services, admin_key, tmp_path, db_path):
    register_donors(services, 2)
    stick = tmp_path / "stick"
    stick.mkdir()
    written = services.backups.to_usb(stick)
    register_donors(services, 4, first=10)
    with pytest.raises(UserError) as refused:
        services.backups.check(written.path)
    assert codes(refused) == ["backup_identity_needed"]
    stranger = tmp_path / "stranger.txt"
    stranger.write_text(usb.new_admin_key("X", dt.datetime.now())[0])
    with pytest.raises(UserError) as refused:
        services.backups.check(written.path, stranger)
    assert codes(refused) == ["backup_not_for_key"]
    checked = services.backups.check(written.path, admin_key)
    assert checked.contents.donors == 2
    restorer = services.backups.restorer()
    services.close()
    restorer.run(checked)
    checked.discard()
    reopened = open_services(db_path, create=False)
    try:
        assert reopened.donors.count() == 2
    finally:
        reopened.close()


def test_without_the_administrators_key_no_usb_backup_is_made(services, tmp_path):
    sign_in_admin(services)
    stick = tmp_path / "stick"
    stick.mkdir()
    with pytest.raises(UserError) as refused:
        services.backups.to_usb(stick)
    assert codes(refused) == ["backup_admin_key_missing"]
    assert os.listdir(stick) == []


def test_only_an_administrator_writes_a_usb_backup(services, admin_key, tmp_path):
    sign_in_nurse(services)
    with pytest.raises(UserError) as refused:
        services.backups.to_usb(tmp_path)
    assert codes(refused) == ["role_required"]


def test_a_full_stick_leaves_no_file_and_says_so(services, admin_key, small_stick):  # noqa: F811
    register_donors(services, 200)  # more than the stick's 8 kB
    with pytest.raises(UserError) as refused:
        services.backups.to_usb(small_stick)
    assert [(p.code, p.params) for p in refused.value.problems] == [
        ("backup_disk_full", {"folder": str(small_stick)})
    ]
    assert os.listdir(small_stick) == []


def test_a_stick_pulled_out_leaves_no_file_and_says_so(
    services, admin_key, tmp_path, exchange_data_dir
):
    stick = tmp_path / "stick"
    stick.mkdir()

    def pulled(phase: str, _done: int, _total: int) -> None:
        if phase == "write" and stick.exists():
            shutil.rmtree(stick)

    with pytest.raises(UserError) as refused:
        services.backups.to_usb(stick, Progress(pulled))
    assert codes(refused) == ["backup_not_written"]
    assert not stick.exists()
    assert list(exchange_data_dir.iterdir()) == []  # nor the copy it was encrypting


def test_a_usb_backup_without_room_on_the_laptop_is_refused_before_a_byte_is_written(
    services, admin_key, tmp_path
):
    register_donors(services, 3)
    stick = tmp_path / "stick"
    stick.mkdir()
    made_here: list = []

    def short_of_room(where):  # the laptop's disk, nearly full: the copy would not fit
        made_here.append(where)
        real = DiskSpace.of(where)
        return DiskSpace(total=real.total, free=real.keep_free + 1000)

    services.backups.disk_space = short_of_room
    with pytest.raises(UserError) as refused:
        services.backups.to_usb(stick)
    [problem] = refused.value.problems
    assert problem.code == "usb_backup_no_room"
    assert problem.params["needed"] == backup_copy.copy_size(services.db.conn)
    assert list(stick.iterdir()) == []  # nothing on the stick
    assert made_here and not made_here[0].exists()  # nor left on the laptop
    services.backups.disk_space = DiskSpace.of
    assert services.backups.to_usb(stick).path.exists()
