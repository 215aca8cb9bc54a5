"""The site's staff: add, correct, deactivate (never delete) and take back; each
person's user name and whether they have a PIN, set with *Mật khẩu và mã PIN…*."""

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.problems import UserError
from desktop.core.domain.records import Staff
from desktop.core.foundation.logins import LoginService
from desktop.core.foundation.staff import StaffService
from desktop.core.services import Services
from ui.credentials_dialog import CredentialsDialog
from ui.dialogs import open_dialog
from ui.forms import heading
from ui.messages import problems_text
from ui.signals import ModelSignals
from ui.staff_dialog import StaffDialog
from ui.status_line import StatusLine
from ui.value_names import role_names

INACTIVE = QBrush(QColor("#888888"))


class StaffListDialog(QDialog):
    def __init__(
        self,
        staff: StaffService,
        signals: ModelSignals | None = None,
        parent: QWidget | None = None,
        logins: LoginService | None = None,
        services: Services | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = staff
        self.logins = logins  # the user names people sign in with
        self.services = services  # for setting passwords and PINs (the core's access)
        self.shown: list[Staff] = []
        self.staff_dialog: StaffDialog | CredentialsDialog | None = None
        self.setWindowTitle(self.tr("Staff"))
        self.resize(1180, 440)  # a person holding every role still on one line
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Full name"),
                self.tr("Roles"),
                self.tr("Status"),
                self.tr("User name"),
                self.tr("PIN"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        # Roles and status on one line each ("bác sĩ khám sàng lọc, điều dưỡng lấy máu");
        # the name takes the rest.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.edit_selected)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.message = StatusLine()
        self.message.hide()
        buttons = QDialogButtonBox(self)  # in the dialog first, so Edit stays the default
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.edit_button = buttons.addButton(self.tr("Edit…"), role)
        self.edit_button.setDefault(True)  # Enter on the list edits the selected person
        self.add_button = buttons.addButton(self.tr("Add…"), role)
        self.active_button = buttons.addButton(self.tr("Deactivate"), role)
        self.credentials_button = buttons.addButton(self.tr("Password and PIN…"), role)
        self.credentials_button.setVisible(services is not None)
        self.credentials_button.clicked.connect(self.set_credentials)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.edit_button.clicked.connect(self.edit_selected)
        self.add_button.clicked.connect(self.add)
        self.active_button.clicked.connect(self.toggle_active)
        close.clicked.connect(self.reject)
        intro = QLabel(
            self.tr(
                "Nobody is deleted: a person who no longer works here is deactivated and is"
                " then no longer offered as operator, doctor or nurse."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Staff of this site")))
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if signals is not None:
            signals.staffChanged.connect(self.refresh)
        self.refresh()
        self.table.setFocus()

    def refresh(self) -> None:
        selected = self.selected()
        self.shown = self.service.everyone()
        users = self.logins.user_names() if self.logins is not None else {}
        pins = self.logins.with_pin() if self.logins is not None else set()
        self.table.setRowCount(len(self.shown))
        for row, member in enumerate(self.shown):
            status = self.tr("active") if member.active else self.tr("deactivated")
            user = users.get(member.id, "")
            pin = self.tr("yes") if member.id in pins else "—"
            texts = (member.full_name, role_names(member.roles), status, user, pin)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if not member.active:
                    item.setForeground(INACTIVE)
                self.table.setItem(row, column, item)
        ids = [m.id for m in self.shown]
        self.table.selectRow(ids.index(selected.id) if selected and selected.id in ids else 0)
        self._selection_changed()

    def selected(self) -> Staff | None:
        row = self.table.currentRow()
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def _selection_changed(self) -> None:
        member = self.selected()
        self.edit_button.setEnabled(member is not None)
        self.active_button.setEnabled(member is not None)
        self.credentials_button.setEnabled(member is not None and member.active)
        self.active_button.setText(
            self.tr("Reactivate") if member and not member.active else self.tr("Deactivate")
        )

    def add(self) -> None:
        self._open(StaffDialog(self.service, self))

    def edit_selected(self) -> None:
        member = self.selected()
        if member is not None:
            self._open(StaffDialog(self.service, self, member=member))

    def set_credentials(self) -> None:
        """The selected person's user name, password and PIN (an administrator's, or
        one's own: the core refuses anyone else)."""
        member = self.selected()
        if member is not None and self.services is not None:
            self._open(CredentialsDialog(self.services, member, self))

    def _open(self, dialog: StaffDialog | CredentialsDialog) -> None:
        self.message.hide()
        dialog.accepted.connect(self.refresh)
        self.staff_dialog = dialog
        open_dialog(dialog)

    def toggle_active(self) -> None:
        member = self.selected()
        if member is None:
            return
        try:
            self.service.set_active(member.id, not member.active)
        except UserError as error:
            self.message.failed(problems_text(error.problems))
            self.message.show()
            return
        self.message.hide()
        self.refresh()
