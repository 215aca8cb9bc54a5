"""Both interface languages load, and the shipped catalogs are complete and compiled."""

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.core.domain.problems import Problem
from ui.messages import PROBLEMS, problem_text

ROOT = Path(__file__).resolve().parents[2]


def test_vietnamese_and_english_load(translators):
    try:
        assert translators.install("vi")
        assert QCoreApplication.translate("DonorCard", "Check in (Enter)") == "Tiếp nhận (Enter)"
        assert problem_text(Problem("cccd_format")) == "Số CCCD phải có đúng 12 chữ số."
        assert translators.install("en")
        assert QCoreApplication.translate("DonorCard", "Check in (Enter)") == "Check in (Enter)"
        assert problem_text(Problem("cccd_format")) == "A CCCD number has exactly 12 digits."
    finally:
        translators.install("vi")


def test_every_problem_code_has_a_vietnamese_sentence():
    for code, source in PROBLEMS.items():
        assert QCoreApplication.translate("Messages", source) != source, code


def test_catalogs_are_complete_and_compiled():
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "i18n.py"), "check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_command_run_inside_the_application_leaves_its_language_as_it_was(translators, tmp_path):
    """The tests run many commands in one process, after windows: an English command
    must not leave the next window half in English."""
    from desktop.cli import main
    from ui.translators import current_language

    main(["--lang", "en", "drives", "--db", str(tmp_path / "missing.sqlite3")])
    assert current_language() == "vi"
    assert QCoreApplication.translate("DonorCard", "Check in (Enter)") == "Tiếp nhận (Enter)"
