"""A drive day opens hundreds of dialogs (a form per donor, previews full of page
images): each is deleted once closed, not kept as long as the window; one whose work
still runs is deleted only once that work has ended."""

from PySide6.QtWidgets import QApplication, QDialog

from desktop.core.stations.donors import DonorForm
from ui.labels_dialog import LabelsDialog


def test_every_dialog_of_the_window_is_deleted_once_closed(qtbot, services, window):
    services.dins.set_fin("A9999")  # the labels and the roll ask for it first otherwise
    openers = [
        window.show_about,
        window.list_staff,
        window.add_staff,
        window.set_up_site,
        window.edit_device,
        window.edit_certificates,
        window.edit_collection,
        window.import_registry,
        window.install_package,
        window.edit_rule_set,
        window.open_labels,
        window.add_roll,
        window.reconcile,
        window.certificate_screen.calibrate,
        lambda: window.checkin_screen.open_new_donor_form(DonorForm()),
    ]
    assert window.findChildren(QDialog) == []
    for open_one in openers:
        open_one()
        shown = QApplication.activeModalWidget()
        assert isinstance(shown, QDialog) and shown.window() is shown
        shown.reject()
        qtbot.waitUntil(lambda: window.findChildren(QDialog) == [])


def test_a_dialog_closed_while_its_labels_are_made_goes_once_the_work_ended(
    qtbot, services, drive, window, dialogs, tmp_path
):
    """Deleting it at once would destroy the thread of the work still running (Qt then
    aborts the whole process)."""
    services.dins.set_fin("A9999")
    window.open_labels()
    dialog = window.labels_dialog
    dialog.count.setValue(200)
    dialog.destination.setCurrentIndex(dialog.destination.findData("pdf"))
    dialogs.will_save(tmp_path / "nhan.pdf")
    dialog.new_button.click()
    task = dialog.progress.operation.task
    dialog.reject()  # closing cancels the work; it stops at its next step
    assert task.running
    with qtbot.waitSignal(task.destroyed, timeout=30000):
        pass
    assert window.findChildren(LabelsDialog) == []
