"""Importing the registry from the window: off the GUI thread, with progress and cancel."""

import datetime as dt

import pytest

from tests.factories import MALE, cccd_for, registry_row, write_registry
from ui.registry_import_dialog import RegistryImportDialog

IMPORT_TIMEOUT_MS = 60_000


def many_rows(count: int, start: int = 0) -> list[dict[str, str]]:
    birth = dt.date(1987, 7, 7)
    return [
        registry_row(
            national_id=cccd_for(birth, MALE, start + i),
            full_name="Lê Văn Thắng",
            birth_date="07/07/1987",
            sex="Nam",
            phone="",
        )
        for i in range(count)
    ]


@pytest.fixture
def dialog(qtbot, window, services):
    dialog = RegistryImportDialog(services.registry, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_good_registry_imports_while_the_window_keeps_working(
    qtbot, dialog, window, services, tmp_path
):
    path = write_registry(tmp_path / "registry.csv", many_rows(15_000))
    progress = []
    dialog.progress.valueChanged.connect(progress.append)
    turns = []
    with qtbot.waitSignal(dialog.finishedImport, timeout=IMPORT_TIMEOUT_MS) as finished:
        dialog.start(path)
        assert dialog.task.running
        assert not dialog.close_button.isEnabled()
        while dialog.task is not None:  # the GUI thread keeps turning meanwhile
            turns.append(1)
            qtbot.wait(5)
    report = finished.args[0]
    assert report.ok and report.inserted == 15_000
    assert services.donors.count() == 15_000
    assert len(progress) > 2 and dialog.progress.value() == dialog.progress.maximum()
    assert len(turns) > 3
    assert "15000 người hiến mới" in dialog.report_view.toPlainText()
    assert dialog.phase.text() == "Đã nhập xong."
    # the main window heard about it and refreshed itself
    qtbot.waitUntil(lambda: "15.000 người trong danh sách" in window.status_label.text())


def test_a_bad_registry_is_reported_and_nothing_changes(qtbot, dialog, services, tmp_path):
    rows = many_rows(3)
    rows[1]["birth_date"] = "1987-13-07"
    rows[2]["national_id"] = rows[0]["national_id"]
    path = write_registry(tmp_path / "bad.csv", rows)
    with qtbot.waitSignal(dialog.finishedImport, timeout=IMPORT_TIMEOUT_MS):
        dialog.start(path)
    report_text = dialog.report_view.toPlainText()
    assert "KHÔNG nhập danh sách bad.csv: phát hiện 2 lỗi" in report_text
    assert "Dòng 3, cột birth_date: 1987-13-07 không phải ngày hợp lệ" in report_text
    assert f"Dòng 4, cột national_id: Số {rows[0]['national_id']} đã có ở dòng 2." in report_text
    assert dialog.phase.text() == "Tệp không được nhập."
    assert not dialog.save_report_button.isHidden()
    assert services.donors.count() == 0


def test_cancel_leaves_the_registry_unchanged(qtbot, dialog, services, tmp_path):
    services.registry.import_file(write_registry(tmp_path / "first.csv", many_rows(5)))
    path = write_registry(tmp_path / "big.csv", many_rows(60_000, start=100))
    with qtbot.waitSignal(dialog.finishedImport, timeout=IMPORT_TIMEOUT_MS) as finished:
        dialog.start(path)
        dialog.cancel_button.click()
    assert finished.args == [None]
    assert dialog.phase.text() == "Đã hủy nhập. Danh sách không thay đổi."
    assert services.donors.count() == 5
    assert dialog.close_button.isEnabled()
