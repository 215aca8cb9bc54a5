"""Quitting after a long day: the process ends cleanly, without a crash box.

Python 3.11 counts references to None, True and False like any object's: Qt bindings
that drop one per call (PySide6 6.12.0 did, for every void method and every
``Signal.emit``) bring it to zero after a long session, and Python aborts ("Fatal
Python error: bool_dealloc"), at the latest while it collects garbage at exit.
"""

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from desktop.core.stations.site_setup import SiteSetupForm
from tests.signin import secure
from tests.ui.exit_scenario import DAY_OF_CALLS

ROOT = Path(__file__).resolve().parents[2]
CALLS = 200  # few enough not to bring a count to zero here, if the bindings drop them


class _Relay(QObject):
    said = Signal(int)


def test_the_qt_bindings_keep_the_reference_counts_of_none_true_and_false(qtbot):
    label, relay = QLabel(), _Relay()
    qtbot.addWidget(label)
    relay.said.connect(lambda _number: None)
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for number in range(CALLS):
        label.setText(str(number))  # returns None
        relay.said.emit(number)  # returns True
        label.isVisible()  # returns False
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    lost = [b - a for a, b in zip(after, before, strict=True)]  # None, True, False
    assert all(count < CALLS // 2 for count in lost), f"references lost: {lost}"


def test_quitting_after_a_day_of_printing_and_a_language_switch_ends_cleanly(
    services, drive, tmp_path
):
    services.setup.save(SiteSetupForm(facility="Bệnh viện Bạch Mai", site_code="BVBM",
                                      fin="B1234", doctor="BS. Trần Văn Minh",
                                      nurse="Lê Thị Hồng"))  # fmt: skip
    services.close()
    secure(services.path)  # the app opens it signed in (the scenario signs in)
    child = subprocess.run(
        [sys.executable, "-m", "tests.ui.exit_scenario", str(services.path), str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    steps = child.stdout.splitlines()
    assert "Fatal Python error" not in child.stderr
    assert "QThread: Destroyed" not in child.stderr
    assert (child.returncode, steps) == (
        0,
        [
            "printed on the GUI thread: 1 page",
            f"a day of calls: {DAY_OF_CALLS} signals",
            "printed on a worker: 1 page",
            "language switched while the print run goes on",
            "quit from the '&Drive' menu",
            "print run cancelled",
            "run_app returned 0",
        ],
    ), child.stderr[-3000:]
    assert (tmp_path / "ticket.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "worker.pdf").read_bytes().startswith(b"%PDF")
