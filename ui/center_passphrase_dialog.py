"""The center's passphrase, asked before files are opened or packages signed: typed hidden,
Enter confirms. Unlocking the key takes a few seconds (on purpose: it makes guessing slow),
so it runs off the GUI thread; a wrong passphrase is said under the field and asked again."""

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.problems import UserError
from ui.forms import ERROR_STYLE
from ui.messages import problems_text
from ui.operation import Operation, failure_text


class PassphraseDialog(QDialog):
    unlocked = Signal(object)  # the unlocked key

    def __init__(
        self,
        unlock: Callable[[str], object],
        parent: QWidget | None = None,
        *,
        prompt: str = "",
    ) -> None:
        """``prompt``: what the key is unlocked for (by default, to open the files)."""
        super().__init__(parent)
        self.unlock = unlock
        self.key: object | None = None
        self.operation: Operation | None = None
        self.setWindowTitle(self.tr("The center's passphrase"))
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.intro = QLabel(prompt or self.tr("Type the center's passphrase to open the files:"))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addWidget(self.field)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())
        self.field.setFocus()

    def confirm(self) -> None:
        """Enter or OK: unlock the key on a worker thread."""
        if self.running:
            return
        passphrase = self.field.text()
        self.error.hide()
        self.busy.show()
        self.operation = (
            Operation(self, lambda _progress: self.unlock(passphrase))
            .on_success(self._unlocked)
            .on_failure(self._refused)
            .on_finished(self._finished)
            .blocking(self.field, self.buttons)
            .run()
        )

    @property
    def running(self) -> bool:
        return self.operation is not None and self.operation.running

    def _unlocked(self, key: object) -> None:
        self.key = key
        self.field.clear()
        self.accept()
        self.unlocked.emit(key)

    def _refused(self, error: BaseException) -> None:
        text = (
            problems_text(error.problems) if isinstance(error, UserError) else failure_text(error)
        )
        self.error.setText(text)
        self.error.show()

    def _finished(self) -> None:
        self.busy.hide()
        if self.key is None:  # asked again: the field is enabled again by now
            self.field.selectAll()
            self.field.setFocus()

    def reject(self) -> None:
        if not self.running:  # the key being unlocked cannot be interrupted; it is quick
            super().reject()
