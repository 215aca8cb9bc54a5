"""The Backups menu of the site's window, the restore dialog and the automatic backups,
driven as a person (and the clock) would."""

from desktop.core.backups.rotation import BackupReason
from tests.backup_fixtures import register_donors, sign_in_admin
from tests.ui.restoring import informed, restored


def test_back_up_now_makes_a_backup_in_the_rotation(window, services, dialogs, qtbot):
    sign_in_admin(services)
    window.backup_menu.now_action.trigger()
    qtbot.waitUntil(lambda: bool(informed(dialogs)))
    (made,) = services.backups.backups()
    assert made.reason == BackupReason.MANUAL
    assert informed(dialogs)[0].startswith(f"Đã sao lưu: {made.path}")


def test_a_backup_to_usb_first_makes_the_administrators_key(
    window, services, dialogs, qtbot, tmp_path
):
    sign_in_admin(services)
    services.settings.update_device("TTHH-HN", "Bàn 1")
    own, stick = tmp_path / "own", tmp_path / "stick"
    own.mkdir()
    stick.mkdir()
    dialogs.will_confirm(True)  # make the key now
    dialogs.will_choose_folder(own)
    dialogs.will_choose_folder(stick)
    window.backup_menu.usb_action.trigger()
    qtbot.waitUntil(lambda: len(informed(dialogs)) == 2)
    assert (own / "hmtn-backup-key.txt").exists()
    (written,) = stick.iterdir()
    assert written.name.startswith("hmtn-backup-TTHH-HN-") and written.name.endswith(".tar.age")
    assert str(written) in informed(dialogs)[1]


def test_the_restore_dialog_checks_shows_and_restores_after_confirmation(
    controller, services, dialogs, qtbot, db_path, drive
):
    controller.show(drive)  # not handed to qtbot: the restore deletes it
    window = controller.window
    qtbot.waitExposed(window)
    sign_in_admin(services)
    register_donors(services, 2)
    made = services.backups.back_up(BackupReason.MANUAL)
    register_donors(services, 3, first=10)
    window.backup_menu.restore_action.trigger()
    dialog = window.backup_menu.restore_dialog
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1280 and dialog.height() <= 720
    assert dialog.list.count() == 1
    assert not dialog.restore_button.isEnabled()
    dialog.list.setCurrentRow(0)
    qtbot.waitUntil(dialog.restore_button.isEnabled)
    details = dialog.details.text()
    assert str(made.path) in details
    assert "Người hiến: 2 · lượt đến: 0 · đơn vị máu: 0" in details
    assert "Kiểm tra cơ sở dữ liệu: đạt" in details
    dialogs.will_confirm(False)  # not yet: nothing happens
    dialog.restore_button.click()
    assert controller.window is window and services.donors.count() == 5
    with restored(controller, dialog, dialogs, qtbot) as services_after:
        assert services_after is not services
        assert services_after.donors.count() == 2
        assert services_after.session.actor == services.session.actor  # the same person
        assert controller.window.drive.id == window.drive.id  # at the same drive
        (aside,) = db_path.parent.glob("hmtn.before-restore-*.sqlite3")
        assert str(aside) in informed(dialogs)[0]


def test_a_backup_that_fails_its_check_is_not_offered_for_restore(
    window, services, dialogs, qtbot, tmp_path
):
    sign_in_admin(services)
    not_a_backup = tmp_path / "notes.sqlite3"
    not_a_backup.write_text("hello")
    window.backup_menu.restore_action.trigger()
    dialog = window.backup_menu.restore_dialog
    dialogs.will_open(not_a_backup)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: "không phải là bản sao lưu" in dialog.details.text())
    assert not dialog.restore_button.isEnabled()
    dialog.close()


def test_closing_a_drive_and_leaving_the_app_back_up_automatically(
    controller, window, services, qtbot, drive
):
    services.reconciliation.close(drive)
    qtbot.waitUntil(lambda: any(b.reason == "drive-close" for b in services.backups.backups()))
    qtbot.waitUntil(lambda: not controller.scheduler.task.running)
    register_donors(services, 1)
    controller.back_up_at_exit()
    assert [b.reason for b in services.backups.backups()] == ["exit", "drive-close"]
    controller.back_up_at_exit()  # nothing changed since: no other backup
    assert len(services.backups.backups()) == 2


def test_the_automatic_backups_run_every_interval_set(qapp, services, translators, dialogs):
    from desktop.app import AppController

    services.settings.set("backup_interval_minutes", "5")
    controller = AppController(qapp, services, translators, dialogs)
    assert controller.scheduler.timer.interval() == 5 * 60_000
    assert controller.scheduler.timer.isActive()
    controller.scheduler.stop()
    services.settings.set("backup_interval_minutes", "0")
    controller = AppController(qapp, services, translators, dialogs)
    assert not controller.scheduler.timer.isActive()


def short_of_room(where):
    """The real disk, with less free than a backup must leave."""
    from desktop.core.backups.budget import DiskSpace

    real = DiskSpace.of(where)
    return DiskSpace(total=real.total, free=real.keep_free - 100_000_000)


def test_an_automatic_backup_with_no_room_is_said_in_the_status_bar_not_in_a_dialog(
    controller, window, services, dialogs, qtbot, caplog
):
    services.backups.disk_space = short_of_room
    register_donors(services, 1)
    controller.scheduler.back_up(BackupReason.PERIODIC)
    qtbot.waitUntil(lambda: not controller.scheduler.task.running)
    said = window.statusBar().currentMessage()
    assert said.startswith("Đã bỏ qua lần sao lưu tự động: Chưa sao lưu: bản sao lưu cần")
    assert " GB (hiện còn " in said  # the sizes said as people say them
    assert dialogs.asked == [] and services.backups.backups() == []
    assert "backup (periodic) skipped" in caplog.text


def test_back_up_now_with_no_room_is_refused_in_words(window, services, dialogs, qtbot):
    sign_in_admin(services)
    services.backups.disk_space = short_of_room
    window.backup_menu.now_action.trigger()
    qtbot.waitUntil(lambda: bool(dialogs.asked))
    [asked] = dialogs.asked
    assert "Chưa sao lưu:" in asked.detail and services.backups.backups() == []


def test_a_skipped_backup_reads_in_words_in_the_audit_trail(qapp):
    from desktop.core.domain.audit_notes import AuditNote, audit_note
    from ui.audit_notes import note_text

    stored = audit_note(
        AuditNote.BACKUP_SKIPPED, reason="periodic", needed=6_300_000_000, free=640_000_000
    )
    assert note_text(stored) == (
        "sao lưu định kỳ chưa được thực hiện: ổ đĩa không đủ chỗ (cần 6,3 GB, còn trống 640 MB)"
    )


def test_the_backup_at_exit_runs_off_the_gui_thread_and_can_be_left_out(
    controller, window, services, qtbot, monkeypatch
):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QPushButton

    from db import backup_copy

    monkeypatch.setattr(backup_copy, "STEP_PAGES", 1)  # a long copy: a page a step
    register_donors(services, 200)
    seen = []

    def while_it_copies() -> None:  # the event loop runs during the backup
        seen.append(controller.exit_backup.task.running)
        [button] = controller.exit_backup.progress.findChildren(QPushButton)
        assert button.text() == "Đóng mà không sao lưu lần này"
        button.click()

    QTimer.singleShot(0, while_it_copies)
    controller.back_up_at_exit()
    assert seen == [True]
    assert services.backups.backups() == []
    assert list(services.backups.folder().iterdir()) == []  # no copy left half made
