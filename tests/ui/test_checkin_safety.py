"""The check-in desk under a busy database and odd input: a plain sentence in its
message line, nothing changed."""

from PySide6.QtCore import Qt

from db.connection import connect
from tests.ui.keyboard import press, type_keys
from tests.ui.searching import settled


def test_a_check_in_that_meets_a_busy_database_says_so_and_changes_nothing(
    qtbot, window, screen, registry, services
):
    anh = registry["Hoàng Đức Anh"]
    type_keys(screen.search_field, anh.national_id + "\r")
    settled(qtbot, screen)
    other = connect(services.path)  # another program holding the write lock
    other.execute("BEGIN IMMEDIATE")
    services.db.execute("PRAGMA busy_timeout = 50")
    try:
        press(screen.search_field, Qt.Key.Key_Return)
        settled(qtbot, screen)
    finally:
        other.rollback()
        other.close()
    assert screen.message_label.text().startswith("Cơ sở dữ liệu đang bận")
    assert services.db.execute("SELECT count(*) FROM visit").fetchone()[0] == 0
    assert screen.card.ticket_label.text() != "Số thứ tự A1"
    press(screen.search_field, Qt.Key.Key_Return)  # a moment later it goes through
    settled(qtbot, screen)
    assert screen.card.ticket_label.text() == "Số thứ tự A1"
    assert screen.message_label.isHidden()  # the refusal no longer stands


def test_a_number_too_long_for_any_id_says_how_many_digits_a_cccd_has(qtbot, screen, registry):
    type_keys(screen.search_field, "0010900123456\r")  # 13 digits
    settled(qtbot, screen)
    assert screen.message_label.text().startswith("13 chữ số: số CCCD có 12 chữ số")
    assert screen.card.donor is None
    assert screen.new_donor_dialog is None  # no form for a number nobody can have


def test_text_with_a_bar_that_is_no_card_says_so(qtbot, screen, registry):
    type_keys(screen.search_field, "Nguyễn|Văn|An\r")
    settled(qtbot, screen)
    assert screen.message_label.text() == "Đây không phải mã QR của thẻ CCCD."
    assert screen.card.donor is None
