"""After a crash the app opens where it was: the same drive (also when several are
open), the same station, the half-filled questionnaire ticked as it was and the
donation still in the chair. The desk runs in a child process that kills itself with
SIGKILL (tests/ui/crash_app.py); this test then opens the database the app's way."""

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app import AppController
from desktop.core.domain.answers import Answer
from desktop.core.domain.vocabulary import StaffRole
from desktop.core.stations.drives import DriveForm
from desktop.core.stations.screening import DoctorDecision
from tests.crash_writer import HEALTHY
from tests.factories import FEMALE
from tests.people import by_everyone, open_signed_in, person, sign_in_as
from tests.signin import secure
from tests.ui.crash_app import FEVER_ON, HALF

ROOT = Path(__file__).resolve().parents[2]

MALE_BIRTH = dt.date(1990, 5, 15)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


@pytest.fixture
def two_open_drives(services, drive, donors):
    """Drive HM261124 with a donor accepted (a DIN ready for the bag) and one waiting for
    screening, and another open drive: which one to open is not obvious."""
    other = services.drives.create(
        DriveForm(code="HM261125", drive_date="25/11/2026", place_name="Trường THCS Láng",
                  province_code=drive.province_code, ward_code=drive.ward_code,
                  organizer="Đoàn phường", campaign="chu_nhat_do", target_units="100")
    )  # fmt: skip
    services.dins.set_fin("A9999")
    accepted = services.checkin.check_in(drive, donors.register("Phạm Văn Đức", MALE_BIRTH)).visit
    donor = donors.register("Đặng Thị Thu", dt.date(1995, 3, 10), FEMALE)
    waiting = services.checkin.check_in(drive, donor).visit
    person(services, "Lê Thị Hồng", StaffRole.NURSE)
    sign_in_as(services, StaffRole.DOCTOR, name="BS. Trần Thị Hoa")
    services.screening.save_questionnaire(accepted.id, {})
    services.screening.decide(accepted.id, HEALTHY, DoctorDecision("accept", 450))
    with by_everyone(services):
        services.dins.allocate(drive, 1)
    assert services.drives.drive_to_open() is None  # two open: the user would choose
    services.close()
    secure(services.path)  # encrypted, as every database the app opens
    return drive, other, waiting


def test_after_a_crash_the_app_opens_where_it_was_with_nothing_lost(
    qtbot, qapp, translators, dialogs, two_open_drives, db_path
):
    drive, _other, waiting = two_open_drives
    desk = subprocess.run(
        [sys.executable, "-m", "tests.ui.crash_app", str(db_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert desk.returncode == -9 and desk.stdout.split() == ["ticked"], desk.stderr

    services = open_signed_in(db_path)  # signed in, as the app starts: the drive, the window
    try:
        assert services.drives.drive_to_open().id == drive.id  # where it was, not asked
        controller = AppController(qapp, services, translators, dialogs)
        controller.show(services.drives.drive_to_open())
        window = controller.window
        qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "ask_before_closing", False))
        assert window.tabs.currentWidget() is window.screening_screen

        station = window.screening_screen
        assert [e.visit.id for e in station.waiting_model.entries] == [waiting.id]
        station.open_row(0)
        ticked = {code for code, box in station.questionnaire.boxes.items() if box.isChecked()}
        assert ticked == set(HALF)
        assert station.questionnaire.dates["fever"].text() == FEVER_ON
        assert station.record_answers_button.isVisibleTo(station)  # a draft, not answers
        assert services.screening.record(waiting.id) is None

        chair = window.collection_screen
        assert [d.entry.full_name for d in services.collection.in_chair(window.drive)] == [
            "Phạm Văn Đức"
        ]
        assert chair.chair_model.rowCount() == 1
        station.questionnaire.boxes["tattoo"].setChecked(True)  # the doctor goes on
        station.record_questionnaire()
        answers = services.screening.record(waiting.id).answers
        assert answers["fever"] == Answer(True, dt.date(2026, 10, 1))
        assert answers["tattoo"].yes and answers["cough"].yes
        window.ask_before_closing = False
        controller.shut_down()
    finally:
        services.close()


def test_ticks_made_just_before_the_window_closes_are_kept(qtbot, services, window, drive, donors):
    """The draft is written shortly after the ticks; closing the window at once keeps
    them too (while the database is still open), and nothing is written after it."""
    visit = services.checkin.check_in(drive, donors.register()).visit  # everyone signed in
    sign_in_as(services, StaffRole.DOCTOR, name="BS. Trần Thị Hoa")
    window.screening_action.trigger()
    station = window.screening_screen
    qtbot.waitUntil(lambda: station.waiting_model.rowCount() == 1)
    station.open_row(0)
    station.questionnaire.boxes["cough"].setChecked(True)
    assert services.screening.draft(visit.id) == {}  # not yet: a burst is one write
    window.ask_before_closing = False
    window.close()
    assert services.screening.draft(visit.id)["cough"] == Answer(True)
    assert not station.draft_timer.isActive()
