"""Gói dữ liệu (the packages for the laptops): the laptops the center prepares before
their drives. Each enrolled device with the planned drives it is to work, its last
package (number and date) and whether the center recorded anything since (the package
is then out of date: drives planned, files imported, lab results, registry decisions).
**Prepare packages…** writes a package for each selected device into a chosen folder
(a USB stick), after the center's passphrase, off the GUI thread with a progress bar
and Cancel (the package being written is left out; those before it stay written)."""

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.problems import UserError
from desktop.core.exchange.packages import (
    CenterSigner,
    DevicePackages,
    PackageService,
    PackageWritten,
)
from desktop.core.foundation.progress import Cancelled, Progress
from ui.center_passphrase_dialog import PassphraseDialog
from ui.center_table import RowsModel, RowsView
from ui.dialogs import Dialogs, open_dialog
from ui.formatting import number_text
from ui.messages import problem_text, problems_text, translate
from ui.operation import failure_text
from ui.screening_texts import local_time
from ui.signals import ModelSignals
from ui.status_line import Said, StatusLine, Tone
from ui.task_progress import TaskProgress

CHANGES = {  # what the center recorded since a package, in words
    "plan": QT_TRANSLATE_NOOP("CenterPackages", "drives planned"),
    "imports": QT_TRANSLATE_NOOP("CenterPackages", "files imported"),
    "lab": QT_TRANSLATE_NOOP("CenterPackages", "lab results"),
    "registry": QT_TRANSLATE_NOOP("CenterPackages", "registry decisions"),
    "device": QT_TRANSLATE_NOOP("CenterPackages", "its desk letter or enrolment"),
    "rules": QT_TRANSLATE_NOOP("CenterPackages", "another rule set"),
}


class CenterPackages(QWidget):
    written = Signal()  # packages were written: the devices' states changed

    def __init__(
        self,
        packages: PackageService,
        signals: ModelSignals,
        dialogs: Dialogs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.packages = packages
        self.dialogs = dialogs
        self.passphrase_dialog: PassphraseDialog | None = None
        self.outcomes: list[tuple[DevicePackages, PackageWritten | None, str]] = []
        intro = QLabel(
            self.tr(
                "Before a drive, each laptop that works it gets its own package: the registry,"
                " the rule set, its planned drives and number blocks. Select the laptops"
                " (Ctrl or Shift for several), then prepare their packages onto a USB stick."
            )
        )
        intro.setWordWrap(True)
        self.model = RowsModel(self._headers, self._cells)
        self.table = RowsView(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.prepare_button = QPushButton(self.tr("&Prepare packages…"))
        self.prepare_button.clicked.connect(self.choose_folder)
        self.progress = TaskProgress()
        self.message = StatusLine()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.prepare_button)
        buttons.addWidget(self.progress, 1)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        for changed in (signals.settingsChanged, signals.drivesChanged, signals.donorsChanged):
            changed.connect(self.refresh)  # a device, a plan, a decision on the registry
        self.refresh()

    # -- the list ------------------------------------------------------------------------

    def _headers(self) -> list[str]:
        return [
            self.tr("Site"),
            self.tr("Device"),
            self.tr("Desk"),
            self.tr("Coming drives"),
            self.tr("Last package"),
            self.tr("State"),
        ]

    def _cells(self, d: DevicePackages) -> list[str]:
        last = (
            self.tr("no. {number}, {time}").format(
                number=d.last_number, time=local_time(d.last_made_at)
            )
            if d.last_number is not None
            else self.tr("none yet")
        )
        return [
            d.device.site_code,
            d.device.device_name,
            d.device.desk_letter,
            number_text(d.coming_drives),
            last,
            self._state(d),
        ]

    def _state(self, d: DevicePackages) -> str:
        if d.problem is not None:
            return problem_text(d.problem)
        if d.last_number is None:
            return self.tr("To prepare: no package yet")
        if d.changes:
            changes = ", ".join(translate("CenterPackages", CHANGES[c]) for c in d.changes)
            return self.tr("Out of date: {changes} since").format(changes=changes)
        return self.tr("Up to date")

    def refresh(self) -> None:
        self.model.set_entries(self.packages.overview())
        self._enable()

    def selected(self) -> list[DevicePackages]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.entries[row] for row in rows]

    def _enable(self) -> None:
        ready = [d for d in self.selected() if d.problem is None]
        self.prepare_button.setEnabled(bool(ready) and not self.running)

    @property
    def running(self) -> bool:
        return self.progress.running

    # -- preparing -----------------------------------------------------------------------

    def choose_folder(self) -> None:
        """The folder, then the passphrase; the packages are written once it is right."""
        devices = [d for d in self.selected() if d.problem is None]
        if self.running or not devices:
            return
        folder = self.dialogs.choose_folder(
            self, self.tr("Choose the USB stick (or folder) to write the packages to")
        )
        if folder is None:
            return
        prompt = self.tr("Type the center's passphrase to sign the packages:")
        dialog = PassphraseDialog(self.packages.unlock, self, prompt=prompt)
        dialog.unlocked.connect(lambda signer: self.start(devices, folder, signer))
        self.passphrase_dialog = dialog
        open_dialog(dialog)

    def start(self, devices: list[DevicePackages], folder: Path, signer: CenterSigner) -> None:
        self.message.clear()
        self.outcomes = []
        self.progress.run(
            lambda progress: self._write_each(devices, folder, signer, progress),
            self._reported,
            self._failed,
            block=(self.prepare_button,),
        )

    def _write_each(
        self,
        devices: list[DevicePackages],
        folder: Path,
        signer: CenterSigner,
        progress: Progress,
    ) -> list:
        """On the worker thread: one package after the other; a device refused is said
        and the next one written."""
        for device in devices:
            try:
                written = self.packages.write(device.id, folder, signer, progress)
            except UserError as error:
                self.outcomes.append((device, None, problems_text(error.problems)))
            else:
                self.outcomes.append((device, written, ""))
        return self.outcomes

    def _reported(self, _outcomes: object) -> None:
        self.refresh()
        self.written.emit()
        lines = [self._outcome_text(*outcome) for outcome in self.outcomes]
        if any(written is None for _d, written, _why in self.outcomes):
            self.message.failed("\n".join(lines))
        else:
            self.message.done("\n".join(lines))

    def _outcome_text(self, d: DevicePackages, written: PackageWritten | None, why: str) -> str:
        name = f"{d.device.site_code} · {d.device.device_name or d.device.desk_letter}"
        if written is None:
            return self.tr("{device}: not written: {why}").format(device=name, why=why)
        return self.tr("{device}: package {number} written ({people} people): {file}").format(
            device=name,
            number=written.number,
            people=number_text(written.counts["persons"]),
            file=written.path.name,
        )

    def _failed(self, error: BaseException) -> None:
        self.refresh()
        if isinstance(error, Cancelled):
            done = [self._outcome_text(*outcome) for outcome in self.outcomes]
            text = self.tr(
                "Cancelled: the package being prepared was not written; nothing of it is on"
                " the stick."
            )
            self.message.say(Said("\n".join([text, *done]), Tone.NOTE))
        else:
            self.message.failed(failure_text(error))
