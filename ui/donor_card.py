"""The opened donor at check-in: particulars, history, warnings, and the ticket."""

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.dates import local_moment
from desktop.core.domain.records import Donor, Visit
from desktop.core.stations.checkin import DonorAssessment
from ui.formatting import age_text, dmy, id_text
from ui.messages import problem_text, reason_text
from ui.value_names import donation_type_name, sex_name

WARNING_STYLE = (
    "QLabel { background: #fff4e5; color: #7a3e00; border: 1px solid #f0a040;"
    " border-radius: 4px; padding: 6px; }"
)
TICKET_STYLE = (
    "QLabel { background: #e8f5e9; color: #1b5e20; border: 1px solid #66bb6a;"
    " border-radius: 4px; padding: 8px; font-size: 16pt; font-weight: bold; }"
)
EXISTING_TICKET_STYLE = (
    "QLabel { background: #e3f2fd; color: #0d47a1; border: 1px solid #64b5f6;"
    " border-radius: 4px; padding: 8px; font-size: 14pt; font-weight: bold; }"
)


class DonorCard(QFrame):
    """Shows one donor; emits ``checkInRequested`` when the clerk checks them in."""

    checkInRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.donor: Donor | None = None
        self.setMaximumWidth(440)
        self.name_label = QLabel()
        self.name_label.setWordWrap(True)
        self.name_label.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields: dict[str, QLabel] = {}
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        for key, label in self._field_labels():
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.fields[key] = value
            form.addRow(label, value)
        self.warnings_label = QLabel()
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet(WARNING_STYLE)
        self.ticket_label = QLabel()
        self.ticket_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ticket_label.setWordWrap(True)  # "Already checked in: …" is long in English
        self.check_in_button = QPushButton(self.tr("Check in (Enter)"))
        self.check_in_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps it
        self.check_in_button.clicked.connect(self.checkInRequested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.check_in_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addWidget(self.details)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.ticket_label)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.clear()

    def _field_labels(self) -> list[tuple[str, str]]:
        return [
            ("birth", self.tr("Date of birth")),
            ("sex", self.tr("Sex")),
            ("id", self.tr("CCCD / CMND")),
            ("phone", self.tr("Phone")),
            ("address", self.tr("Address")),
            ("blood_group", self.tr("Blood group")),
            ("donations", self.tr("Donations")),
            ("last_donation", self.tr("Last donation")),
            ("next_eligible", self.tr("May donate from")),
            ("deferral", self.tr("Deferral")),
            ("flags", self.tr("Rosters")),
        ]

    def clear(self) -> None:
        self.donor = None
        self.name_label.setText(self.tr("Scan a CCCD card or search for a donor"))
        for value in self.fields.values():
            value.clear()
        self.details.hide()
        self.warnings_label.hide()
        self.ticket_label.hide()
        self.check_in_button.setEnabled(False)

    @property
    def has_ticket(self) -> bool:
        """A queue number is shown: the donor is checked in, nothing is left to do."""
        return self.donor is not None and not self.ticket_label.isHidden()

    def show_donor(self, donor: Donor, drive_date: dt.date, assessment: DonorAssessment) -> None:
        self.donor = donor
        self.name_label.setText(donor.full_name)
        values = {
            "birth": f"{dmy(donor.birth_date)} ({age_text(donor.birth_date, drive_date)})",
            "sex": sex_name(donor.sex),
            "id": id_text(donor),
            "phone": donor.phone,
            "address": donor.address,
            "blood_group": donor.blood_group or self.tr("not known"),
            "donations": str(donor.donation_count),
            "last_donation": self._last_donation(donor),
            "next_eligible": self._next_eligible(assessment),
            "deferral": self._deferral(donor, drive_date, reason_text(assessment.deferral_reason)),
            "flags": self._flags(donor),
        }
        for key, text in values.items():
            self.fields[key].setText(text)
        self.details.show()
        warnings = assessment.warnings
        self.warnings_label.setText("\n".join(f"⚠ {problem_text(w)}" for w in warnings))
        self.warnings_label.setVisible(bool(warnings))
        self.ticket_label.hide()
        self.check_in_button.setEnabled(True)

    def show_ticket(self, visit: Visit, created: bool) -> None:
        """The queue number just given, or the one the donor already held."""
        time = _local_time(visit.checked_in_at)
        if created:
            text = self.tr("Queue number {number}").format(number=visit.ticket)
            style = TICKET_STYLE
        else:
            text = self.tr("Already checked in: number {number} at {time}").format(
                number=visit.ticket, time=time
            )
            style = EXISTING_TICKET_STYLE
        self.ticket_label.setStyleSheet(style)
        self.ticket_label.setText(text)
        self.ticket_label.show()

    def _last_donation(self, donor: Donor) -> str:
        if not donor.last_donation_date:
            return self.tr("never") if not donor.donation_count else self.tr("not known")
        return f"{dmy(donor.last_donation_date)} ({donation_type_name(donor.last_donation_type)})"

    def _next_eligible(self, assessment: DonorAssessment) -> str:
        if assessment.permanently_deferred:
            return self.tr("never (permanent deferral)")
        return dmy(assessment.next_eligible) or self.tr("now")

    def _deferral(self, donor: Donor, drive_date: dt.date, reason: str) -> str:
        if donor.deferral_permanent:
            text = self.tr("permanent: {reason}").format(reason=reason)
        elif donor.deferral_until and donor.deferral_until > drive_date:
            text = self.tr("until {date}: {reason}").format(
                date=dmy(donor.deferral_until), reason=reason
            )
        else:
            return self.tr("none")
        return text.removesuffix(": ")  # a deferral recorded without a reason

    def _flags(self, donor: Donor) -> str:
        flags = []
        if donor.rare_blood:
            flags.append(self.tr("rare blood group"))
        if donor.reserve_club:
            flags.append(self.tr("reserve donor club"))
        return ", ".join(flags) or "—"


def _local_time(timestamp: str) -> str:
    """hh:mm on this computer's clock, from a stored UTC timestamp."""
    return local_moment(timestamp).strftime("%H:%M")
