"""The collection station on a 1366×768 laptop: nothing clipped, every column of its
lists in view, the list of donations in the chair visible, placeholders whole."""

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.core.domain.problems import Problem
from tests.ui.keyboard import type_keys
from tests.ui.test_collection_screen import accept as accept_fixture
from tests.ui.test_collection_screen import nurse as nurse_fixture
from tests.ui.test_collection_screen import station as station_fixture

accept, nurse, station = accept_fixture, nurse_fixture, station_fixture

# A window manager's title bar holds the icon and three buttons beside the title.
TITLE_BAR_CONTROLS = 110

# The whole screen, and what is left of it under a title bar and a task bar.
SIZES = [(1366, 768), (1366, 700)]
ROWS_IN_VIEW = 3  # of the list of donations in the chair, at least


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")() or getattr(widget, "placeholderText", str)()
    return f"{type(widget).__name__} {text!r}"


def _cut(widget: QWidget) -> str | None:
    """Why this widget does not show all it holds, or None."""
    width, height = widget.width(), widget.height()
    if isinstance(widget, QLabel):
        if widget.wordWrap():
            needed = widget.heightForWidth(width) if widget.text() else 0
            return f"{needed} px high in {height}" if needed > height else None
        hint = widget.sizeHint()
        return f"{hint.width()} px wide in {width}" if hint.width() > width else None
    if isinstance(widget, QAbstractButton | QComboBox):
        hint = widget.sizeHint() if isinstance(widget, QAbstractButton) else None
        if hint is not None and hint.width() > width:
            return f"{hint.width()} px wide in {width}"
    if isinstance(widget, QComboBox):
        needed = widget.fontMetrics().horizontalAdvance(widget.currentText()) + 30
        return f"{needed} px of text in {width}" if needed > width else None
    if isinstance(widget, QLineEdit) and widget.placeholderText():
        needed = widget.fontMetrics().horizontalAdvance(widget.placeholderText()) + 12
        return f"placeholder of {needed} px in {width}" if needed > width else None
    if isinstance(widget, QAbstractItemView):
        header = widget.horizontalHeader()
        columns = header.length()
        viewport = widget.viewport().width()
        return f"columns of {columns} px in {viewport}" if columns > viewport else None
    return None


def layout_problems(screen: QWidget) -> list[str]:
    """Everything of the screen that is cut off or lies outside it."""
    problems = []
    area = screen.rect()
    kinds = (QLabel, QAbstractButton, QComboBox, QLineEdit, QAbstractItemView)
    for widget in screen.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisible():
            continue
        if isinstance(widget.parentWidget(), QAbstractItemView):
            continue  # a table's own parts (its corner button)
        rect = QRect(widget.mapTo(screen, QPoint(0, 0)), widget.size())
        if not area.contains(rect):
            problems.append(f"{_name(widget)} outside the screen: {rect} in {area}")
        reason = _cut(widget)
        if reason:
            problems.append(f"{_name(widget)}: {reason}")
    return problems


@pytest.fixture
def busy_station(qtbot, services, drive, window, station, accept):
    """A drive in full swing: donors waiting, two in the chair, units recorded (one with a
    reaction, the longest outcome), and a donor open with the reaction fields shown."""
    from desktop.core.stations.collection import DonationForm, ReactionForm

    visits = [accept(name) for name in (
        "Nguyễn Thị Phương Thảo", "Trần Văn Hùng", "Lê Thị Kim Ngọc", "Phạm Minh Tuấn",
        "Hoàng Văn Bình",
    )]  # fmt: skip
    dins = [r.din.barcode_data for r in services.dins.allocate(drive, 4)]
    services.collection.record(
        visits[0].id,
        DonationForm(din=dins[0], bag_type="triple", bag_lot="KL2611-07", volume_ml="120",
                     started="08:40", ended="08:44", outcome="incomplete",
                     reaction=ReactionForm("vasovagal_delayed_loc", "moderate", "08:43")),
    )  # fmt: skip
    services.collection.start(visits[1].id, din=dins[1], started="09:05")
    services.collection.start(visits[2].id, din=dins[2], started="09:07")
    qtbot.waitUntil(lambda: station.chair_model.rowCount() == 2)
    station.open_row(0)
    type_keys(station.fields.din, dins[3] + "\r")
    station.fields.reaction.setChecked(True)
    return station


@pytest.fixture(params=["vi", "en"])
def language(request, translators):
    """The window is built in this language (asked for before the window)."""
    translators.install(request.param)
    yield request.param
    translators.install("vi")


@pytest.mark.parametrize("size", SIZES)
def test_nothing_is_cut_off_at_1366_by_768(language, qtbot, window, busy_station, size):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    assert busy_station.fields.save_button.text().startswith(
        "&Lưu" if language == "vi" else "&Record"
    )
    assert layout_problems(busy_station) == []
    chair = busy_station.chair
    assert chair.isVisible()
    assert chair.viewport().height() >= ROWS_IN_VIEW * chair.verticalHeader().defaultSectionSize()


@pytest.mark.parametrize("size", SIZES)
def test_the_form_still_fits_with_its_error_lines_shown(qtbot, window, busy_station, size):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    busy_station.errors.show(
        [
            Problem("din_check", {"value": "A999926000005Z"}, "din"),
            Problem("implausible", {"value": "4500", "min": 1, "max": 600, "unit": "ml"},
                    "volume"),
            Problem("duration_unusual", {"minutes": "0", "min": 4, "max": 15}, "ended"),
        ]
    )  # fmt: skip
    qtbot.waitUntil(lambda: busy_station.errors.labels["ended"].height() > 0)
    assert layout_problems(busy_station) == []
    save = busy_station.fields.save_button
    bottom = save.mapTo(busy_station, QPoint(0, save.height())).y()
    assert bottom <= busy_station.height()


def test_the_amend_dialog_shows_its_texts_whole_and_whose_unit_it_is(
    language, qtbot, services, drive, window, station, accept, nurse
):
    from desktop.core.stations.collection import DonationForm

    visit = accept("Nguyễn Thị Phương Thảo")
    din = services.dins.allocate(drive, 1)[0].din
    services.collection.record(
        visit.id,
        DonationForm(din=din.barcode_data, volume_ml="450", started="09:00", ended="09:08",
                     bag_type="triple"),
    )  # fmt: skip
    qtbot.waitUntil(lambda: station.units.rowCount() == 1)
    station.units.selectRow(0)
    station.amend_button.click()
    dialog = station.amend_dialog
    qtbot.waitExposed(dialog)
    dialog.save_button.click()  # with its error line too
    qtbot.waitUntil(lambda: dialog.errors.labels["reason"].height() > 0)
    assert layout_problems(dialog) == []
    bold = QFont(dialog.font())
    bold.setBold(True)
    title = QFontMetrics(bold).horizontalAdvance(dialog.windowTitle())
    assert title + TITLE_BAR_CONTROLS <= dialog.width(), dialog.windowTitle()
    frame = dialog.frameGeometry().size()
    assert frame.width() <= 1280 and frame.height() <= 720 - 40  # less a task bar
    whose = {"vi": "STT A1 — Nguyễn Thị Phương Thảo", "en": "No. A1 — Nguyễn Thị Phương Thảo"}
    shown = [label.text() for label in dialog.findChildren(QLabel)]
    assert whose[language] in shown and "DIN A9999 26 000001" in shown
    dialog.close()
