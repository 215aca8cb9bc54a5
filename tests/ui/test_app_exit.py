"""Quitting after a long day: the process ends cleanly, without a crash box.

Python 3.11 counts references to None, True and False like any object's: Qt bindings
that drop one per call (PySide6 6.12.0 did, for every void method and every
``Signal.emit``) bring it to zero after a long session, and Python aborts ("Fatal
Python error: bool_dealloc"), at the latest while it collects garbage at exit.
"""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

CALLS = 200  # few enough not to bring a count to zero here, if the bindings drop them


class _Relay(QObject):
    said = Signal(int)


def test_the_qt_bindings_keep_the_reference_counts_of_none_true_and_false(qtbot):
    label, relay = QLabel(), _Relay()
    qtbot.addWidget(label)
    relay.said.connect(lambda _number: None)
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for number in range(CALLS):
        label.setText(str(number))  # returns None
        relay.said.emit(number)  # returns True
        label.isVisible()  # returns False
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    lost = [b - a for a, b in zip(after, before, strict=True)]  # None, True, False
    assert all(count < CALLS // 2 for count in lost), f"references lost: {lost}"
