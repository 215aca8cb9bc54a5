"""The runs of pre-printed certificate forms the center hands one laptop: a prefix and
numbers zero-padded to the digits the forms have (``AA0012001`` to ``AA0012500``). A run
overlapping an active run (of any laptop) is refused; a run is withdrawn with the reason
(the stack came back to the store: its forms may then go to another laptop)."""

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.number_blocks import SERIAL_WIDTH_MAX, normalize_prefix, serial_text
from desktop.core.domain.problems import UserError
from desktop.core.domain.vocabulary import BlockStatus
from desktop.core.exchange.center_keys import KnownDevice
from desktop.core.exchange.plan_calendar import SerialRun
from desktop.core.exchange.planning import PlanningService
from ui.center_table import RowsModel, RowsView, decide_with_reason
from ui.dialogs import Dialogs
from ui.formatting import number_text
from ui.forms import FieldErrors, action_buttons, heading
from ui.plan_texts import device_line
from ui.status_line import StatusLine

DEFAULT_WIDTH = 7


def hbox_left(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    return row


class SerialRunsDialog(QDialog):
    def __init__(
        self,
        planning: PlanningService,
        device: KnownDevice,
        dialogs: Dialogs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.planning = planning
        self.device = device
        self.dialogs = dialogs
        self.whose = device_line(device.site_code, device.desk_letter, device.device_name)
        title = self.tr("Certificate form serials of {device}").format(device=self.whose)
        self.setWindowTitle(title)
        self.resize(760, 560)
        self.model = RowsModel(self._headers, self._cells)
        self.table = RowsView(self.model)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.withdraw_button = QPushButton(self.tr("&Withdraw the run…"))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.errors = FieldErrors()
        self.prefix = QLineEdit()
        self.prefix.setMaxLength(10)
        self.digits = QSpinBox()
        self.digits.setRange(1, SERIAL_WIDTH_MAX)
        self.digits.setValue(DEFAULT_WIDTH)
        self.first = QLineEdit()
        self.last = QLineEdit()
        self.preview = QLabel()
        for edited in (self.prefix.textChanged, self.first.textChanged, self.last.textChanged):
            edited.connect(self._preview)
        self.digits.valueChanged.connect(self._preview)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Prefix on the forms"), self.prefix, "prefix")
        self.errors.add_row(form, self.tr("Digits of the number"), self.digits, "width")
        self.errors.add_row(form, self.tr("First number"), self.first, "first")
        self.errors.add_row(form, self.tr("Last number"), self.last, "last")
        form.addRow(self.tr("Serials"), self.preview)
        self.message = StatusLine()
        buttons, self.allocate_button = action_buttons(
            self, self.tr("Allocate the run"), self.allocate, cancel=self.tr("Close")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title))
        layout.addWidget(self.table, 1)
        layout.addLayout(hbox_left(self.withdraw_button))
        layout.addWidget(QLabel(self.tr("A new run for this laptop (a stack of forms):")))
        layout.addLayout(form)
        layout.addWidget(self.errors.label(None))
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.refresh()
        self.prefix.setFocus()

    def _headers(self) -> list[str]:
        return [self.tr("First form"), self.tr("Last form"), self.tr("Forms"), self.tr("State")]

    def _cells(self, run: SerialRun) -> list[str]:
        state = self.tr("in use") if run.status == BlockStatus.ACTIVE else self.tr("withdrawn")
        return [run.first_serial, run.last_serial, number_text(run.count), state]

    def refresh(self) -> None:
        self.model.set_entries(self.planning.serial_runs(self.device.id))
        self._enable()

    def _enable(self) -> None:
        run = self.table.selected()
        self.withdraw_button.setEnabled(
            isinstance(run, SerialRun) and run.status == BlockStatus.ACTIVE
        )

    def _preview(self) -> None:
        """The first and last serials as the forms print them, once both are numbers."""
        prefix, width = normalize_prefix(self.prefix.text()), self.digits.value()
        first, last = self.first.text().strip(), self.last.text().strip()
        if not (first.isdigit() and last.isdigit()):
            self.preview.clear()
            return
        self.preview.setText(
            self.tr("{first} to {last}").format(
                first=serial_text(prefix, width, int(first)),
                last=serial_text(prefix, width, int(last)),
            )
        )

    def allocate(self) -> None:
        try:
            run = self.planning.allocate_serials(
                self.device.id,
                self.prefix.text(),
                self.digits.value(),
                self.first.text(),
                self.last.text(),
            )
        except UserError as error:
            self.errors.show(error.problems, focus=True)
            return
        self.errors.clear()
        self.refresh()
        self.message.done(
            self.tr("Forms {first} to {last} go to this laptop with its next package.").format(
                first=serial_text(run["prefix"], run["width"], run["first"]),
                last=serial_text(run["prefix"], run["width"], run["last"]),
            )
        )
        for field in (self.prefix, self.first, self.last):
            field.clear()
        self.prefix.setFocus()

    def withdraw(self) -> None:
        run = self.table.selected()
        if not isinstance(run, SerialRun) or run.status != BlockStatus.ACTIVE:
            return
        span = self.tr("{first} to {last}").format(first=run.first_serial, last=run.last_serial)
        decide_with_reason(
            self,
            self.dialogs,
            self.message,
            (
                self.tr("Withdraw a run of forms"),
                self.tr("Withdraw forms {forms} from {device}? Why?").format(
                    forms=span, device=self.whose
                ),
                self.tr("Forms {forms} withdrawn.").format(forms=span),
            ),
            decide=lambda reason: self.planning.withdraw_block(run.id, reason),
            refresh=self.refresh,
        )
