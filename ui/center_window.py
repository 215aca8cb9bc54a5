"""The provincial center's window: the same application, set up once as the center
(``hmtn center init``), opens this instead of a site's stations. It only composes: one
tab per list, each a module of its own, and the operator every decision is made by."""

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from desktop.core.services import Services
from ui.about_dialog import AboutDialog
from ui.audit_viewer import AuditViewer
from ui.backup_menu import BackupMenu
from ui.center_calendar import CenterCalendar
from ui.center_conflicts import CenterConflicts
from ui.center_devices import CenterDevices
from ui.center_imports import CenterImports
from ui.center_lab import CenterLab
from ui.center_notices import CenterNotices
from ui.center_packages import CenterPackages
from ui.center_quarantine import CenterQuarantine
from ui.center_registry import CenterRegistry
from ui.center_reviews import CenterReviews
from ui.desk_access import DeskAccess
from ui.dialogs import Dialogs, open_dialog
from ui.elided_label import ElidedLabel
from ui.operator_bar import OperatorBar
from ui.signals import ModelSignals
from ui.staff_dialog import StaffDialog
from ui.staff_list_dialog import StaffListDialog
from ui.translators import LANGUAGES


class CenterWindow(QMainWindow):
    languageChosen = Signal(str)

    def __init__(
        self,
        services: Services,
        signals: ModelSignals,
        language: str,
        parent: QWidget | None = None,
        *,
        dialogs: Dialogs | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.signals = signals
        self.language = language
        self.dialogs = dialogs or Dialogs()
        self.resize(1240, 640)  # not maximized: inside a 1280 x 720 screen
        self.setWindowTitle(self.tr("HMTN Desk — Provincial blood center"))
        center, views = services.center, services.center_views
        self.imports = CenterImports(services.center_files, views, self.dialogs)
        self.devices = CenterDevices(
            services.center_keys, signals, self.dialogs, planning=services.planning
        )
        self.quarantine = CenterQuarantine(center, views, signals, self.dialogs)
        self.conflicts = CenterConflicts(center, views, signals, self.dialogs)
        self.reviews = CenterReviews(center, views, signals, self.dialogs)
        self.registry = CenterRegistry(
            views, signals, check_certificate=services.certificate_checks.check
        )
        self.lab = CenterLab(services.lab, signals, self.dialogs)
        self.notices = CenterNotices(services.lab, signals)
        self.calendar = CenterCalendar(services.planning, signals, self.dialogs)
        self.packages = CenterPackages(services.packages, signals, self.dialogs)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.imports, self.tr("Files from the sites"))
        self.tabs.addTab(self.devices, self.tr("Devices"))
        self.tabs.addTab(self.quarantine, self.tr("Quarantined units"))
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        self.tabs.addTab(self.reviews, self.tr("People to review"))
        self.tabs.addTab(self.registry, self.tr("Registry"))
        self.tabs.addTab(self.lab, self.tr("Lab results"))
        self.tabs.addTab(self.notices, self.tr("To notify"))
        self.tabs.addTab(self.calendar, self.tr("Drive calendar"))
        self.tabs.addTab(self.packages, self.tr("Packages for the laptops"))
        # the keys go where the next one is meant: the button that starts an import, the
        # list of every other tab (arrows choose, the buttons act on the row chosen)
        self.imports.setFocusProxy(self.imports.import_button)
        for tab in self._lists():
            if tab is not self.registry:  # the registry's search field leads its own keys
                tab.setFocusProxy(tab.table)
        self.tabs.currentChanged.connect(lambda _: self.tabs.currentWidget().setFocus())
        self.setCentralWidget(self.tabs)
        # donors' health data here too: switching person, the lock and the idle lock
        self.desk_access = DeskAccess(self, services, signals)
        self.operator_bar = OperatorBar(services.staff, services.session, signals, self)
        self.operator_bar.add_switch_person(
            self.desk_access.switch_action, self.desk_access.lock_action
        )
        self.addToolBar(self.operator_bar)
        self._build_menus()
        self.status_label = ElidedLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        for changed in (signals.donationsChanged, signals.donorsChanged, signals.settingsChanged):
            changed.connect(self._update_status)
        self.imports.imported.connect(self.refresh_lists)
        self.lab.imported.connect(self.refresh_lists)
        self._update_status()

    def _lists(self) -> tuple[QWidget, ...]:
        """Every tab that shows a list read from the database."""
        return (self.devices, self.quarantine, self.conflicts, self.reviews, self.registry,
                self.lab, self.notices, self.calendar, self.packages)  # fmt: skip

    def refresh_lists(self) -> None:
        """After an import (which announces nothing: it ran on its own connection)."""
        for tab in self._lists():
            tab.refresh()
        self._update_status()

    def _build_menus(self) -> None:
        center_menu = self.menuBar().addMenu(self.tr("&Center"))
        self.tab_actions: list[QAction] = []
        for index in range(self.tabs.count()):
            action = self._action(
                self.tabs.tabText(index),
                lambda _=False, i=index: self.tabs.setCurrentIndex(i),
                f"Ctrl+{(index + 1) % 10}",  # the tenth tab: Ctrl+0
            )
            center_menu.addAction(action)
            self.tab_actions.append(action)
        center_menu.addSeparator()
        center_menu.addAction(self._action(self.tr("&Quit"), self.close, "Ctrl+Q"))
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
        self.backup_menu = BackupMenu(self, self.services, self.dialogs)
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
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About HMTN Desk…"), self.show_about))

    def _action(self, text: str, slot: object, shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _update_status(self) -> None:
        views = self.services.center_views
        self.status_label.setText(
            self.tr(
                "Provincial center · {devices} devices · {held} units held · {conflicts}"
                " conflicts · {reviews} people to review"
            ).format(
                devices=len(self.devices.model.entries),
                held=len(views.quarantine()),
                conflicts=len(views.conflicts()),
                reviews=len(views.reviews()),
            )
        )

    def show_audit_trail(self) -> None:
        """Nhật ký thao tác: every entry of the audit trail, filtered (ui.audit_viewer)."""
        self.audit_viewer = AuditViewer(self.services.audit, self.dialogs, self)
        open_dialog(self.audit_viewer)

    def list_staff(self) -> None:
        self.staff_list = StaffListDialog(
            self.services.staff, self.signals, self, logins=self.services.logins
        )
        open_dialog(self.staff_list)

    def add_staff(self) -> None:
        self.staff_dialog = StaffDialog(self.services.staff, self)
        open_dialog(self.staff_dialog)

    def show_about(self) -> None:
        self.about = AboutDialog(self.services.path, self.services.rules.current, False, self)
        open_dialog(self.about)

    def _choose_language(self, code: str) -> None:
        if code != self.language:
            self.languageChosen.emit(code)
