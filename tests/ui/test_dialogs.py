"""The dialog service: Qt's standard dialogs answered by a simulated user, and asked
through the main window."""

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox

from tests.ui.keyboard import press, type_keys
from tests.ui.modal import answer, choose_file
from ui.dialogs import Dialogs, TextDialog


def test_a_line_of_text_or_none_when_cancelled(qtbot):
    def type_reason(dialog):
        dialog.setTextValue("Giấy bị kẹt")
        dialog.accept()

    seen = answer(type_reason)
    assert Dialogs().text(None, "Hủy giấy", "Lý do?") == "Giấy bị kẹt"
    assert seen == [(TextDialog, "Hủy giấy", "Lý do?")]
    typed = []
    answer(lambda dialog: (typed.append(dialog.textValue()), dialog.reject()))
    assert Dialogs().text(None, "Hủy giấy", "Lý do?", "gõ sẵn") is None
    assert typed == ["gõ sẵn"]
    answer(lambda dialog: dialog.accept())
    assert Dialogs().text(None, "Hủy giấy", "Lý do?") == ""  # empty, but not cancelled


def test_a_required_text_is_asked_until_typed_or_cancelled(qtbot):
    said = []

    def enter_blank_then_type(dialog):
        field = dialog.findChild(QLineEdit)
        type_keys(field, "   ")
        press(field, Qt.Key.Key_Return)
        said.append((dialog.isVisible(), dialog.labelText()))
        type_keys(field, "Giấy bị kẹt")
        press(field, Qt.Key.Key_Return)

    answer(enter_blank_then_type)
    assert Dialogs().text(None, "Hủy giấy", "Lý do?", required=True) == "   Giấy bị kẹt"
    assert said == [(True, "Lý do?\n\nBắt buộc nhập.")]
    answer(lambda dialog: dialog.reject())
    assert Dialogs().text(None, "Hủy giấy", "Lý do?", required=True) is None


def choose(path: Path) -> Callable[[QFileDialog], None]:
    return lambda dialog: choose_file(dialog, path)


def test_a_file_to_write_as_a_path_or_none_when_cancelled(qtbot, tmp_path):
    target = tmp_path / "so-cap.csv"
    seen = answer(choose(target))
    assert Dialogs().save_path(None, "Sổ cấp", "so-cap.csv", "CSV (*.csv)") == target
    assert seen == [(QFileDialog, "Sổ cấp", "")]
    answer(lambda dialog: dialog.reject())
    assert Dialogs().save_path(None, "Sổ cấp", "so-cap.csv", "CSV (*.csv)") is None


def test_a_file_to_read_as_a_path_or_none_when_cancelled(qtbot, tmp_path):
    source = tmp_path / "danh-sach.csv"
    source.write_text("national_id\n", encoding="utf-8")
    seen = answer(choose(source))
    assert Dialogs().open_path(None, "Danh sách", "CSV (*.csv)") == source
    assert seen == [(QFileDialog, "Danh sách", "")]
    answer(lambda dialog: dialog.reject())
    assert Dialogs().open_path(None, "Danh sách", "CSV (*.csv)") is None


@pytest.mark.parametrize(
    ("method", "icon"),
    [("warning", QMessageBox.Icon.Warning), ("error", QMessageBox.Icon.Critical)],
)
def test_a_message_is_shown_until_closed(qtbot, method, icon):
    icons = []
    seen = answer(lambda box: (icons.append(box.icon()), box.accept()))
    getattr(Dialogs(), method)(None, "HMTN Desk", "Mã cơ sở không hợp lệ.")
    assert seen == [(QMessageBox, "HMTN Desk", "Mã cơ sở không hợp lệ.")]
    assert icons == [icon]


def test_a_question_is_yes_only_when_yes_is_chosen(qtbot):
    def press(button):
        return lambda box: box.button(button).click()

    seen = answer(press(QMessageBox.StandardButton.Yes))
    assert Dialogs().confirm(None, "Lấy máu", "Vẫn lưu?") is True
    assert seen == [(QMessageBox, "Lấy máu", "Vẫn lưu?")]
    answer(press(QMessageBox.StandardButton.No))
    assert Dialogs().confirm(None, "Lấy máu", "Vẫn lưu?") is False
    defaults = []
    answer(lambda box: (defaults.append(box.defaultButton() is box.button(box.StandardButton.No)),
                        box.reject()))  # fmt: skip
    assert Dialogs().confirm(None, "Lấy máu", "Vẫn lưu?") is False  # Escape: no
    assert defaults == [True]


def test_the_fin_is_asked_again_until_valid_before_the_first_labels(window, services, dialogs):
    dialogs.will_type("O1234")
    dialogs.will_type("a1234")
    window.labels_action.trigger()
    assert [asked.kind for asked in dialogs.asked] == ["text", "warning", "text"]
    assert dialogs.warnings[0].startswith('"O1234" không phải mã cơ sở')
    assert services.dins.fin() == "A1234"
    assert window.labels_dialog.isVisible()
    window.labels_dialog.close()


def test_no_labels_dialog_when_the_fin_is_not_given(window, services, dialogs):
    dialogs.will_cancel("text")
    window.labels_action.trigger()
    assert services.dins.fin() is None
    assert not hasattr(window, "labels_dialog")
