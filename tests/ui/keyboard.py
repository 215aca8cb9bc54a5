"""Typing into widgets like a person or a USB scanner does.

``qtbot.keyClicks`` aborts the process on characters outside Latin-1 (ễ, ị, đ), so
Vietnamese text is sent as key events carrying the text, or as an input method commit
(what a Vietnamese keyboard such as Unikey or ibus delivers).
"""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

_END_KEYS = {
    "\r": Qt.Key.Key_Return,
    "\n": Qt.Key.Key_Return,
    "\t": Qt.Key.Key_Tab,
}


def _send_key(widget: QWidget, key: int, text: str) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def type_keys(widget: QWidget, text: str) -> None:
    """One key press per character, as fast as a scanner; CR/LF/Tab as their keys."""
    for char in text:
        if char in _END_KEYS:
            _send_key(widget, _END_KEYS[char], char)
        else:
            _send_key(widget, 0, char)


def commit_text(widget: QWidget, text: str) -> None:
    """Text committed by an input method (a Vietnamese keyboard), all at once."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def press(widget: QWidget, key: Qt.Key) -> None:
    _send_key(widget, key, "\r" if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) else "")
