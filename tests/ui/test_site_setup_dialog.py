"""The first-run set-up shown at start on a new database, and again from Settings."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.app import run_app
from desktop.core.stations.site_setup import SiteSetupForm
from tests.people import open_signed_in
from tests.signin import secure
from tests.ui.keyboard import commit_text, press, type_keys
from tests.ui.modal import ModalScript
from tests.ui.signing_in import create_administrator, sign_in_as
from ui.drive_picker import DrivePicker
from ui.site_setup_dialog import SiteSetupDialog


class StartScript:
    """Answers the modal dialogs the start shows, in turn, as a user would."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.step)

    def step(self) -> None:
        shown = QApplication.activeModalWidget()
        if isinstance(shown, SiteSetupDialog) and "setup" not in self.seen:
            self.seen.append("setup")
            commit_text(shown.facility, "Viện Huyết học - Truyền máu Trung ương")
            type_keys(shown.site_code, "TTHH-HN")
            type_keys(shown.fin, "A1234")
            commit_text(shown.doctor, "BS. Trần Văn Minh")
            commit_text(shown.nurse, "Lê Thị Hồng")
            press(shown.nurse, Qt.Key.Key_Return)
        elif isinstance(shown, DrivePicker):
            self.seen.append("drive picker")
            self.timer.stop()
            shown.reject()  # no drive today: the app ends here


def test_a_new_database_asks_for_the_set_up_before_anything_else(qtbot, db_path, dialogs):
    ModalScript(create_administrator())  # a new database: its administrator first
    script = StartScript()
    script.timer.start()
    assert run_app(db_path, dialogs=dialogs) == 0
    assert script.seen == ["setup", "drive picker"]
    services = open_signed_in(db_path)
    try:
        assert not services.setup.needed()
        assert services.dins.fin() == "A1234"
        assert services.settings.device().site_code == "TTHH-HN"
    finally:
        services.close()


def test_a_database_set_up_already_goes_straight_to_work(qtbot, services, drive, dialogs):
    services.setup.save(SiteSetupForm(facility="Bệnh viện Bạch Mai", site_code="BVBM",
                                      fin="B1234", doctor="BS. Trần Văn Minh",
                                      nurse="Lê Thị Hồng"))  # fmt: skip
    services.close()
    secure(services.path)
    ModalScript(sign_in_as())
    modal_at_ready = []

    def ready(window) -> None:
        modal_at_ready.append(QApplication.activeModalWidget())
        window.close()

    assert run_app(services.path, dialogs=dialogs, on_ready=ready) == 0
    assert modal_at_ready == [None]


def test_the_set_up_again_from_settings(qtbot, window, services):
    window.set_up_site()
    dialog = window.site_setup
    assert dialog.isVisible()
    assert dialog.save_button.isDefault()
    press(dialog.fin, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors.text("facility") == "Bắt buộc nhập."
    assert dialog.errors.text("doctor") == ""  # the person signed in is a doctor already
    commit_text(dialog.facility, "Bệnh viện Bạch Mai")
    assert dialog.errors.text("facility") == ""
