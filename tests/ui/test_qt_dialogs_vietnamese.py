"""Qt's own dialogs, as the app opens them, speak Vietnamese; files are saved in Documents.

Each dialog is opened for real (offscreen) and every text it shows is read: none may be
one of Qt's own English strings (tools/qm.py reads them from the catalogs Qt ships).
"""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from tests.ui.modal import ModalScript, choose_file
from tools.qm import qt_sources
from ui.dialogs import Dialogs, documents_folder, print_dialog
from ui.translators import I18N_DIR


def qt_english() -> set[str]:
    """Qt's own English strings in the dialogs' contexts (read from the catalogs Qt ships),
    but those the Vietnamese catalog keeps as they are on purpose (paper names, "...")."""
    kept = set()
    for message in ET.parse(I18N_DIR / "qt_extra_vi.ts").iter("message"):
        translation = message.find("translation")
        texts = [f.text for f in translation.findall("numerusform")] or [translation.text]
        if message.findtext("source") in texts:
            kept.add(message.findtext("source"))
    return {source for _context, source in qt_sources()} - kept


ENGLISH = qt_english()


def shown_texts(window: QWidget) -> list[str]:
    """Every text a user sees in ``window``: titles, labels, buttons and their tips, group
    titles, tabs, list entries, placeholders, column headers."""
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts += [widget.text(), widget.toolTip()]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            texts += [
                str(model.headerData(i, Qt.Orientation.Horizontal))
                for i in range(model.columnCount())
            ]
    return [t for t in texts if t]


def english_in(window: QWidget) -> list[str]:
    return [text for text in shown_texts(window) if text in ENGLISH]


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    """A home of our own with its Documents folder, as a desktop user's."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    return home / "Documents"


def test_the_save_dialog_starts_in_documents_with_the_name_offered(qtbot, documents):
    assert documents_folder() == documents
    seen = {}

    def look(dialog: QFileDialog) -> None:
        seen["folder"] = Path(dialog.directory().absolutePath())
        seen["name"] = dialog.findChild(QLineEdit, "fileNameEdit").text()
        seen["english"] = english_in(dialog)
        seen["title"] = dialog.windowTitle()
        dialog.reject()

    script = ModalScript((QFileDialog, look))
    assert Dialogs().save_path(None, "Lưu PDF", "nhan-HM261124.pdf", "Tệp PDF (*.pdf)") is None
    assert script.done == ["QFileDialog"]
    assert seen == {"folder": documents, "name": "nhan-HM261124.pdf", "english": [],
                    "title": "Lưu PDF"}  # fmt: skip


def test_replacing_a_file_is_asked_in_vietnamese(qtbot, documents):
    (documents / "so-cap.csv").write_text("cũ", encoding="utf-8")
    asked = {}

    def save(dialog: QFileDialog) -> None:
        dialog.findChild(QLineEdit, "fileNameEdit").setText("so-cap.csv")
        dialog.accept()  # Save: the file is there, so Qt asks first

    def answer(box: QMessageBox) -> None:
        asked["text"] = box.text()
        asked["english"] = english_in(box)
        asked["buttons"] = sorted(b.text() for b in box.buttons())
        box.button(QMessageBox.StandardButton.No).click()

    def give_up(dialog: QFileDialog) -> None:
        dialog.reject()

    script = ModalScript((QFileDialog, save), (QMessageBox, answer), (QFileDialog, give_up))
    assert Dialogs().save_path(None, "Lưu", "so-cap.csv", "CSV (*.csv)") is None
    assert script.done == ["QFileDialog", "QMessageBox", "QFileDialog"]
    assert asked["text"] == "so-cap.csv đã tồn tại.\nBạn có muốn thay thế không?"
    assert asked["buttons"] == ["&Có", "&Không"]
    assert asked["english"] == []


def test_the_folder_chosen_last_is_offered_next(qtbot, documents, tmp_path):
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    dialogs = Dialogs()
    folders = []

    def save_there(dialog: QFileDialog) -> None:
        choose_file(dialog, elsewhere / "a.pdf")

    def look(dialog: QFileDialog) -> None:
        folders.append(Path(dialog.directory().absolutePath()))
        dialog.reject()

    script = ModalScript((QFileDialog, save_there), (QFileDialog, look), (QFileDialog, look))
    assert dialogs.save_path(None, "Lưu", "a.pdf", "PDF (*.pdf)") == elsewhere / "a.pdf"
    assert dialogs.save_path(None, "Lưu", "b.pdf", "PDF (*.pdf)") is None
    assert dialogs.open_path(None, "Mở", "CSV (*.csv)") is None
    assert folders == [elsewhere, elsewhere]
    assert script.done == ["QFileDialog"] * 3


def test_the_open_dialog_is_in_vietnamese(qtbot, documents):
    seen = {}

    def look(dialog: QFileDialog) -> None:
        seen["english"] = english_in(dialog)
        seen["folder"] = Path(dialog.directory().absolutePath())
        seen["texts"] = shown_texts(dialog)
        dialog.reject()

    script = ModalScript((QFileDialog, look))
    Dialogs().open_path(None, "Tệp danh sách", "Tệp CSV (*.csv)")
    assert script.done == ["QFileDialog"]
    assert seen["english"] == []
    assert seen["folder"] == documents
    assert {"&Mở", "Hủy", "Tên", "Kích thước", "Ngày sửa"} <= set(seen["texts"])


def test_the_print_dialog_and_its_page_set_up_are_in_vietnamese(qtbot):
    seen = {}

    def look(dialog: QPrintDialog) -> None:
        options = next(b for b in dialog.findChildren(QAbstractButton) if "chọn >>" in b.text())
        options.click()  # the copies, the range, colour and both sides
        seen["print"] = english_in(dialog)
        seen["texts"] = shown_texts(dialog)
        properties = next(
            b for b in dialog.findChildren(QAbstractButton) if "Thuộc tín" in b.text()
        )
        properties.click()

    def look_at_properties(dialog: QDialog) -> None:
        seen["properties"] = english_in(dialog)
        seen["properties texts"] = shown_texts(dialog)
        dialog.reject()

    def close(dialog: QPrintDialog) -> None:
        dialog.reject()

    script = ModalScript((QPrintDialog, look), (QDialog, look_at_properties), (QPrintDialog, close))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # the dialog only borrows it
    QPrintDialog(printer).exec()
    assert script.done == ["QPrintDialog", "QDialog", "QPrintDialog"]
    assert seen["print"] == []
    assert {"In", "Máy in", "Số bản:", "Phạm vi in", "In tất cả"} <= set(seen["texts"])
    assert seen["properties"] == []
    assert {"Khổ giấy:", "Hướng giấy", "Dọc", "Ngang"} <= set(seen["properties texts"])


@pytest.mark.parametrize("kind", ["warning", "error"])
def test_message_boxes_are_in_vietnamese(qtbot, kind):
    seen = {}

    def look(box: QMessageBox) -> None:
        seen["english"] = english_in(box)
        seen["buttons"] = [b.text() for b in box.buttons()]
        box.accept()

    script = ModalScript((QMessageBox, look))
    getattr(Dialogs(), kind)(None, "HMTN Desk", "Không ghi được tệp.")
    assert script.done == ["QMessageBox"]
    assert seen == {"english": [], "buttons": ["Đồng ý"]}


def test_the_text_question_is_in_vietnamese(qtbot):
    seen = {}

    def look(dialog: QDialog) -> None:
        seen["english"] = english_in(dialog)
        seen["buttons"] = sorted(b.text() for b in dialog.findChildren(QAbstractButton))
        dialog.reject()

    script = ModalScript((QInputDialog, look))
    assert Dialogs().text(None, "Hủy giấy", "Lý do:") is None
    assert script.done == ["QInputDialog"]
    assert seen == {"english": [], "buttons": ["Hủy", "Đồng ý"]}


def test_printing_to_a_file_offers_documents_and_the_documents_name(qtbot, documents):
    seen = {}

    def look(dialog: QPrintDialog) -> None:
        seen["file"] = dialog.findChild(QLineEdit, "filename").text()
        dialog.reject()

    script = ModalScript((QPrintDialog, look))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    print_dialog(printer, None, "nhan-HM261124").exec()
    assert script.done == ["QPrintDialog"]
    assert seen["file"] == str(documents / "nhan-HM261124.pdf")
    assert printer.docName() == "nhan-HM261124"
