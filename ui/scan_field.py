"""The check-in input field: takes typing and USB scanner input alike.

A scanner types the card's QR as fast keystrokes and ends with Enter, CR/LF or Tab.
Enter submits as usual; a Tab after a QR also submits instead of moving the focus away.
"""

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.core.domain.card_qr import looks_like_qr

_SUBMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ScanLineEdit(QLineEdit):
    submitted = Signal(str)
    arrowDown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(1000)  # a card QR is about 150 characters

    def event(self, event: QEvent) -> bool:
        # Tab never reaches keyPressEvent (it moves the focus), so catch it here.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Tab
            and looks_like_qr(self.text())
        ):
            self.submitted.emit(self.text())
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _SUBMIT_KEYS:
            self.submitted.emit(self.text())
            return
        if event.key() == Qt.Key.Key_Down:
            self.arrowDown.emit()
            return
        super().keyPressEvent(event)


def is_scan_in_progress(text: str) -> bool:
    """While a QR arrives, searching on every keystroke is pointless."""
    return "|" in text
