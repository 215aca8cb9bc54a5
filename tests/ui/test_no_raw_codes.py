"""No stored code reaches a person: the main screens, on the demo database, rendered in
Vietnamese, show every state, outcome, reason and method in words."""

import datetime as dt
import inspect
import re
from enum import StrEnum

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.app import AppController
from desktop.core.domain import vocabulary
from desktop.core.eligibility.reasons import RULE_NAMES
from desktop.demo.builder import build_demo
from tests.people import open_signed_in

OLD_WARNING = (
    '[{"code": "deferred_until", "params": {"until": "2027-03-01", "reason": "q.tattoo"}}]'
)
ENGINE_ONLY = {"volume", "weight_volume", "hb_volume", "questionnaire_missing"}
MEASURED = ("weight", "hb", "hbsag", "systolic", "diastolic", "pulse")


def raw_codes(rules) -> set[str]:
    """Every code stored in the database that a screen might show by mistake. Codes
    in capitals (sexes, blood groups) are the words themselves."""
    enums = [
        member.value
        for _name, kind in inspect.getmembers(vocabulary, inspect.isclass)
        if issubclass(kind, StrEnum) and kind is not StrEnum
        for member in kind
    ]
    rules_codes = {*RULE_NAMES, *ENGINE_ONLY, *(f"{m}_missing" for m in MEASURED)}
    questions = {*rules.questions, *(f"q.{code}" for code in rules.questions)}
    return {code for code in (*enums, *rules_codes, *questions) if code.islower()}


def shown_texts(root: QWidget) -> list[str]:
    """What a person sees in a window: labels, buttons, fields, lists, tables."""
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += model_texts(widget.model())
        texts.append(widget.toolTip())
    return texts


def model_texts(model) -> list[str]:
    texts = []
    for column in range(model.columnCount()):
        texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                texts.append(str(model.data(index, role) or ""))
    return texts


def codes_in(texts: list[str], codes: set[str]) -> dict[str, str]:
    """code -> the text it was seen in."""
    found = {}
    for text in texts:
        for token in re.findall(r"[A-Za-z][A-Za-z0-9_.]*[A-Za-z0-9]|[a-z]", text):
            if token in codes:
                found[token] = text
    return found


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    build_demo(path, donors=300, today=dt.date.today())
    # A ticket whose warning an older version stored with the bare reason code.
    services = open_signed_in(path)
    with services.db.conn:
        services.db.execute(
            "UPDATE visit SET warnings = ? WHERE id = (SELECT id FROM visit WHERE status = ?"
            " ORDER BY queue_no DESC LIMIT 1)",
            [OLD_WARNING, "waiting_screening"],
        )
    services.close()
    return path


@pytest.fixture
def demo_window(qapp, qtbot, translators, dialogs, demo_path):
    services = open_signed_in(demo_path)
    controller = AppController(qapp, services, translators, dialogs)
    [drive] = [d for d in services.drives.all() if d.status == "open"]
    controller.show(drive)
    window = controller.window
    window.ask_before_closing = False  # the demo has a donation in the chair
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    yield services, window
    window.close()
    services.close()


def test_the_main_screens_show_no_raw_code_with_the_demo_data(demo_window):
    services, window = demo_window
    codes = raw_codes(services.rules.current)
    seen: dict[str, str] = {}

    # Check-in: every donor of the drive, and every donor with a deferral on record,
    # opened on the donor card.
    deferred = [
        row["id"]
        for row in services.db.query(
            "SELECT id FROM donor WHERE deferral_reason <> '' OR deferral_permanent = 1"
        )
    ]
    window.checkin_action.trigger()
    seen |= codes_in(shown_texts(window), codes)  # the queue, its warnings in tooltips
    for donor_id in deferred:
        window.checkin_screen.open_donor(services.donors.get(donor_id))
        seen |= codes_in(shown_texts(window), codes)

    # Screening: the queue, the screened list, and each waiting donor opened.
    window.screening_action.trigger()
    station = window.screening_screen
    for row in range(station.waiting_model.rowCount()):
        station.open_row(row)
        seen |= codes_in(shown_texts(window), codes)

    for action in (window.collection_action, window.certificates_action):
        action.trigger()
        seen |= codes_in(shown_texts(window), codes)

    assert deferred and station.decided_model.rowCount() > 0
    assert seen == {}


def test_every_problem_the_core_raises_has_a_sentence():
    """problem_text shows the bare code of a problem it has no sentence for."""
    from pathlib import Path

    from ui.messages import PROBLEMS

    core = Path(__file__).parents[2] / "desktop"
    raised = {
        code
        for source in core.rglob("*.py")
        for code in re.findall(r'Problem\(\s*"([a-z0-9_]+)"', source.read_text(encoding="utf-8"))
    }
    assert raised and sorted(raised - set(PROBLEMS)) == []
