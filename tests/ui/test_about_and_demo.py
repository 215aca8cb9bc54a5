"""Help, About; and rebuilding the demo database from its menu, through SQLite."""

import os

import pytest

from desktop.app import AppController
from desktop.demo.builder import build_demo
from tests.factories import DonorFactory
from tests.people import open_signed_in


def test_about_shows_the_version_the_database_and_the_rule_set(qtbot, window, services):
    window.show_about()
    about = window.about
    qtbot.addWidget(about)  # closed with the test
    assert about.isVisible()
    assert about.values["version"] == "0.1.0"
    assert about.values["database"] == str(services.path)
    rules = services.rules.current
    assert about.values["rules"] == f"{rules.title_vi}, phiên bản {rules.version}"
    assert not window.demo_reset_action.isVisible()  # not a demo: never rebuilt


@pytest.fixture
def demo(tmp_path, qapp):
    path = tmp_path / "demo.sqlite3"
    build_demo(path, donors=300)
    services = open_signed_in(path)
    yield services
    services.close()


def test_the_demo_is_rebuilt_in_place_from_its_menu(qtbot, qapp, demo, translators, dialogs):
    path = demo.path
    inode = os.stat(path).st_ino
    controller = AppController(qapp, demo, translators, dialogs)
    controller.show(demo.drives.drive_to_open())
    window = controller.window
    demo.staff.add("Người thử nghiệm", "clerk")
    drive = demo.drives.drive_to_open()
    demo.checkin.check_in(drive, DonorFactory(demo).register("Người Hiến Thử"))
    assert demo.db.execute("SELECT count(*) FROM visit").fetchone()[0] == 25
    assert window.demo_reset_action.isVisible()
    window.demo_reset_action.trigger()
    qtbot.waitUntil(lambda: controller.window is not window, timeout=60_000)
    rebuilt = controller.services
    controller.window.ask_before_closing = False  # the demo has a donation in the chair
    qtbot.addWidget(controller.window)
    try:
        assert "Người thử nghiệm" not in [s.full_name for s in rebuilt.staff.everyone()]
        assert rebuilt.db.execute("SELECT count(*) FROM visit").fetchone()[0] == 24  # as built
        assert controller.window.checkin_screen.drive.code == drive.code
        assert os.stat(path).st_ino == inode  # the same file, its content replaced by SQLite
        assert not path.with_name(path.name + ".new").exists()
        assert rebuilt.db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        controller.window.close()
        rebuilt.close()
