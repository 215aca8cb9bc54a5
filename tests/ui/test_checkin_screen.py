"""The check-in station driven through its real widgets."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tests.cups_server import cups_printer as cups_printer_fixture
from tests.cups_server import no_printer as no_printer_fixture
from tests.factories import FEMALE, MALE, cccd_for, qr_for, registry_row, write_registry
from tests.ui.keyboard import commit_text, press, type_keys
from tests.ui.searching import settled
from ui.status_line import Tone

cups_printer, no_printer = cups_printer_fixture, no_printer_fixture
NO_ROLL_PRINTER = (
    "Phiếu số thứ tự chỉ in trên máy in cuộn, mà chưa chọn máy in cuộn nào: phiếu này chưa"
    " được in và việc in phiếu số thứ tự đã tắt. Khi đã nối máy in cuộn, hãy đánh dấu lại ô"
    " “In phiếu số thứ tự”."
)


def card_value(screen, key: str) -> str:
    return screen.card.fields[key].text()


def search(qtbot, screen, text: str, *, ime: bool = False) -> None:
    """Type into the field and wait for the results that appear as one types."""
    screen.search_field.setFocus()
    (commit_text if ime else type_keys)(screen.search_field, text)
    qtbot.waitUntil(lambda: screen.results_model.rowCount() > 0, timeout=3000)


def test_the_scan_field_has_the_focus_at_start(window, screen, qtbot):
    qtbot.waitUntil(screen.search_field.hasFocus)
    assert window.windowTitle() == "HMTN Desk — HM261124 — Trường THPT Chu Văn An"


def test_scanning_a_known_donors_card_opens_the_donor(qtbot, screen, registry):
    duc = registry["Đặng Văn Đức"]
    qr = qr_for(duc.national_id, "ĐẶNG VĂN ĐỨC", duc.birth_date, MALE, old_id="")
    type_keys(screen.search_field, qr + "\r\n")
    settled(qtbot, screen)
    assert screen.card.name_label.text() == "Đặng Văn Đức"
    assert card_value(screen, "birth") == "15/10/1992 (34 tuổi)"
    assert card_value(screen, "donations") == "6"
    assert card_value(screen, "last_donation") == "15/10/2026 (máu toàn phần)"
    assert card_value(screen, "next_eligible") == "07/01/2027"
    assert card_value(screen, "blood_group") == "A+"
    assert card_value(screen, "flags") == "câu lạc bộ hiến máu dự bị"
    assert screen.search_field.text() == ""  # ready for the next scan


def test_scanning_an_unknown_card_with_six_fields_ending_in_tab(qtbot, screen, services):
    birth = dt.date(2001, 6, 1)
    national_id = cccd_for(birth, FEMALE, 4242)
    qr = qr_for(national_id, "PHAN THỊ NGỌC LAN", birth, FEMALE, old_id=None)
    screen.search_field.setFocus()
    type_keys(screen.search_field, qr + "\t")
    settled(qtbot, screen)
    dialog = screen.new_donor_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.national_id.text() == national_id
    assert dialog.full_name.text() == "Phan Thị Ngọc Lan"
    assert dialog.birth_date.text() == "01/06/2001"
    assert dialog.female.isChecked()
    assert dialog.old_id.text() == ""
    commit_text(dialog.phone, "0905 123 456")
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert screen.card.name_label.text() == "Phan Thị Ngọc Lan"
    donor = services.donors.lookup(national_id).exact
    assert donor.phone == "0905123456"
    assert donor.address == "Số 5 ngõ 12, Phường Láng, Hà Nội"


def test_a_damaged_scan_is_explained_and_opens_nothing(qtbot, screen, registry):
    qr = "001092000011|012345678|ĐẶNG VĂN ĐỨC|31021992|Nam|Hà Nội|15042021"
    type_keys(screen.search_field, qr + "\r")
    settled(qtbot, screen)
    assert not screen.message_label.isHidden()
    assert "ngày sinh không hợp lệ (31021992)" in screen.message_label.text()
    assert screen.card.donor is None
    assert screen.new_donor_dialog is None


def test_typing_a_name_without_accents_finds_the_donor(qtbot, screen, registry):
    search(qtbot, screen, "dang van duc")
    assert [d.full_name for d in screen.results_model.donors] == ["Đặng Văn Đức"]
    assert screen.results_count.text() == "Tìm thấy: 1 người hiến"
    press(screen.search_field, Qt.Key.Key_Return)
    settled(qtbot, screen)
    assert screen.card.name_label.text() == "Đặng Văn Đức"


def test_typing_a_vietnamese_name_with_a_vietnamese_keyboard(qtbot, screen, registry):
    search(qtbot, screen, "Nguyễn Thị Hồng", ime=True)
    assert screen.search_field.text() == "Nguyễn Thị Hồng"
    assert [d.full_name for d in screen.results_model.donors] == ["Nguyễn Thị Hồng Ánh"]


def test_typing_vietnamese_key_by_key(qtbot, screen, registry):
    search(qtbot, screen, "Đặng Văn Đ")
    assert screen.search_field.text() == "Đặng Văn Đ"
    assert [d.full_name for d in screen.results_model.donors] == ["Đặng Văn Đức"]


def test_a_click_on_a_result_opens_that_donor(qtbot, screen, registry):
    search(qtbot, screen, "nguyen")
    search(qtbot, screen, " thi")
    row = [d.full_name for d in screen.results_model.donors].index("Nguyễn Thị Hồng Ánh")
    rect = screen.results.visualRect(screen.results_model.index(row, 0))
    qtbot.mouseClick(screen.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert screen.card.name_label.text() == "Nguyễn Thị Hồng Ánh"


def test_phone_and_birth_date_lookups(qtbot, screen, registry):
    search(qtbot, screen, "0977000222")
    press(screen.search_field, Qt.Key.Key_Return)
    settled(qtbot, screen)
    assert screen.card.name_label.text() == "Trần Minh Khoa"
    search(qtbot, screen, "03/03/1985")
    press(screen.search_field, Qt.Key.Key_Return)
    settled(qtbot, screen)
    assert screen.card.name_label.text() == "Hoàng Đức Anh"


def test_enter_checks_the_open_donor_in_and_the_queue_shows_it(qtbot, window, screen, registry):
    anh = registry["Hoàng Đức Anh"]
    type_keys(screen.search_field, anh.national_id + "\r")
    settled(qtbot, screen)
    assert screen.card.name_label.text() == "Hoàng Đức Anh"
    assert screen.card.warnings_label.isHidden()
    press(screen.search_field, Qt.Key.Key_Return)
    settled(qtbot, screen)
    assert screen.card.ticket_label.text() == "Số thứ tự A1"
    queue = window.queue_panel
    assert queue.title.text() == "Đang chờ khám: 1"
    assert queue.model.entries[0].full_name == "Hoàng Đức Anh"
    assert "Đã\u00a0tiếp\u00a0nhận:\u00a01" in queue.counts.text()


def test_checking_in_twice_shows_the_existing_ticket(qtbot, window, screen, registry, services):
    khoa = registry["Trần Minh Khoa"]
    type_keys(screen.search_field, khoa.national_id + "\r")
    settled(qtbot, screen)
    screen.card.check_in_button.click()
    assert screen.card.ticket_label.text() == "Số thứ tự A1"
    type_keys(screen.search_field, "0977000222\r")  # opened again later, by phone
    settled(qtbot, screen)
    assert screen.card.ticket_label.text().startswith("Đã tiếp nhận: số A1 lúc ")
    press(screen.search_field, Qt.Key.Key_Return)
    settled(qtbot, screen)
    assert screen.card.ticket_label.text().startswith("Đã tiếp nhận: số A1 lúc ")
    assert services.db.execute("SELECT count(*) FROM visit").fetchone()[0] == 1
    assert window.queue_panel.title.text() == "Đang chờ khám: 1"


def test_warnings_are_shown_but_do_not_block(qtbot, screen, registry, services, drive):
    type_keys(screen.search_field, registry["Đặng Văn Đức"].national_id + "\r")
    settled(qtbot, screen)
    assert not screen.card.warnings_label.isHidden()
    assert screen.card.warnings_label.text() == (
        "⚠ Lần hiến gần nhất (máu toàn phần) ngày 15/10/2026, cách đây 40 ngày:"
        " được hiến lại từ 07/01/2027."
    )
    type_keys(screen.search_field, registry["Trần Minh Khoa"].national_id + "\r")
    settled(qtbot, screen)
    assert "Chưa đủ 18 tuổi vào ngày hiến máu (17 tuổi); đủ 18 tuổi vào 15/01/2027." in (
        screen.card.warnings_label.text()
    )
    type_keys(screen.search_field, registry["Nguyễn Thị Hồng Ánh"].national_id + "\r")
    settled(qtbot, screen)
    assert "Tạm hoãn hiến máu đến 24/12/2026: Huyết sắc tố thấp" in (
        screen.card.warnings_label.text()
    )
    assert card_value(screen, "deferral") == "đến 24/12/2026: Huyết sắc tố thấp"
    press(screen.search_field, Qt.Key.Key_Return)
    settled(qtbot, screen)
    assert screen.card.ticket_label.text() == "Số thứ tự A1"
    assert services.checkin.waiting_for_screening(drive)[0].visit.warnings[0].code == (
        "deferred_until"
    )


def test_the_card_gives_the_next_eligible_date_after_a_deferral(
    qtbot, screen, registry, services, tmp_path
):
    type_keys(screen.search_field, registry["Nguyễn Thị Hồng Ánh"].national_id + "\r")
    settled(qtbot, screen)
    assert card_value(screen, "deferral") == "đến 24/12/2026: Huyết sắc tố thấp"
    assert card_value(screen, "next_eligible") == "24/12/2026"  # not 30/03/2026, nor now
    row = registry_row(deferral_permanent="1", deferral_reason="HBsAg dương tính")
    assert services.registry.import_file(write_registry(tmp_path / "more.csv", [row])).ok
    type_keys(screen.search_field, row["national_id"] + "\r")
    settled(qtbot, screen)
    assert card_value(screen, "deferral") == "vĩnh viễn: HBsAg dương tính"
    assert card_value(screen, "next_eligible") == "không (loại vĩnh viễn)"


def test_the_interface_in_english(qtbot, controller, drive, registry, in_english):
    controller.show(drive)
    screen = controller.window.checkin_screen
    type_keys(screen.search_field, registry["Đặng Văn Đức"].national_id + "\r")
    settled(qtbot, screen)
    assert screen.card.fields["last_donation"].text() == "15/10/2026 (whole blood)"
    assert screen.card.warnings_label.text().startswith("⚠ Last donation (whole blood)")


def test_a_typed_unknown_cccd_opens_the_new_donor_form_with_it(qtbot, screen, registry):
    number = cccd_for(dt.date(1993, 3, 3), FEMALE, 5555)
    type_keys(screen.search_field, number + "\r")
    settled(qtbot, screen)
    dialog = screen.new_donor_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.national_id.text() == number
    assert dialog.female.isChecked()  # from the CCCD's 4th digit
    assert dialog.focusWidget() is dialog.full_name  # the first field still to fill


def test_a_ticket_given_to_the_wrong_person_is_voided_with_a_reason(
    qtbot, window, screen, registry, services, dialogs
):
    anh = registry["Hoàng Đức Anh"]
    type_keys(screen.search_field, anh.national_id + "\r")
    settled(qtbot, screen)
    press(screen.search_field, Qt.Key.Key_Return)
    settled(qtbot, screen)
    queue = window.queue_panel
    queue.void_button.click()
    assert queue.message.text() == "Hãy chọn phiếu cần hủy trong danh sách."
    queue.table.selectRow(0)
    dialogs.will_cancel("text")
    queue.void_button.click()
    assert queue.title.text() == "Đang chờ khám: 1"
    dialogs.will_type("  ")  # refused in the dialog, which says so: then cancelled
    dialogs.will_cancel("text")
    queue.void_button.click()
    question = "Vì sao hủy phiếu của Hoàng Đức Anh (ví dụ: tiếp nhận nhầm người)?"
    assert [a.detail for a in dialogs.asked[-2:]] == [question, question + "\n\nBắt buộc nhập."]
    assert queue.title.text() == "Đang chờ khám: 1"
    assert queue.message.text() == ""  # nothing said under the queue
    dialogs.will_type("")
    dialogs.will_type("Nhầm người: chọn sai kết quả tìm kiếm")
    queue.void_button.click()
    assert queue.title.text() == "Đang chờ khám: 0"
    assert queue.message.text() == "Đã hủy phiếu STT A1 của Hoàng Đức Anh."  # the error went
    assert queue.message.tone == Tone.DONE  # in green
    assert "Đã\u00a0tiếp\u00a0nhận:\u00a00" in queue.counts.text()
    reason = services.db.execute("SELECT void_reason FROM visit").fetchone()[0]
    assert reason == "Nhầm người: chọn sai kết quả tìm kiếm"
    duc = registry["Đặng Văn Đức"]
    type_keys(screen.search_field, duc.national_id + "\r")
    settled(qtbot, screen)
    press(screen.search_field, Qt.Key.Key_Return)  # the next check-in
    settled(qtbot, screen)
    assert queue.title.text() == "Đang chờ khám: 1"
    assert queue.message.text() == ""  # the line about the voided ticket went


def queue_ticket_pages(folder) -> list:
    return sorted(folder.glob("*.pdf"))


def test_the_queue_ticket_goes_to_the_roll_printer_chosen_once(
    qtbot, screen, registry, services, dialogs, cups_printer
):
    screen.print_tickets.setChecked(True)
    assert services.slips.print_queue_tickets  # remembered for the next start
    dialogs.will_print_to(cups_printer.name)  # asked the first time only
    type_keys(screen.search_field, registry["Hoàng Đức Anh"].national_id + "\r")
    settled(qtbot, screen)
    press(screen.search_field, Qt.Key.Key_Return)
    settled(qtbot, screen)
    assert screen.card.ticket_label.text() == "Số thứ tự A1"
    cups_printer.printed_pdf()
    type_keys(screen.search_field, registry["Trần Minh Khoa"].national_id + "\r")
    settled(qtbot, screen)
    press(screen.search_field, Qt.Key.Key_Return)  # no print dialog: the same roll printer
    settled(qtbot, screen)
    assert screen.card.ticket_label.text() == "Số thứ tự A2"
    qtbot.waitUntil(lambda: len(queue_ticket_pages(cups_printer.out)) == 2, timeout=90_000)
    assert screen.message_label.isHidden()


def test_no_queue_ticket_unless_the_desk_asks_for_one(qtbot, screen, registry, services):
    assert not screen.print_tickets.isChecked()  # off until a desk turns it on
    type_keys(screen.search_field, registry["Hoàng Đức Anh"].national_id + "\r")
    settled(qtbot, screen)
    press(screen.search_field, Qt.Key.Key_Return)  # a print dialog would fail the test
    settled(qtbot, screen)
    assert screen.card.ticket_label.text() == "Số thứ tự A1"


def test_the_queue_notes_the_tickets_with_a_questionnaire(
    qtbot, window, screen, registry, services
):
    for name in ("Hoàng Đức Anh", "Trần Minh Khoa"):  # Khoa is under 18: a warning
        type_keys(screen.search_field, registry[name].national_id + "\r")
        settled(qtbot, screen)
        press(screen.search_field, Qt.Key.Key_Return)
        settled(qtbot, screen)
    queue = window.queue_panel

    def notes() -> list[str]:
        return [queue.model.index(row, 4).data() for row in range(queue.model.rowCount())]

    assert queue.model.headerData(4, Qt.Orientation.Horizontal) == "Lưu ý"
    assert notes() == ["", "⚠"]
    for row in (0, 1):
        queue.table.selectRow(row)
        queue.questionnaire_button.click()
        queue.questionnaire_dialog.save_button.click()
    assert notes() == ["có phiếu", "⚠ có phiếu"]


def check_in(qtbot, screen, donor) -> None:
    type_keys(screen.search_field, donor.national_id + "\r")
    settled(qtbot, screen)
    press(screen.search_field, Qt.Key.Key_Return)
    settled(qtbot, screen)


def test_with_no_printer_the_queue_ticket_is_turned_off_saying_so_once(
    qtbot, screen, registry, services, dialogs, no_printer
):
    screen.print_tickets.setChecked(True)
    check_in(qtbot, screen, registry["Hoàng Đức Anh"])  # a print dialog would fail the test
    assert screen.card.ticket_label.text() == "Số thứ tự A1"  # the check-in stands
    assert screen.message_label.text() == NO_ROLL_PRINTER
    assert not screen.message_label.isHidden()
    assert not screen.print_tickets.isChecked()
    assert not services.slips.print_queue_tickets  # also at the next start
    type_keys(screen.search_field, registry["Trần Minh Khoa"].national_id + "\r")
    settled(qtbot, screen)
    assert screen.message_label.isHidden()  # the next donor: the line about the last goes
    press(screen.search_field, Qt.Key.Key_Return)
    settled(qtbot, screen)
    assert screen.card.ticket_label.text() == "Số thứ tự A2"
    assert screen.message_label.isHidden()
    assert dialogs.asked == []


def test_the_ticket_message_goes_when_the_next_donor_is_opened_from_the_list(
    qtbot, screen, registry, no_printer
):
    screen.print_tickets.setChecked(True)
    check_in(qtbot, screen, registry["Hoàng Đức Anh"])
    assert not screen.message_label.isHidden()
    screen.open_donor(registry["Trần Minh Khoa"])  # as the queue or a result list opens one
    assert screen.message_label.isHidden()


@pytest.mark.parametrize("answer", ["file", "cancel"])
def test_a_ticket_never_goes_to_a_file_and_a_cancel_turns_the_option_off(
    qtbot, screen, registry, services, dialogs, cups_printer, tmp_path, answer
):
    screen.print_tickets.setChecked(True)
    if answer == "file":
        dialogs.will_print_to_file(tmp_path / "phieu-so-thu-tu-HM261124-A1.pdf")
    else:
        dialogs.will_cancel("choose_printer")
    check_in(qtbot, screen, registry["Hoàng Đức Anh"])
    (asked,) = dialogs.asked
    assert (asked.title, asked.detail) == (
        "In phiếu số thứ tự: chọn máy in cuộn",
        "phieu-so-thu-tu-HM261124-A1",
    )
    assert screen.card.ticket_label.text() == "Số thứ tự A1"
    assert list(tmp_path.glob("*.pdf")) == []  # nothing written, nothing overwritten
    assert screen.message_label.text() == NO_ROLL_PRINTER
    assert not services.slips.print_queue_tickets
    assert services.slips.ticket_printer == ""
    check_in(qtbot, screen, registry["Trần Minh Khoa"])  # no dialog again
    assert screen.card.ticket_label.text() == "Số thứ tự A2"
    assert len(dialogs.asked) == 1
