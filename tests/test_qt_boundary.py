"""The Qt boundary of the suite (tests/qt_boundary.py) fails what it should, and only that.

Each case is a small suite run by pytest in a child process: a QApplication made in
this process would outlive the test, and this test is itself a Qt-free one.
"""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def suite(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    pytester.makeini("[pytest]\nqt_api = pyside6\naddopts = -p no:cacheprovider\n")
    pytester.makeconftest('pytest_plugins = ["tests.qt_boundary"]')
    return pytester


def test_a_qt_free_test_that_uses_qt_fails_with_the_reason(suite: pytest.Pytester) -> None:
    suite.makepyfile(
        test_core="""
        from PySide6.QtCore import QCoreApplication

        def test_asks_for_qtbot(qtbot):
            pass

        def test_the_application_was_not_made_for_it():
            assert QCoreApplication.instance() is None

        def test_makes_an_application():
            global app
            app = QCoreApplication([])

        def test_once_one_exists_only_its_maker_is_blamed():
            pass
        """
    )
    result = suite.runpytest_subprocess()
    result.assert_outcomes(passed=3, errors=2)
    result.stdout.fnmatch_lines(
        [
            "*ERROR at setup of test_asks_for_qtbot*",
            "test_core.py::test_asks_for_qtbot asks for Qt (qapp, qtbot or a fixture using"
            " them) but is a Qt-free test. Move it under tests/ui/ or mark it*",
            "*ERROR at teardown of test_makes_an_application*",
            "test_core.py::test_makes_an_application is a Qt-free test, but a"
            " QCoreApplication was made while it*",
        ]
    )


def test_qt_tests_run_last_and_get_a_qapplication_first(suite: pytest.Pytester) -> None:
    suite.makepyfile(
        test_mixed="""
        import pytest
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication

        @pytest.fixture(scope="module")
        def console():
            # What the command line does: a plain QCoreApplication unless one exists.
            return QCoreApplication.instance() or QCoreApplication([])

        @pytest.mark.qt
        def test_cli(console):
            assert isinstance(console, QApplication)

        def test_pure():
            assert QCoreApplication.instance() is None
        """
    )
    result = suite.runpytest_subprocess("-v")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["*::test_pure PASSED*", "*::test_cli PASSED*"])
