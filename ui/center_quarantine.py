"""Đơn vị máu cách ly: the units the center's safety re-checks or the laboratory's results
held, with why, to be released or discarded by the signed-in person with a reason; the
units already decided are one choice away."""

import datetime as dt

from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.vocabulary import QuarantineReason, QuarantineStatus
from desktop.core.exchange.center import CenterService
from desktop.core.exchange.center_views import CenterViews, QuarantineEntry
from ui.center_names import (
    made_at,
    marker_names,
    quarantine_reason_name,
    quarantine_status_name,
)
from ui.center_table import RowsModel, RowsView, decide_with_reason, list_header, status_choice
from ui.dialogs import Dialogs
from ui.formatting import dmy
from ui.messages import translate
from ui.screening_texts import local_time
from ui.signals import ModelSignals
from ui.status_line import StatusLine


def reason_text(entry: QuarantineEntry) -> str:
    """Why the unit is held, in words, with the other donation's date or the deferral."""
    text, p = quarantine_reason_name(entry.reason), entry.params
    if entry.reason == QuarantineReason.WITHIN_INTERVAL and p.get("other_date"):
        detail = translate("CenterQuarantine", "the other on {date}, interval {days} days").format(
            date=dmy(dt.date.fromisoformat(p["other_date"])), days=p.get("interval_days", "")
        )
    elif p.get("permanent"):
        detail = translate("CenterQuarantine", "deferred permanently")
    elif p.get("until"):
        detail = translate("CenterQuarantine", "deferred until {date}").format(
            date=dmy(dt.date.fromisoformat(p["until"][:10]))
        )
    elif p.get("din"):
        detail = ", ".join(p["din"])
    elif p.get("markers"):
        detail = marker_names(p["markers"])
    else:
        return text
    return f"{text} ({detail})"


class CenterQuarantine(QWidget):
    def __init__(
        self,
        center: CenterService,
        views: CenterViews,
        signals: ModelSignals,
        dialogs: Dialogs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.center = center
        self.views = views
        self.dialogs = dialogs
        self.status_choice = status_choice(QuarantineStatus, quarantine_status_name, self.refresh)
        self.model = RowsModel(self._headers, self._cells)
        self.table = RowsView(self.model)
        self.release_button = QPushButton(self.tr("&Release…"))
        self.release_button.clicked.connect(self.release)
        self.discard_button = QPushButton(self.tr("&Discard…"))
        self.discard_button.clicked.connect(self.discard)
        self.message = StatusLine()
        intro = self.tr(
            "Units held by the center's safety checks, on the date of each donation, or by"
            " the laboratory's results. Release or discard each one, with the reason."
        )
        top = list_header(intro, self.tr("Show:"), self.status_choice)
        buttons = QHBoxLayout()
        buttons.addWidget(self.release_button)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        signals.donationsChanged.connect(self.refresh)
        self.refresh()

    def _headers(self) -> list[str]:
        held = self.status_choice.currentData() == QuarantineStatus.HELD
        return [
            self.tr("Unit (DIN)"),
            self.tr("Donor"),
            self.tr("Site"),
            self.tr("Drive"),
            self.tr("Donation date"),
            *([] if held else [self.tr("Decision"), self.tr("By"), self.tr("At")]),
            self.tr("Why it is held") if held else self.tr("Decision reason"),
        ]

    def _cells(self, e: QuarantineEntry) -> list[str]:
        site = made_at(e.site_code, e.device_name, e.device_id)
        common = [
            e.din,
            e.donor_name,
            site,
            e.drive_code,
            dmy(e.donation_date) if e.donation_date else "",
        ]
        if e.status == QuarantineStatus.HELD:
            return [*common, reason_text(e)]
        decided = [quarantine_status_name(e.status), e.decided_by, local_time(e.decided_at)]
        return [
            *common,
            decided[0],
            decided[1],
            decided[2],
            f"{e.decision_reason} — {reason_text(e)}",
        ]

    def refresh(self) -> None:
        status = self.status_choice.currentData()
        self.model.set_entries(self.views.quarantine(status))
        held = status == QuarantineStatus.HELD
        self.release_button.setEnabled(held and bool(self.model.entries))
        self.discard_button.setEnabled(held and bool(self.model.entries))

    def release(self) -> None:
        self._decide(
            self.center.release,
            self.tr("Release the unit"),
            self.tr("Why may unit {din} ({donor}) go on?"),
            self.tr("Unit {din} released."),
        )

    def discard(self) -> None:
        self._decide(
            self.center.discard,
            self.tr("Discard the unit"),
            self.tr("Why is unit {din} ({donor}) to be discarded?"),
            self.tr("Unit {din} to be discarded."),
        )

    def _decide(self, decide, title: str, question: str, said: str) -> None:
        entry = self.table.selected()
        if not isinstance(entry, QuarantineEntry) or entry.status != QuarantineStatus.HELD:
            return
        words = {"din": entry.din, "donor": entry.donor_name}
        texts = (title, question.format(**words), said.format(**words))
        decide_with_reason(self, self.dialogs, self.message, texts,
                           decide=lambda reason: decide(entry.id, reason),
                           refresh=self.refresh)  # fmt: skip
