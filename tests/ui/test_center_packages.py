"""The center's packages tab: each enrolled laptop with its coming drives and its last
package; the packages of the selected laptops prepared onto a stick after the center's
passphrase, off the GUI thread, with a progress bar and Cancel; a laptop that cannot
have one says why."""

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from shiboken6 import isValid

from db.records import write_transaction
from desktop.app import AppController
from tests.center_sites import drive_form
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
def window(qapp, qtbot, center, translators, dialogs):
    controller = AppController(qapp, center, translators, dialogs)
    controller.show_center()
    qtbot.addWidget(controller.window)
    qtbot.waitExposed(controller.window)
    yield controller.window
    controller.window.close()


def rows(model) -> list[list[str]]:
    return [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def plan_drive(center, device: str, code: str = "HM270110") -> None:
    """A drive a month ahead for the laptop, as the planning tab will write it."""
    drive = center.drives.plan(drive_form(code, dt.date.today() + dt.timedelta(30)))
    with write_transaction(center.db, center.session.actor) as w:
        w.insert("drive_assignment", {"drive_id": drive.id, "for_device": device})


def unlock(qtbot, tab, passphrase: str) -> None:
    dialog = tab.passphrase_dialog
    dialog.field.clear()
    type_keys(dialog.field, passphrase)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.running, timeout=30_000)


def test_the_packages_of_the_selected_laptops_are_prepared_onto_the_stick(
    qtbot, window, center, built, dialogs, stick
):
    tab = window.packages
    assert window.tabs.tabText(window.tabs.indexOf(tab)) == "Gói dữ liệu"
    device = built.sites["HN01"]
    plan_drive(center, device)
    window.tabs.setCurrentWidget(tab)
    tab.refresh()
    [row] = rows(tab.model)
    assert row[:4] == ["HN01", "Bàn HN01", "A", "1"]
    assert row[4] == "chưa có" and row[5] == "Cần chuẩn bị: chưa có gói nào"
    center.center_keys.add_device(built.enrolment)  # a second laptop, HN03
    assert [r[0] for r in rows(tab.model)] == ["HN01", "HN03"]
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(tab.selected()) == 2 and tab.prepare_button.isEnabled()

    dialogs.will_choose_folder(stick)
    tab.prepare_button.click()
    # the key signs the packages here (the imports tab's opens the sites' files)
    assert tab.passphrase_dialog.intro.text() == (
        "Nhập cụm mật khẩu của trung tâm để ký các gói dữ liệu:"
    )
    unlock(qtbot, tab, "không phải mật khẩu")
    assert tab.passphrase_dialog.error.text().startswith("Sai cụm mật khẩu")
    unlock(qtbot, tab, PASSPHRASE)
    qtbot.waitUntil(lambda: tab.progress.operation is not None and not tab.running,
                    timeout=60_000)  # fmt: skip
    names = [f"HN01-{device[-8:]}-package-00001.hmtn.age",
             f"HN03-{built.sites['HN03'][-8:]}-package-00001.hmtn.age"]  # fmt: skip
    assert sorted(p.name for p in stick.iterdir()) == sorted(
        [*names, *(f"{name}.minisig" for name in names)]
    )
    said = tab.message.text().splitlines()
    assert said[0].startswith("HN01 · Bàn HN01: đã ghi gói số 1") and names[0] in said[0]
    assert said[1].startswith("HN03 · Bàn HN03: đã ghi gói số 1")
    for row in rows(tab.model):
        assert row[4].startswith("số 1, ") and row[5] == "Đã cập nhật"

    # the center plans another drive: the packages are out of date, and say why
    plan_drive(center, device, "HM270111")
    tab.refresh()
    assert rows(tab.model)[0][5] == "Cần chuẩn bị lại: có đợt hiến máu được lên kế hoạch kể từ đó"


def test_cancelling_leaves_nothing_on_the_stick(qtbot, window, center, built, dialogs, stick):
    tab = window.packages
    tab.table.selectRow(0)
    dialogs.will_choose_folder(stick)
    tab.prepare_button.click()

    def started(_signer) -> None:
        # at once, as the work starts: a cancel that waits for the first progress report
        # to reach this thread may come once the package is written (then too late)
        tab.progress.operation.task.cancel()

    tab.passphrase_dialog.unlocked.connect(started)
    unlock(qtbot, tab, PASSPHRASE)
    qtbot.waitUntil(lambda: tab.progress.operation is not None and not tab.running,
                    timeout=60_000)  # fmt: skip
    assert tab.message.text().startswith("Đã hủy")
    assert list(stick.iterdir()) == []
    assert center.db.execute("SELECT count(*) FROM package_log").fetchone() == (0,)


def test_a_laptop_enrolled_with_an_older_file_says_to_enrol_again(
    qtbot, window, center, built, dialogs
):
    """Its enrolment had no age key: nothing can be encrypted for it."""
    folder = built.enrolment
    values = json.loads((folder / "enrolment.json").read_text(encoding="utf-8"))
    older = folder.parent / "enrol-c-v1"
    older.mkdir(exist_ok=True)
    (older / "device.minisign.pub").write_bytes((folder / "device.minisign.pub").read_bytes())
    values = {**{k: v for k, v in values.items() if k != "recipient"}, "format_version": 1}
    (older / "enrolment.json").write_text(json.dumps(values), encoding="utf-8")
    center.center_keys.add_device(older)  # announces the change: the tab lists it
    tab = window.packages
    by_site = {row[0]: row for row in rows(tab.model)}
    assert by_site["HN03"][5].startswith("Thiết bị") and "đăng ký lại" in by_site["HN03"][5]
    tab.table.selectRow([r[0] for r in rows(tab.model)].index("HN03"))
    assert not tab.prepare_button.isEnabled()
