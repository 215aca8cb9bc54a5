"""The line between the Qt-free tests and the tests that need Qt (a pytest plugin).

The core, the database and the printing code know nothing of Qt, and their tests prove
it: they run without any QCoreApplication. Only tests marked ``qt`` get one (every test
under ``tests/ui/`` is marked by that folder's conftest; the command-line tests are
marked because ``hmtn`` prints through Qt's translators).

* A test that is not marked ``qt`` and asks for ``qapp`` (directly or through ``qtbot``
  or another fixture) fails before anything is set up, saying how to fix it.
* A test that is not marked ``qt`` and makes a QCoreApplication anyway, say by calling
  code that starts to need Qt, fails at its teardown.
* The Qt-free tests run first. A QCoreApplication cannot be destroyed and lives until
  the end of the process, so only this order makes "no application exists while a
  Qt-free test runs" something that can be checked.
* Every ``qt`` test gets pytest-qt's QApplication before it runs, so that code which
  makes a plain QCoreApplication when none exists (the command line does) never makes
  the one application of the run, which the widgets need to be a QApplication.
"""

import sys

import pytest

QT_MARK = "qt"
QT_FIXTURE = "qapp"  # pytest-qt's application: qtbot and our Qt fixtures depend on it
_app_before = pytest.StashKey[bool]()  # did an application exist as the test started?


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{QT_MARK}: the test needs Qt (a QApplication, Qt's translators);"
        " tests under tests/ui/ are marked by their conftest",
    )


def needs_qt(item: pytest.Item) -> bool:
    return item.get_closest_marker(QT_MARK) is not None


@pytest.hookimpl(trylast=True)  # after the conftests have marked their tests
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=needs_qt)  # stable: the Qt-free tests first, each group in its order
    for item in items:
        names = getattr(item, "fixturenames", None)
        if needs_qt(item) and names is not None and QT_FIXTURE not in names:
            # Fixtures are set up in this order, module and session ones included.
            names.insert(0, QT_FIXTURE)


def qt_application() -> object | None:
    """The QCoreApplication of the process, if any; never imports Qt to find out."""
    qt_core = sys.modules.get("PySide6.QtCore")
    return None if qt_core is None else qt_core.QCoreApplication.instance()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    if needs_qt(item):
        return
    # Set before any fixture runs, module and session ones included.
    item.stash[_app_before] = qt_application() is not None
    if QT_FIXTURE in getattr(item, "fixturenames", ()):
        pytest.fail(
            f"{item.nodeid} asks for Qt ({QT_FIXTURE}, qtbot or a fixture using them) but"
            f" is a Qt-free test. Move it under tests/ui/ or mark it"
            f" @pytest.mark.{QT_MARK} if it really tests Qt code.",
            pytrace=False,
        )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> object:
    result = yield
    # Only the first test that made the application can be told: after it, one exists.
    if not needs_qt(item) and not item.stash.get(_app_before, True) and qt_application():
        pytest.fail(
            f"{item.nodeid} is a Qt-free test, but a QCoreApplication was made while it"
            f" (or a fixture it uses) ran. Keep Qt out of the code it tests, or mark it"
            f" @pytest.mark.{QT_MARK}.",
            pytrace=False,
        )
    return result
