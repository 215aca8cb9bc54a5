"""What the print and file dialogs offer: a print dialog that says what it prints, a file
name that says whose slip it is, no file overwritten without asking, and the folder
last chosen, also after a restart."""

import datetime as dt
from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox, QWidget

from desktop.app import run_app
from desktop.core.domain.answers import Answer
from desktop.core.domain.vocabulary import ScreeningDecision
from desktop.core.stations.site_setup import SiteSetupForm
from tests.cups_server import no_printer as no_printer_fixture
from tests.people import open_signed_in
from tests.signin import secure
from tests.test_donor_slips import defer
from tests.test_screening_service import doctor as doctor_fixture
from tests.test_screening_service import ticket as ticket_fixture
from tests.ui.modal import ModalScript, choose_file
from tests.ui.signing_in import sign_in_as
from tests.ui.test_qt_dialogs_vietnamese import documents as documents_fixture
from ui.dialogs import Dialogs
from ui.slip_printing import SlipPrinter
from ui.status_line import Tone

doctor, ticket, documents, no_printer = (
    doctor_fixture, ticket_fixture, documents_fixture, no_printer_fixture
)  # fmt: skip


def file_field(dialog: QPrintDialog) -> QLineEdit:
    return dialog.findChild(QLineEdit, "filename")


def press_print(dialog: QPrintDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_deferral_slip_offers_a_name_of_its_own(
    qtbot, services, drive, ticket, doctor, dialogs, tmp_path
):
    tattoo = {"tattoo": Answer(True, dt.date(2026, 9, 1))}
    defer(services, ticket, doctor, tattoo, ScreeningDecision.DEFER_TEMPORARY)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs.will_print_to_file(tmp_path / "phieu-tam-hoan-HM261124-A1.pdf")
    said = SlipPrinter(services.slips, drive, dialogs).deferral_slip(parent, ticket.id)
    assert said.text == "Đã in phiếu tạm hoãn cho Phạm Văn Đức." and said.tone == Tone.DONE
    (asked,) = dialogs.asked
    assert (asked.title, asked.detail) == ("In phiếu tạm hoãn", "phieu-tam-hoan-HM261124-A1")
    assert (tmp_path / "phieu-tam-hoan-HM261124-A1.pdf").read_bytes().startswith(b"%PDF")


def test_the_print_dialog_says_what_it_prints_and_offers_its_name(qtbot, documents, no_printer):
    seen = {}

    def look(dialog: QPrintDialog) -> None:
        seen.update(title=dialog.windowTitle(), file=file_field(dialog).text())
        dialog.reject()

    script = ModalScript((QPrintDialog, look))
    title = "In phiếu số thứ tự: chọn máy in cuộn"
    assert Dialogs().choose_printer(None, None, "phieu-so-thu-tu-HM261124-3", title) is None
    assert script.done == ["QPrintDialog"]
    assert seen == {"title": title, "file": str(documents / "phieu-so-thu-tu-HM261124-3.pdf")}


def test_printing_over_a_file_asks_first(qtbot, documents, no_printer):
    earlier = documents / "phieu-tam-hoan-HM261124-1.pdf"
    earlier.write_bytes(b"%PDF-1.4 the slip printed earlier")
    seen = {}

    def say_no(box: QMessageBox) -> None:
        seen["question"] = box.text()
        box.button(QMessageBox.StandardButton.No).click()

    script = ModalScript(
        (QPrintDialog, press_print), (QMessageBox, say_no), (QPrintDialog, QPrintDialog.reject)
    )
    assert Dialogs().choose_printer(None, None, "phieu-tam-hoan-HM261124-1") is None
    assert script.done == ["QPrintDialog", "QMessageBox", "QPrintDialog"]
    assert seen["question"] == f"{earlier} đã tồn tại.\nBạn có muốn ghi đè không?"
    assert earlier.read_bytes() == b"%PDF-1.4 the slip printed earlier"


def test_printing_to_a_file_starts_where_the_last_file_went_also_after_a_restart(
    qtbot, services, documents, no_printer, tmp_path
):
    usb = tmp_path / "usb"
    usb.mkdir()
    offered = []

    def to_usb(dialog: QPrintDialog) -> None:
        file_field(dialog).setText(str(usb / "nhan-HM261124.pdf"))
        press_print(dialog)

    def look(dialog: QPrintDialog) -> None:
        offered.append(file_field(dialog).text())
        dialog.reject()

    dialogs = Dialogs()
    dialogs.remember_folder(services.settings)
    script = ModalScript((QPrintDialog, to_usb))
    printer = dialogs.choose_printer(None, None, "nhan-HM261124")
    assert printer is not None and printer.outputFileName() == str(usb / "nhan-HM261124.pdf")
    services.close()
    restarted = open_signed_in(services.path)
    try:
        dialogs = Dialogs()
        dialogs.remember_folder(restarted.settings)
        script = ModalScript((QPrintDialog, look))
        assert dialogs.choose_printer(None, None, "phieu-tam-hoan-HM261124-2") is None
    finally:
        restarted.close()
    assert script.done == ["QPrintDialog"]
    assert offered == [str(usb / "phieu-tam-hoan-HM261124-2.pdf")]


def test_the_file_dialog_starts_in_the_folder_chosen_before_a_restart(
    qtbot, services, drive, documents, tmp_path
):
    services.setup.save(SiteSetupForm(facility="Bệnh viện Bạch Mai", site_code="BVBM",
                                      fin="B1234", doctor="BS. Trần Văn Minh",
                                      nurse="Lê Thị Hồng"))  # fmt: skip
    services.close()
    secure(services.path)
    usb = tmp_path / "usb"
    usb.mkdir()
    chosen, started_in = [], []

    def save_to_usb(window) -> None:
        def choose(dialog: QFileDialog) -> None:
            choose_file(dialog, usb / "so-cap.csv")

        script = ModalScript((QFileDialog, choose))
        chosen.append(window.dialogs.save_path(window, "Sổ cấp", "so-cap.csv", "CSV (*.csv)"))
        assert script.done == ["QFileDialog"]
        window.close()

    def look_where_it_starts(window) -> None:
        def look(dialog: QFileDialog) -> None:
            started_in.append(Path(dialog.directory().absolutePath()))
            dialog.reject()

        script = ModalScript((QFileDialog, look))
        window.dialogs.save_path(window, "Sổ cấp", "so-cap.csv", "CSV (*.csv)")
        assert script.done == ["QFileDialog"]
        window.close()

    ModalScript(sign_in_as())
    assert run_app(services.path, on_ready=save_to_usb) == 0
    assert chosen == [usb / "so-cap.csv"]
    ModalScript(sign_in_as())
    assert run_app(services.path, on_ready=look_where_it_starts) == 0  # the next start
    assert started_in == [usb]
