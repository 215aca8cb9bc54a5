"""The check-in desk under a busy database and odd input: a plain sentence in its
message line, nothing changed."""

from PySide6.QtCore import Qt

from db.connection import connect
from tests.ui.keyboard import press, type_keys


def test_a_check_in_that_meets_a_busy_database_says_so_and_changes_nothing(
    qtbot, window, screen, registry, services
):
    anh = registry["Hoàng Đức Anh"]
    type_keys(screen.search_field, anh.national_id + "\r")
    other = connect(services.path)  # another program holding the write lock
    other.execute("BEGIN IMMEDIATE")
    services.db.execute("PRAGMA busy_timeout = 50")
    try:
        press(screen.search_field, Qt.Key.Key_Return)
    finally:
        other.rollback()
        other.close()
    assert screen.message_label.text().startswith("Cơ sở dữ liệu đang bận")
    assert services.db.execute("SELECT count(*) FROM visit").fetchone()[0] == 0
    assert screen.card.ticket_label.text() != "Số thứ tự 1"
    press(screen.search_field, Qt.Key.Key_Return)  # a moment later it goes through
    assert screen.card.ticket_label.text() == "Số thứ tự 1"
