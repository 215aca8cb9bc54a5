"""The health questionnaire as a fast form: one check box per item ("yes" when ticked),
a date beside the items whose waiting time runs from an event.

The items and their wording come from the installed rule set, in the interface
language; women-only items are shown only for women.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.answers import Answer, Answers
from desktop.core.domain.dates import dmy, parse_date
from desktop.core.domain.problems import Problem
from desktop.core.eligibility.ruleset import RuleSet
from ui.forms import FieldErrors
from ui.screen_fit import fit_placeholder


class QuestionnaireForm(QScrollArea):
    changed = Signal()

    def __init__(self, rules: RuleSet, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rules = rules
        self.boxes: dict[str, QCheckBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.dates: dict[str, QLineEdit] = {}
        self.errors = FieldErrors()  # a line under each item; label(None) for the rest
        self.women_only: list[QWidget] = []
        content = QWidget()
        column = QVBoxLayout(content)
        for block in rules.blocks:
            group = QGroupBox(f"{block.number}. {block.title(language)}")
            grid = QGridLayout(group)
            grid.setColumnStretch(1, 1)
            for row, question in enumerate(block.questions):
                self._add_item(
                    grid, row, question.code, question.label(language), question.asks_date
                )
            column.addWidget(group)
            if block.women_only:
                self.women_only.append(group)
        column.addStretch(1)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _add_item(
        self, grid: QGridLayout, row: int, code: str, label: str, asks_date: bool
    ) -> None:
        # A check box cannot wrap its text: the wording sits in a wrapping label beside
        # it, which toggles the box when clicked.
        box = QCheckBox()
        box.setObjectName(f"q_{code}")
        box.setAccessibleName(label)
        box.toggled.connect(lambda checked, c=code: self._toggled(c, checked))
        self.boxes[code] = box
        self.labels[code] = _ToggleLabel(label, box)
        grid.addWidget(box, 2 * row, 0)
        grid.addWidget(self.labels[code], 2 * row, 1)
        if asks_date:
            date = QLineEdit()
            date.setObjectName(f"q_{code}_date")
            date.setPlaceholderText(self.tr("date dd/mm/yyyy"))
            fit_placeholder(date)
            date.setMaximumWidth(date.minimumWidth())
            date.setEnabled(False)
            date.textChanged.connect(self.changed)
            self.dates[code] = date
            grid.addWidget(date, 2 * row, 2)
        grid.addWidget(self.errors.label(code), 2 * row + 1, 1, 1, 2)

    def _toggled(self, code: str, checked: bool) -> None:
        date = self.dates.get(code)
        if date is not None:
            date.setEnabled(checked)
            if checked:
                date.setFocus()
        self.changed.emit()

    def show_answers(self, sex: str, answers: Answers) -> None:
        """Fill the form for a donor (unanswered items unticked)."""
        for group in self.women_only:
            group.setVisible(sex == "F")
        for code, box in self.boxes.items():
            answer = answers.get(code, Answer(False))
            box.blockSignals(True)
            box.setChecked(answer.yes)
            box.blockSignals(False)
            if code in self.dates:
                self.dates[code].setEnabled(answer.yes)
                self.dates[code].setText(dmy(answer.date))
        self.show_problems([])

    def answers(self) -> tuple[Answers, list[Problem]]:
        """The answers as ticked; a date that cannot be read is a problem of its item."""
        answers: Answers = {}
        problems = []
        for code, box in self.boxes.items():
            if not box.isVisibleTo(self) and not box.isChecked():
                continue
            date = None
            text = self.dates[code].text().strip() if code in self.dates else ""
            if box.isChecked() and text:
                date = parse_date(text)
                if date is None:
                    problems.append(Problem("date_invalid", {"value": text}, code))
            answers[code] = Answer(box.isChecked(), date)
        return answers, problems

    def show_problems(self, problems: list[Problem]) -> None:
        """Each problem under its item; the others on the general line, where the form's
        owner shows it (``errors.label(None)``)."""
        self.errors.show(problems)

    def yes_count(self) -> int:
        return sum(box.isChecked() for box in self.boxes.values())


class _ToggleLabel(QLabel):
    """The wrapping wording of one item; a click on it ticks or unticks the item."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.toggle()
        super().mouseReleaseEvent(event)
