"""The eligibility rule set in use, and installing the center's own."""

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.problems import UserError
from desktop.core.eligibility.provider import RuleSetProvider
from desktop.core.eligibility.ruleset import RuleSetError
from desktop.core.foundation import files
from ui.dialogs import Dialogs
from ui.forms import ERROR_STYLE
from ui.messages import problems_text
from ui.translators import current_language


class RuleSetDialog(QDialog):
    def __init__(
        self,
        rules: RuleSetProvider,
        parent: QWidget | None = None,
        *,
        dialogs: Dialogs | None = None,
    ) -> None:
        super().__init__(parent)
        self.rules = rules
        self.dialogs = dialogs or Dialogs()
        self.setWindowTitle(self.tr("Eligibility rule set"))
        self.setMinimumWidth(520)
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        install = QPushButton(self.tr("Install a rule set file…"))
        install.clicked.connect(self.choose_file)
        restore = QPushButton(self.tr("Use the rule set shipped with the app"))
        restore.clicked.connect(self.restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Validate a new rule set first with: hmtn rules test CASES.csv --rules FILE"
                )
            )
        )
        layout.addWidget(install)
        layout.addWidget(restore)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._show_current()

    def _show_current(self) -> None:
        rules = self.rules.current
        title = rules.title_vi if current_language() == "vi" else rules.title_en
        self.current.setText(
            self.tr("In use: {title} (version {version})").format(
                title=title, version=rules.version
            )
        )

    def choose_file(self) -> None:
        path = self.dialogs.open_path(self, self.tr("Rule set file"), self.tr("Rule sets (*.toml)"))
        if path is not None:
            self.install(path)

    def install(self, path: Path) -> bool:
        try:
            text = files.read_text(path)  # never the database itself (see db.open_files)
            self.rules.install(text, path.name)
        except UserError as error:
            self._fail(problems_text(error.problems))
            return False
        except (OSError, UnicodeDecodeError) as error:
            self._fail(self.tr("{path} cannot be read ({error}).").format(path=path, error=error))
            return False
        except RuleSetError as error:
            self._fail(self.tr("This rule set was not installed: {error}").format(error=error))
            return False
        self.message.hide()
        self._show_current()
        return True

    def restore(self) -> None:
        self.rules.restore_default()
        self.message.hide()
        self._show_current()

    def _fail(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
