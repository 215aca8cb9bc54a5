"""The database file's full check once the window is up: in the background, and damage
said plainly in Vietnamese, with what to do (restore a backup, call the center)."""

from PySide6.QtWidgets import QWidget

from desktop.core.services import open_services
from tests.people import everyone
from tests.test_integrity import damage_deep_in_an_index, registry_database
from ui.integrity_check import IntegrityStartupCheck


def started(qtbot, services, dialogs) -> IntegrityStartupCheck:
    parent = QWidget()
    qtbot.addWidget(parent)
    check = IntegrityStartupCheck(parent, services.integrity, dialogs).start()
    qtbot.waitUntil(lambda: check.report is not None)
    return check


def test_damage_found_after_the_start_is_said_with_what_to_do(qtbot, tmp_path, dialogs):
    path = tmp_path / "hmtn.sqlite3"
    registry_database(tmp_path, path)
    damage_deep_in_an_index(path)
    services = open_services(path, create=False)  # the start is not held up by it
    try:
        everyone(services)
        check = started(qtbot, services, dialogs)
        assert not check.report.ok
        (said,) = dialogs.warnings
        assert "hỏng" in said and "sao lưu" in said and "trung tâm" in said
        assert services.integrity.due()  # said again at the next start
    finally:
        services.close()


def test_a_sound_file_says_nothing_and_is_not_checked_again_today(qtbot, services, dialogs):
    check = started(qtbot, services, dialogs)
    assert check.report.ok and dialogs.warnings == []
    parent = QWidget()
    qtbot.addWidget(parent)
    again = IntegrityStartupCheck(parent, services.integrity, dialogs).start()
    assert not services.integrity.due() and again.operation.task is None  # not started
