"""The audit trail viewer ("Nhật ký thao tác"): who did what, when, to which record,
the values before and after and the reason; filtered by person, record, donor and
dates; exported to CSV (formula-safe, audited). Reachable from the site's window and
the center's."""

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.foundation.audit_trail import AuditEntry, AuditQuery, AuditTrailService
from ui.audit_names import action_name, changes_text
from ui.audit_notes import note_text
from ui.dialogs import Dialogs
from ui.formatting import number_text
from ui.forms import heading
from ui.operation import failure_text, refused
from ui.record_names import table_name
from ui.status_line import StatusLine

COLUMNS = 6
WHEN, WHO, ACTION, RECORD, CHANGES, REASON = range(COLUMNS)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class AuditViewer(QDialog):
    def __init__(
        self,
        audit: AuditTrailService,
        dialogs: Dialogs | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.audit = audit
        self.dialogs = dialogs or Dialogs()
        self.shown: list[AuditEntry] = []
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(1240, 660)  # within 1280 x 720
        self.person = QComboBox()
        self.person.addItem(self.tr("Everyone"), None)
        for name in audit.people():
            self.person.addItem(name, name)
        self.donor = QLineEdit()
        self.donor.setPlaceholderText(self.tr("name or CCCD"))
        self.record = QLineEdit()
        self.record.setPlaceholderText(self.tr("record id"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Every kind of record"), None)
        for table in audit.tables():
            self.kind.addItem(table_name(table), table)
        self.dated = QCheckBox(self.tr("&Between"))
        today = dt.date.today()
        self.first_day = self._date_edit(today - dt.timedelta(days=30))
        self.last_day = self._date_edit(today)
        self.dated.toggled.connect(self.first_day.setEnabled)
        self.dated.toggled.connect(self.last_day.setEnabled)
        self.dated.setChecked(False)
        self.first_day.setEnabled(False)
        self.last_day.setEnabled(False)
        self.table = self._table()
        self.message = StatusLine()
        buttons = QDialogButtonBox(self)
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.show_button = buttons.addButton(self.tr("&Show"), role)
        self.show_button.setDefault(True)  # Enter in a filter field shows its entries
        self.export_button = buttons.addButton(self.tr("E&xport to CSV…"), role)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.show_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.export)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Audit trail: who did what, and when")))
        layout.addLayout(self._filters())
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.donor.setFocus()  # the keys go to the filter most searches start with

    def _date_edit(self, day: dt.date) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setCalendarPopup(True)
        return edit

    def _filters(self) -> QGridLayout:
        grid = QGridLayout()
        fields = [
            (self.tr("&Person"), self.person),
            (self.tr("&Donor"), self.donor),
            (self.tr("&Record"), self.record),
            (self.tr("&Kind"), self.kind),
        ]
        for column, (text, field) in enumerate(fields):
            label = QLabel(text)
            label.setBuddy(field)
            grid.addWidget(label, 0, column)
            grid.addWidget(field, 1, column)
        dates = QGridLayout()
        dates.addWidget(self.dated, 0, 0, 1, 3)
        dates.addWidget(self.first_day, 1, 0)
        dates.addWidget(QLabel(self.tr("to")), 1, 1)
        dates.addWidget(self.last_day, 1, 2)
        grid.addLayout(dates, 0, len(fields), 2, 1)
        return grid

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, COLUMNS)
        table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Record"),
            self.tr("Old → new values"), self.tr("Reason"),
        ])  # fmt: skip
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((WHEN, 130), (WHO, 150), (ACTION, 150), (RECORD, 170)):
            table.setColumnWidth(column, width)
        table.setColumnWidth(CHANGES, 380)
        header.setStretchLastSection(True)
        return table

    def query(self) -> AuditQuery:
        dated = self.dated.isChecked()
        return AuditQuery(
            person=self.person.currentData(),
            table=self.kind.currentData(),
            record_id=self.record.text().strip() or None,
            donor=self.donor.text().strip() or None,
            first_day=_pydate(self.first_day.date()) if dated else None,
            last_day=_pydate(self.last_day.date()) if dated else None,
        )

    def refresh(self) -> None:
        page = self.audit.entries(self.query())
        self.shown = page.entries
        self.table.setRowCount(len(page.entries))
        for row, entry in enumerate(page.entries):
            cells = [
                entry.at.strftime("%d/%m/%Y %H:%M:%S"),
                entry.person,
                action_name(entry.action),
                f"{table_name(entry.table)} {entry.record_name or entry.record_id}".strip(),
                changes_text(entry.old_values, entry.new_values, entry.setting_key),
                note_text(entry.reason),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        count = number_text(len(page.entries))
        if page.complete:
            self.message.done(self.tr("{count} entries.").format(count=count))
        else:
            said = self.tr("The newest {count} entries are shown: narrow the filter to see others.")
            self.message.done(said.format(count=count))

    def export(self) -> None:
        title = self.tr("Export the audit trail")
        name = f"nhat-ky-thao-tac-{dt.date.today():%Y%m%d}.csv"
        path = self.dialogs.save_path(self, title, name, self.tr("CSV files (*.csv)"))
        if path is None:
            return
        try:
            count = self.audit.export_csv(self.query(), path, note_text)
        except Exception as error:
            if not refused(error):
                raise
            self.message.failed(failure_text(error))
            return
        said = self.tr("{count} entries written to {file}.")
        self.message.done(said.format(count=number_text(count), file=path.name))
