"""Form helpers: each field gets an error line under it, in the user's language."""

from collections import defaultdict
from collections.abc import Callable, Iterable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.problems import Problem
from ui.messages import problem_text, translate

ERROR_STYLE = "color: #b00020;"


class FieldErrors:
    """The error labels of one form, keyed by the core's field names."""

    def __init__(self) -> None:
        self.labels: dict[str | None, QLabel] = {}

    def label(self, field: str | None) -> QLabel:
        if field not in self.labels:
            label = QLabel()
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.hide()
            self.labels[field] = label
        return self.labels[field]

    def add_row(self, form: QFormLayout, text: str, widget: QWidget, field: str) -> None:
        """A form row whose field has its error line right under it."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self.label(field))
        form.addRow(text, box)

    def show(self, problems: Iterable[Problem]) -> None:
        """Show each problem next to its field; problems of fields not on the form go to
        the general line (field None)."""
        by_field: dict[str | None, list[str]] = defaultdict(list)
        for problem in problems:
            field = problem.field if problem.field in self.labels else None
            by_field[field].append(problem_text(problem))
        for field, label in self.labels.items():
            texts = by_field.get(field, [])
            label.setText("\n".join(texts))
            label.setVisible(bool(texts))

    def text(self, field: str | None) -> str:
        """The error shown for ``field`` (empty when none is shown)."""
        label = self.labels.get(field)
        return "" if label is None or label.isHidden() else label.text()

    def clear(self) -> None:
        self.show([])


def action_buttons(
    dialog: QDialog, text: str, action: Callable[[], None]
) -> tuple[QDialogButtonBox, QPushButton]:
    """The dialog's main button (the default, running ``action``) beside Cancel.

    The box is made inside the dialog before the button becomes the default: only then
    does the dialog keep it as its main default. Otherwise, when the dialog is shown, Qt
    makes the first push button it finds the default, even a hidden one, and Enter then
    saves nothing.
    """
    buttons = QDialogButtonBox(dialog)
    main = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
    main.setDefault(True)
    cancel = buttons.addButton(translate("Forms", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
    main.clicked.connect(lambda: action())  # noqa: PLW0108 - clicked would pass a bool
    cancel.clicked.connect(dialog.reject)
    return buttons, main


def hbox(*widgets: QWidget) -> QWidget:
    """The widgets side by side on one form row, flush left."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return box
