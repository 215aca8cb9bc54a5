"""``hmtn backup`` and ``hmtn restore`` as a script or an administrator runs them."""

import os

import pytest

from tests.backup_fixtures import register_donors
from tests.center_cli import hmtn
from tests.people import open_signed_in

pytestmark = pytest.mark.qt  # hmtn prints through Qt's translators


@pytest.fixture
def site(tmp_path):
    """A laptop's database with 3 donors, encrypted: its administrator is the test's."""
    path = tmp_path / "site.sqlite3"
    services = open_signed_in(path, encrypt=True)  # as every database the commands open
    services.settings.update_device("TTHH-HN", "Bàn 1")
    register_donors(services, 3)
    services.close()
    return path


def donors_in(path) -> int:
    services = open_signed_in(path, create=False)
    try:
        return services.donors.count()
    finally:
        services.close()


def test_backup_writes_into_the_rotation_and_lists_it(site, capsys, exchange_data_dir):
    assert hmtn("backup", "--db", site) == 0
    out = capsys.readouterr().out
    assert out.startswith("Backup written: ") and "-manual.sqlite3" in out
    made = list((exchange_data_dir / "backups").rglob("*-manual.sqlite3"))
    assert len(made) == 1 and str(made[0]) in out
    assert hmtn("backup", "list", "--db", site) == 0
    listing = capsys.readouterr().out
    assert "Made" in listing and "on demand" in listing and str(made[0]) in listing


def test_a_usb_backup_is_restored_from_the_command_line(site, tmp_path, capsys):
    own_stick, stick = tmp_path / "own", tmp_path / "stick"
    own_stick.mkdir()
    stick.mkdir()
    assert hmtn("backup", "key", "--out", own_stick, "--db", site) == 0
    key = own_stick / "hmtn-backup-key.txt"
    assert str(key) in capsys.readouterr().out
    assert hmtn("backup", "--to", stick, "--db", site) == 0
    (written,) = stick.iterdir()
    assert "for 1 keys" in capsys.readouterr().out  # no center key installed yet
    services = open_signed_in(site, create=False)
    register_donors(services, 2, first=50)
    services.close()
    assert hmtn("restore", written, "--identity", key, "--db", site) == 2  # no terminal
    err = capsys.readouterr().err
    assert "--yes" in err and "Traceback" not in err
    assert donors_in(site) == 5
    assert hmtn("restore", written, "--identity", key, "--yes", "--db", site) == 0
    out = capsys.readouterr().out
    assert "Donors: 3 · visits: 0 · donations: 0" in out
    assert "Restored. The database as it was before is kept as " in out
    assert "new incarnation" in out
    assert "This laptop gave no numbers after the backup: they continue as before." in out
    assert donors_in(site) == 3
    (aside,) = site.parent.glob("site.before-restore-*.sqlite3")
    assert donors_in(aside) == 5


def test_restore_refuses_a_file_that_is_no_backup_in_words(site, tmp_path, capsys):
    not_a_backup = tmp_path / "notes.sqlite3"
    not_a_backup.write_text("hello")
    assert hmtn("restore", not_a_backup, "--yes", "--db", site) == 2
    err = capsys.readouterr().err
    assert "is not a backup of this laptop's database" in err and "Traceback" not in err
    assert hmtn("restore", tmp_path / "missing.tar.age", "--yes", "--db", site) == 2
    assert "is not a backup" in capsys.readouterr().err
    assert donors_in(site) == 3
    assert not list(site.parent.glob("*.before-restore-*"))


def test_backup_commands_need_an_administrator(site, tmp_path, capsys):
    from desktop.cli import main
    from desktop.core import access
    from desktop.core.domain.vocabulary import StaffRole
    from tests.people import person
    from tests.signin import credentials

    services = open_signed_in(site, create=False)
    nurse = person(services, "Y Tá Lan", StaffRole.NURSE)
    access.set_password(services, nurse.id, "lan", "y tá lan 2026")
    services.close()
    for command in (
        ("backup",),
        ("backup", "key", "--out", tmp_path),
        ("restore", site, "--yes"),
    ):
        argv = ["--lang", "en", *credentials(tmp_path, "lan", "y tá lan 2026"), *command]
        assert main([*map(str, argv), "--db", str(site)]) == 2
        err = capsys.readouterr().err
        assert "administrator" in err and "Traceback" not in err
    assert "hmtn-backup-key.txt" not in os.listdir(tmp_path)


def test_the_help_names_the_commands(capsys):
    with pytest.raises(SystemExit):
        hmtn("backup", "--help")
    assert "--to FOLDER" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        hmtn("restore", "--help")
    assert "--identity KEYFILE" in capsys.readouterr().out
