"""The unit correction dialog: the title in the user's language, the volume as typed
checked by the core, and the cursor on the first field in error."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog

from desktop.core.eligibility.measurements import MeasurementForm
from desktop.core.stations.collection import DonationForm
from desktop.core.stations.screening import DoctorDecision
from tests.factories import MALE
from tests.ui.keyboard import commit_text
from ui.amend_dialog import AmendDialog

HEALTHY = MeasurementForm(
    weight_kg="62", systolic="120", diastolic="80", pulse="72", hb_g_l="138", hbsag="negative"
)


@pytest.fixture
def record(services, drive, donors):
    services.staff.add("BS. Trần Thị Hoa", "doctor")
    services.staff.add("Lê Thị Hồng", "nurse")
    services.dins.set_fin("A9999")

    def record(**form):
        donor = donors.register("Phạm Văn Đức", dt.date(1990, 5, 15), MALE)
        visit = services.checkin.check_in(drive, donor).visit
        services.screening.save_questionnaire(visit.id, {})
        services.screening.decide(visit.id, HEALTHY, DoctorDecision("accept", 450))
        return services.collection.record(visit.id, DonationForm(**form))

    return record


def shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_unit_without_a_din_is_named_by_its_ticket_in_the_users_language(qtbot, services, record):
    unit = record(outcome="not_collected", note="Không tìm được ven")
    dialog = shown(qtbot, AmendDialog(services.reconciliation, unit))
    assert dialog.windowTitle() == f"Sửa đơn vị máu STT {unit.ticket}"
    dialog.close()


def test_the_volume_goes_to_the_core_as_typed_and_the_cursor_to_the_first_error(
    qtbot, services, drive, record
):
    din = services.dins.allocate(drive, 1)[0].din
    unit = record(din=din.barcode_data, volume_ml="450", started="08:00", ended="08:07",
                  bag_type="triple")  # fmt: skip
    dialog = shown(qtbot, AmendDialog(services.reconciliation, unit))
    dialog.volume.setText("4 trăm")
    dialog.reason.setFocus()
    dialog.save_button.click()
    assert dialog.errors.text("volume").startswith("4 trăm ml là không thể")
    assert dialog.errors.text("reason") == "Bắt buộc nhập."
    assert dialog.focusWidget() is dialog.volume
    dialog.volume.setText(" 430 ")
    commit_text(dialog.reason, "Cân lại túi máu")
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.collection.donation(unit.id).volume_ml == 430
