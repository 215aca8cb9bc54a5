"""Fixtures for driving the real windows: the tests here, and only these, use Qt freely."""

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from db.connection import connect
from desktop.app import AppController
from tests.factories import cccd_for, registry_row, write_registry
from tests.ui.center_data import build_center
from tests.ui.modal import ModalScript
from tests.ui.scripted_dialogs import ScriptedDialogs

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test in this folder is a Qt test (see tests/qt_boundary.py)."""
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.qt)


@pytest.fixture(autouse=True)
def _translated(translators) -> None:
    """Every test here sees the app's own translators, in Vietnamese unless it switches."""


@pytest.fixture(autouse=True)
def _no_window_left_open(qapp):
    """Each test starts with no window on screen: one a test left open (a dialog it did
    not close) would keep the next test's application from quitting with its window.
    A closed window's idle watch no longer sees the application's events: the window
    lives on until Python's garbage collector frees it, and every event of the tests
    after went through each such watch (up to 18 of them, Qt widgets made 3 times
    slower)."""
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            torn_down(widget)
            widget.close()
    for widget in QApplication.topLevelWidgets():
        desk = getattr(widget, "desk_access", None)
        if desk is not None and not widget.isVisible():
            qapp.removeEventFilter(desk.idle)


@pytest.fixture(autouse=True)
def _modal_scripts_stopped():
    """A test's answers to modal dialogs end with it (see tests/ui/modal.py)."""
    yield
    ModalScript.stop_all()


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """The center of tests/ui/center_data.py (``hmtn center init``'s keys, three laptops,
    their files merged and on a stick), made once per run: the tests read its folders
    and work on copies of its database."""
    return build_center(tmp_path_factory.mktemp("center"))


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    """What the user answers to the app's file, text and message dialogs, queued."""
    dialogs = ScriptedDialogs()
    yield dialogs
    assert not dialogs.answers, f"scripted answers never asked for: {list(dialogs.answers)}"


@pytest.fixture
def other_program(services):
    """Another program on the same database, which may hold its write lock
    (``BEGIN IMMEDIATE``); the app then waits only 50 ms before it gives up."""
    services.db.execute("PRAGMA busy_timeout = 50")
    other = connect(services.path)
    yield other
    other.conn.rollback()
    other.close()


def locked_once_made(other_program, operation) -> None:
    """``other_program`` takes the write lock as soon as the running ``operation`` says
    how far it got: the pages are made, and what is written after them is refused."""

    def lock(*_progress: object) -> None:
        if not other_program.conn.in_transaction:
            other_program.execute("BEGIN IMMEDIATE")

    operation.task.progressed.connect(lock)


@pytest.fixture
def controller(qapp, qtbot, services, translators, dialogs):
    controller = AppController(qapp, services, translators, dialogs)
    yield controller
    controller.scheduler.stop()  # an automatic backup (a drive closed) ends before its thread goes
    controller.changes_watch.stop()
    if controller.window is not None:
        torn_down(controller.window)
        controller.window.close()


def torn_down(window) -> None:
    """The window closes at the end of a test without asking about unsaved work."""
    if hasattr(window, "ask_before_closing"):
        window.ask_before_closing = False


@pytest.fixture
def window(controller, qtbot, drive):
    controller.show(drive)
    qtbot.addWidget(controller.window, before_close_func=torn_down)
    qtbot.waitExposed(controller.window)
    return controller.window


@pytest.fixture
def screen(window):
    return window.checkin_screen


@pytest.fixture
def registry(services, tmp_path, drive_date):
    """A small registry with the people the check-in tests need."""
    duc_birth = dt.date(1992, 10, 15)
    rows = [
        registry_row(
            national_id=cccd_for(duc_birth, "M", 11),
            full_name="Đặng Văn Đức",
            birth_date="15/10/1992",
            sex="Nam",
            phone="0912345678",
            abo="A",
            rh="+",
            donation_count="6",
            last_donation_date=(drive_date - dt.timedelta(days=40)).isoformat(),
            last_donation_type="whole_blood",
        ),
        registry_row(
            national_id=cccd_for(dt.date(1999, 4, 2), "F", 12),
            full_name="Nguyễn Thị Hồng Ánh",
            birth_date="02/04/1999",
            phone="0987000111",
            last_donation_date="2026-01-05",
            deferral_until=(drive_date + dt.timedelta(days=30)).isoformat(),
            deferral_reason="Huyết sắc tố thấp",
        ),
        registry_row(
            national_id=cccd_for(dt.date(2009, 1, 15), "M", 13),
            full_name="Trần Minh Khoa",
            birth_date="15/01/2009",
            sex="Nam",
            phone="0977000222",
            donation_count="0",
            last_donation_date="",
            last_donation_type="",
        ),
        registry_row(
            national_id=cccd_for(dt.date(1985, 3, 3), "M", 14),
            full_name="Hoàng Đức Anh",
            birth_date="03/03/1985",
            sex="Nam",
            phone="0966000333",
            last_donation_date="2026-01-05",
        ),
    ]
    report = services.registry.import_file(write_registry(tmp_path / "registry.csv", rows))
    assert report.ok
    return {row["full_name"]: services.donors.lookup(row["national_id"]).exact for row in rows}
