"""The same application set up as the provincial center opens the center's window: its
devices and keys, and the lists a named person works through (quarantined units,
conflicts, people to review), on a center made with ``hmtn center init``'s service and
real merges."""

import datetime as dt
import re

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop.app import AppController, run_app
from desktop.core.domain.device_names import short_device_id
from desktop.core.domain.vocabulary import StaffRole
from desktop.core.exchange.center_keys import KnownDevice
from desktop.core.foundation.events import Topic
from tests.factories import MALE, cccd_for, qr_for
from tests.people import open_signed_in, person
from tests.ui.center_data import BIRTH, OFFICER, PASSPHRASE, copy_database
from tests.ui.keyboard import type_keys
from tests.ui.modal import ModalScript
from tests.ui.signing_in import opening
from tests.ui.test_laptop_layout import SCREENS, fits, fully_shown, usable
from tests.ui.test_no_raw_codes import codes_in, raw_codes, shown_texts
from ui.center_passphrase_dialog import PassphraseDialog
from ui.center_window import CenterWindow


@pytest.fixture
def center(built, tmp_path):
    services = open_signed_in(copy_database(built.path, tmp_path / "center.sqlite3"))
    officer = services.staff.add(OFFICER, "center")
    services.staff.sign_in(officer)
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


def test_a_center_database_opens_the_center_window(qtbot, built, tmp_path, dialogs):
    path = copy_database(built.path, tmp_path / "center.sqlite3")
    seen = []

    def ready(window) -> None:
        tabs = window.tabs
        seen.append((type(window), [tabs.tabText(i) for i in range(tabs.count())]))
        window.close()

    ModalScript(opening(path))  # its administrator first (a center from before sign-in)
    assert run_app(path, dialogs=dialogs, on_ready=ready) == 0
    [(kind, tabs)] = seen
    assert kind is CenterWindow
    assert tabs == [
        "Tệp từ các cơ sở",
        "Thiết bị",
        "Đơn vị máu cách ly",
        "Xung đột",
        "Người cần xem lại",
        "Người hiến",
        "Kết quả xét nghiệm",
        "Người cần thông báo",
        "Lịch đợt hiến máu",
        "Gói dữ liệu",
    ]
    assert dialogs.asked == []  # no site set-up, no drive picker


def test_the_devices_tab_shows_the_keys_adds_after_the_fingerprint_and_revokes(
    window, center, built, dialogs
):
    devices = window.devices
    fingerprints = center.center_keys.center_fingerprints()
    assert {n: label.text() for n, label in devices.fingerprints.items()} == fingerprints
    assert [d.site_code for d in devices.model.entries] == ["HN01"]

    enrolment = center.center_keys.enrolment_in(built.enrolment)
    dialogs.will_choose_folder(built.enrolment)
    dialogs.will_confirm(False)
    devices.add_button.click()
    assert enrolment.fingerprint in dialogs.asked[-1].detail
    assert [d.site_code for d in devices.model.entries] == ["HN01"]

    dialogs.will_choose_folder(built.enrolment)
    dialogs.will_confirm(True)
    devices.add_button.click()
    assert [d.site_code for d in devices.model.entries] == ["HN01", "HN03"]
    assert "HN03" in devices.message.text()

    devices.table.selectRow(1)
    dialogs.will_type("")  # a reason is required: asked again
    dialogs.will_type("Máy bị mất cắp")
    devices.revoke_button.click()
    revoked = devices.model.entries[1]
    assert isinstance(revoked, KnownDevice) and revoked.status == "revoked"
    assert revoked.revoke_reason == "Máy bị mất cắp"
    assert "Máy bị mất cắp" in devices.model.data(devices.model.index(1, 7))
    assert "đã thu hồi" in devices.model.data(devices.model.index(1, 5))
    assert not devices.revoke_button.isEnabled()


def test_a_quarantined_unit_is_released_by_the_signed_in_person_with_a_reason(
    window, center, dialogs
):
    tab = window.quarantine
    window.tab_actions[2].trigger()
    assert window.tabs.currentWidget() is tab
    entries = tab.model.entries
    assert len(entries) == 2 and len({e.din for e in entries}) == 1 and entries[0].din
    reasons = {tab.model.data(tab.model.index(r, 5)) for r in range(2)}
    assert all(r.startswith("Mã DIN của đơn vị trùng với một đơn vị khác") for r in reasons)

    tab.table.selectRow(0)
    held = tab.table.selected()
    dialogs.will_cancel("text")
    tab.release_button.click()
    assert len(tab.model.entries) == 2
    dialogs.will_type("Đã đối chiếu nhãn DIN với phiếu gốc")
    tab.release_button.click()
    assert [e.id for e in tab.model.entries] != [held.id] and len(tab.model.entries) == 1

    tab.status_choice.setCurrentIndex(1)  # released
    [released] = tab.model.entries
    assert (released.id, released.decided_by) == (held.id, OFFICER)
    row = [tab.model.data(tab.model.index(0, c)) for c in range(tab.model.columnCount())]
    assert "đã cho lưu hành" in row and OFFICER in row
    assert not tab.release_button.isEnabled()
    assert center.db.execute(
        "SELECT actor_name FROM audit_log WHERE action = 'quarantine_released'"
    ).fetchall() == [(OFFICER,)]


def test_a_conflict_shows_the_versions_side_by_side_and_keeps_the_chosen_one(
    window, center, dialogs, built
):
    tab = window.conflicts
    [entry] = tab.model.entries
    assert entry.table == "donation" and "volume_ml" in entry.differing
    versions = tab.versions
    assert versions.columnCount() == 2
    assert versions.verticalHeaderItem(1).text() == "Thể tích (ml)"  # what differs first
    volumes = [versions.item(1, c).text() for c in range(2)]
    assert sorted(volumes) == ["350", "430"] and versions.item(1, 0).font().bold()
    assert all("HN01" in versions.horizontalHeaderItem(c).text() for c in range(2))
    headers = [versions.horizontalHeaderItem(c).text() for c in range(2)]
    assert sum("sau khôi phục lần 1" in h for h in headers) == 1  # the restored laptop's
    cells = [versions.item(r, c).text() for r in range(versions.rowCount()) for c in range(2)]
    assert not [text for text in cells if re.match(r"\d{4}-\d\d-\d\d", text)]  # dd/mm/yyyy
    labels = [versions.verticalHeaderItem(r).text() for r in range(versions.rowCount())]
    assert "Donor id" not in labels and "Kết thúc lúc" in labels  # ids only when they differ
    assert labels[0] == "Nhận lúc"

    versions.selectColumn(volumes.index("350"))
    dialogs.will_type("Phiếu gốc ghi 350 ml")
    tab.keep_button.click()
    assert tab.model.entries == []
    assert center.db.execute("SELECT volume_ml FROM donation WHERE id = ?",
                             [entry.record_id]).fetchall() == [(350,)]  # fmt: skip
    tab.status_choice.setCurrentIndex(1)  # resolved
    [resolved] = tab.model.entries
    assert (resolved.resolved_by, resolved.decision_reason) == (OFFICER, "Phiếu gốc ghi 350 ml")
    assert not tab.keep_button.isEnabled()


def test_two_records_to_review_are_compared_and_merged_as_one_person(window, center, dialogs):
    tab = window.reviews
    [entry] = tab.model.entries
    pair = tab.pair
    assert [pair.item(0, c).text() for c in range(2)] == ["Phạm Văn Đức"] * 2
    cccd = [pair.item(2, c).text() for c in range(2)]
    assert sorted(bool(v) for v in cccd) == [False, True] and pair.item(2, 0).font().bold()

    dialogs.will_type("Cùng số điện thoại, đã gọi xác nhận")
    tab.merge_button.click()
    assert tab.model.entries == []
    assert "một người" in tab.message.text()
    assert center.db.execute("SELECT count(*) FROM donor_redirect WHERE reason = 'reviewed'"
                             ).fetchall() == [(1,)]  # fmt: skip
    tab.status_choice.setCurrentIndex(2)  # merged
    [merged] = tab.model.entries
    assert (merged.id, merged.decided_by) == (entry.id, OFFICER)


def test_the_registry_finds_a_person_merged_from_two_sites_once_with_both_donations(
    qtbot, window, center, built
):
    """Phạm Văn Đức gave blood at HN01 (registered without a CCCD) and at HN02: two
    records until a person decides they are one, then one person with both units."""
    window.tab_actions[5].trigger()
    tab = window.registry
    assert window.tabs.currentWidget() is tab and tab.search.hasFocus()
    type_keys(tab.search, "pham van duc\r")  # no accents, as a clerk types in a hurry
    hn02 = f"thiết bị {short_device_id(built.sites['HN02'])}"  # not enrolled yet
    assert sorted(tab.model.index(r, 8).data() for r in range(2)) == ["HN01", hn02]
    assert tab.found_label.text() == "Tìm thấy 2 người"

    [review] = center.center_views.reviews()
    center.center.merge_people(review.id, "Cùng số điện thoại, đã gọi xác nhận")
    [person] = tab.model.entries  # the merge is announced: the search runs again
    cells = [tab.model.index(0, c).data() for c in range(9)]
    assert cells[:3] + cells[4:6] == ["Phạm Văn Đức", "15/05/1990", "Nam", "chưa rõ", "2"]
    assert cells[7:] == ["không", f"HN01, {hn02}"]
    assert tab.history_label.text() == "Phạm Văn Đức: 2 lần hiến máu trung tâm đang giữ"
    rows = [[tab.history_model.index(r, c).data() for c in range(6)] for r in range(2)]
    assert sorted(row[1].partition(" · ")[0] for row in rows) == ["HN01", hn02]
    assert {row[4] for row in rows} == {"đủ"} and all(row[0] for row in rows)

    tab.search.clear()
    type_keys(tab.search, "15/05/1990\r")
    assert [p.id for p in tab.model.entries] == [person.id]
    mai = cccd_for(dt.date(1995, 2, 3), MALE, 2)
    for query in (mai, qr_for(mai, "Trần Thị Mai", dt.date(1995, 2, 3), MALE)):
        tab.search.clear()
        type_keys(tab.search, f"{query}\r")
        assert [p.donor.full_name for p in tab.model.entries] == ["Trần Thị Mai"], query
    tab.search.clear()
    type_keys(tab.search, f"{cccd_for(BIRTH, MALE, 999)}\r")
    assert tab.model.entries == [] and tab.found_label.text() == "Tìm thấy 0 người"


def test_a_decision_is_made_by_the_person_signed_in(qtbot, window, center, dialogs):
    other = person(center, "ĐD. Lê Văn Hùng", StaffRole.CENTER)
    center.staff.sign_in(other)
    assert window.operator_bar.operator.text() == "ĐD. Lê Văn Hùng (nhân viên trung tâm)"
    window.quarantine.table.selectRow(0)
    dialogs.will_type("Túi máu bị rách")
    window.quarantine.discard_button.click()
    assert center.db.execute(
        "SELECT s.full_name FROM quarantine q JOIN staff s ON s.id = q.decided_by"
    ).fetchall() == [("ĐD. Lê Văn Hùng",)]


def test_the_center_window_shows_no_raw_code(window, center, built, dialogs):
    """Every list, the entries still open and those decided (one of each decided)."""
    codes = raw_codes(center.rules.current)
    [held, _] = center.center_views.quarantine()
    center.center.release(held.id, "Đã đối chiếu")
    [conflict] = center.center_views.conflicts()
    center.center.resolve_conflict(conflict.id, conflict.heads[0].stamp, "Theo phiếu gốc")
    [review] = center.center_views.reviews()
    center.center.dismiss_review(review.id, "Khác quê quán")
    center.center_keys.revoke(center.center_keys.devices()[0].id, "Máy đã thanh lý")
    key = center.center_files.unlock(PASSPHRASE)
    files = [built.files[name] for name in ("HN01", "damaged", "HN02")]
    window.imports.report_model.set_entries(center.center_files.import_files(files, key))
    window.refresh_lists()
    window.imports.refresh()
    type_keys(window.registry.search, "Phạm Văn Đức\r")
    window.calendar.first.setDate(QDate(2026, 1, 1))  # the laptops' drives, whatever today is
    window.calendar.last.setDate(QDate(2026, 12, 31))
    center.bus.publish(*Topic)
    seen: dict[str, str] = {}
    shown = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.currentWidget()
        choice = getattr(tab, "status_choice", None)
        for status in range(choice.count() if choice is not None else 1):
            if choice is not None:
                choice.setCurrentIndex(status)
            seen |= codes_in(shown_texts(window), codes)
            shown.append(getattr(tab, "model", getattr(tab, "history_model", None)).rowCount())
    assert seen == {}
    # each list and each decision seen (the laboratory's lists are empty here)
    assert shown == [3, 1, 1, 1, 0, 0, 1, 0, 1, 0, 2, 0, 0, 0, 0, 0, 0, 2, 1]
    assert window.windowTitle() == "HMTN Desk — Trung tâm truyền máu tỉnh"


def test_the_center_window_switches_language_and_stays_the_centers(
    qapp, qtbot, center, translators, dialogs
):
    controller = AppController(qapp, center, translators, dialogs)
    controller.show_center()
    controller.window.tabs.setCurrentIndex(3)
    controller.window.language_actions["en"].trigger()
    window = controller.window
    qtbot.addWidget(window)
    assert isinstance(window, CenterWindow) and window.tabs.currentIndex() == 3
    assert window.windowTitle() == "HMTN Desk — Provincial blood center"
    assert window.tabs.tabText(3) == "Conflicts"
    assert center.settings.language == "en"
    window.language_actions["vi"].trigger()  # and back: the next tests read Vietnamese
    qtbot.addWidget(controller.window)
    assert controller.window.tabs.tabText(3) == "Xung đột"
    controller.shut_down()


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_center_window_and_its_passphrase_dialog_fit_the_screen(qtbot, window, screen):
    room = usable(screen)
    hint = window.minimumSizeHint()
    assert hint.width() <= room.width() and hint.height() <= room.height()
    window.showNormal()
    window.resize(room)
    QApplication.processEvents()
    # all ten tabs in view, each label in full: no scrolling to reach the last ones
    bar = window.tabs.tabBar()
    last = bar.tabRect(bar.count() - 1)
    assert last.right() < bar.width() and last.right() < window.tabs.width()
    metrics = bar.fontMetrics()
    for index in range(bar.count()):
        assert bar.tabRect(index).width() > metrics.horizontalAdvance(bar.tabText(index))
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        tab = window.tabs.currentWidget()
        labels = [label for label in tab.findChildren(QLabel) if label.isVisibleTo(tab)]
        assert labels and all(fully_shown(label) for label in labels)
    dialog = PassphraseDialog(lambda _passphrase: None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert fits(dialog, screen) and dialog.focusWidget() is dialog.field


def test_ctrl_and_a_number_opens_a_tab_with_the_keys_in_its_list(qtbot, window):
    """Ctrl+3 then the arrow keys: the list of the tab opened has the keyboard (the
    Import button on the first tab)."""
    tabs = [window.imports.import_button, window.devices.table, window.quarantine.table,
            window.conflicts.table, window.reviews.table, None, window.lab.table,
            window.notices.table]  # fmt: skip
    for index in (2, 3, 4, 6, 7, 1, 0):
        qtbot.keyClick(window, f"{index + 1}", Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == index
        qtbot.waitUntil(lambda i=index: QApplication.focusWidget() is tabs[i])


def test_the_center_locks_when_idle_opens_with_the_pin_and_switches_person(qtbot, window, center):
    """The donors' health data at the center are covered as at a drive's desk: the idle
    lock, Ctrl+L, the lock screen opened with the officer's PIN, F12 for a colleague."""
    from desktop.core import access
    from tests.people import everyone
    from tests.ui.keyboard import press

    officer = center.session.actor
    colleague = person(center, "Trần Văn Hải", StaffRole.CENTER)
    everyone(center)  # an administrator gives both their user names and PINs
    for staff_id, user, pin in (
        (officer.staff_id, "bslan", "1357"),
        (colleague.id, "tvhai", "8642"),
    ):
        center.logins.set_user_name(staff_id, user)
        access.set_pin(center, staff_id, pin)
    center.staff.sign_in(center.staff.get(officer.staff_id))
    desk = window.desk_access
    staff_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Nhân viên")
    assert {desk.switch_action, desk.lock_action} <= set(staff_menu.actions())
    assert desk.lock_action in window.operator_bar.actions()
    desk.idle.set_interval(20)  # the test's idle time: 20 ms
    qtbot.waitUntil(lambda: desk.locked, timeout=5_000)
    desk.idle.set_interval(0)
    assert desk.screen.isVisible() and not window.tabs.isVisible()
    assert QApplication.activeModalWidget() is desk.screen
    assert center.session.actor.staff_id is None
    assert desk.screen.user.text() == "bslan"
    type_keys(desk.screen.secret, "1357")
    press(desk.screen.secret, Qt.Key.Key_Return)
    assert not desk.locked and window.tabs.isVisible()
    assert center.session.actor == officer
    assert desk.switch_action.shortcut().toString() == "F12"
    assert desk.lock_action.shortcut().toString() == "Ctrl+L"
    desk.switch_action.trigger()
    dialog = desk.dialog
    type_keys(dialog.user, "tvhai")
    type_keys(dialog.pin, "8642")
    press(dialog.pin, Qt.Key.Key_Return)
    assert center.session.actor.name == "Trần Văn Hải"
    assert window.operator_bar.operator.text().startswith("Trần Văn Hải")
    desk.lock_action.trigger()
    assert desk.locked and center.session.actor.staff_id is None
