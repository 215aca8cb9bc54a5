"""The form of one donation at the chair: its fields, their error lines and buttons.

What happens when a field is used (a scan, a start time, a save) is the collection
screen's; this widget shows values and reads them back as a ``DonationForm``.
"""

import datetime as dt

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain import isbt128
from desktop.core.domain.problems import Problem
from desktop.core.domain.vocabulary import BagType, DonationOutcome
from desktop.core.stations.collection import BagLots, DonationForm
from ui.donor_card import WARNING_STYLE
from ui.forms import ERROR_STYLE, FieldErrors, hbox
from ui.messages import problem_text
from ui.reaction_fields import ReactionFields
from ui.scan_field import ScanLineEdit
from ui.status_line import DONE_STYLE


def now_text() -> str:
    return dt.datetime.now().strftime("%H:%M")


class DonationFields(QWidget):
    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = errors
        self.bag_lots = BagLots()  # the drive's last lot of each bag type
        self._bag_type_shown: str | None = None
        self._build_fields()
        self._lay_out()

    def _build_fields(self) -> None:
        self.donor_label = QLabel()
        self.donor_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.donor_label.setWordWrap(True)
        self.din = ScanLineEdit()
        self.din.setPlaceholderText(self.tr("Scan the DIN on the bag"))
        self.din_status = QLabel()
        self.din_status.setWordWrap(True)
        self.bag_type = QComboBox()
        names = (self.tr("single"), self.tr("double"), self.tr("triple"), self.tr("quadruple"))
        for code, text in zip(BagType, names, strict=True):
            self.bag_type.addItem(text, code)
        self.bag_type.currentIndexChanged.connect(self._bag_type_chosen)
        self.bag_lot = QLineEdit()
        self.bag_lot.setPlaceholderText(self.tr("lot number"))
        self.volume = QLineEdit()
        self.volume.setMaximumWidth(90)
        self.started = QLineEdit()
        self.ended = QLineEdit()
        for field in (self.started, self.ended):
            field.setPlaceholderText(self.tr("hh:mm"))
            field.setMaximumWidth(80)
        self.ended_now = QPushButton(self.tr("End now (F8)"))
        self.ended_now.clicked.connect(lambda: self.ended.setText(now_text()))
        QShortcut(QKeySequence("F8"), self, lambda: self.ended.setText(now_text()))
        self.duration = QLabel()
        self.phlebotomist = QLabel()  # the nurse signed in: the unit carries their name
        self.complete = QRadioButton(self.tr("complete"))
        self.incomplete = QRadioButton(self.tr("incomplete"))
        self.not_collected = QRadioButton(self.tr("not collected"))
        self.outcomes = QButtonGroup(self)
        buttons = (self.complete, self.incomplete, self.not_collected)
        for button, code in zip(buttons, DonationOutcome, strict=True):
            self.outcomes.addButton(button)
            button.setProperty("outcome", code)
        self.complete.setChecked(True)
        self.reaction = ReactionFields(self.errors)
        self.note = QLineEdit()
        self.save_button = QPushButton(self.tr("&Record the donation (Ctrl+Enter)"))
        self.save_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.abandon_button = QPushButton(self.tr("Take out of the chair…"))
        self.left_button = QPushButton(self.tr("The donor left without giving…"))

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setVerticalSpacing(4)
        self.errors.add_row(form, self.tr("DIN"), self.din, "din")
        form.addRow("", self.din_status)
        self.errors.add_row(form, self.tr("Bag"), hbox(self.bag_type, self.bag_lot), "bag_type")
        self.errors.add_row(form, self.tr("Volume collected (ml)"), self.volume, "volume")
        times = hbox(self.started, QLabel("→"), self.ended, self.ended_now, self.duration)
        self.errors.add_row(form, self.tr("Start → end"), times, "started")
        form.addRow("", self.errors.label("ended"))
        self.errors.add_row(form, self.tr("Phlebotomist"), self.phlebotomist, "phlebotomist")
        outcome_row = hbox(self.complete, self.incomplete, self.not_collected)
        form.addRow(self.tr("Outcome"), outcome_row)
        form.addRow(self.tr("Note"), self.note)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 0, 0, 0)
        column.addWidget(self.donor_label)
        column.addLayout(form)
        column.addWidget(self.reaction)
        column.addWidget(self.errors.label(None))  # what is wrong with no field of its own
        column.addWidget(self.save_button)
        column.addWidget(hbox(self.abandon_button, self.left_button))
        column.addStretch(1)

    # --- values ---------------------------------------------------------------------

    def form(self) -> DonationForm:
        return DonationForm(
            din=self.din.text(),
            bag_type=self.bag_type.currentData(),
            bag_lot=self.bag_lot.text(),
            volume_ml=self.volume.text(),
            started=self.started.text(),
            ended=self.ended.text(),
            outcome=self.outcomes.checkedButton().property("outcome"),
            reaction=self.reaction.form(),
            note=self.note.text(),
        )

    def clear(self) -> None:
        """Every field empty, as for no donor at all."""
        for field in (self.din, self.started, self.ended, self.note, self.volume):
            field.clear()
        self._show_bag(None, "")
        self.complete.setChecked(True)
        self.reaction.reset()
        for label in (self.din_status, self.duration):
            label.clear()
        self.errors.clear()

    def offer_bags(self, bag_lots: BagLots) -> None:
        """The bag type used last at this drive, with its lot: typed once a day, not per donor."""
        self.bag_lots = bag_lots
        self._show_bag(bag_lots.last_type, bag_lots.lot(bag_lots.last_type))

    def _show_bag(self, bag_type: str | None, lot: str) -> None:
        """Set the bag (the first type for None) without treating it as the nurse's choice."""
        self.bag_type.blockSignals(True)
        self.bag_type.setCurrentIndex(max(self.bag_type.findData(bag_type), 0))
        self.bag_type.blockSignals(False)
        self._bag_type_shown = self.bag_type.currentData()
        self.bag_lot.setText(lot)

    def _bag_type_chosen(self) -> None:
        """Another bag type brings its own last lot, unless a lot was typed by hand."""
        previous, chosen = self._bag_type_shown, self.bag_type.currentData()
        self._bag_type_shown = chosen
        if self.bag_lot.text() in ("", self.bag_lots.lot(previous)):
            self.bag_lot.setText(self.bag_lots.lot(chosen))

    def show_din_ok(self, number: str, warnings: list[Problem]) -> None:
        """The DIN accepted (spaced as on the label), with any warning of the scan."""
        texts = [problem_text(w) for w in warnings]
        din = self.tr("DIN {din} ✓").format(din=isbt128.spaced(number))
        self.din_status.setText("\n".join([din, *texts]))
        self.din_status.setStyleSheet(WARNING_STYLE if texts else DONE_STYLE)

    def show_duration(self, minutes: float | None, problem: Problem | None, low: int, high: int):
        """How long the times make it: in red when it ends first or is unusual."""
        if problem is not None and problem.code == "end_before_start":
            text = problem_text(problem)
        elif minutes is None:
            text = ""
        elif problem is not None:
            text = self.tr("{minutes} min — outside {min} to {max} min").format(
                minutes=f"{minutes:.0f}", min=low, max=high
            )
        else:
            text = self.tr("{minutes} min").format(minutes=f"{minutes:.0f}")
        self.duration.setText(text)
        self.duration.setStyleSheet(ERROR_STYLE if problem is not None else "")
