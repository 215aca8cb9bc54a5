"""Fitting widgets to what the laptop shows: a field wide enough for its hint, a dialog
inside the screen's available area (a 1366 × 768 laptop, and 1280 × 720 at the
smallest, each with its task bar), so its title bar never lands above the screen.
"""

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QWidget

SMALLEST_SCREEN = QSize(1280, 680)  # 1280 × 720 less a 40-pixel task bar
# Room the window manager takes around a window's client area (title bar, borders),
# when the window has not been shown yet and Qt cannot know it.
FRAME_WIDTH, FRAME_HEIGHT = 16, 48
FRAME = QSize(FRAME_WIDTH, FRAME_HEIGHT)


def fit_placeholder(field: QLineEdit, sample: str = "") -> None:
    """Make ``field`` at least wide enough to show its placeholder (or ``sample``, the
    longest text it takes) in full: a cut-off hint is no hint."""
    metrics = field.fontMetrics()
    text = max(field.placeholderText(), sample, key=metrics.horizontalAdvance)
    width = metrics.horizontalAdvance(text) + 24  # the frame and the text margins
    field.setMinimumWidth(width)
    if field.maximumWidth() < width:
        field.setMaximumWidth(width)


def fitted_size(wanted: QSize, available: QRect) -> QSize:
    """``wanted``, no larger than ``available`` (and the smallest screen) allows once the
    frame is added."""
    room = available.size().boundedTo(SMALLEST_SCREEN) - FRAME
    return wanted.boundedTo(room)


def fit_to_screen(window: QWidget, width: int, height: int, area: QRect | None = None) -> None:
    """Size ``window`` to ``width`` × ``height`` or less, so that its frame (title bar
    included) lies inside ``area`` (default: the available area of its screen, without
    the task bar) and inside the smallest laptop screen, and centre it there."""
    if area is None:
        screen = window.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 680)
    frame_w = max(window.frameGeometry().width() - window.width(), FRAME_WIDTH)
    frame_h = max(window.frameGeometry().height() - window.height(), FRAME_HEIGHT)
    room = area.size().boundedTo(SMALLEST_SCREEN)
    window.resize(min(width, room.width() - frame_w), min(height, room.height() - frame_h))
    # move() places the frame's top-left corner.
    left = area.x() + (area.width() - window.width() - frame_w) // 2
    top = area.y() + (area.height() - window.height() - frame_h) // 2
    window.move(max(left, area.x()), max(top, area.y()))
