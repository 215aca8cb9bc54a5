"""The main window: menus, the operator, and the stations of the open drive.

A thin frame: every screen gets its services from here and does its own work.
"""

import contextlib

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QSplitter, QTabWidget, QWidget

from desktop.core.domain.problems import UserError
from desktop.core.domain.records import Drive
from desktop.core.foundation.settings import STATIONS
from desktop.core.services import Services
from ui.about_dialog import AboutDialog
from ui.audit_viewer import AuditViewer
from ui.backup_menu import BackupMenu
from ui.center_keys_dialog import set_center_keys
from ui.certificate_screen import CertificateScreen
from ui.certificate_settings_dialog import CertificateSettingsDialog
from ui.checkin_screen import CheckinScreen
from ui.collection_screen import CollectionScreen
from ui.collection_settings_dialog import CollectionSettingsDialog
from ui.desk_access import DeskAccess
from ui.device_dialog import DeviceDialog
from ui.dialogs import Dialogs, open_dialog
from ui.drive_dialog import DriveDialog
from ui.drive_picker import DrivePicker
from ui.elided_label import ElidedLabel
from ui.export_dialog import export_for_center
from ui.fin_dialog import ask_fin
from ui.formatting import dmy
from ui.labels_dialog import LabelsDialog
from ui.operator_bar import OperatorBar
from ui.package_install_dialog import PackageInstallDialog
from ui.queue_panel import QueuePanel
from ui.reconciliation_dialog import ReconciliationDialog
from ui.registry_import_dialog import RegistryImportDialog
from ui.roll_dialog import RollDialog
from ui.rule_set_dialog import RuleSetDialog
from ui.screening_screen import ScreeningScreen
from ui.signals import ModelSignals
from ui.site_setup_dialog import SiteSetupDialog
from ui.staff_dialog import StaffDialog
from ui.staff_list_dialog import StaffListDialog
from ui.translators import LANGUAGES


class MainWindow(QMainWindow):
    languageChosen = Signal(str)
    driveChosen = Signal(object)  # Drive
    demoResetRequested = Signal()  # the composition root rebuilds the demo database

    def __init__(
        self,
        services: Services,
        signals: ModelSignals,
        drive: Drive,
        language: str,
        parent: QWidget | None = None,
        *,
        dialogs: Dialogs | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.signals = signals
        self.drive = drive
        self.language = language
        self.dialogs = dialogs or Dialogs()
        # False when the window is replaced (another drive, another language) or torn down.
        self.ask_before_closing = True
        self.demo = services.settings.get("demo") == "1"
        self.resize(1240, 640)  # not maximized: inside a 1280 x 720 screen, its frame and panel
        self.setWindowTitle(
            self.tr("HMTN Desk — {code} — {place}").format(code=drive.code, place=drive.place_name)
        )
        self.checkin_screen = CheckinScreen(
            services.donors,
            services.checkin,
            drive,
            signals,
            self,
            searcher=services.searcher,
            slips=services.slips,
            dialogs=self.dialogs,
        )
        self.queue_panel = QueuePanel(
            services.checkin,
            services.screening,
            drive,
            signals,
            language=language,
            parent=self,
            dialogs=self.dialogs,
        )
        self.screening_screen = ScreeningScreen(
            services.screening,
            services.checkin,
            drive,
            signals,
            session=services.session,
            language=language,
            slips=services.slips,
            dialogs=self.dialogs,
        )
        self.collection_screen = CollectionScreen(
            services.collection,
            drive,
            signals,
            reconciliation=services.reconciliation,
            dialogs=self.dialogs,
        )
        self.certificate_screen = CertificateScreen(
            services.certificates, drive, signals, dialogs=self.dialogs
        )
        splitter = QSplitter()
        splitter.addWidget(self.checkin_screen)
        splitter.addWidget(self.queue_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([870, 410])
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, self.tr("Check-in"))
        self.tabs.addTab(self.screening_screen, self.tr("Screening"))
        self.tabs.addTab(self.collection_screen, self.tr("Collection"))
        self.tabs.addTab(self.certificate_screen, self.tr("Certificates"))
        self.tabs.currentChanged.connect(lambda _: self.tabs.currentWidget().setFocus())
        self.setCentralWidget(self.tabs)
        self.desk_access = DeskAccess(self, services, signals)  # switch person, lock
        self._build_menus()
        self._build_operator_bar()
        self._build_status_bar()
        signals.donorsChanged.connect(self._update_status)
        # Back where this laptop was (after a crash too): the station it showed last.
        self.tabs.setCurrentIndex(STATIONS.index(services.settings.last_station))
        self.tabs.currentChanged.connect(self._remember_place)
        self._remember_place()
        focus = self.tabs.currentWidget()
        (self.checkin_screen if focus is splitter else focus).setFocus()

    def _build_menus(self) -> None:
        drive_menu = self.menuBar().addMenu(self.tr("&Drive"))
        self.new_drive_action = self._action(self.tr("&New drive…"), self.new_drive, "Ctrl+N")
        self.open_drive_action = self._action(
            self.tr("&Open another drive…"), self.choose_drive, "Ctrl+O"
        )
        drive_menu.addActions([self.new_drive_action, self.open_drive_action])
        drive_menu.addSeparator()
        self.labels_action = self._action(self.tr("&Labels…"), self.open_labels, "Ctrl+Shift+L")
        drive_menu.addAction(self.labels_action)
        drive_menu.addAction(self._action(self.tr("Pre-printed label &roll…"), self.add_roll))
        self.close_drive_action = self._action(
            self.tr("&End of day and close the drive…"), self.reconcile
        )
        drive_menu.addAction(self.close_drive_action)
        self.export_action = self._action(
            self.tr("E&xport the day's records for the center…"), self.export_for_center
        )
        drive_menu.addAction(self.export_action)
        drive_menu.addSeparator()
        drive_menu.addAction(self._action(self.tr("&Quit"), self.close, "Ctrl+Q"))
        stations = self.menuBar().addMenu(self.tr("S&tation"))
        self.checkin_action = self._action(
            self.tr("&Check-in"), lambda: self.tabs.setCurrentIndex(0), "Ctrl+1"
        )
        self.screening_action = self._action(
            self.tr("&Screening"), lambda: self.tabs.setCurrentIndex(1), "Ctrl+2"
        )
        self.collection_action = self._action(
            self.tr("C&ollection"), lambda: self.tabs.setCurrentIndex(2), "Ctrl+3"
        )
        stations.addAction(self.checkin_action)
        stations.addAction(self.screening_action)
        stations.addAction(self.collection_action)
        self.certificates_action = self._action(
            self.tr("Ce&rtificates"), lambda: self.tabs.setCurrentIndex(3), "Ctrl+4"
        )
        stations.addAction(self.certificates_action)
        registry_menu = self.menuBar().addMenu(self.tr("&Registry"))
        self.package_action = self._action(
            self.tr("Install the drive &package from the center…"), self.install_package
        )
        registry_menu.addAction(self.package_action)
        self.import_action = self._action(
            self.tr("&Import the registry from the center…"), self.import_registry
        )
        registry_menu.addAction(self.import_action)
        self._build_staff_menu()
        self.backup_menu = BackupMenu(self, self.services, self.dialogs)
        settings_menu = self.menuBar().addMenu(self.tr("S&ettings"))
        settings_menu.addAction(self._action(self.tr("&Set up this site…"), self.set_up_site))
        settings_menu.addSeparator()
        settings_menu.addAction(self._action(self.tr("This &device…"), self.edit_device))
        settings_menu.addAction(
            self._action(self.tr("Set the c&enter's keys…"), self.set_center_keys)
        )
        settings_menu.addAction(self._action(self.tr("Eligibility &rule set…"), self.edit_rule_set))
        settings_menu.addAction(
            self._action(self.tr("&Collection (FIN, labels, time limit)…"), self.edit_collection)
        )
        settings_menu.addAction(
            self._action(self.tr("Cer&tificates (facility, contact)…"), self.edit_certificates)
        )
        language_menu = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)  # each language in its own words
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _=False, c=code: self._choose_language(c))
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action
        self._build_help_menu()

    def _build_staff_menu(self) -> None:
        staff_menu = self.menuBar().addMenu(self.tr("&Staff"))
        access = self.desk_access
        staff_menu.addActions(
            [access.switch_action, access.lock_action, access.my_credentials_action]
        )
        staff_menu.addSeparator()
        staff_menu.addAction(self._action(self.tr("&Staff list…"), self.list_staff))
        staff_menu.addAction(self._action(self.tr("&Add a staff member…"), self.add_staff))
        staff_menu.addSeparator()
        self.audit_action = self._action(self.tr("&Audit trail…"), self.show_audit_trail)
        staff_menu.addAction(self.audit_action)

    def _build_help_menu(self) -> None:
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About HMTN Desk…"), self.show_about))
        self.demo_reset_action = self._action(
            self.tr("&Rebuild the demo database"), self.demoResetRequested.emit
        )
        self.demo_reset_action.setVisible(self.demo)  # only a demo database is rebuilt
        help_menu.addAction(self.demo_reset_action)

    def show_about(self) -> None:
        rules = self.services.rules.current
        self.about = AboutDialog(self.services.path, rules, self.demo, self)
        open_dialog(self.about)

    def _action(self, text: str, slot: object, shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_operator_bar(self) -> None:
        self.operator_bar = OperatorBar(
            self.services.staff, self.services.session, self.signals, self
        )
        self.operator = self.operator_bar.operator
        self.operator_bar.add_switch_person(
            self.desk_access.switch_action, self.desk_access.lock_action
        )
        self.addToolBar(self.operator_bar)

    def _build_status_bar(self) -> None:
        self.status_label = ElidedLabel()  # a long address never widens the window
        self.statusBar().addPermanentWidget(self.status_label)
        self._update_status()

    def _update_status(self) -> None:
        self.status_label.setText(
            self.tr("Drive {code} on {date} · {place} · {count} donors in the registry").format(
                code=self.drive.code,
                date=dmy(self.drive.drive_date),
                place=self.drive.address,
                count=f"{self.services.donors.count():,}".replace(",", "."),
            )
            + (
                ""
                if self.drive.is_open
                else self.tr(" · CLOSED: records can no longer change, only be amended")
            )
        )

    # --- actions ------------------------------------------------------------------

    def new_drive(self) -> None:
        dialog = DriveDialog(self.services.drives, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted and dialog.drive is not None:
            self.driveChosen.emit(dialog.drive)

    def choose_drive(self) -> None:
        picker = DrivePicker(self.services.drives, self)
        accepted = picker.exec() == QDialog.DialogCode.Accepted
        picker.deleteLater()
        if accepted and picker.drive is not None:
            self.driveChosen.emit(picker.drive)

    def import_registry(self) -> None:
        open_dialog(RegistryImportDialog(self.services.registry, self, dialogs=self.dialogs))

    def install_package(self) -> None:
        """The center's drive package for this laptop: its registry, drives, number
        blocks, rule set and desk letter."""
        version = self.services.rules.current.version
        dialog = PackageInstallDialog(self.services.package_installer, self, dialogs=self.dialogs)
        dialog.finished.connect(lambda _: self._rule_set_closed(version))
        self.package_dialog = dialog
        open_dialog(dialog)

    def add_staff(self) -> None:
        """A new staff member joins the lists; the operator stays who it was."""
        self.staff_dialog = StaffDialog(self.services.staff, self)
        open_dialog(self.staff_dialog)

    def show_audit_trail(self) -> None:
        """Nhật ký thao tác: every entry of the audit trail, filtered (ui.audit_viewer)."""
        self.audit_viewer = AuditViewer(self.services.audit, self.dialogs, self)
        open_dialog(self.audit_viewer)

    def list_staff(self) -> None:
        services = self.services
        self.staff_list = StaffListDialog(
            services.staff, self.signals, self, logins=services.logins, services=services
        )
        open_dialog(self.staff_list)

    def set_up_site(self) -> None:
        """The first-run set-up again: facility, site code, FIN, a doctor and a nurse."""
        self.site_setup = SiteSetupDialog(self.services.setup, self)
        open_dialog(self.site_setup)

    def edit_device(self) -> None:
        open_dialog(DeviceDialog(self.services.settings, self))

    def set_center_keys(self) -> None:
        set_center_keys(self.services.identity, self, self.dialogs)

    def edit_certificates(self) -> None:
        self.certificate_settings = CertificateSettingsDialog(self.services.certificates, self)
        open_dialog(self.certificate_settings)

    def edit_collection(self) -> None:
        self.collection_settings = CollectionSettingsDialog(
            self.services.dins, self.services.collection, self
        )
        open_dialog(self.collection_settings)

    def open_labels(self) -> None:
        if self.services.dins.fin() is None and not ask_fin(self.services.dins, self, self.dialogs):
            return
        self.labels_dialog = LabelsDialog(
            self.services.dins, self.drive, self, dialogs=self.dialogs
        )
        open_dialog(self.labels_dialog)

    def add_roll(self) -> None:
        if self.services.dins.fin() is None and not ask_fin(self.services.dins, self, self.dialogs):
            return
        self.roll_dialog = RollDialog(self.services.dins, self.drive, self)
        open_dialog(self.roll_dialog)

    def reconcile(self) -> None:
        dialog = ReconciliationDialog(
            self.services.reconciliation, self.drive, self, dialogs=self.dialogs
        )
        dialog.driveClosed.connect(
            lambda: self.driveChosen.emit(self.services.drives.get(self.drive.id))
        )
        self.reconciliation_dialog = dialog
        open_dialog(dialog)

    def export_for_center(self) -> None:
        self.export_dialog = export_for_center(self.services.exports, self, self.dialogs)

    def edit_rule_set(self) -> None:
        version = self.services.rules.current.version
        dialog = RuleSetDialog(self.services.rules, self, dialogs=self.dialogs)
        dialog.finished.connect(lambda _: self._rule_set_closed(version))
        self.rule_set_dialog = dialog
        open_dialog(dialog)

    def _rule_set_closed(self, version: str) -> None:
        """A new rule set may ask other questions: rebuild the stations around it."""
        if self.services.rules.current.version != version:
            self.driveChosen.emit(self.drive)

    def _remember_place(self) -> None:
        """Keep this drive and station as where the laptop is (a convenience: a busy
        database or a full disk leaves it unkept)."""
        with contextlib.suppress(UserError):
            self.services.settings.remember_place(self.drive.id, STATIONS[self.tabs.currentIndex()])

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.ask_before_closing and not self._may_close():
            event.ignore()
            return
        self.screening_screen.flush_draft()  # while the database is open
        super().closeEvent(event)

    def _may_close(self) -> bool:
        """Ask first when a donation started here is not recorded, or the open collection
        form holds input that is not saved."""
        in_chair = self.services.collection.in_chair_here()
        unsaved = self.collection_screen.has_unsaved_input()
        if not in_chair and not unsaved:
            return True
        lines = []
        if unsaved:
            lines.append(self.tr("The donation open at the collection station has input that"
                                 " is not recorded yet: it will be lost."))  # fmt: skip
        if in_chair:
            lines.append(
                self.tr(
                    "Donations in the chair on this laptop, not yet recorded: {count}. They are"
                    " kept and listed again when the app opens."
                ).format(count=in_chair)
            )
        lines.append(self.tr("Close anyway?"))
        return self.dialogs.confirm(self, self.tr("Close HMTN Desk"), "\n\n".join(lines))

    def _choose_language(self, code: str) -> None:
        if code != self.language:
            self.languageChosen.emit(code)
