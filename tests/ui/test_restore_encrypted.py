"""The restore of an encrypted database from the window, end to end: the administrator
signed in with a password picks a backup in the Sao lưu menu, sees its checks and what
it holds, confirms, and the window goes on with the restored records, the same person
signed in and the file as it was kept aside, encrypted with the same key."""

import pytest

from db.connection import read_only
from desktop.core.access import AccessState, database_state
from desktop.core.backups.rotation import BackupReason
from desktop.core.domain.audit_notes import AuditNote, parse_note
from desktop.core.foundation.key_file import key_file_path
from tests.backup_fixtures import register_donors
from tests.center_sites import drive_form
from tests.people import by_everyone
from tests.signin import FULL_NAME, encrypted, stock_reads
from tests.ui.restoring import informed, restored


@pytest.fixture
def services(db_path):
    """A new encrypted database, its administrator signed in with the password."""
    services = encrypted(db_path)
    yield services
    services.close()


@pytest.fixture
def drive(services, drive_date):
    with by_everyone(services):  # set up before the day
        return services.drives.create(drive_form("HM261124", drive_date))


def test_an_encrypted_database_is_restored_from_the_window_with_the_same_person(
    controller, services, dialogs, qtbot, db_path, drive
):
    controller.show(drive)  # not handed to qtbot: the restore deletes it
    window = controller.window
    qtbot.waitExposed(window)
    admin, key = services.session.actor, services.database_key
    assert admin.name == FULL_NAME and database_state(db_path) == AccessState.ENCRYPTED
    register_donors(services, 2)
    made = services.backups.back_up(BackupReason.MANUAL)
    register_donors(services, 3, first=10)  # after the backup: only in the current file

    window.backup_menu.restore_action.trigger()
    dialog = window.backup_menu.restore_dialog
    qtbot.waitExposed(dialog)
    assert dialog.list.count() == 1
    dialog.list.setCurrentRow(0)
    qtbot.waitUntil(dialog.restore_button.isEnabled)
    details = dialog.details.text()
    assert str(made.path) in details
    assert "Người hiến: 2 · lượt đến: 0 · đơn vị máu: 0" in details
    assert "Kiểm tra cơ sở dữ liệu: đạt" in details
    assert "chuỗi nhật ký thao tác: nguyên vẹn" in details
    assert not stock_reads(made.path)  # the backup is encrypted too
    with restored(controller, dialog, dialogs, qtbot) as after:
        assert after is not services
        assert after.donors.count() == 2
        assert after.session.actor == admin  # no password asked again
        assert after.database_key == key
        assert controller.window.drive.id == drive.id
        assert controller.window.operator.text().startswith(f"{FULL_NAME} (quản trị")
        assert dialogs.warnings == []
        assert not stock_reads(db_path)  # still encrypted, with the same key file
        (aside,) = db_path.parent.glob("hmtn.before-restore-*.sqlite3")
        assert str(aside) in informed(dialogs)[0]
        assert not stock_reads(aside)
        kept = read_only(aside, key)
        try:
            assert kept.execute("SELECT count(*) FROM donor").fetchone()[0] == 5
        finally:
            kept.close()
        assert key_file_path(aside).read_bytes() == key_file_path(db_path).read_bytes()
        resumed = after.db.execute(
            "SELECT note FROM audit_log WHERE action = 'sign_in' ORDER BY chain_seq DESC"
        ).fetchone()
        assert parse_note(resumed[0]) == (AuditNote.SIGNED_IN_AFTER_RESTORE, {})


def test_an_encrypted_database_is_restored_from_a_usb_backup_with_the_administrators_key(
    controller, services, dialogs, qtbot, db_path, drive, tmp_path, exchange_data_dir
):
    controller.show(drive)  # not handed to qtbot: the restore deletes it
    window = controller.window
    qtbot.waitExposed(window)
    admin = services.session.actor
    services.settings.update_device("TTHH-HN", "Bàn 1")
    own, stick = tmp_path / "own", tmp_path / "stick"
    own.mkdir()
    stick.mkdir()
    identity = services.backups.make_admin_key(own)
    register_donors(services, 2)
    written = services.backups.to_usb(stick)
    register_donors(services, 3, first=10)

    window.backup_menu.restore_action.trigger()
    dialog = window.backup_menu.restore_dialog
    qtbot.waitExposed(dialog)
    dialogs.will_open(written.path)
    dialogs.will_open(identity)
    dialog.open_button.click()
    qtbot.waitUntil(dialog.restore_button.isEnabled)
    assert "Người hiến: 2 · lượt đến: 0 · đơn vị máu: 0" in dialog.details.text()
    with restored(controller, dialog, dialogs, qtbot) as after:
        assert dialogs.warnings == []
        assert after.donors.count() == 2 and after.session.actor == admin
        assert not stock_reads(db_path)
        assert list(exchange_data_dir.glob("hmtn-backup-*")) == []  # unpacked, then gone
