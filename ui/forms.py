"""Form helpers: each field gets an error line under it, in the user's language.

An error line stays only while its field is wrong: editing the field re-checks it (with
the form's ``validate``) or, for a form without one, clears the line until the next save.
"""

from collections import defaultdict
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, SignalInstance
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.problems import Problem
from ui.messages import problem_text, translate

ERROR_STYLE = "color: #b00020;"


class FieldErrors:
    """The error labels of one form, keyed by the core's field names.

    ``validate``, when given, returns the form's problems as it now stands (the core's
    check, nothing saved): a field showing an error is re-checked as it is edited.
    """

    def __init__(self, validate: Callable[[], Iterable[Problem]] | None = None) -> None:
        self.labels: dict[str | None, QLabel] = {}
        self.validate = validate
        self._inputs: dict[str | None, list[QWidget]] = defaultdict(list)
        # What the field held when its message was shown: a form that re-checks on its own
        # (on every change) has shown the message for the values as they now are.
        self._shown_for: dict[str | None, tuple] = {}

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
        self.watch(widget, field)

    def watch(self, widget: QWidget, field: str) -> None:
        """Re-check ``field`` whenever ``widget`` (or an input inside it) is edited."""
        for edited in (widget, *widget.findChildren(QWidget)):
            signal = _edit_signal(edited)
            if signal is not None:
                signal.connect(lambda *_, f=field: self.recheck(f))
                self._inputs[field].append(edited)

    def _values(self, field: str | None) -> tuple:
        return tuple(_value(widget) for widget in self._inputs.get(field, ()))

    def recheck(self, field: str) -> None:
        """The field was edited: its error line goes, or is brought up to date."""
        label = self.labels.get(field)
        if label is None or label.isHidden():
            return
        if self.validate is None and self._values(field) == self._shown_for.get(field):
            return  # the form itself showed this message for the field as it is now
        self.check(field)

    def check(self, field: str) -> None:
        """Show the field's problems as the form now stands (``validate``), shown or not
        before: a value checked against another as soon as both are typed."""
        label = self.label(field)
        texts = []
        if self.validate is not None:
            texts = [field_text(p) for p in self.validate() if p.field == field]
        label.setText("\n".join(texts))
        label.setVisible(bool(texts))
        self._make_room()

    def _make_room(self) -> None:
        """A dialog grows to show its error lines in full (see ``RoomForWrappedText``)."""
        window = next(iter(self.labels.values())).window()
        if isinstance(window, QDialog):
            RoomForWrappedText.keep(window)

    def show(self, problems: Iterable[Problem], *, focus: bool = False) -> None:
        """Show each problem next to its field; problems of fields not on the form go to
        the general line (field None). ``focus``: a save was refused, the cursor goes to
        the first field in error (not while the form re-checks as one types)."""
        by_field: dict[str | None, list[str]] = defaultdict(list)
        for problem in problems:
            field = problem.field if problem.field in self.labels else None
            by_field[field].append(field_text(problem) if field else problem_text(problem))
        for field, label in self.labels.items():
            texts = by_field.get(field, [])
            label.setText("\n".join(texts))
            label.setVisible(bool(texts))
            self._shown_for[field] = self._values(field)
        self._make_room()
        if focus:
            self.focus_first_error()

    def focus_first_error(self) -> None:
        """The cursor goes to the first field, in the form's order, showing an error."""
        for field, inputs in self._inputs.items():
            if not self.text(field):
                continue
            target = next((w for w in inputs if _takes_focus(w)), None)
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def text(self, field: str | None) -> str:
        """The error shown for ``field`` (empty when none is shown)."""
        label = self.labels.get(field)
        return "" if label is None or label.isHidden() else label.text()

    def clear(self) -> None:
        self.show([])


class RoomForWrappedText(QObject):
    """Grows a dialog whenever its wrapped labels need more height than it has.

    Qt grows a window to its layout's minimum size, which leaves out the extra lines a
    word-wrapped label takes: an error line of two lines, or one that appears with a box
    below it, would be squeezed to half a line.
    """

    @classmethod
    def keep(cls, dialog: QDialog) -> None:
        if dialog.findChild(cls) is None:
            dialog.installEventFilter(cls(dialog))
        cls.grow(dialog)

    @staticmethod
    def grow(dialog: QDialog) -> None:
        layout = dialog.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(dialog.width())
        if needed > dialog.height():
            dialog.resize(dialog.width(), needed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and isinstance(watched, QDialog):
            QTimer.singleShot(0, self, lambda: self.grow(watched))  # not once it is gone
        return False


class ArrowsChoose(QObject):
    """Arrow keys choose among radio buttons even when none is chosen yet (Qt's own only
    move the focus then): ← or ↑ the previous one, → or ↓ the next."""

    def __init__(self, buttons: list[QAbstractButton]) -> None:
        super().__init__(buttons[0])
        self.buttons = buttons

    @classmethod
    def install(cls, *buttons: QAbstractButton) -> None:
        keys = cls(list(buttons))
        for button in buttons:
            button.installEventFilter(keys)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or watched not in self.buttons:
            return False
        step = _ARROW_STEPS.get(event.key())
        if step is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        index = min(max(self.buttons.index(watched) + step, 0), len(self.buttons) - 1)
        chosen = self.buttons[index]
        chosen.setFocus(Qt.FocusReason.TabFocusReason)
        if not chosen.isChecked():
            chosen.click()  # as the user's own choice
        return True


_ARROW_STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}


def field_text(problem: Problem) -> str:
    """A problem as said under its field: a format check of an empty field says that the
    field is required; it never quotes an empty value."""
    value = problem.params.get("value")
    if value is not None and not str(value).strip():
        return problem_text(Problem("required", field=problem.field))
    return problem_text(problem)


def _value(widget: QWidget) -> object:
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    return widget.currentText() if isinstance(widget, QComboBox) else widget.text()


def _takes_focus(widget: QWidget) -> bool:
    """An input the user can be put in (a check box or radio button too)."""
    focusable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    return bool(focusable) and widget.isEnabled() and widget.isVisibleTo(widget.window())


def _edit_signal(widget: QWidget) -> SignalInstance | None:
    """The signal a user's edit of ``widget`` emits, if it is an input (a spin box or
    a date edit is watched through the line edit inside it)."""
    if isinstance(widget, QLineEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentTextChanged
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    return None


def action_buttons(
    dialog: QDialog, text: str, action: Callable[[], None], *, cancel: str | None = None
) -> tuple[QDialogButtonBox, QPushButton]:
    """The dialog's main button (the default, running ``action``) beside Cancel (or the
    ``cancel`` text given).

    The box is made inside the dialog before the button becomes the default: only then
    does the dialog keep it as its main default. Otherwise, when the dialog is shown, Qt
    makes the first push button it finds the default, even a hidden one, and Enter then
    saves nothing.
    """
    buttons = QDialogButtonBox(dialog)
    main = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
    main.setDefault(True)
    close = buttons.addButton(
        cancel or translate("Forms", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole
    )
    main.clicked.connect(lambda: action())  # noqa: PLW0108 - clicked would pass a bool
    close.clicked.connect(dialog.reject)
    return buttons, main


def heading(text: str) -> QLabel:
    """The dialog's first line, saying whose record it is (a window manager may cut the
    title bar short; this line wraps)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("font-size: 13pt; font-weight: bold;")
    return label


def hbox(*widgets: QWidget) -> QWidget:
    """The widgets side by side on one form row, flush left."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return box
