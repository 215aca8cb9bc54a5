"""The start loads no library that only printing, PDFs or the center's spreadsheets need:
the check-in screen is up sooner (issue 14: a usable screen in under 1.5 s), and each
of them is loaded the first time it is used (the printing tests use them all)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# reportlab (PDFs), segno (QR codes), pypdfium2 (showing and printing PDFs), openpyxl
# (the laboratory's .xlsx files at the center): hundreds of milliseconds at each start.
NOT_AT_START = ("reportlab", "segno", "pypdfium2", "openpyxl")


def modules_after(statement: str) -> set[str]:
    """The modules a new Python process has loaded after ``statement``."""
    probe = f"import sys\n{statement}\nprint(' '.join(sys.modules))"
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                            text=True, check=True)  # fmt: skip
    return set(result.stdout.split())


def loaded_by(statement: str) -> list[str]:
    """Which of NOT_AT_START a new Python process has loaded after ``statement``."""
    modules = modules_after(statement)
    return [name for name in NOT_AT_START if name in modules]


def test_the_application_and_its_windows_start_without_the_printing_libraries() -> None:
    assert loaded_by("import desktop.app, desktop.cli") == []


def test_a_site_starts_without_building_the_centers_window() -> None:
    assert "ui.center_window" not in modules_after("import desktop.app")


def test_the_core_services_open_without_the_printing_libraries() -> None:
    assert loaded_by("import desktop.core.access, desktop.core.services") == []


def test_printing_still_loads_them_when_it_is_used() -> None:
    # The guard above would pass on a printing that no longer used them: it does.
    assert loaded_by("import desktop.core.jobs.certificates") == ["reportlab", "segno"]
