"""Người cần thông báo: the donors the center must tell of a confirmed positive marker,
with how to reach them and why (for the center's staff only: the laptops learn only
"permanent deferral, contact the center"). The signed-in person records how and when
each was told; those told are one choice away."""

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.core.domain.isbt128 import spaced
from desktop.core.domain.vocabulary import NoticeStatus
from desktop.core.exchange.lab_service import LabService
from desktop.core.exchange.lab_views import NoticeEntry
from ui.center_names import made_at, marker_names, notice_status_name, notify_method_name
from ui.center_notify_dialog import NotifyDialog
from ui.center_table import RowsModel, RowsView, list_header, status_choice
from ui.dialogs import open_dialog
from ui.formatting import dmy
from ui.signals import ModelSignals
from ui.status_line import StatusLine


class CenterNotices(QWidget):
    def __init__(
        self, lab: LabService, signals: ModelSignals, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.lab = lab
        self.dialog: NotifyDialog | None = None
        self.status_choice = status_choice(NoticeStatus, notice_status_name, self.refresh)
        self.model = RowsModel(self._headers, self._cells)
        self.table = RowsView(self.model)
        self.notified_button = QPushButton(self.tr("&Told…"))
        self.notified_button.clicked.connect(self.mark_notified)
        self.message = StatusLine()
        intro = self.tr(
            "Donors with a marker the laboratory confirmed positive: they are deferred for"
            " good, and must be told and counselled. Record how and when each was told."
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.notified_button)
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(list_header(intro, self.tr("Show:"), self.status_choice))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        signals.donationsChanged.connect(self.refresh)
        signals.donorsChanged.connect(self.refresh)
        self.refresh()

    def _headers(self) -> list[str]:
        told = self.status_choice.currentData() == NoticeStatus.NOTIFIED
        return [
            self.tr("Donor"),
            self.tr("Born"),
            self.tr("CCCD"),
            self.tr("Phone"),
            self.tr("Address"),
            self.tr("Unit (DIN)"),
            self.tr("Site"),
            *([self.tr("Told"), self.tr("By"), self.tr("Note")] if told else []),
            self.tr("Why"),
        ]

    def _cells(self, e: NoticeEntry) -> list[str]:
        person = e.person
        cells = [
            person.full_name,
            dmy(person.birth_date) if person.birth_date else "",
            person.national_id,
            person.phone,
            person.address,
            spaced(e.din),
            made_at(e.site_code, e.device_name, e.device_id),
        ]
        if e.status == NoticeStatus.NOTIFIED:
            when = dmy(e.notified_on) if e.notified_on else ""
            cells += [f"{notify_method_name(e.method)}, {when}", e.notified_by, e.note]
        return [*cells, self._why(e)]

    def _why(self, e: NoticeEntry) -> str:
        if not e.markers:
            return self.tr("The results a person took later are not positive.")
        found = dmy(e.found_on) if e.found_on else ""
        return self.tr("Confirmed positive: {markers} (tested {date})").format(
            markers=marker_names(e.markers), date=found
        )

    def refresh(self) -> None:
        status = self.status_choice.currentData()
        self.model.set_entries(self.lab.notices(status))
        self.notified_button.setEnabled(
            status == NoticeStatus.TO_NOTIFY and bool(self.model.entries)
        )

    def mark_notified(self) -> None:
        entry = self.table.selected()
        if not isinstance(entry, NoticeEntry) or entry.status != NoticeStatus.TO_NOTIFY:
            return
        self.message.clear()
        dialog = NotifyDialog(self.lab, entry, self)
        dialog.accepted.connect(lambda: self._told(entry))
        self.dialog = dialog
        open_dialog(dialog)

    def _told(self, entry: NoticeEntry) -> None:
        self.refresh()
        self.message.done(self.tr("{donor}: told, recorded.").format(donor=entry.person.full_name))
