"""Every file the window reads or writes for the user is never its own database: reading
it drops the process's locks on it, writing it destroys it (see db.open_files)."""

from PySide6.QtWidgets import QWidget

from desktop.core.services import open_services
from ui.pdf_output import ask_and_save
from ui.registry_import_dialog import RegistryImportDialog
from ui.rule_set_dialog import RuleSetDialog

IMPORT_TIMEOUT_MS = 30_000


def test_a_pdf_is_never_saved_over_a_database_in_use(qtbot, tmp_path, dialogs):
    services = open_services(tmp_path / "ho-so.pdf")  # a database may have any name
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
