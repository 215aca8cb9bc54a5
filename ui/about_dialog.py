"""Help, About: which version runs, on which database, with which rule set."""

from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.eligibility.ruleset import RuleSet
from ui.forms import heading
from ui.translators import current_language


def app_version() -> str:
    try:
        return version("hmtn-desk")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "0+source"


class AboutDialog(QDialog):
    def __init__(
        self, db_path: Path, rules: RuleSet, demo: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About HMTN Desk"))
        self.setMinimumWidth(520)
        title = rules.title_vi if current_language() == "vi" else rules.title_en
        self.values = {
            "version": app_version(),
            "database": str(db_path) + (self.tr(" (demo)") if demo else ""),
            "rules": self.tr("{title}, version {version}").format(
                title=title, version=rules.version
            ),
        }
        form = QFormLayout()
        for key, label in (
            ("version", self.tr("Version")),
            ("database", self.tr("Database")),
            ("rules", self.tr("Eligibility rule set")),
        ):
            value = QLabel(self.values[key])
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(True)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading("HMTN Desk"))
        intro = QLabel(self.tr("Voluntary blood drives: check-in, screening, collection and"
                               " certificates, offline."))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
