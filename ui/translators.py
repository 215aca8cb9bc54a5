"""Loading the interface language (compiled Qt Linguist files in ``ui/i18n``)."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent / "i18n"
LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT_LANGUAGE = "vi"
# Our own strings, and Qt's standard ones (dialog buttons, file dialogs, text field
# menus) for which Qt ships no Vietnamese.
CATALOGS = ("hmtn", "qt_extra")


class Translators:
    """The translators installed on the application; switching language replaces them."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = ""
        self._installed: list[QTranslator] = []

    def install(self, language: str) -> bool:
        """Make ``language`` the interface language; True if its catalog loaded."""
        self.remove()
        loaded = True
        for catalog in CATALOGS:
            translator = QTranslator(self.app)
            path = I18N_DIR / f"{catalog}_{language}.qm"
            if path.exists() and translator.load(str(path)):
                self.app.installTranslator(translator)
                self._installed.append(translator)
            elif catalog == "hmtn":
                loaded = False
        QLocale.setDefault(
            QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
            if language == "vi"
            else QLocale(QLocale.Language.English)
        )
        self.language = language
        return loaded

    def remove(self) -> None:
        """Take this object's catalogs off the application."""
        for translator in self._installed:
            self.app.removeTranslator(translator)
            translator.deleteLater()
        self._installed.clear()


@contextmanager
def console_translators(language: str) -> Iterator[Translators]:
    """Translators for a command's output (no window: a plain QCoreApplication), for as
    long as the command runs: a command run inside an application (the tests run many in
    one process) leaves that application's language and locale as they were."""
    app = QCoreApplication.instance() or QCoreApplication([])
    locale = QLocale()
    translators = Translators(app)
    translators.install(language)
    try:
        yield translators
    finally:
        translators.remove()
        QLocale.setDefault(locale)


def current_language() -> str:
    """The interface language now installed ("vi" or "en"), as the locale says."""
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"
