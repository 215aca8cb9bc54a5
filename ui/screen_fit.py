"""Fitting widgets to what the laptop shows: a field wide enough for its hint, a dialog
inside the screen's available area (a 1366 x 768 or 1280 x 720 laptop, with its panel)."""

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLineEdit, QWidget

# Room the window manager takes around a window's client area (title bar, borders),
# when the window has not been shown yet and Qt cannot know it.
FRAME_WIDTH, FRAME_HEIGHT = 16, 40


def fit_placeholder(field: QLineEdit, sample: str = "") -> None:
    """Make ``field`` at least wide enough to show its placeholder (or ``sample``, the
    longest text it takes) in full: a cut-off hint is no hint."""
    metrics = field.fontMetrics()
    text = max(field.placeholderText(), sample, key=metrics.horizontalAdvance)
    width = metrics.horizontalAdvance(text) + 24  # the frame and the text margins
    field.setMinimumWidth(width)
    if field.maximumWidth() < width:
        field.setMaximumWidth(width)


def fit_to_screen(window: QWidget, width: int, height: int, area: QRect | None = None) -> None:
    """Size ``window`` to ``width`` x ``height`` or less, so that its frame (title bar
    included) lies inside ``area`` (default: the available area of its screen, without
    the taskbar), and centre it there."""
    if area is None:
        area = window.screen().availableGeometry()
    frame_w = max(window.frameGeometry().width() - window.width(), FRAME_WIDTH)
    frame_h = max(window.frameGeometry().height() - window.height(), FRAME_HEIGHT)
    window.resize(min(width, area.width() - frame_w), min(height, area.height() - frame_h))
    # move() places the frame's top-left corner.
    left = area.x() + (area.width() - window.width() - frame_w) // 2
    top = area.y() + (area.height() - window.height() - frame_h) // 2
    window.move(max(left, area.x()), max(top, area.y()))
