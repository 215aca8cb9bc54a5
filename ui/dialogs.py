"""The questions the interface asks through Qt's standard dialogs, in one small service.

The composition root (``desktop.app``) makes one ``Dialogs`` and hands it down through
the constructors to every screen and dialog that asks the user for a file, a line of
text or shows a message box; tests hand down a scripted one instead.
"""

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


class Dialogs:
    def save_path(
        self, parent: QWidget | None, title: str, suggested: str, file_filter: str
    ) -> Path | None:
        """The file to write (``suggested`` is the name offered), or None if cancelled."""
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
        return Path(path) if path else None

    def open_path(self, parent: QWidget | None, title: str, file_filter: str) -> Path | None:
        """The file to read, or None if cancelled."""
        path, _ = QFileDialog.getOpenFileName(parent, title, "", file_filter)
        return Path(path) if path else None

    def text(self, parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
        """A line of text (``text`` is typed in already), or None if cancelled.

        An empty line is "", not None: the caller decides whether it may be empty.
        """
        value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        """A yes/no question; True only for an explicit yes (No is the default button)."""
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def warning(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)
