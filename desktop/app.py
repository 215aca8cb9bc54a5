"""The composition root: opens the database, builds the services and the main window.

It also owns what lives for the whole run: the translators (switching language
rebuilds the window in the new language) and the last-resort error handler, which
logs unexpected errors to a file and shows the user a plain message, never a traceback.
"""

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from platformdirs import user_log_path
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QProgressDialog

from db.connection import DatabaseRefused
from desktop.core import access
from desktop.core.backups.checks import CheckedBackup
from desktop.core.backups.restore import RestoreReport
from desktop.core.domain.audit_notes import AuditNote
from desktop.core.domain.problems import UserError
from desktop.core.domain.records import Drive
from desktop.core.foundation.events import Topic
from desktop.core.services import Services, open_services
from ui.audit_check import AuditStartupCheck
from ui.backup_scheduler import BackupScheduler
from ui.backup_texts import numbers_lines
from ui.changes_watch import ChangesWatch
from ui.dialogs import Dialogs
from ui.drive_picker import DrivePicker
from ui.exit_backup import ExitBackup
from ui.first_admin_dialog import FirstAdminDialog
from ui.integrity_check import IntegrityStartupCheck
from ui.main_window import MainWindow
from ui.messages import problems_text, refusal_text, storage_error_text, translate
from ui.operation import Operation, failure_text
from ui.sign_in_dialog import SignInDialog
from ui.signals import ModelSignals
from ui.site_setup_dialog import SiteSetupDialog
from ui.translators import DEFAULT_LANGUAGE, Translators
from ui.worker import running_tasks, stop_running_work

if TYPE_CHECKING:  # only a center's database opens it: imported there, not at every start
    from ui.center_window import CenterWindow

log = logging.getLogger("hmtn")


class AppController:
    def __init__(
        self,
        app: QApplication,
        services: Services,
        translators: Translators,
        dialogs: Dialogs | None = None,
    ) -> None:
        self.app = app
        self.translators = translators
        self.dialogs = dialogs or Dialogs()  # the one the whole window asks the user with
        self.window: MainWindow | CenterWindow | None = None
        self.retired: list[QMainWindow] = []  # replaced, kept until their work has ended
        self._serve(services)

    def _serve(self, services: Services) -> None:
        """Work with ``services`` (at start, and again after a restore): their changes
        turned into signals, their automatic backups and the watch on other programs'."""
        self.services = services
        self.signals = ModelSignals(services.bus)
        self.scheduler = BackupScheduler(services.backups, self.signals, self._say)
        self.changes_watch = ChangesWatch(services.changes_elsewhere)

    def show(self, drive: Drive) -> None:
        """(Re)build the main window for ``drive`` in the current language."""
        old = self.window
        self.window = MainWindow(
            self.services, self.signals, drive, self.translators.language, dialogs=self.dialogs
        )
        self.window.languageChosen.connect(self.change_language)
        self.window.driveChosen.connect(self.show)
        self.window.demoResetRequested.connect(self.reset_demo)
        self.window.backup_menu.restoreConfirmed.connect(self.restore)
        if old is not None:
            self.window.restoreGeometry(old.saveGeometry())
            if old.drive.id == drive.id:  # rebuilt (language, rule set): the same station
                self.window.tabs.setCurrentIndex(old.tabs.currentIndex())
            old.ask_before_closing = False  # replaced: what is in the chair stays saved
            old.close()
            self._retire(old)
            self.window.show()
        else:
            self.window.showMaximized()  # the whole screen of a 1366 x 768 laptop
        self.window.activateWindow()  # so the scan field really has the keyboard

    def check_audit_trail(self) -> None:
        """The hash chain checked off the GUI thread; a broken link is said plainly."""
        assert self.window is not None
        self.audit_check = AuditStartupCheck(self.window, self.services.audit, self.dialogs)
        self.audit_check.start()

    def check_database_file(self) -> None:
        """The whole file checked off the GUI thread once the window is idle (at most
        once a day; the start made a fast check only); damage is said plainly."""
        assert self.window is not None
        self.integrity_check = IntegrityStartupCheck(
            self.window, self.services.integrity, self.dialogs
        ).start()

    def show_center(self) -> None:
        """(Re)build the center's window in the current language."""
        from ui.center_window import CenterWindow  # noqa: PLC0415 - a center's only

        old = self.window
        self.window = CenterWindow(
            self.services, self.signals, self.translators.language, dialogs=self.dialogs
        )
        self.window.languageChosen.connect(self.change_language)
        self.window.backup_menu.restoreConfirmed.connect(self.restore)
        if old is not None:
            self.window.restoreGeometry(old.saveGeometry())
            self.window.tabs.setCurrentIndex(old.tabs.currentIndex())
            old.close()
            self._retire(old)
            self.window.show()
        else:
            self.window.showMaximized()
        self.window.activateWindow()

    def _retire(self, window: QMainWindow) -> None:
        """Delete a replaced window, once the work it started (a print run, say) has
        ended: the work goes on, and its thread must not be destroyed while it runs."""
        tasks = running_tasks(window)
        if not tasks:
            window.deleteLater()
            return
        self.retired.append(window)

        def task_ended() -> None:
            if window in self.retired and not running_tasks(window):
                self.retired.remove(window)
                window.deleteLater()

        for task in tasks:
            task.finished.connect(task_ended)

    def shut_down(self) -> None:
        """Once the event loop has ended, while the database is still open: stop the work
        still running (cancelled and waited for, its last results delivered), then delete
        the windows."""
        self.scheduler.stop()
        self.changes_watch.stop()
        windows = [*self.retired, *([self.window] if self.window is not None else [])]
        stop_running_work(windows)
        self.retired.clear()
        self.window = None
        for window in windows:
            window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def _say(self, text: str, timeout_ms: int = 10_000) -> None:
        if self.window is not None:
            self.window.statusBar().showMessage(text, timeout_ms)

    def back_up_at_exit(self) -> None:
        """The last automatic backup, once the window has closed (skipped when nothing
        changed since the last one), on a worker thread with a progress window
        (``ExitBackup``); a failure is logged, the app ends all the same."""
        self.scheduler.stop()
        self.changes_watch.stop()
        self.exit_backup = ExitBackup(self.services.backups)
        self.exit_backup.run()

    def restore(self, checked: CheckedBackup) -> None:
        """Restore a checked backup: the window closes and the database with it, the
        backup is put in its place (``Restorer``), and the app opens it again with the
        same person signed in, at the same drive."""
        try:
            restorer = self.services.backups.restorer()
        except UserError as error:
            checked.discard()
            self.dialogs.warning(self.window, "HMTN Desk", problems_text(error.problems))
            return
        staff_id = self.services.session.actor.staff_id
        drive = self.window.drive if isinstance(self.window, MainWindow) else None
        self.progress = QProgressDialog(translate("App", "Restoring the backup…"), "", 0, 0)
        self.progress.setCancelButton(None)
        self.progress.setWindowTitle("HMTN Desk")
        self.progress.show()  # before the window goes: the app must not see its last close
        self.scheduler.stop()
        self.shut_down()
        self.services.close()
        self.restore_operation = (
            Operation(self.progress, lambda progress: restorer.run(checked, progress), self.dialogs)
            .on_success(lambda report: self._reopen(staff_id, drive, report))
            .on_failure(lambda error: self._reopen(staff_id, drive, None, error))
            .on_finished(checked.discard)
            .run()
        )  # fmt: skip

    def _reopen(
        self,
        staff_id: str | None,
        drive: Drive | None,
        report: RestoreReport | None,
        error: BaseException | None = None,
    ) -> None:
        """The restored database opened with the same key (a backup is keyed like the
        database), the same person going on if the backup knows them as an active user;
        otherwise the sign-in dialog asks who goes on."""
        self.progress.close()
        path, key = self.services.path, self.services.database_key
        try:
            services = open_services(path, key=key, create=False)
            if (
                access.resume(services, AuditNote.SIGNED_IN_AFTER_RESTORE, staff_id=staff_id)
                is None
            ):
                services.close()
                services = sign_in_at_start(path, self.dialogs, create=False)
        except DatabaseRefused as refused:
            self.dialogs.error(None, "HMTN Desk", refusal_text(refused.reason, str(refused.path)))
            self.app.exit(2)
            return
        if services is None:  # nobody signed in: the app ends
            self.app.exit(0)
            return
        self._serve(services)
        if self.services.center_keys.is_center():
            self.show_center()
        else:
            start = None
            if drive is not None and drive.id in {d.id for d in self.services.drives.all()}:
                start = self.services.drives.get(drive.id)  # the same drive, as restored
            start = start or choose_start_drive(self.services, None)
            if start is None:
                self.app.exit(0)
                return
            self.show(start)
        if error is not None:
            self.dialogs.warning(self.window, "HMTN Desk", failure_text(error))
        elif report is not None:
            said = translate("App", "The backup was restored. The database as it was before"
                             " is kept as {path}.").format(path=report.aside or "—")  # fmt: skip
            lines = [said, *numbers_lines(report.numbers)]
            self.dialogs.inform(self.window, "HMTN Desk", "\n".join(lines))

    def reset_demo(self) -> None:
        """Rebuild the demo database: built beside it on a worker thread, then swapped in
        through SQLite into the open connection, and the window rebuilt on it."""
        from desktop.demo.builder import build_fresh_demo, is_demo  # noqa: PLC0415 - rare

        window, path, key = self.window, self.services.path, self.services.database_key
        if window is None or not is_demo(self.services):
            return
        window.statusBar().showMessage(translate("App", "Rebuilding the demo database…"))
        self.demo_operation = (
            Operation(window, lambda progress: build_fresh_demo(
                path, say=lambda text: progress.step(text, 0, 0), key=key), self.dialogs)
            .on_success(self._swap_in_demo)
            .on_finished(window.statusBar().clearMessage)
            .blocking(window.centralWidget(), window.menuBar())
            .run()
        )  # fmt: skip

    def _swap_in_demo(self, fresh: Path) -> None:
        """The fresh demo's content goes into the open connection (SQLite's backup API:
        the same file, never a second connection to it); the window is rebuilt on it."""
        from desktop.demo.builder import replace_with, sign_in_again  # noqa: PLC0415 - demo

        user = self.services.logins.user_name(self.services.session.actor.staff_id or "")
        replace_with(self.services.db, fresh)
        sign_in_again(self.services, user)  # the same user, in the rebuilt demo
        self.services.bus.publish(*Topic)  # every record may have changed
        drive = choose_start_drive(self.services, None)
        if drive is not None:
            self.show(drive)

    def change_language(self, language: str) -> None:
        self.services.settings.set_language(language)
        self.translators.install(language)
        if isinstance(self.window, MainWindow):
            self.show(self.window.drive)
        elif self.window is not None:  # the center's window
            self.show_center()


def choose_start_drive(services: Services, drive_code: str | None) -> Drive | None:
    """The drive named on the command line, the one drive in progress, or ask."""
    if drive_code:
        return services.drives.by_code(drive_code)
    drive = services.drives.drive_to_open()
    if drive is not None:
        return drive
    picker = DrivePicker(services.drives)
    if picker.exec() == QDialog.DialogCode.Accepted:
        return picker.drive
    return None


def sign_in_at_start(
    path: Path, dialogs: Dialogs, *, create: bool, hint: str = ""
) -> Services | None:
    """The sign-in for an encrypted database; for a new or plain one, the creation of its
    administrator (which encrypts it). None if the user quits. DatabaseRefused for a
    plain database that cannot be used (said before anyone types a password)."""
    if access.database_state(path) == access.AccessState.PLAIN:
        access.check_plain(path)
    if access.database_state(path) == access.AccessState.ENCRYPTED:
        dialog: SignInDialog | FirstAdminDialog = SignInDialog(path, hint=hint)
    else:
        dialog = FirstAdminDialog(path, create=create, dialogs=dialogs)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.services


def set_up_if_new(services: Services) -> None:
    """On a new database, ask once for what the stations need ("Later" skips it)."""
    if services.setup.needed():
        SiteSetupDialog(services.setup).exec()


def run_app(
    db_path: Path,
    language: str | None = None,
    drive_code: str | None = None,
    on_ready: Callable[[QMainWindow], None] | None = None,
    dialogs: Dialogs | None = None,
    *,
    create: bool = True,
    sign_in_hint: Callable[[], str] | None = None,
) -> int:
    """Run the application until its window closes; returns the exit status. A center's
    database (``hmtn center init``) opens the center's window, any other a site's.

    ``on_ready`` is called once the window (a site's check-in screen) is on screen and
    idle (the start-up benchmark uses it). Nothing opens before someone signs in (or,
    on a new or plain database, its administrator is created). ``sign_in_hint`` is
    asked for its text once the language's translator is installed.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("HMTN Desk")
    dialogs = dialogs or Dialogs()
    _install_error_handler(dialogs)
    translators = Translators(app)
    translators.install(language or DEFAULT_LANGUAGE)
    if not create and not db_path.exists():  # a mistyped path must not become a database
        question = translate(
            "App", "{path} does not exist. Start a new, empty database there?"
        ).format(path=db_path)
        if not dialogs.confirm(None, "HMTN Desk", question):
            return 0
        create = True  # asked and answered: its administrator makes it
    try:
        services = sign_in_at_start(
            db_path, dialogs, create=create, hint=sign_in_hint() if sign_in_hint else ""
        )
    except DatabaseRefused as refused:
        dialogs.error(None, "HMTN Desk", refusal_text(refused.reason, str(db_path)))
        return 2
    if services is None:
        return 0
    try:
        dialogs.remember_folder(services.settings)  # file dialogs start where they left off
        if language is None:
            translators.install(services.settings.language)
        try:
            named = services.drives.by_code(drive_code) if drive_code else None
        except UserError as error:
            dialogs.error(None, "HMTN Desk", problems_text(error.problems))
            return 2
        controller = AppController(app, services, translators, dialogs)
        if services.center_keys.is_center():  # the provincial center: its own window
            controller.show_center()
        else:
            set_up_if_new(services)
            drive = named or choose_start_drive(services, None)
            if drive is None:
                return 0
            controller.show(drive)
        controller.check_audit_trail()  # in the background: the window is usable at once
        controller.check_database_file()  # likewise, once the window is idle
        if on_ready is not None:
            QTimer.singleShot(0, lambda: on_ready(controller.window))
        status = app.exec()
        controller.shut_down()
        controller.back_up_at_exit()
        services = controller.services  # a restore opened the database anew
        return status
    finally:
        services.close()


def error_text(error: BaseException, log_file: Path) -> str:
    """What the user reads about an error nobody caught: plain words, no traceback.
    A refusal the core explains (a role the person signed in lacks) is said as such."""
    if (text := storage_error_text(error)) is not None:
        return text
    if isinstance(error, UserError):
        return problems_text(error.problems)
    return translate(
        "App",
        "Something went wrong and the last action may not have been completed."
        " Everything saved before is safe. Details were written to {log}.",
    ).format(log=log_file)


def _install_error_handler(dialogs: Dialogs) -> None:
    """Unexpected errors: full details to the log file, a plain message to the user."""
    log_dir = user_log_path("hmtn-desk", appauthor=False)
    log_dir.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(
        filename=log_dir / "hmtn.log",
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )

    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, tb)))
        dialogs.warning(None, "HMTN Desk", error_text(error, log_dir / "hmtn.log"))

    sys.excepthook = handle
