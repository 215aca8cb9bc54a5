"""The screening station driven through its real widgets, keyboard first."""

import datetime as dt

import pypdfium2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core.domain.answers import Answer
from desktop.core.domain.vocabulary import StaffRole
from desktop.core.eligibility.measurements import MeasurementForm
from desktop.core.stations.screening import DoctorDecision
from tests.factories import FEMALE, MALE
from tests.people import by_everyone, person
from tests.ui.keyboard import commit_text, type_keys
from ui.status_line import StatusLine, Tone


@pytest.fixture
def doctor(services):
    doctor = person(services, "BS. Trần Thị Hoa", StaffRole.DOCTOR)
    services.staff.sign_in(doctor)
    return doctor


@pytest.fixture
def station(window, doctor):
    window.screening_action.trigger()
    assert window.tabs.currentWidget() is window.screening_screen
    return window.screening_screen


@pytest.fixture
def checked_in(services, drive, donors):
    def check_in(name="Phạm Văn Đức", sex=MALE, birth=dt.date(1990, 5, 15), answers=None):
        donor = donors.register(name, birth, sex)
        with by_everyone(services):
            visit = services.checkin.check_in(drive, donor).visit
            if answers is not None:
                services.screening.save_questionnaire(visit.id, answers)
        return visit

    return check_in


def focused():
    return QApplication.focusWidget()


def said_on_screen(station) -> list[str]:
    """Every line of the station saying something, as the user reads them: its status
    lines and the error lines under the fields."""
    lines = [
        *station.findChildren(StatusLine),
        *station.measurements.errors.labels.values(),
        *station.decision.errors.labels.values(),
        *station.questionnaire.errors.labels.values(),
    ]
    return [label.text() for label in lines if label.text() and label.isVisibleTo(station)]


def key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(), key, modifier)


def activate(qtbot, window):
    """Offscreen, a closed dialog hands the activation back to nobody: take it."""
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def type_and_tab(qtbot, text):
    type_keys(focused(), text)
    key(qtbot, Qt.Key.Key_Tab)


def test_a_normal_donor_from_the_queue_to_acceptance_without_the_mouse(
    qtbot, services, drive, station, checked_in
):
    visit = checked_in(answers={})
    qtbot.waitUntil(lambda: station.waiting_model.rowCount() == 1)
    station.focus_queue()
    key(qtbot, Qt.Key.Key_Return)
    assert station.donor_label.text() == "STT A1 — Phạm Văn Đức"
    assert focused() is station.measurements.weight
    for text in ("62", "125", "80", "72"):
        type_and_tab(qtbot, text)
    key(qtbot, Qt.Key.Key_Tab)  # pulse regular: ticked already
    type_and_tab(qtbot, "138")
    key(qtbot, Qt.Key.Key_Tab)  # haemoglobin method: quick meter
    assert focused() is station.measurements.hbsag
    key(qtbot, Qt.Key.Key_Down)  # "negative"
    assert station.decision.proposal_label.text() == "Đề xuất: Cho hiến 450 ml"
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    # A button's shortcut "animates" the click: it lands a moment later.
    qtbot.waitUntil(lambda: services.screening.record(visit.id).decision is not None)

    record = services.screening.record(visit.id)
    assert (record.decision, record.volume_ml, record.doctor_name) == (
        "accept",
        450,
        "BS. Trần Thị Hoa",
    )
    assert (record.weight_kg, record.systolic, record.hb_g_l, record.hbsag) == (
        62,
        125,
        138,
        "negative",
    )
    assert [e.approved_volume_ml for e in services.collection.queue(drive)] == [450]
    assert station.waiting_model.rowCount() == 0
    assert "STT A1 Phạm Văn Đức — Cho hiến 450 ml" in station.done_label.text()
    assert station.decided_model.data(station.decided_model.index(0, 2)) == "Cho hiến 450 ml"
    assert focused() is station.waiting


def test_questionnaire_at_check_in_then_a_deferral_shown_at_the_next_check_in(
    qtbot, services, window, doctor, checked_in
):
    visit = checked_in()
    panel = window.queue_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    panel.questionnaire_button.click()
    dialog = panel.questionnaire_dialog
    activate(qtbot, dialog)
    assert not dialog.form.boxes["pregnant"].isVisibleTo(dialog)  # a man
    dialog.form.boxes["tattoo"].setFocus()
    key(qtbot, Qt.Key.Key_Space)
    assert focused() is dialog.form.dates["tattoo"]
    type_keys(focused(), "01/09/2026")
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert panel.message.text() == "Đã lưu phiếu câu hỏi sức khỏe: STT A1 Phạm Văn Đức."
    assert panel.message.tone == Tone.DONE
    record = services.screening.record(visit.id)
    assert record.answers["tattoo"] == Answer(True, dt.date(2026, 9, 1))
    assert record.questionnaire_by == "BS. Trần Thị Hoa"

    activate(qtbot, window)
    window.screening_action.trigger()
    station = window.screening_screen
    station.focus_queue()
    key(qtbot, Qt.Key.Key_Return)
    assert station.answered_label.text().startswith("Phiếu câu hỏi do BS. Trần Thị Hoa ghi lúc")
    assert station.questionnaire.boxes["tattoo"].isChecked()
    for text in ("60", "120", "80", "70"):
        type_and_tab(qtbot, text)
    station.measurements.hb.setText("140")
    station.measurements.hbsag.setCurrentIndex(1)
    assert station.decision.proposal_label.text() == "Đề xuất: Hoãn đến 01/03/2027"
    assert (
        "Xăm mình ngày 01/09/2026; hiến lại từ 01/03/2027" in station.decision.reasons_label.text()
    )
    key(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: services.screening.record(visit.id).decision == "defer_temporary")

    window.checkin_action.trigger()
    screen = window.checkin_screen
    screen.open_donor(services.donors.get(visit.donor_id))
    assert "Tạm hoãn hiến máu đến 01/03/2027: Xăm mình" in screen.card.warnings_label.text()


def test_an_override_needs_a_reason_written_before_it_is_recorded(
    qtbot, services, station, checked_in
):
    visit = checked_in(answers={"antibiotics": Answer(True)})
    qtbot.waitUntil(lambda: station.waiting_model.rowCount() == 1)
    station.open_row(0)
    fields = station.measurements
    for field, text in (
        (fields.weight, "55"), (fields.systolic, "120"), (fields.diastolic, "75"),
        (fields.pulse, "70"), (fields.hb, "130"),
    ):  # fmt: skip
        type_keys(field, text)
    fields.hbsag.setCurrentIndex(1)
    assert station.decision.proposal_label.text().startswith("Đề xuất: Hoãn đến")
    station.decision.accept_button.click()
    assert station.decision.errors.text("reason") == (
        "Cho hiến khi không đạt tiêu chuẩn phải ghi rõ lý do."
    )
    assert services.screening.record(visit.id).decision is None

    commit_text(station.decision.reason, "Kháng sinh bôi ngoài da, không uống")
    station.decision.accept_button.click()
    record = services.screening.record(visit.id)
    assert (record.decision, record.volume_ml) == ("accept", 450)
    assert record.override_reason == "Kháng sinh bôi ngoài da, không uống"
    assert record.overridden_rules == ["q.antibiotics"]
    assert station.decided_model.data(station.decided_model.index(0, 3)) == "vượt quy tắc"


def test_an_impossible_value_is_refused_and_the_rest_of_the_form_kept(
    qtbot, services, station, checked_in
):
    visit = checked_in(answers={})
    qtbot.waitUntil(lambda: station.waiting_model.rowCount() == 1)
    station.open_row(0)
    fields = station.measurements
    type_keys(fields.weight, "4")
    type_keys(fields.systolic, "70")
    type_keys(fields.diastolic, "90")
    assert fields.errors.text("weight_kg") == ("4 kg là không thể; nhập giá trị từ 20 đến 250 kg.")
    assert fields.errors.text("systolic") == ("Huyết áp tâm thu phải cao hơn huyết áp tâm trương.")
    assert station.decision.proposal_label.text() == "Sửa các ô được đánh dấu để xem đề xuất."
    station.decision.accept_button.click()
    assert services.screening.record(visit.id).decision is None
    assert (fields.weight.text(), fields.systolic.text()) == ("4", "70")
    fields.weight.setText("58")
    fields.systolic.setText("118")
    assert fields.errors.text("weight_kg") == ""
    assert station.decision.proposal_label.text() == "Đề xuất: Chưa đủ: còn thiếu chỉ số"


def test_women_only_items_are_asked_of_women(qtbot, station, checked_in):
    checked_in("Đặng Thị Thu", FEMALE, dt.date(1995, 3, 10), answers={})
    qtbot.waitUntil(lambda: station.waiting_model.rowCount() == 1)
    station.open_row(0)
    assert station.questionnaire.boxes["pregnancy_ended"].isVisibleTo(station)
    assert station.questionnaire.labels["pregnancy_ended"].text() == (
        "Chấm dứt thai kỳ (sinh con, sảy thai, phá thai) trong 12 tháng gần đây"
    )


def test_a_decision_can_be_reopened_with_a_reason(qtbot, services, station, checked_in, dialogs):
    visit = checked_in(answers={"hiv": Answer(True)})
    qtbot.waitUntil(lambda: station.waiting_model.rowCount() == 1)
    station.open_row(0)
    station.decision.defer_button.click()
    assert services.donors.get(visit.donor_id).deferral_permanent
    station.decided.selectRow(0)
    dialogs.will_type("Bấm nhầm câu hỏi HIV")
    station.reopen_button.click()
    assert station.waiting_model.rowCount() == 1
    assert not services.donors.get(visit.donor_id).deferral_permanent


def test_the_station_in_english(qtbot, controller, services, drive, doctor, checked_in):
    checked_in(answers={"tattoo": Answer(True, dt.date(2026, 9, 1))})
    controller.show(drive)
    controller.window.language_actions["en"].trigger()
    english = controller.window
    qtbot.addWidget(english)
    try:
        english.screening_action.trigger()
        station = english.screening_screen
        station.open_row(0)
        assert station.questionnaire.labels["tattoo"].text() == "Tattoo"
        station.measurements.weight.setText("60")
        assert station.decision.proposal_label.text() == "Proposed: Defer until 01/03/2027"
        assert "Tattoo on 01/09/2026; may give again from 01/03/2027" in (
            station.decision.reasons_label.text()
        )
        assert "Weight not measured" not in station.decision.reasons_label.text()
        assert "Haemoglobin not tested" in station.decision.reasons_label.text()
    finally:
        english.language_actions["vi"].trigger()


def test_installing_a_rule_set_rebuilds_the_station_around_it(
    qtbot, controller, services, drive, tmp_path, dialogs
):
    from desktop.core.eligibility.harness import DEFAULT_CASES
    from desktop.core.eligibility.ruleset import DEFAULT_RULE_SET

    text = (
        DEFAULT_RULE_SET.read_text(encoding="utf-8")
        .replace('version = "VN-TT26-2013/2026.1"', 'version = "HN-2027/1"')
        .replace('vi = "Xăm mình"', 'vi = "Xăm hình, phun xăm thẩm mỹ"')
    )
    path = tmp_path / "hn.toml"
    path.write_text(text, encoding="utf-8")
    controller.show(drive)  # not the window fixture: this window is replaced
    window = controller.window
    window.edit_rule_set()
    dialog = window.rule_set_dialog
    assert "VN-TT26-2013/2026.1" in dialog.current.text()
    broken = tmp_path / "broken.toml"
    broken.write_text(text.replace("ml_per_kg = 9", "ml_per_kg = nan"), encoding="utf-8")
    assert not dialog.install(broken)
    assert dialog.outcome.text() == "Chưa cài bộ tiêu chuẩn này: không dùng được broken.toml."
    assert dialog.details.toPlainText() == (
        "Dòng 26: volume.ml_per_kg = nan: ngưỡng phải là một số hữu hạn."
    )
    failing = tmp_path / "failing.csv"
    header = DEFAULT_CASES.read_text(encoding="utf-8").splitlines()[0]
    failing.write_text(
        f"{header}\n"
        "ok,M,1990-05-15,2026-11-24,62,140,120,80,72,neg,,,,accept,450,-\n"
        "wrong,M,1990-05-15,2026-11-24,62,140,120,80,72,neg,,,,accept,350,-\n",
        encoding="utf-8",
    )
    dialogs.will_open(failing)  # no hn-cases.csv beside hn.toml: the dialog asks
    assert not dialog.install(path)
    assert dialog.outcome.text() == "Chưa cài: 1 trong số 2 ca kiểm định không đạt."
    assert dialog.details.toPlainText() == "FAIL wrong: max_ml 450, expected 350"
    assert "VN-TT26-2013/2026.1" in dialog.current.text()
    dialogs.will_open(DEFAULT_CASES)
    assert dialog.install(path)
    total = len(services.rules.install_file(path, DEFAULT_CASES).results)
    assert dialog.outcome.text() == f"Đã cài phiên bản HN-2027/1. Cả {total} ca kiểm định đều đạt."
    assert "HN-2027/1" in dialog.current.text()
    assert services.rules.current.sha256 in dialog.current.text()
    dialog.close()
    rebuilt = controller.window
    qtbot.addWidget(rebuilt)
    assert rebuilt is not window
    labels = rebuilt.screening_screen.questionnaire.labels
    assert labels["tattoo"].text() == "Xăm hình, phun xăm thẩm mỹ"


def test_answers_ticked_for_a_donor_are_kept_when_the_doctor_moves_on(
    qtbot, services, station, checked_in
):
    first = checked_in(answers={})
    checked_in("Đặng Thị Thu", FEMALE, dt.date(1995, 3, 10))
    qtbot.waitUntil(lambda: station.waiting_model.rowCount() == 2)
    station.open_row(0)
    station.questionnaire.boxes["fever"].setChecked(True)
    station.open_row(1)
    assert services.screening.record(first.id).answers["fever"] == Answer(True, None)
    assert station.questionnaire.boxes["fever"].isChecked() is False


def test_the_check_in_counts_follow_the_decisions(qtbot, services, window, doctor, checked_in):
    visit = checked_in(answers={"hiv": Answer(True)})
    checked_in("Đặng Thị Thu", FEMALE, dt.date(1995, 3, 10))
    decision = DoctorDecision("defer_permanent")
    services.screening.decide(visit.id, MeasurementForm(), decision)
    counts = window.queue_panel.counts  # each item unbroken: no-break spaces inside
    qtbot.waitUntil(lambda: "hoãn:\u00a01" in counts.text())
    assert counts.text().startswith("Đã\u00a0tiếp\u00a0nhận:\u00a02 · chờ\u00a0khám:\u00a01")


def fill_healthy(station):
    fields = station.measurements
    for field, text in (
        (fields.weight, "62"), (fields.systolic, "125"), (fields.diastolic, "80"),
        (fields.pulse, "72"), (fields.hb, "138"),
    ):  # fmt: skip
        type_keys(field, text)
    fields.hbsag.setCurrentIndex(1)


def test_no_acceptance_until_the_doctor_records_the_questionnaire(
    qtbot, services, station, checked_in
):
    visit = checked_in()  # the clerk did not record the questionnaire
    qtbot.waitUntil(lambda: station.waiting_model.rowCount() == 1)
    station.focus_queue()
    key(qtbot, Qt.Key.Key_Return)
    assert station.answered_label.text() == "Chưa ghi phiếu câu hỏi sức khỏe."
    assert station.record_answers_button.isVisibleTo(station)
    assert focused() is station.questionnaire.boxes["donated_before"]
    fill_healthy(station)
    assert station.decision.proposal_label.text() == (
        "Đề xuất: Chưa đủ: chưa ghi phiếu câu hỏi sức khỏe"
    )
    assert "✗ Chưa ghi phiếu câu hỏi sức khỏe" in station.decision.reasons_label.text()
    station.decision.accept_button.click()
    assert services.screening.record(visit.id) is None  # nothing, not "no" to all
    assert station.message.text() == "Ghi phiếu câu hỏi sức khỏe trước khi cho hiến."
    assert said_on_screen(station).count("Ghi phiếu câu hỏi sức khỏe trước khi cho hiến.") == 1

    station.questionnaire.boxes["fever"].setFocus()  # the donor had a fever last month
    key(qtbot, Qt.Key.Key_Space)
    type_keys(station.questionnaire.dates["fever"], "01/10/2026")
    key(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: services.screening.record(visit.id) is not None)
    record = services.screening.record(visit.id)
    assert record.questionnaire_by == "BS. Trần Thị Hoa"
    assert record.answers["fever"] == Answer(True, dt.date(2026, 10, 1))
    assert record.answers["hiv"] == Answer(False)
    assert station.answered_label.text().startswith("Phiếu câu hỏi do BS. Trần Thị Hoa ghi lúc")
    assert not station.record_answers_button.isVisibleTo(station)
    assert "Ghi phiếu câu hỏi sức khỏe trước khi cho hiến." not in said_on_screen(station)
    assert focused() is station.measurements.weight
    assert station.decision.proposal_label.text() == "Đề xuất: Cho hiến 450 ml"
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: services.screening.record(visit.id).decision == "accept")


def test_after_a_decision_nothing_of_the_donor_stays_on_screen(
    qtbot, services, station, checked_in
):
    visit = checked_in(answers={"fever": Answer(True, dt.date(2026, 10, 1))})
    qtbot.waitUntil(lambda: station.waiting_model.rowCount() == 1)
    station.open_row(0)
    fill_healthy(station)
    station.measurements.temperature.setText("36,8")
    commit_text(station.decision.reason, "Đã khám kỹ")
    station.decision.accept_button.click()
    assert services.screening.record(visit.id).decision == "accept"

    fields = station.measurements
    texts = [f.text() for f in (fields.weight, fields.systolic, fields.diastolic, fields.pulse,
                                fields.hb, fields.temperature)]  # fmt: skip
    assert texts == [""] * 6
    assert fields.hbsag.currentData() is None
    assert station.questionnaire.yes_count() == 0
    assert station.questionnaire.dates["fever"].text() == ""
    panel = station.decision
    assert (panel.proposal_label.text(), panel.reasons_label.text(), panel.reason.text()) == (
        "",
        "",
        "",
    )
    assert panel.volume.currentText() == ""
    assert station.answered_label.text() == ""
    assert station.donor_label.text() == "Chọn người hiến trong hàng chờ (Enter)"
    assert not station.measurements.isEnabled()


def test_ticks_on_an_unrecorded_questionnaire_stay_a_draft_when_the_doctor_moves_on(
    qtbot, services, station, checked_in
):
    first = checked_in()
    checked_in("Đặng Thị Thu", FEMALE, dt.date(1995, 3, 10))
    qtbot.waitUntil(lambda: station.waiting_model.rowCount() == 2)
    station.open_row(0)
    station.questionnaire.boxes["cough"].setChecked(True)
    station.open_row(1)
    assert services.screening.record(first.id) is None  # not recorded behind the doctor's back
    assert station.questionnaire.yes_count() == 0
    station.open_row(0)
    assert station.questionnaire.boxes["cough"].isChecked()
    assert station.record_answers_button.isVisibleTo(station)


def test_the_dialog_says_when_the_installed_rule_set_fails_todays_checks(
    qtbot, controller, services, drive, dialogs
):
    from desktop.core.eligibility.ruleset import DEFAULT_RULE_SET

    text = DEFAULT_RULE_SET.read_text(encoding="utf-8").replace("max_c = 37.5", "max_c = nan")
    services.settings.set("rule_set", text.replace("VN-TT26-2013/2026.1", "OLD/1"))
    controller.show(drive)
    controller.window.edit_rule_set()
    dialog = controller.window.rule_set_dialog
    assert "VN-TT26-2013/2026.1" in dialog.current.text()
    assert dialog.outcome.text().startswith("Bộ tiêu chuẩn đã cài trước đây không đạt")
    assert dialog.details.toPlainText() == (
        "Dòng 54: temperature.max_c = nan: ngưỡng phải là một số hữu hạn."
    )
    dialog.close()


def test_a_deferred_donor_gets_the_deferral_slip_with_ctrl_p(
    qtbot, services, window, station, checked_in, dialogs, tmp_path
):
    visit = checked_in(answers={"tattoo": Answer(True, dt.date(2026, 9, 1))})
    qtbot.waitUntil(lambda: station.waiting_model.rowCount() == 1)
    station.open_row(0)
    fill_healthy(station)
    station.decision.defer_button.click()
    qtbot.waitUntil(lambda: services.screening.record(visit.id).decision == "defer_temporary")
    slip = tmp_path / "phieu-tam-hoan.pdf"
    dialogs.will_print_to_file(slip)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert said_on_screen(station) == ["Đã in phiếu tạm hoãn cho Phạm Văn Đức."]
    assert station.done_label.tone == Tone.DONE  # green: it went well
    document = pypdfium2.PdfDocument(str(slip))  # printed pages are images: their size
    width, height = (points * 25.4 / 72 for points in document[0].get_size())
    pages = len(document)
    document.close()
    assert pages == 1 and (round(width), round(height)) == (105, 148)  # one A6 slip


def test_the_deferral_slip_is_only_for_a_deferred_donor(
    qtbot, services, station, checked_in, doctor
):
    visit = checked_in(answers={})
    choice = DoctorDecision("accept", 450)
    healthy = MeasurementForm(
        weight_kg="62", systolic="125", diastolic="80", pulse="72", hb_g_l="138",
        hbsag="negative",
    )  # fmt: skip
    services.screening.decide(visit.id, healthy, choice)
    qtbot.waitUntil(lambda: station.decided_model.rowCount() == 1)
    station.decided.selectRow(0)
    station.screened.slip_button.click()
    assert said_on_screen(station) == [
        "Hãy chọn một người hiến bị tạm hoãn trong danh sách đã khám."
    ]
    assert station.done_label.tone == Tone.FAILED


def test_after_a_reopen_enter_in_the_queue_opens_the_reopened_ticket(
    qtbot, services, window, station, checked_in, dialogs, tmp_path
):
    checked_in(answers={})
    visit = checked_in("Trần Thị Bình", FEMALE, dt.date(1995, 3, 10), answers={})
    qtbot.waitUntil(lambda: station.waiting_model.rowCount() == 2)
    station.open_row(1)
    fill_healthy(station)
    station.decision.until.setText("15/04/2027")
    commit_text(station.decision.reason, "Mệt, xin hẹn lần sau")
    station.decision.defer_button.click()
    qtbot.waitUntil(lambda: services.screening.record(visit.id).decision == "defer_temporary")
    dialogs.will_print_to_file(tmp_path / "phieu-tam-hoan.pdf")
    station.screened.slip_button.click()
    assert said_on_screen(station) == ["Đã in phiếu tạm hoãn cho Trần Thị Bình."]

    dialogs.will_type("Nhập nhầm người hiến")
    activate(qtbot, window)
    station.reopen_button.setFocus()
    qtbot.keyClick(station.reopen_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: station.waiting_model.rowCount() == 2)
    assert said_on_screen(station) == [
        "Đã mở lại kết luận: STT A2 Trần Thị Bình đã trở lại hàng chờ khám."
    ]  # the slip's line is gone
    assert focused() is station.waiting
    assert station.waiting.currentIndex().row() == 1
    key(qtbot, Qt.Key.Key_Return)
    assert station.donor_label.text() == "STT A2 — Trần Thị Bình"
    assert said_on_screen(station) == []
