"""Danh sách người hiến: the people the center holds, found with check-in's one field
(a card scan, CCCD or old ID, phone, date of birth or a name without accents), each
person once even when two sites registered them; below, the selected person's every
donation at every site. Read-only."""

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.exchange.center_people import CenterPerson, PersonDonation
from desktop.core.exchange.center_views import CenterViews
from desktop.core.exchange.certificate_check import CertificateCheck
from ui.center_names import quarantine_status_name, unenrolled_device, value_shown
from ui.center_table import RowsModel, RowsView
from ui.certificate_check_dialog import CertificateCheckDialog
from ui.dialogs import open_dialog
from ui.formatting import dmy, id_text, number_text
from ui.messages import problems_text, reason_text
from ui.signals import ModelSignals
from ui.status_line import StatusLine
from ui.value_names import sex_name


class CenterRegistry(QWidget):
    def __init__(
        self,
        views: CenterViews,
        signals: ModelSignals,
        parent: QWidget | None = None,
        *,
        check_certificate: Callable[[str], CertificateCheck] | None = None,
    ) -> None:
        super().__init__(parent)
        self.views = views
        self.check_certificate = check_certificate
        self.check_button = QPushButton(self.tr("Check a &certificate…"))
        self.check_button.clicked.connect(self.open_check)
        self.check_button.setVisible(check_certificate is not None)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Scan a CCCD, or type an ID, phone, date of birth or name; Enter searches")
        )
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.refresh)
        self.setFocusProxy(self.search)  # the tab opens with the cursor in the field
        self.found_label = QLabel()
        self.message = StatusLine()
        self.model = RowsModel(self._headers, self._cells)
        self.table = RowsView(self.model)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_history())
        self.history_label = QLabel()
        self.history_model = RowsModel(self._history_headers, self._history_cells)
        self.history = RowsView(self.history_model)
        top = QHBoxLayout()
        find_label = QLabel(self.tr("&Find:"))
        find_label.setBuddy(self.search)
        top.addWidget(find_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.found_label)
        top.addWidget(self.check_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.history_label)
        lower_layout.addWidget(self.history, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setSizes([260, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        signals.donorsChanged.connect(self.refresh)
        signals.donationsChanged.connect(self.refresh)
        self._show_history()

    def open_check(self) -> CertificateCheckDialog | None:
        """A certificate's QR checked against the center's devices and register."""
        if self.check_certificate is None:
            return None
        dialog = CertificateCheckDialog(self.check_certificate, self)
        open_dialog(dialog)
        return dialog

    # --- the people found ---------------------------------------------------------------

    def _headers(self) -> list[str]:
        return [
            self.tr("Full name"),
            self.tr("Date of birth"),
            self.tr("Sex"),
            self.tr("CCCD"),
            self.tr("Blood group"),
            self.tr("Donations"),
            self.tr("Last donation"),
            self.tr("Deferral"),
            self.tr("Seen at"),
        ]

    def _cells(self, person: CenterPerson) -> list[str]:
        d = person.donor
        return [
            d.full_name,
            dmy(d.birth_date),
            sex_name(d.sex),
            id_text(d),
            d.blood_group or self.tr("not known"),
            number_text(d.donation_count),
            dmy(d.last_donation_date) if d.last_donation_date else self.tr("never"),
            self._deferral(person),
            self._seen_at(person),
        ]

    def _seen_at(self, person: CenterPerson) -> str:
        """The sites, then any laptop not enrolled here by its id's end, then the
        registry when a record of the person came from it."""
        registry = [self.tr("the registry")] if person.in_registry else []
        return ", ".join(
            [*person.sites, *(unenrolled_device(d) for d in person.devices), *registry]
        )

    def _deferral(self, person: CenterPerson) -> str:
        d = person.donor
        reason = reason_text(d.deferral_reason) if d.deferral_reason else ""
        if d.deferral_permanent:
            text = self.tr("permanent: {reason}").format(reason=reason)
        elif d.deferral_until and d.deferral_until > dt.date.today():
            text = self.tr("until {date}: {reason}").format(
                date=dmy(d.deferral_until), reason=reason
            )
        else:
            return self.tr("none")
        return text.removesuffix(": ")  # a deferral recorded without a reason

    def refresh(self) -> None:
        """Search for what the field holds (again, after an import or a decision)."""
        text = self.search.text()
        if not text.strip():
            self.model.set_entries([])
            self.found_label.clear()
            self.message.clear()
            return
        found = self.views.people(text)
        self.model.set_entries(found.people)
        if found.problems:
            self.message.failed(problems_text(found.problems))
        else:
            self.message.clear()
        self.found_label.setText(
            self.tr("{count} people found").format(count=number_text(len(found.people)))
        )
        self.search.selectAll()  # the next scan replaces what was searched
        self._show_history()

    def selected(self) -> CenterPerson | None:
        entry = self.table.selected()
        return entry if isinstance(entry, CenterPerson) else None

    # --- the selected person's donations --------------------------------------------------

    def _history_headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Site · drive"),
            self.tr("DIN"),
            self.tr("Volume (ml)"),
            self.tr("Outcome"),
            self.tr("Quarantine"),
        ]

    def _history_cells(self, donation: PersonDonation) -> list[str]:
        site = donation.site_code or unenrolled_device(donation.device_id)
        where = " · ".join(p for p in (site, donation.drive_code) if p)
        return [
            dmy(donation.date) if donation.date else "",
            where,
            donation.din,
            number_text(donation.volume_ml) if donation.volume_ml is not None else "",
            value_shown("outcome", donation.outcome) if donation.outcome else "",
            ", ".join(quarantine_status_name(s) for s in donation.quarantine),
        ]

    def _show_history(self) -> None:
        person = self.selected()
        donations = self.views.donations(person.id) if person else []
        self.history_model.set_entries(donations)
        if person is None:
            self.history_label.setText(self.tr("Select a person to see their donations."))
            return
        self.history_label.setText(
            self.tr("{name}: {count} donations held at the center").format(
                name=person.donor.full_name, count=number_text(len(donations))
            )
        )
