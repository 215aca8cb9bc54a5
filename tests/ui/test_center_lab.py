"""The center's Lab results and To notify tabs on a real center holding merged units:
results files chosen and imported off the GUI thread (a refused one reported line by
line), the quarantine and the donors to notify following, the lab conflicts decided
with a reason, a donor marked as told with how and when."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from shiboken6 import isValid

from desktop.app import AppController
from desktop.core.domain.isbt128 import spaced
from desktop.core.domain.vocabulary import LabConflictStatus, NoticeStatus
from tests.lab_center import OFFICER, build, copied, line, results_file
from tests.ui.keyboard import type_keys
from tests.ui.test_laptop_layout import SCREENS, fits, fully_shown, usable
from tests.ui.test_no_raw_codes import codes_in, raw_codes, shown_texts
from ui.center_notify_dialog import NotifyDialog


@pytest.fixture
def made(lab_center_made):
    return lab_center_made


@pytest.fixture
def lab(made, tmp_path):
    made_center = build(copied(made, tmp_path / "center.sqlite3"), tmp_path)
    yield made_center
    made_center.close()


@pytest.fixture
def window(qapp, qtbot, lab, translators, dialogs):
    controller = AppController(qapp, lab.services, translators, dialogs)
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


def import_files(qtbot, window, dialogs, *paths) -> None:
    tab = window.lab
    dialogs.will_open_paths(list(paths))
    tab.import_button.click()
    qtbot.waitUntil(lambda: not tab.running, timeout=30_000)


def test_results_files_are_imported_and_every_list_follows(qtbot, window, lab, dialogs, tmp_path):
    names = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert names[6:8] == ["Kết quả xét nghiệm", "Người cần thông báo"]
    good = results_file(tmp_path, "ket-qua.csv", line(lab.plain, "A+", "+anti_hiv"),
                        line(lab.grouped, "B+"))  # fmt: skip
    bad = results_file(tmp_path, "sai.csv", "A100126999999,A,+,âm tính,âm tính,âm tính,âm tính,,")
    window.tab_actions[6].trigger()
    assert window.tabs.currentWidget() is window.lab
    import_files(qtbot, window, dialogs, good, bad)
    tab = window.lab
    report = tab.report.toPlainText().splitlines()
    assert report[0].startswith("Đã nhập ket-qua.csv: 2 dòng; 2 đơn vị có kết quả lần đầu")
    assert report[2] == "KHÔNG nhập tệp sai.csv: phát hiện 1 lỗi. Dữ liệu không bị thay đổi."
    assert report[3].startswith("Dòng 2, cột din: Trung tâm chưa có đơn vị máu nào mang mã DIN")
    assert tab.message.text() == "2 tệp: 1 bị từ chối, các tệp khác đã được nhập."
    assert [r[1] for r in rows(tab.history_model)] == ["ket-qua.csv"]
    # the unit is held, in words, and its donor listed to notify
    quarantine = [r for r in rows(window.quarantine.model) if r[0] == lab.plain.din]
    assert [r[-1] for r in quarantine] == ["Dương tính khẳng định tại phòng xét nghiệm (anti-HIV)"]
    [notice] = rows(window.notices.model)
    assert notice[0] == "Phạm Văn Đức" and notice[5] == spaced(lab.plain.din)
    born = window.notices.model.headerData(1, Qt.Orientation.Horizontal)
    assert born == "Ngày sinh"  # a whole date is shown, not a year
    assert notice[-1] == "Dương tính khẳng định: anti-HIV (xét nghiệm ngày 26/11/2026)"
    # the blood group the lab found other than the recorded one, decided with a reason
    [conflict] = rows(tab.model)
    assert conflict[:5] == ["Nhóm máu khác", f"Lê Văn Hùng · {lab_cccd(lab)}",
                            spaced(lab.grouped.din), "O+", "B+"]  # fmt: skip
    tab.table.selectRow(0)
    dialogs.will_type("Định nhóm lại hai lần: B+")
    tab.take_button.click()
    assert "Lê Văn Hùng" in dialogs.asked[-1].detail and "B+" in dialogs.asked[-1].detail
    assert tab.model.rowCount() == 0 and not tab.take_button.isEnabled()
    assert tab.decision_message.text() == "Nhóm máu của Lê Văn Hùng từ nay là B+."
    tab.status_choice.setCurrentIndex(tab.status_choice.findData(LabConflictStatus.TAKEN))
    [decided] = rows(tab.model)
    assert decided[5] == OFFICER and decided[-1].endswith("Định nhóm lại hai lần: B+")
    assert lab.services.lab.facts().groups[lab.grouped.donor_id] == ("B", "+")
    seen = {}
    for tab in (window.quarantine, window.lab, window.notices):  # every list, every state
        window.tabs.setCurrentWidget(tab)
        for status in range(tab.status_choice.count()):
            tab.status_choice.setCurrentIndex(status)
            seen |= codes_in(shown_texts(window), raw_codes(lab.services.rules.current))
    assert seen == {}


def lab_cccd(lab) -> str:
    return lab.services.donors.get(lab.grouped.donor_id).national_id


def test_other_results_for_a_unit_wait_until_a_person_keeps_the_first(
    qtbot, window, lab, dialogs, tmp_path
):
    import_files(qtbot, window, dialogs, results_file(tmp_path, "1.csv", line(lab.plain, "A+")))
    import_files(qtbot, window, dialogs,
                 results_file(tmp_path, "2.csv", line(lab.plain, "A+", "~hbsag")))  # fmt: skip
    tab = window.lab
    [conflict] = rows(tab.model)
    assert conflict[0] == "Kết quả khác"
    assert (conflict[3], conflict[4]) == ("HBsAg: âm tính", "HBsAg: phản ứng")
    tab.table.selectRow(0)
    dialogs.will_cancel("text")  # a cancelled reason decides nothing
    tab.keep_button.click()
    assert tab.model.rowCount() == 1
    dialogs.will_type("Mẫu lần hai bị nhiễm bẩn")
    tab.keep_button.click()
    assert tab.model.rowCount() == 0
    assert (
        tab.decision_message.text()
        == f"Kết quả lần đầu của đơn vị {spaced(lab.plain.din)} được giữ."
    )


def test_a_donor_is_marked_as_told_with_how_and_when(qtbot, window, lab, dialogs, tmp_path):
    path = results_file(tmp_path, "1.csv", line(lab.other_site, "O+", "+hbsag"))
    import_files(qtbot, window, dialogs, path)
    tab = window.notices
    window.tab_actions[7].trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.table)
    tab.notified_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, NotifyDialog) and dialog.isVisible()
    assert dialog.notified_on.text() == dt.date.today().strftime("%d/%m/%Y")
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return)  # no way chosen yet
    assert dialog.errors.label("method").text() == "Bắt buộc nhập."
    dialog.method.setCurrentIndex(dialog.method.findData("phone"))
    dialog.notified_on.clear()
    type_keys(dialog.notified_on, "30/11/2026")
    type_keys(dialog.note, "Đã hẹn đến trung tâm tư vấn")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())
    assert tab.model.rowCount() == 0
    assert tab.message.text() == "Trần Thị Mai: đã ghi nhận việc thông báo."
    tab.status_choice.setCurrentIndex(tab.status_choice.findData(NoticeStatus.NOTIFIED))
    [told] = rows(tab.model)
    assert told[7:10] == ["qua điện thoại, 30/11/2026", OFFICER, "Đã hẹn đến trung tâm tư vấn"]


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_lab_tabs_and_the_dialog_fit_the_screen(qtbot, window, lab, dialogs, tmp_path, screen):
    path = results_file(tmp_path, "1.csv", line(lab.other_site, "O+", "+hbsag"),
                        line(lab.grouped, "B+"))  # fmt: skip
    import_files(qtbot, window, dialogs, path)
    window.showNormal()
    window.resize(usable(screen))
    for tab in (window.lab, window.notices):
        window.tabs.setCurrentWidget(tab)
        QApplication.processEvents()
        labels = [label for label in tab.findChildren(QLabel) if label.isVisibleTo(tab)]
        assert labels and all(fully_shown(label) for label in labels)
        assert tab.table.height() >= 150  # room for the list itself
    window.notices.notified_button.click()
    dialog = window.notices.dialog
    qtbot.waitExposed(dialog)
    assert fits(dialog, screen) and dialog.focusWidget() is dialog.method
    dialog.reject()
