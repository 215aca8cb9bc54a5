"""The desk at work, then a crash: for tests/ui/test_crash_restart.py.

It opens the database as the app does, shows drive HM261124, scans a DIN on the bag of
the accepted donor at the collection station (the donation is in the chair), then
half-fills the waiting donor's questionnaire at the screening station and, once the
ticks are kept, kills itself with SIGKILL: no close, no goodbye.

    python -m tests.ui.crash_app DB
"""

import os
import signal
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.app import AppController
from desktop.core import access
from desktop.core.domain.answers import Answer
from tests.people import everyone
from tests.signin import ADMIN, PASSWORD
from tests.ui.keyboard import type_keys
from ui.translators import Translators

HALF = {"cough": Answer(True), "fever": Answer(True)}  # ticked; the rest not yet asked
FEVER_ON = "01/10/2026"


def main(db_path: Path) -> None:
    app = QApplication(sys.argv[:1])
    translators = Translators(app)
    translators.install("vi")
    services = access.sign_in(db_path, ADMIN, PASSWORD)  # as the app's start does
    everyone(services)  # the chair's nurse and the doctor at this one laptop
    controller = AppController(app, services, translators)
    controller.show(services.drives.by_code("HM261124"))  # the user chose it
    window = controller.window

    window.collection_action.trigger()
    chair = window.collection_screen
    chair.open_row(0)
    din = services.dins.for_drive(window.drive)[0]
    type_keys(chair.fields.din, din.din.barcode_data + "\r")  # in the chair now
    assert services.collection.in_chair_here() == 1

    window.screening_action.trigger()
    station = window.screening_screen
    station.open_row(0)
    visit_id = station.entry.visit.id
    for code in HALF:
        station.questionnaire.boxes[code].setChecked(True)
    station.questionnaire.dates["fever"].setText(FEVER_ON)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:  # the draft is written shortly after the ticks
        app.processEvents()
        kept = services.screening.draft(visit_id)
        ticked = {code for code, answer in kept.items() if answer.yes}
        if ticked == set(HALF) and kept["fever"].date is not None:
            break
        time.sleep(0.01)
    print("ticked", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
