"""Thiết bị: the laptops the center accepts files from. Each is added from the
enrolment folder it wrote (its fingerprint compared first, read out by the site) and
revoked with a reason (lost, stolen, retired); the center's own key fingerprints are
at the top, for the sites to compare."""

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.problems import UserError
from desktop.core.domain.vocabulary import DeviceStatus
from desktop.core.exchange.center_keys import CenterKeysService, KnownDevice
from desktop.core.exchange.planning import PlanningService
from ui.center_names import device_status_name
from ui.center_table import RowsModel, RowsView
from ui.dialogs import Dialogs, open_dialog
from ui.formatting import number_text
from ui.messages import problems_text
from ui.screening_texts import local_time
from ui.serial_runs_dialog import SerialRunsDialog
from ui.signals import ModelSignals
from ui.status_line import StatusLine


class CenterDevices(QWidget):
    def __init__(
        self,
        keys: CenterKeysService,
        signals: ModelSignals,
        dialogs: Dialogs,
        parent: QWidget | None = None,
        *,
        planning: PlanningService,
    ) -> None:
        super().__init__(parent)
        self.keys = keys
        self.planning = planning
        self.dialogs = dialogs
        own = QGroupBox(self.tr("The center's keys (the sites compare these fingerprints)"))
        form = QFormLayout(own)
        self.fingerprints: dict[str, QLabel] = {}
        for name, value in keys.center_fingerprints().items():
            label = QLabel(value)
            label.setStyleSheet("font-family: monospace; font-weight: bold;")
            self.fingerprints[name] = label
            form.addRow(name, label)
        self.model = RowsModel(self._headers, self._cells)
        self.table = RowsView(self.model)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.add_button = QPushButton(self.tr("&Add from an enrolment folder…"))
        self.add_button.clicked.connect(self.add)
        self.revoke_button = QPushButton(self.tr("&Revoke…"))
        self.revoke_button.clicked.connect(self.revoke)
        self.letter_button = QPushButton(self.tr("&Desk letter…"))
        self.letter_button.clicked.connect(self.change_letter)
        self.serials_button = QPushButton(self.tr("Certificate &forms…"))
        self.serials_button.clicked.connect(self.show_serials)
        self.message = StatusLine()
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.revoke_button,
            self.letter_button,
            self.serials_button,
        ):
            buttons.addWidget(button)
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(own)
        layout.addWidget(
            QLabel(self.tr("Enrolled devices: the center accepts files only from the active ones."))
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        signals.settingsChanged.connect(self.refresh)
        self.refresh()

    def _headers(self) -> list[str]:
        return [
            self.tr("Site"),
            self.tr("Device"),
            self.tr("Desk"),
            self.tr("DIN block"),
            self.tr("Fingerprint"),
            self.tr("State"),
            self.tr("Enrolled"),
            self.tr("Revoked"),
        ]

    def _cells(self, d: KnownDevice) -> list[str]:
        revoked = (
            self.tr("{time}: {reason}").format(
                time=local_time(d.revoked_at), reason=d.revoke_reason
            )
            if d.status == DeviceStatus.REVOKED
            else ""
        )
        return [
            d.site_code,
            d.device_name,
            d.desk_letter,
            f"{number_text(d.din_block_first)} – {number_text(d.din_block_last)}",
            d.fingerprint,
            device_status_name(d.status),
            local_time(d.enrolled_at),
            revoked,
        ]

    def refresh(self) -> None:
        self.model.set_entries(self.keys.devices())
        self._enable()

    def _enable(self) -> None:
        device = self.table.selected()
        active = isinstance(device, KnownDevice) and device.status == DeviceStatus.ACTIVE
        for button in (self.revoke_button, self.letter_button, self.serials_button):
            button.setEnabled(active)

    def add(self) -> None:
        title = self.tr("Add a device")
        folder = self.dialogs.choose_folder(
            self, self.tr("Folder with enrolment.json and device.minisign.pub")
        )
        if folder is None:
            return
        try:
            enrolment = self.keys.enrolment_in(folder)
        except UserError as error:
            self.dialogs.warning(self, title, problems_text(error.problems))
            return
        question = self.tr(
            "{site} · {device} (desk {letter})\n\nFingerprint of its signing key:\n{fingerprint}"
            "\n\nCompare it with the one the site reads out from its laptop. Add this device?"
        ).format(
            site=enrolment.site_code,
            device=enrolment.device_name,
            letter=enrolment.desk_letter,
            fingerprint=enrolment.fingerprint,
        )
        if not self.dialogs.confirm(self, title, question):
            return
        again = any(d.id == enrolment.device_id for d in self.model.entries)
        try:
            device = self.keys.add_device(folder)
        except UserError as error:
            self.dialogs.warning(self, title, problems_text(error.problems))
            return
        self.refresh()
        said = (
            self.tr("{device} of {site} enrolled again.")
            if again
            else self.tr("{device} of {site} added.")
        )
        self.message.done(said.format(device=device.device_name, site=device.site_code))

    def revoke(self) -> None:
        device = self.table.selected()
        if not isinstance(device, KnownDevice) or device.status != DeviceStatus.ACTIVE:
            return
        reason = self.dialogs.text(
            self,
            self.tr("Revoke a device"),
            self.tr(
                "Revoke {device} of {site}? Its files are rejected from now on. Why (lost,"
                " stolen, retired…)?"
            ).format(device=device.device_name, site=device.site_code),
            required=True,
        )
        if reason is None:
            return
        try:
            self.keys.revoke(device.id, reason)
        except UserError as error:
            self.message.failed(problems_text(error.problems))
            return
        self.refresh()
        self.message.done(
            self.tr("{device} of {site} revoked.").format(
                device=device.device_name, site=device.site_code
            )
        )

    def change_letter(self) -> None:
        """The device's queue-number letter (its next package carries it)."""
        device = self.table.selected()
        if not isinstance(device, KnownDevice) or device.status != DeviceStatus.ACTIVE:
            return
        letter = self.dialogs.text(
            self,
            self.tr("Desk letter"),
            self.tr(
                "The desk letter of {device} of {site}: one letter, A to Z, that no other"
                " laptop of the site has. Its queue numbers start with it."
            ).format(device=device.device_name, site=device.site_code),
            device.desk_letter,
            required=True,
        )
        if letter is None:
            return
        try:
            self.planning.set_desk_letter(device.id, letter)
        except UserError as error:
            self.message.failed(problems_text(error.problems))
            return
        self.refresh()
        self.message.done(
            self.tr("{device} is desk {letter} from its next package on.").format(
                device=device.device_name, letter=letter.strip().upper()
            )
        )

    def show_serials(self) -> None:
        device = self.table.selected()
        if isinstance(device, KnownDevice) and device.status == DeviceStatus.ACTIVE:
            open_dialog(SerialRunsDialog(self.planning, device, self.dialogs, self))
