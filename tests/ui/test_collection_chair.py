"""One laptop, several chairs: a started donation stays in the chair until recorded,
the form is cleared after a save, and closing the window with work open asks first."""

from PySide6.QtCore import Qt

from tests.ui.keyboard import commit_text, type_keys
from tests.ui.test_collection_screen import accept as accept_fixture
from tests.ui.test_collection_screen import nurse as nurse_fixture
from tests.ui.test_collection_screen import station as station_fixture

accept, nurse, station = accept_fixture, nurse_fixture, station_fixture


def chair_rows(station) -> list[tuple[str, ...]]:
    model = station.chair_model
    return [
        tuple(model.data(model.index(row, column)) for column in range(model.columnCount()))
        for row in range(model.rowCount())
    ]


def test_a_started_donation_waits_in_the_chair_while_another_donor_is_opened(
    qtbot, services, drive, station, accept
):
    accept("Phạm Văn Đức")
    accept("Lê Văn Tâm")
    first, second = (r.din for r in services.dins.allocate(drive, 2))
    qtbot.waitUntil(lambda: station.queue_model.rowCount() == 2)
    station.open_row(0)
    type_keys(station.fields.din, first.barcode_data + "\r")
    station.fields.started.setText("09:05")
    station.fields.started.editingFinished.emit()  # the nurse corrects the start and moves on
    assert chair_rows(station) == [("A1", "Phạm Văn Đức", first.number, "09:05")]
    assert station.queue_model.rowCount() == 1

    station.open_row(0)  # the next chair: the first donation is not lost
    assert (station.fields.din.text(), station.fields.started.text()) == ("", "")
    station.fields.started.setText("09:07")  # typed before the scan: the scan keeps it
    type_keys(station.fields.din, second.barcode_data + "\r")
    assert [row[2:] for row in chair_rows(station)] == [
        (first.number, "09:05"), (second.number, "09:07"),
    ]  # fmt: skip

    station.chair.setFocus()
    station.chair.selectRow(0)
    qtbot.keyClick(station.chair, Qt.Key.Key_Return)
    assert station.fields.donor_label.text().startswith("STT A1 — Phạm Văn Đức")
    assert (station.fields.din.text(), station.fields.started.text()) == (first.number, "09:05")
    assert station.fields.din_status.text() == f"DIN {first.eye_readable()[0]} ✓"
    station.fields.ended.setText("09:12")
    station.fields.save_button.click()
    assert [unit.din for unit in services.collection.donations(drive)] == [first.number]
    assert [row[1] for row in chair_rows(station)] == ["Lê Văn Tâm"]


def test_after_a_save_the_form_is_empty_and_closed(qtbot, services, drive, station, accept):
    accept()
    din = services.dins.allocate(drive, 1)[0].din
    qtbot.waitUntil(lambda: station.queue_model.rowCount() == 1)
    station.open_row(0)
    type_keys(station.fields.din, din.barcode_data + "\r")
    station.fields.bag_lot.setText("KL2611-07")
    station.fields.started.setText("09:05")
    station.fields.ended.setText("09:12")
    commit_text(station.fields.note, "Ven nhỏ")
    station.fields.reaction.setChecked(True)
    station.fields.reaction.at.setText("09:10")
    station.fields.save_button.click()
    assert services.collection.donations(drive)[0].din == din.number
    assert not station.fields.isEnabled()
    form = station.fields
    fields = (form.din, form.bag_lot, form.volume, form.started, form.ended, form.note,
              form.reaction.at)  # fmt: skip
    assert [field.text() for field in fields] == [""] * len(fields)
    assert (station.fields.din_status.text(), station.fields.duration.text()) == ("", "")
    assert not station.fields.reaction.isChecked()
    assert station.fields.donor_label.text() == "Chọn người hiến trong hàng chờ (Enter)"


def test_a_donation_is_taken_out_of_the_chair_only_with_a_reason(
    qtbot, services, drive, station, accept, dialogs
):
    accept()
    din = services.dins.allocate(drive, 1)[0].din
    qtbot.waitUntil(lambda: station.queue_model.rowCount() == 1)
    station.open_row(0)
    assert not station.fields.abandon_button.isEnabled()  # nothing in the chair yet
    type_keys(station.fields.din, din.barcode_data + "\r")
    assert station.fields.abandon_button.isEnabled()
    dialogs.will_cancel("text")
    station.fields.abandon_button.click()
    assert station.chair_model.rowCount() == 1
    dialogs.will_type("")  # refused in the dialog, which asks again: then cancelled
    dialogs.will_cancel("text")
    station.fields.abandon_button.click()
    assert dialogs.asked[-1].detail.endswith("\n\nBắt buộc nhập.")
    assert station.chair_model.rowCount() == 1
    dialogs.will_type("Mở nhầm người hiến")
    station.fields.abandon_button.click()
    assert (station.chair_model.rowCount(), station.queue_model.rowCount()) == (0, 1)
    assert services.dins.record(din.number).status == "allocated"


def test_closing_the_window_asks_while_a_donation_is_in_the_chair(
    qtbot, services, drive, window, station, accept, dialogs
):
    accept()
    din = services.dins.allocate(drive, 1)[0].din
    qtbot.waitUntil(lambda: station.queue_model.rowCount() == 1)
    assert window.close()  # nothing open: no question
    window.show()
    station.open_row(0)
    type_keys(station.fields.din, din.barcode_data + "\r")
    station.close_donor()  # even with no form open, the bag is on an arm
    dialogs.will_confirm(False)
    assert not window.close()
    assert window.isVisible()
    assert dialogs.asked[-1].detail == (
        "Số ca đang lấy máu trên máy này, chưa ghi nhận: 1. Các ca này vẫn được giữ và hiện lại"
        " khi mở phần mềm.\n\nVẫn đóng?"
    )
    dialogs.will_confirm(True)
    assert window.close()
    assert [s.din for s in services.collection.in_chair(drive)] == [din.number]  # kept


def test_closing_the_window_asks_when_the_open_form_has_unsaved_input(
    qtbot, services, drive, window, station, accept, dialogs
):
    accept()
    qtbot.waitUntil(lambda: station.queue_model.rowCount() == 1)
    station.open_row(0)
    assert not station.has_unsaved_input()  # the values filled in are not input
    station.fields.volume.setText("430")
    assert station.has_unsaved_input()
    dialogs.will_confirm(False)
    assert not window.close()
    assert dialogs.asked[-1].detail.startswith("Ca lấy máu đang mở ở bàn lấy máu có thông tin")
    station.fields.volume.setText("450")  # back as it was: nothing to lose
    assert window.close()


def test_the_bag_and_its_lot_are_offered_from_the_drives_last_donation(
    qtbot, services, drive, station, accept, nurse
):
    from desktop.core.stations.collection import DonationForm

    given, other = accept("Phạm Văn Đức"), accept("Lê Văn Tâm")
    accept("Võ Thị Sáu")
    dins = [r.din.barcode_data for r in services.dins.allocate(drive, 2)]
    for visit, din, bag_type, lot in ((other, dins[0], "double", "D-3"),
                                      (given, dins[1], "triple", "KL-07")):  # fmt: skip
        services.collection.record(
            visit.id,
            DonationForm(din=din, bag_type=bag_type, bag_lot=lot, volume_ml="350",
                         started="09:00", ended="09:08"),
        )  # fmt: skip
    qtbot.waitUntil(lambda: station.queue_model.rowCount() == 1)
    station.open_row(0)
    assert (station.fields.bag_type.currentData(), station.fields.bag_lot.text()) == (
        "triple",
        "KL-07",
    )
    assert not station.has_unsaved_input()  # offered, not typed
    station.fields.bag_type.setCurrentIndex(station.fields.bag_type.findData("double"))
    assert station.fields.bag_lot.text() == "D-3"
    station.fields.bag_type.setCurrentIndex(station.fields.bag_type.findData("quadruple"))
    assert station.fields.bag_lot.text() == ""  # none used yet at this drive
    station.fields.bag_lot.setText("Q-1")
    station.fields.bag_type.setCurrentIndex(station.fields.bag_type.findData("triple"))
    assert station.fields.bag_lot.text() == "Q-1"  # typed by hand: kept
