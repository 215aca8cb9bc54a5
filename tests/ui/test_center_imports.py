"""The center's Imports tab: real export files chosen on a stick, the center's
passphrase asked (a wrong one said under the field and asked again), the files merged
off the GUI thread, a report per file in words, and every file received listed."""

import pytest
from PySide6.QtCore import Qt
from shiboken6 import isValid

from desktop.app import AppController
from tests.people import open_signed_in
from tests.ui.center_data import OFFICER, PASSPHRASE, copy_database
from tests.ui.keyboard import type_keys


@pytest.fixture
def center(built, tmp_path):
    services = open_signed_in(copy_database(built.path, tmp_path / "center.sqlite3"))
    services.staff.sign_in(services.staff.add(OFFICER, "center"))
    yield services
    services.close()


@pytest.fixture
def tab(qapp, qtbot, center, translators, dialogs):
    controller = AppController(qapp, center, translators, dialogs)
    controller.show_center()
    window = controller.window
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    yield window.imports
    window.close()


def rows(model) -> list[list[str]]:
    return [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def unlock(qtbot, tab, passphrase: str) -> None:
    """Type the passphrase in the dialog and press Enter; wait until it is checked."""
    dialog = tab.passphrase_dialog
    dialog.field.clear()
    type_keys(dialog.field, passphrase)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.running, timeout=30_000)


def test_files_are_imported_after_the_passphrase_and_reported_file_by_file(
    qtbot, tab, built, center, dialogs
):
    window = tab.window()
    assert window.tabs.tabText(0) == "Tệp từ các cơ sở"
    held_before = len(center.center_views.quarantine())
    files = [built.files["HN01"], built.files["damaged"], built.files["HN02"]]
    dialogs.will_open_paths(files)
    tab.import_button.click()
    dialog = tab.passphrase_dialog
    assert dialog.field.echoMode() == dialog.field.EchoMode.Password
    unlock(qtbot, tab, "không phải mật khẩu")
    assert dialog.isVisible() and dialog.error.isVisibleTo(dialog)
    assert dialog.error.text().startswith("Sai cụm mật khẩu")
    assert center.center_views.imports() == []  # nothing was opened

    unlock(qtbot, tab, PASSPHRASE)
    qtbot.waitUntil(lambda: not isValid(dialog))  # closed, and deleted once idle
    qtbot.waitUntil(lambda: not tab.running and tab.report_model.rowCount() == 3, timeout=60_000)
    good, damaged, foreign = rows(tab.report_model)
    assert good[:4] == [files[0].name, "được nhận và đã hợp nhất", "HN01 · Bàn HN01", "1"]
    assert int(good[4]) > 0 and good[-1] == ""  # new records, no reason
    assert damaged[1] == "bị từ chối" and damaged[-1].startswith("Tệp không khớp với chữ ký")
    assert foreign[1] == "bị từ chối"
    assert foreign[-1].startswith("Tệp được ký bằng khóa không thuộc thiết bị nào đã đăng ký")
    assert tab.message.text() == "3 tệp: 1 được nhận, 0 đã nhập trước đó, 2 bị từ chối."

    history = rows(tab.history_model)
    assert [r[1] for r in history] == [f.name for f in reversed(files)]  # newest first
    assert [r[2] for r in history] == ["bị từ chối", "bị từ chối", "được nhận và đã hợp nhất"]
    assert history[2][7] == OFFICER
    assert history[0][8] == foreign[-1]  # the reason, in words, kept
    # the other tabs read the merged records
    assert window.quarantine.model.rowCount() == len(center.center_views.quarantine())
    assert len(center.center_views.quarantine()) >= held_before

    dialogs.will_open_paths([files[0]])
    tab.import_button.click()
    unlock(qtbot, tab, PASSPHRASE)
    qtbot.waitUntil(lambda: not tab.running and tab.report_model.rowCount() == 1, timeout=60_000)
    [again] = rows(tab.report_model)
    assert again[1] == "đã nhập trước đó"


def test_cancelling_keeps_the_files_done_and_rolls_back_the_one_being_merged(
    qtbot, tab, built, center, dialogs
):
    center.center_keys.add_device(built.enrolment)
    dialogs.will_open_paths([built.files["HN01"], built.files["HN03"]])
    tab.import_button.click()
    cancel_after_first_file(tab)
    unlock(qtbot, tab, PASSPHRASE)
    qtbot.waitUntil(lambda: tab.progress.operation is not None and not tab.running,
                    timeout=60_000)  # fmt: skip
    assert "Đã hủy" in tab.message.text()
    history = rows(tab.history_model)
    assert [r[1] for r in history] == [built.files["HN01"].name]
    site_c = built.sites["HN03"]
    assert center.db.execute("SELECT count(*) FROM donation WHERE device_id = ?",
                             [site_c]).fetchall() == [(0,)]  # fmt: skip


def cancel_after_first_file(tab) -> None:
    """Cancel on the worker thread as soon as the first file is done (a direct
    connection: no race with the GUI thread); the second file's merge then stops."""

    def started(key) -> None:
        task = tab.progress.operation.task

        def progressed(phase: str, done: int, _total: int) -> None:
            if phase == "files" and done == 1:
                task.cancel()

        task.progressed.connect(progressed, Qt.ConnectionType.DirectConnection)

    tab.passphrase_dialog.unlocked.connect(started)


def test_no_file_or_no_passphrase_imports_nothing(qtbot, tab, built, center, dialogs):
    dialogs.will_open_paths([])  # the file dialog cancelled
    tab.import_button.click()
    assert tab.passphrase_dialog is None
    dialogs.will_open_paths([built.files["HN01"]])
    tab.import_button.click()
    dialog = tab.passphrase_dialog
    qtbot.keyClick(dialog.field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not isValid(dialog))
    assert tab.progress.operation is None and center.center_views.imports() == []


def test_the_report_names_the_kinds_of_flags_a_file_raised(tab):
    """A count of flags alone leaves the officer guessing: each kind is named, the DIN
    outside its device's block too, never as a code."""
    from pathlib import Path

    from desktop.core.exchange.center_files import FileOutcome, FileStatus
    from desktop.core.exchange.report import MergeReport

    report = MergeReport("x.hmtn.age")
    report.flags = [
        ("donation", "d1", "future_timestamp"),
        ("donation", "d2", "din_outside_block"),
        ("donation", "d3", "future_timestamp"),
    ]
    tab.report_model.set_entries([FileOutcome(Path("x.hmtn.age"), FileStatus.ACCEPTED,
                                              report=report)])  # fmt: skip
    headers = [tab.report_model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(tab.report_model.columnCount())]  # fmt: skip
    [row] = rows(tab.report_model)
    flags = row[headers.index("Cảnh báo")]
    assert flags == "3 (thời gian ở tương lai: 2; mã DIN nằm ngoài dải số DIN của thiết bị: 1)"
