"""Enter saves every form, whichever field has the focus, as a keyboard user expects."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop.core.domain.isbt128 import make_din
from desktop.core.domain.vocabulary import StaffRole
from desktop.core.eligibility.measurements import MeasurementForm
from desktop.core.stations.collection import DonationForm
from desktop.core.stations.screening import DoctorDecision
from tests.factories import MALE
from tests.ui.keyboard import commit_text, press, type_keys
from ui.amend_dialog import AmendDialog
from ui.certificate_settings_dialog import CertificateSettingsDialog
from ui.collection_settings_dialog import CollectionSettingsDialog
from ui.device_dialog import DeviceDialog
from ui.dialogs import Dialogs
from ui.drive_dialog import DriveDialog
from ui.drive_picker import DrivePicker
from ui.fin_dialog import ask_fin
from ui.new_donor_dialog import NewDonorDialog
from ui.questionnaire_dialog import QuestionnaireDialog
from ui.roll_dialog import RollDialog
from ui.staff_dialog import StaffDialog

HEALTHY = MeasurementForm(
    weight_kg="62", systolic="120", diastolic="80", pulse="72", hb_g_l="138", hbsag="negative"
)


def shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def enter(widget: QWidget) -> None:
    widget.setFocus()
    press(widget, Qt.Key.Key_Return)


def test_enter_in_any_field_saves_a_new_donor(qtbot, services):
    dialog = shown(qtbot, NewDonorDialog(services.donors))
    commit_text(dialog.national_id, "001090123456")
    commit_text(dialog.full_name, "Nguyễn Văn An")
    commit_text(dialog.birth_date, "01/01/1990")
    dialog.male.setChecked(True)
    commit_text(dialog.phone, "0912345678")
    enter(dialog.phone)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.donor is not None and dialog.donor.full_name == "Nguyễn Văn An"


def test_enter_saves_a_new_donor_from_the_name_field_too(qtbot, services):
    dialog = shown(qtbot, NewDonorDialog(services.donors))
    enter(dialog.full_name)  # nothing typed: the save runs and says what is missing
    assert dialog.isVisible()
    assert dialog.errors.text("full_name") == "Bắt buộc nhập."


@pytest.mark.parametrize("field", ["place_name", "target", "date", "province"])
def test_enter_creates_the_drive(qtbot, services, field):
    dialog = shown(qtbot, DriveDialog(services.drives))
    commit_text(dialog.place_name, "Nhà văn hóa phường Láng")
    commit_text(dialog.organizer, "Hội Chữ thập đỏ phường Láng")
    dialog.province.setCurrentText("Thành phố Hà Nội")
    dialog.ward.setCurrentText("Phường Láng")
    enter(getattr(dialog, field))
    assert dialog.drive is not None
    assert services.drives.all()[0].place_name == "Nhà văn hóa phường Láng"


def test_enter_opens_the_drive_chosen_in_the_picker(qtbot, services, drive):
    picker = shown(qtbot, DrivePicker(services.drives))
    enter(picker.table)
    assert picker.drive == drive


@pytest.mark.parametrize("field", ["full_name", "role"])
def test_enter_saves_a_staff_member(qtbot, services, field):
    dialog = shown(qtbot, StaffDialog(services.staff))
    commit_text(dialog.full_name, "Lê Thị Hồng")
    enter(dialog.full_name if field == "full_name" else dialog.roles[StaffRole.NURSE])
    assert dialog.staff is not None
    assert "Lê Thị Hồng" in [s.full_name for s in services.staff.active()]


def test_enter_saves_the_device(qtbot, services):
    dialog = shown(qtbot, DeviceDialog(services.settings))
    type_keys(dialog.site_code, "TTHH-HN")
    enter(dialog.site_code)
    assert services.settings.device().site_code == "TTHH-HN"
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_enter_saves_the_fin_in_the_real_input_dialog(qtbot, services):
    parent = QWidget()
    qtbot.addWidget(parent)

    def type_and_enter() -> None:
        asking = QApplication.activeModalWidget()
        field = asking.focusWidget()
        type_keys(field, "B1234")
        press(field, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_and_enter)
    assert ask_fin(services.dins, parent, Dialogs())
    assert services.dins.fin() == "B1234"


def test_enter_saves_the_certificate_settings(qtbot, services):
    dialog = shown(qtbot, CertificateSettingsDialog(services.certificates))
    commit_text(dialog.facility, "Bệnh viện Bạch Mai")
    enter(dialog.contact)
    assert services.certificates.facility == "Bệnh viện Bạch Mai"
    assert dialog.result() == QDialog.DialogCode.Accepted


@pytest.mark.parametrize("field", ["fin", "tubes", "max_minutes"])
def test_enter_saves_the_collection_settings(qtbot, services, field):
    dialog = shown(qtbot, CollectionSettingsDialog(services.dins, services.collection))
    type_keys(dialog.fin, "C4321")
    enter(getattr(dialog, field))
    assert services.dins.fin() == "C4321"
    assert dialog.result() == QDialog.DialogCode.Accepted


@pytest.fixture
def recorded_unit(services, drive, donors):
    services.staff.add("BS. Trần Thị Hoa", "doctor")
    services.staff.add("Lê Thị Hồng", "nurse")
    services.dins.set_fin("A9999")
    donor = donors.register("Phạm Văn Đức", dt.date(1990, 5, 15), MALE)
    visit = services.checkin.check_in(drive, donor).visit
    services.screening.save_questionnaire(visit.id, {})
    services.screening.decide(visit.id, HEALTHY, DoctorDecision("accept", 450))
    din = services.dins.allocate(drive, 1)[0].din
    return services.collection.record(
        visit.id,
        DonationForm(din=din.barcode_data, bag_type="triple", bag_lot="L1", volume_ml="450",
                     started="08:00", ended="08:07", outcome="complete"),
    )  # fmt: skip


def test_enter_saves_the_amendment(qtbot, services, drive, recorded_unit):
    dialog = shown(qtbot, AmendDialog(services.reconciliation, recorded_unit))
    dialog.volume.clear()
    type_keys(dialog.volume, "400")
    commit_text(dialog.reason, "Cân lại túi máu")
    enter(dialog.reason)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.collection.donation(recorded_unit.id).volume_ml == 400


def test_enter_after_the_last_label_registers_the_roll(qtbot, services, drive):
    services.dins.set_fin("A9999")
    dialog = shown(qtbot, RollDialog(services.dins, drive))
    dialog.first.setFocus()
    type_keys(dialog.first, make_din("A9999", 26, 100).barcode_data + "\r")
    assert dialog.focusWidget() is dialog.last
    type_keys(dialog.last, make_din("A9999", 26, 199).barcode_data + "\r")
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_enter_saves_the_questionnaire(qtbot, services, drive, donors):
    visit = services.checkin.check_in(drive, donors.register()).visit
    entry = services.checkin.waiting_for_screening(drive)[0]
    dialog = shown(qtbot, QuestionnaireDialog(services.screening, entry, "vi"))
    first_box = dialog.form.boxes[next(iter(dialog.form.boxes))]
    enter(first_box)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.screening.record(visit.id) is not None
