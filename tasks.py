#!/usr/bin/env python3
"""Set up HMTN Desk and run it, its tests or its benchmarks: one command each.

    python3 tasks.py demo     set everything up, open the app on the demo database
    python3 tasks.py test     set everything up, run lint, layering checks and all tests
    python3 tasks.py bench    set everything up, run the benchmarks (slow: ~10 minutes)
    python3 tasks.py setup    only set everything up

On Windows use ``py tasks.py demo`` (or ``test``). Needs only Python 3.11 or newer;
everything else goes into ``.venv`` beside this file. On Debian or Ubuntu the system
libraries Qt needs are checked, and installed with apt-get when running as root
(otherwise the exact command to run is printed).
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".hmtn-installed"
WINDOWS = os.name == "nt"
VENV_PYTHON = VENV / ("Scripts/python.exe" if WINDOWS else "bin/python")

# Shared libraries the Qt wheels load, and the Debian/Ubuntu packages that hold them.
QT_LIBS_HEADLESS = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}
QT_LIBS_WINDOW = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
}
FONT_PACKAGES = ["fonts-dejavu-core"]  # a font with Vietnamese glyphs for the widgets
# The printing tests start a private CUPS server with a CUPS-PDF queue (tests/cups_server.py);
# the exchange tests check our files with the stock age and minisign tools; the audit
# trail's tests tamper with a database through the stock sqlite3 tool.
TEST_TOOL_FILES = {
    "/usr/sbin/cupsd": "cups",
    "/usr/lib/cups/backend/cups-pdf": "printer-driver-cups-pdf",
    "/usr/bin/age": "age",
    "/usr/bin/minisign": "minisign",
    "/usr/bin/sqlite3": "sqlite3",
}


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script may run on an old Python
        print("HMTN Desk needs Python 3.11 or newer; this is", platform.python_version())
        return 1
    command = argv[0] if argv else "help"
    rest = argv[1:]
    if command not in ("setup", "demo", "test", "bench"):
        print(__doc__)
        return 0 if command in ("help", "-h", "--help") else 2
    ensure_system_libraries(window=command == "demo")
    if command == "test":
        ensure_test_tools()
    ensure_venv()
    ensure_installed()
    if command == "setup":
        return 0
    if command == "demo":
        if not _has_screen():
            print(
                "No screen to show the window on (DISPLAY is not set).\n"
                "On a desktop, run this from a terminal inside the desktop session; on a\n"
                "server, install xvfb and run:  xvfb-run -a python3 tasks.py demo"
            )
            return 1
        return run([str(VENV_PYTHON), "-m", "desktop", "--demo", *rest])
    if command == "bench":
        return run([str(VENV_PYTHON), "-m", "benchmarks", *rest])
    return run_tests(rest)


def run_tests(pytest_args: list[str]) -> int:
    """Lint, formatting, layering contracts, then the whole pytest suite."""
    steps = [
        # No cache: a cached import classification can hide an unsorted import block
        # once a module it imports comes into existence.
        ["-m", "ruff", "check", "--no-cache", "."],
        ["-m", "ruff", "format", "--no-cache", "--check", "."],
        # import-linter has no ``__main__``: call its console entry point.
        ["-c", "import sys; from importlinter.cli import lint_imports_command as c; sys.exit(c())"],
        ["-m", "pytest", *pytest_args],
    ]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for step in steps:
        code = run([str(VENV_PYTHON), *step], env=env)
        if code != 0:
            return code
    return 0


def _has_screen() -> bool:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(command: list[str], env: dict[str, str] | None = None) -> int:
    print("+", " ".join(command), flush=True)
    return subprocess.call(command, cwd=ROOT, env=env)


# --- virtual environment --------------------------------------------------------------


def ensure_venv() -> None:
    if _venv_works():
        return
    shutil.rmtree(VENV, ignore_errors=True)  # missing, or left half-made by an interruption
    print("Creating the virtual environment in .venv ...", flush=True)
    try:
        venv.EnvBuilder(with_pip=True).create(VENV)
    except (subprocess.CalledProcessError, OSError) as error:
        shutil.rmtree(VENV, ignore_errors=True)
        # Debian and Ubuntu ship venv without ensurepip unless python3-venv is installed.
        package = f"python{sys.version_info.major}.{sys.version_info.minor}-venv"
        if not apt_install([package]):
            sys.exit(
                f"Could not create a virtual environment ({error}).\n"
                f"Install it with:  sudo apt-get install -y {package}\n"
                "then run this command again."
            )
        venv.EnvBuilder(with_pip=True).create(VENV)


def _venv_works() -> bool:
    if not VENV_PYTHON.exists():
        return False
    check = [str(VENV_PYTHON), "-m", "pip", "--version"]
    return subprocess.call(check, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) == 0


def ensure_installed() -> None:
    """pip install the project (editable) with its dev tools, when pyproject changed."""
    fingerprint = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == fingerprint:
        return
    print("Installing HMTN Desk and its dependencies into .venv ...", flush=True)
    pip = [str(VENV_PYTHON), "-m", "pip", "install", "--disable-pip-version-check"]
    if subprocess.call([*pip, "--quiet", "--upgrade", "pip"], cwd=ROOT) != 0:
        print("(could not upgrade pip; carrying on with the one in .venv)")
    if subprocess.call([*pip, "--quiet", "-e", ".[dev]"], cwd=ROOT) != 0:
        sys.exit("Installing the Python packages failed (see the messages above).")
    STAMP.write_text(fingerprint)


# --- system libraries -------------------------------------------------------------------


def ensure_system_libraries(window: bool) -> None:
    """On Linux, make sure the shared libraries Qt loads are present."""
    if not sys.platform.startswith("linux"):
        return
    wanted = dict(QT_LIBS_HEADLESS)
    if window:
        wanted.update(QT_LIBS_WINDOW)
    present = _shared_libraries()
    if present is None:
        return  # not a glibc system we can inspect; Qt will say what it lacks
    missing = sorted({package for lib, package in wanted.items() if lib not in present})
    if window and not _has_vietnamese_font():
        missing += FONT_PACKAGES
    if not missing:
        return
    print("Qt needs these system packages:", " ".join(missing), flush=True)
    if not apt_install(missing):
        sys.exit(
            "Install them with:\n"
            f"  sudo apt-get update && sudo apt-get install -y {' '.join(missing)}\n"
            "then run this command again."
        )


def ensure_test_tools() -> None:
    """CUPS and CUPS-PDF for the printing tests, age and minisign for the exchange tests:
    installed when running as root on Debian/Ubuntu; otherwise the command is printed
    and those tests are skipped."""
    if not sys.platform.startswith("linux"):
        return
    missing = sorted({package for path, package in TEST_TOOL_FILES.items()
                      if not Path(path).exists()})  # fmt: skip
    if not missing or apt_install(missing):
        return
    print(
        "The tests that print through CUPS or check files with age and minisign will be"
        " skipped. To run them, as root:\n"
        f"  sudo apt-get update && sudo apt-get install -y {' '.join(missing)}",
        flush=True,
    )


def _shared_libraries() -> set[str] | None:
    """Names of the shared libraries the dynamic linker knows; None if it cannot tell."""
    ldconfig = shutil.which("ldconfig") or "/sbin/ldconfig"
    try:
        output = subprocess.run(
            [ldconfig, "-p"], capture_output=True, text=True, check=False
        ).stdout
    except OSError:
        return None
    names = {line.split()[0] for line in output.splitlines()[1:] if line.strip()}
    return names or None


def _has_vietnamese_font() -> bool:
    if shutil.which("fc-list") is None:
        return False
    output = subprocess.run(
        ["fc-list", ":lang=vi"], capture_output=True, text=True, check=False
    ).stdout
    return bool(output.strip())


def apt_install(packages: list[str]) -> bool:
    """Install Debian packages when we may (root, apt-get present); False otherwise."""
    if shutil.which("apt-get") is None or not hasattr(os, "geteuid") or os.geteuid() != 0:
        return False
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.call(["apt-get", "update", "-qq"], env=env)
    install = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages]
    return subprocess.call(install, env=env) == 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
