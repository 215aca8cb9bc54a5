"""The screening station and the questionnaire dialog on a 1366 x 768 and a 1280 x 720
laptop: full names in the lists, hints not cut off, dialogs wholly on the screen and
saying whose record they hold."""

import datetime as dt

import pytest
from PySide6.QtCore import QMargins, QRect
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop.core.domain.answers import Answer
from desktop.core.domain.vocabulary import StaffRole
from desktop.core.eligibility.measurements import MeasurementForm
from desktop.core.stations.screening import DoctorDecision
from tests.factories import FEMALE, MALE
from tests.people import by_everyone, person
from ui.questionnaire_dialog import QuestionnaireDialog
from ui.screen_fit import FRAME_HEIGHT, FRAME_WIDTH

# The screens, less a taskbar of 40 px: what a maximised window or a dialog may use.
SCREENS = {"1366x768": QRect(0, 0, 1366, 728), "1280x720": QRect(0, 0, 1280, 680)}
LONG_NAMES = ("Nguyễn Thị Phương Thảo", "Tôn Thất Hoàng Minh Quân", "Hoàng Nguyễn Bảo Ngọc")
CELL_PADDING = 6  # a cell's text margins (2 x (PM_FocusFrameHMargin + 1))


@pytest.fixture
def screened(services, drive, donors):
    """Donors with long names: two waiting, one deferred, one accepted by an override."""
    doctor = person(services, "BS. Trần Thị Hoa", StaffRole.DOCTOR)
    services.staff.sign_in(doctor)
    visits = []
    for number, name in enumerate((*LONG_NAMES, "Phạm Văn Đức")):
        sex = FEMALE if "Thị" in name or "Ngọc" in name else MALE
        donor = donors.register(name, dt.date(1990, 5, 15 + number), sex)
        with by_everyone(services):
            visits.append(services.checkin.check_in(drive, donor).visit)
    healthy = MeasurementForm(weight_kg="62", systolic="120", diastolic="80", pulse="72",
                              hb_g_l="138", hbsag="negative")  # fmt: skip
    services.screening.save_questionnaire(visits[2].id, {"antibiotics": Answer(True)})
    override = DoctorDecision("accept", 450, reason="Kháng sinh bôi ngoài da")
    services.screening.decide(visits[2].id, healthy, override)
    services.screening.save_questionnaire(visits[3].id, {"hiv": Answer(True)})
    services.screening.decide(visits[3].id, healthy, DoctorDecision("defer_permanent"))
    return visits


def text_fits(view, column: int, text: str) -> bool:
    return view.columnWidth(column) >= view.fontMetrics().horizontalAdvance(text) + CELL_PADDING


@pytest.mark.parametrize("screen", SCREENS.values(), ids=SCREENS.keys())
def test_the_screening_lists_show_full_names_and_headers(qtbot, window, screened, screen):
    window.resize(screen.width() - FRAME_WIDTH, screen.height() - FRAME_HEIGHT)
    window.screening_action.trigger()
    station = window.screening_screen
    station.open_row(0)
    QApplication.processEvents()
    for view in (station.waiting, station.decided):
        model = view.model()
        assert model.rowCount() == 2
        for column in range(model.columnCount()):
            header = model.headerData(column, 1)
            cells = [model.data(model.index(row, column)) for row in range(model.rowCount())]
            for text in (header, *cells):
                assert text_fits(view, column, text), (text, view.columnWidth(column))
        assert view.horizontalScrollBar().maximum() == 0  # no column beyond the edge


@pytest.mark.parametrize("screen", SCREENS.values(), ids=SCREENS.keys())
def test_no_hint_of_the_screening_form_is_cut_off(qtbot, window, screened, screen):
    window.resize(screen.width() - FRAME_WIDTH, screen.height() - FRAME_HEIGHT)
    window.screening_action.trigger()
    station = window.screening_screen
    station.open_row(0)
    QApplication.processEvents()
    fields = [f for f in station.findChildren(QLineEdit) if f.placeholderText()]
    assert len(fields) > 8
    for field in fields:
        needed = field.fontMetrics().horizontalAdvance(field.placeholderText())
        assert field.width() >= needed + 12, field.placeholderText()


@pytest.mark.parametrize("screen", SCREENS.values(), ids=SCREENS.keys())
def test_the_questionnaire_dialog_fits_the_screen_and_names_the_donor(
    qtbot, services, window, screened, screen
):
    entry = services.checkin.waiting_for_screening(services.drives.get(screened[0].drive_id))[0]
    dialog = QuestionnaireDialog(services.screening, entry, "vi", window)
    qtbot.addWidget(dialog)
    dialog.fit(screen)
    # The whole window, title bar and borders included, lies on the screen.
    frame = QRect(dialog.pos(), dialog.size().grownBy(QMargins(0, 0, FRAME_WIDTH, FRAME_HEIGHT)))
    assert screen.contains(frame), (frame, screen)
    assert dialog.minimumSizeHint().height() + FRAME_HEIGHT <= screen.height()
    # Whose record it is, inside the dialog.
    assert dialog.donor.text() == "STT A1 — Nguyễn Thị Phương Thảo · sinh ngày 15/05/1990 · Nữ"
    assert dialog.donor.isVisibleTo(dialog)


def test_the_questionnaire_dialog_lies_on_the_screen_it_opens_on(qtbot, services, window, screened):
    entry = services.checkin.waiting_for_screening(services.drives.get(screened[0].drive_id))[0]
    dialog = QuestionnaireDialog(services.screening, entry, "vi", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    area = dialog.screen().availableGeometry()
    assert area.contains(dialog.frameGeometry())
    assert dialog.height() + FRAME_HEIGHT <= area.height()
