"""The eligibility rule set in use, and installing the center's own.

The dialog drives the provider's installer: choose the rule-set file, then its
validation cases when none are shipped beside it (``NAME-cases.csv``); the file is
installed only when every case passes, and the dialog says how many passed or which
failed. The work is quick (a few hundred cases take well under a second).
"""

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.problems import UserError
from desktop.core.eligibility.provider import Installation, RuleSetProvider, cases_beside
from desktop.core.eligibility.ruleset import RuleSetError
from ui.dialogs import Dialogs
from ui.messages import problems_text, rule_set_problem_lines
from ui.status_line import StatusLine
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
        self.setMinimumWidth(560)
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.outcome = StatusLine()
        self.outcome.hide()
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(220)
        self.details.hide()
        install = QPushButton(self.tr("Install a rule set file…"))
        install.clicked.connect(self.choose_file)
        restore = QPushButton(self.tr("Use the rule set shipped with the app"))
        restore.clicked.connect(self.restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        how = QLabel(
            self.tr(
                "A rule set is installed only when every case of its validation table"
                " passes: the file NAME-cases.csv beside NAME.toml, or a cases file you"
                " choose. Check it beforehand with: hmtn rules test CASES.csv --rules FILE"
            )
        )
        how.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addWidget(how)
        layout.addWidget(install)
        layout.addWidget(restore)
        layout.addWidget(self.outcome)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self._show_current()

    def _show_current(self) -> None:
        rules = self.rules.current
        title = rules.title_vi if current_language() == "vi" else rules.title_en
        self.current.setText(
            self.tr("In use: {title} (version {version}, SHA-256 {sha256})").format(
                title=title, version=rules.version, sha256=rules.sha256
            )
        )
        error = self.rules.installed_error
        if error is not None:
            self._fail(
                self.tr("The rule set installed earlier fails today's checks: the rule set"
                        " shipped with the app is in force until a corrected one is installed."),
                rule_set_problem_lines(error.problems),
            )  # fmt: skip

    def choose_file(self) -> None:
        path = self.dialogs.open_path(self, self.tr("Rule set file"), self.tr("Rule sets (*.toml)"))
        if path is not None:
            self.install(path)

    def install(self, path: Path, cases: Path | None = None) -> bool:
        """Install ``path`` if its validation cases all pass; asks for the cases file
        when none is beside it. Whether it is now in force."""
        try:
            try:
                installation = self.rules.install_file(path, cases)
            except RuleSetError as error:
                if [p.code for p in error.problems] != ["rule_set_cases_missing"]:
                    raise
                cases = self._ask_for_cases(path)
                if cases is None:
                    return False
                installation = self.rules.install_file(path, cases)
        except RuleSetError as error:
            title = self.tr("This rule set was not installed: {path} cannot be used.")
            self._fail(title.format(path=path.name), rule_set_problem_lines(error.problems))
            return False
        except UserError as error:
            self._fail(self.tr("This rule set was not installed."), [problems_text(error.problems)])
            return False
        return self._show_installation(installation)

    def _ask_for_cases(self, path: Path) -> Path | None:
        cases = self.dialogs.open_path(
            self,
            self.tr("Validation cases for {name}").format(name=path.name),
            self.tr("Validation cases (*.csv)"),
        )
        if cases is None:
            self._fail(
                self.tr("Not installed: a rule set needs its validation cases."),
                [self.tr("No {name} beside the file, and no cases file was chosen.").format(
                    name=cases_beside(path).name)],
            )  # fmt: skip
        return cases

    def _show_installation(self, installation: Installation) -> bool:
        total = len(installation.results)
        if not installation.installed:
            title = self.tr("Not installed: {failed} of {total} validation cases failed.").format(
                failed=len(installation.failed), total=total
            )
            self._fail(title, [r.line() for r in installation.failed] or [self.tr("No cases.")])
            return False
        self.outcome.done(
            self.tr("Installed: version {version}. All {total} validation cases passed.").format(
                version=installation.rules.version, total=total
            )
        )
        self.outcome.show()
        self.details.hide()
        self._show_current()
        return True

    def restore(self) -> None:
        try:
            self.rules.restore_default()
        except UserError as error:
            self._fail(self.tr("The shipped rule set was not restored."),
                       [problems_text(error.problems)])  # fmt: skip
            return
        self.outcome.hide()
        self.details.hide()
        self._show_current()

    def _fail(self, title: str, lines: list[str]) -> None:
        self.outcome.failed(title)
        self.outcome.show()
        self.details.setPlainText("\n".join(lines))
        self.details.show()
