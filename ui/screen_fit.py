"""Dialogs that fit the laptop's screen: 1366 × 768, and 1280 × 720 at the smallest.

A dialog asks for the size it would like; it gets at most what the screen's free area
(less the window frame and title bar, which the window manager adds) can show, so its
title bar never lands above the top of the screen.
"""

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SMALLEST_SCREEN = QSize(1280, 680)  # 1280 × 720 less a 40-pixel task bar
FRAME = QSize(16, 48)  # what a window manager adds around a window: borders, title bar


def fitted_size(wanted: QSize, available: QRect) -> QSize:
    """``wanted``, no larger than ``available`` (and the smallest screen) allows once the
    frame is added."""
    room = available.size().boundedTo(SMALLEST_SCREEN) - FRAME
    return wanted.boundedTo(room)


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` × ``height``, or less if the screen is smaller."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)
    widget.resize(fitted_size(QSize(width, height), available))
