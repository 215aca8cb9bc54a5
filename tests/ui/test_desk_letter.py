"""The desk letter as a user meets it: asked at set-up and in the device settings, and on
every ticket number shown (``B12``)."""

from PySide6.QtCore import Qt

from tests.ui.keyboard import commit_text, press, type_keys
from tests.ui.searching import settled
from ui.device_dialog import DeviceDialog
from ui.labels_dialog import LabelsDialog
from ui.reconciliation_dialog import ReconciliationDialog
from ui.site_setup_dialog import SiteSetupDialog


def test_the_set_up_asks_for_the_desk_letter_and_the_block_follows_it(qtbot, services):
    dialog = SiteSetupDialog(services.setup)
    qtbot.addWidget(dialog)
    dialog.show()
    desk = dialog.desk
    assert (desk.letter.text(), desk.first.text(), desk.last.text()) == ("A", "1", "38461")
    commit_text(dialog.facility, "Viện Huyết học - Truyền máu Trung ương")
    type_keys(dialog.site_code, "TTHH-HN")
    type_keys(dialog.fin, "A1234")
    desk.letter.selectAll()
    type_keys(desk.letter, "c")  # lower case is taken as C; the block moves with it
    assert (desk.letter.text(), desk.first.text(), desk.last.text()) == ("C", "76923", "115383")
    commit_text(dialog.doctor, "BS. Trần Văn Minh")
    commit_text(dialog.nurse, "Lê Thị Hồng")
    press(dialog.nurse, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    numbers = services.settings.desk_numbers()
    assert (numbers.letter, numbers.din_block_first, numbers.din_block_last) == ("C", 76923, 115383)


def test_a_block_from_the_center_stays_when_the_letter_changes(qtbot, services):
    dialog = DeviceDialog(services.settings)
    qtbot.addWidget(dialog)
    type_keys(dialog.site_code, "TTHH-HN")
    desk = dialog.desk
    desk.first.setText("500001")
    desk.last.setText("520000")
    desk.letter.selectAll()
    type_keys(desk.letter, "E")
    assert (desk.first.text(), desk.last.text()) == ("500001", "520000")
    dialog.save()
    assert services.dins.block() == (500001, 520000)
    assert services.settings.desk_letter == "E"


def test_a_wrong_letter_or_block_is_said_under_its_field(qtbot, services):
    dialog = DeviceDialog(services.settings)
    qtbot.addWidget(dialog)
    dialog.show()
    type_keys(dialog.site_code, "TTHH-HN")
    desk = dialog.desk
    desk.letter.selectAll()
    type_keys(desk.letter, "1")
    desk.last.setText("0")
    press(desk.last, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors.text("desk_letter") == (
        "“1” không phải chữ cái của bàn: một chữ cái từ A đến Z, không dấu."
    )
    assert dialog.errors.text("din_block_last") == (
        "“0” không phải số trong dãy số DIN: một số nguyên từ 1 đến 999999."
    )
    assert dialog.focusWidget() is desk.letter  # the first field in error
    assert services.settings.get("desk_letter") is None


def test_the_letter_is_refused_while_the_open_drive_holds_this_desks_tickets(
    qtbot, window, services, drive, donors
):
    services.checkin.check_in(drive, donors.register())
    dialog = DeviceDialog(services.settings, window)
    qtbot.addWidget(dialog)
    dialog.desk.letter.selectAll()
    type_keys(dialog.desk.letter, "B")
    dialog.save()
    assert dialog.errors.text("desk_letter") == (
        "Đợt HM261124 đang mở và máy này đã phát phiếu số thứ tự chữ A ở đợt đó: hãy đổi chữ cái"
        " của bàn sau khi đóng đợt."
    )
    assert services.settings.desk_letter == "A"


def test_desk_bs_tickets_read_b1_at_check_in_and_in_the_queue(
    qtbot, services, drive, controller, registry
):
    services.settings.set_desk_numbers("B", "38462", "76922")
    controller.show(drive)
    window = controller.window
    qtbot.addWidget(window)
    screen = window.checkin_screen
    anh = registry["Hoàng Đức Anh"]
    type_keys(screen.search_field, anh.national_id + "\r")
    settled(qtbot, screen)
    press(screen.search_field, Qt.Key.Key_Return)
    settled(qtbot, screen)
    assert screen.card.ticket_label.text() == "Số thứ tự B1"
    queue = window.queue_panel
    assert queue.model.index(0, 0).data() == "B1"


def test_the_labels_and_end_of_day_show_this_laptops_block(qtbot, services, drive, dialogs):
    services.dins.set_fin("A9999")
    services.settings.set_desk_numbers("B", "38462", "76922")
    services.dins.allocate(drive, 2)
    labels = LabelsDialog(services.dins, drive, dialogs=dialogs)
    qtbot.addWidget(labels)
    assert labels.block.text() == "038462–076922 (của máy này): còn 38.459 số trong năm 2026"
    end_of_day = ReconciliationDialog(services.reconciliation, drive, dialogs=dialogs)
    qtbot.addWidget(end_of_day)
    texts = [label.text() for label in end_of_day.body.findChildren(type(labels.block))]
    assert "Máy này: chữ cái của bàn · dải số DIN" in texts
    assert "B · 038462–076922" in texts


def test_a_ticket_number_typed_in_the_check_in_field_opens_its_donor(
    qtbot, services, drive, controller, registry
):
    services.settings.set_desk_numbers("B", "38462", "76922")
    services.checkin.check_in(drive, registry["Hoàng Đức Anh"])
    controller.show(drive)
    window = controller.window
    qtbot.addWidget(window)
    screen = window.checkin_screen
    type_keys(screen.search_field, "b1\r")
    settled(qtbot, screen)
    assert screen.card.name_label.text() == "Hoàng Đức Anh"
    assert screen.card.ticket_label.text().startswith("Đã tiếp nhận: số B1 lúc ")
    assert screen.search_field.text() == ""
    type_keys(screen.search_field, "A1\r")
    settled(qtbot, screen)
    assert screen.message_label.text() == "Không có phiếu số thứ tự A1 ở đợt này."
