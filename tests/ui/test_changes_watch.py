"""The window catches up with what another program commits to its database while it is
open (a registry imported in a terminal): the donors in the status bar, without a
restart."""

from tests.backup_fixtures import register_elsewhere
from tests.people import everyone_person


def test_the_status_bar_counts_donors_another_program_registered(
    qtbot, controller, window, services, db_path
):
    assert window.status_label.text().endswith("0 người trong danh sách")
    controller.changes_watch.timer.setInterval(50)
    register_elsewhere(db_path, everyone_person(services), 3, first=1)
    qtbot.waitUntil(lambda: window.status_label.text().endswith("3 người trong danh sách"))
