"""Every file the window reads or writes for the user is never its own database: reading
it drops the process's locks on it, writing it destroys it (see db.open_files)."""

from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox, QWidget

from tests.cups_server import no_printer as no_printer_fixture
from tests.people import open_signed_in
from tests.ui.modal import ModalScript
from ui.dialogs import Dialogs
from ui.pdf_output import ask_and_save
from ui.registry_import_dialog import RegistryImportDialog
from ui.rule_set_dialog import RuleSetDialog

IMPORT_TIMEOUT_MS = 30_000
no_printer = no_printer_fixture


def test_a_pdf_is_never_saved_over_a_database_in_use(qtbot, tmp_path, dialogs):
    services = open_signed_in(tmp_path / "ho-so.pdf")  # a database may have any name
    parent = QWidget()
    qtbot.addWidget(parent)
    try:
        dialogs.will_save(services.path)
        assert ask_and_save(b"%PDF-1.4\n", parent, "nhan.pdf", dialogs) is None
        assert "ho-so.pdf là cơ sở dữ liệu HMTN Desk đang dùng" in dialogs.warnings[0]
        assert services.db.execute("PRAGMA quick_check").fetchone() == ("ok",)
        assert services.drives.all() == []  # still the database, still readable
        dialogs.will_save(tmp_path / "nhan")
        assert ask_and_save(b"%PDF-1.4\n", parent, "nhan.pdf", dialogs) == tmp_path / "nhan.pdf"
    finally:
        services.close()


def test_the_print_dialog_never_prints_to_the_database_in_use(qtbot, services, no_printer):
    """Qt opens and closes the file named in its print dialog as soon as Print is
    pressed (to see that it can be written): for the database that drops this process's
    locks on it. Print stays disabled while the file is the database or its WAL."""
    database = Path(services.path)
    seen = {}

    def name_the_database(dialog: QPrintDialog) -> None:
        field = dialog.findChild(QLineEdit, "filename")
        button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        seen["offered"] = button.isEnabled()
        for path in (database, Path(f"{database}-wal"), Path(f"{database}-shm")):
            field.setText(str(path))
            seen[path.name] = button.isEnabled(), "đang dùng" in button.toolTip()
        field.setText(str(database.with_name("nhan.pdf")))
        seen["another file"] = button.isEnabled()
        field.setText(str(database))
        dialog.accept()  # past the button, as a file named in any other way

    def read(box: QMessageBox) -> None:
        seen["said"] = box.text()
        box.accept()

    script = ModalScript((QPrintDialog, name_the_database), (QMessageBox, read))
    assert Dialogs().choose_printer(None, None, "nhan-HM261124") is None
    assert script.done == ["QPrintDialog", "QMessageBox"]
    name = database.name
    assert seen == {
        "offered": True,
        name: (False, True),
        f"{name}-wal": (False, True),
        f"{name}-shm": (False, True),
        "another file": True,
        "said": f"{database} là cơ sở dữ liệu HMTN Desk đang dùng; không bao giờ được đọc hoặc"
        " ghi nó như một tệp khác. Hãy chọn tệp khác.",
    }
    assert services.db.execute("PRAGMA quick_check").fetchone() == ("ok",)


def test_the_registry_dialog_refuses_the_database_itself(qtbot, window, services):
    dialog = RegistryImportDialog(services.registry, window)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.finishedImport, timeout=IMPORT_TIMEOUT_MS) as finished:
        dialog.start(services.path)
    assert not finished.args[0].ok
    assert "là cơ sở dữ liệu HMTN Desk đang dùng" in dialog.report_view.toPlainText()
    assert "Dòng" not in dialog.report_view.toPlainText()  # about the file, not a line


def test_a_rule_set_is_never_read_from_the_database(qtbot, window, services, dialogs):
    version = services.rules.current.version
    dialog = RuleSetDialog(services.rules, window, dialogs=dialogs)
    qtbot.addWidget(dialog)
    assert not dialog.install(services.path)
    assert "là cơ sở dữ liệu HMTN Desk đang dùng" in dialog.details.toPlainText()
    assert services.rules.current.version == version


def test_the_window_asks_before_making_a_database_where_none_is(qapp, tmp_path, dialogs):
    """hmtn --db with a mistyped path: asked, and "no" leaves nothing behind."""
    from desktop.app import run_app

    typo = tmp_path / "hmtn-typo.sqlite3"
    dialogs.will_confirm(False)
    assert run_app(typo, dialogs=dialogs, create=False) == 0
    assert not typo.exists()
    assert "hmtn-typo.sqlite3 không tồn tại. Tạo một cơ sở dữ liệu mới" in dialogs.asked[0].detail


def test_yes_makes_the_database_with_its_administrator(qapp, tmp_path, dialogs):
    """Asked about a path that is not there, "yes": the administrator creates it."""
    from desktop.app import run_app
    from desktop.core.access import AccessState, database_state
    from tests.ui.modal import ModalScript
    from tests.ui.signing_in import create_administrator
    from ui.drive_picker import DrivePicker
    from ui.site_setup_dialog import SiteSetupDialog

    path = tmp_path / "new-here.sqlite3"
    dialogs.will_confirm(True)
    script = ModalScript(create_administrator(), (SiteSetupDialog, lambda d: d.reject()),
                         (DrivePicker, lambda d: d.reject()))  # fmt: skip
    assert run_app(path, dialogs=dialogs, create=False) == 0
    assert script.done == ["FirstAdminDialog", "SiteSetupDialog", "DrivePicker"]
    assert database_state(path) == AccessState.ENCRYPTED
