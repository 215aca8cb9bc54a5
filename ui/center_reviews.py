"""Người cần xem lại: two donor records with the same name and date of birth, not both
with a CCCD. The two are shown side by side; the signed-in person says, with a reason,
whether they are one person (merged, both histories kept) or two."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.vocabulary import ReviewStatus
from desktop.core.exchange.center import CenterService
from desktop.core.exchange.center_views import CenterViews, ReviewEntry
from ui.center_names import made_at, review_status_name, value_shown
from ui.center_table import RowsModel, RowsView, decide_with_reason, list_header, status_choice
from ui.dialogs import Dialogs
from ui.formatting import dmy
from ui.screening_texts import local_time
from ui.signals import ModelSignals
from ui.status_line import StatusLine


def _day(text: str | None) -> str:
    return dmy(dt.date.fromisoformat(text[:10])) if text else ""


def _site(donor: dict) -> str:
    """Where the record was made or last changed."""
    return made_at(donor.get("site_code"), donor.get("device_name"), donor.get("device_id"))


class CenterReviews(QWidget):
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
        self.status_choice = status_choice(ReviewStatus, review_status_name, self.refresh)
        self.model = RowsModel(self._headers, self._cells)
        self.table = RowsView(self.model)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_pair())
        self.pair = QTableWidget()
        self.pair.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pair.horizontalHeader().setStretchLastSection(True)
        self.merge_button = QPushButton(self.tr("&Same person: merge…"))
        self.merge_button.clicked.connect(self.merge)
        self.dismiss_button = QPushButton(self.tr("T&wo people…"))
        self.dismiss_button.clicked.connect(self.dismiss)
        self.message = StatusLine()
        intro = self.tr(
            "Two records with the same name and date of birth, not both with a CCCD."
            " Compare them; one person is merged (both histories kept), two people stay"
            " apart."
        )
        top = list_header(intro, self.tr("Show:"), self.status_choice)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.pair)
        split.setSizes([200, 320])
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        signals.donorsChanged.connect(self.refresh)
        self.refresh()

    def _headers(self) -> list[str]:
        decided = self.status_choice.currentData() != ReviewStatus.OPEN
        return [
            self.tr("Full name"),
            self.tr("Date of birth"),
            self.tr("First record"),
            self.tr("Second record"),
            *(
                [self.tr("Decided by"), self.tr("At"), self.tr("Decision reason")]
                if decided
                else []
            ),
        ]

    def _cells(self, e: ReviewEntry) -> list[str]:
        cells = [
            e.first.get("full_name", ""),
            _day(e.first.get("birth_date")),
            _site(e.first),
            _site(e.second),
        ]
        if e.status != ReviewStatus.OPEN:
            cells += [e.decided_by, local_time(e.decided_at), e.decision_reason]
        return cells

    def refresh(self) -> None:
        self.model.set_entries(self.views.reviews(self.status_choice.currentData()))
        self._show_pair()

    def selected(self) -> ReviewEntry | None:
        entry = self.table.selected()
        return entry if isinstance(entry, ReviewEntry) else None

    def _rows(self) -> list[tuple[str, object]]:
        return [
            (self.tr("Full name"), lambda d: d.get("full_name")),
            (self.tr("Date of birth"), lambda d: _day(d.get("birth_date"))),
            (self.tr("CCCD"), lambda d: d.get("national_id")),
            (self.tr("CMND"), lambda d: d.get("old_id")),
            (self.tr("Sex"), lambda d: value_shown("sex", d.get("sex"))),
            (self.tr("Phone"), lambda d: d.get("phone")),
            (self.tr("Address"), lambda d: d.get("address")),
            (self.tr("Blood group"), lambda d: f"{d.get('abo') or ''}{d.get('rh') or ''}"),
            (
                self.tr("Donations at the center"),
                lambda d: ", ".join(
                    _day(x) for x in sorted((d.get("donation_dates") or "").split(",")) if x
                ),
            ),
            (self.tr("Recorded at"), _site),
        ]

    def _show_pair(self) -> None:
        entry = self.selected()
        is_open = entry is not None and entry.status == ReviewStatus.OPEN
        self.merge_button.setEnabled(is_open)
        self.dismiss_button.setEnabled(is_open)
        self.pair.clear()
        rows = self._rows()
        self.pair.setRowCount(len(rows) if entry else 0)
        self.pair.setColumnCount(2)
        self.pair.setHorizontalHeaderLabels([self.tr("First record"), self.tr("Second record")])
        if entry is None:
            return
        self.pair.setVerticalHeaderLabels([label for label, _ in rows])
        for row, (_label, read) in enumerate(rows):
            values = [read(entry.first), read(entry.second)]
            for col, value in enumerate(values):
                item = QTableWidgetItem(str(value or ""))
                if values[0] != values[1]:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.pair.setItem(row, col, item)
        self.pair.resizeColumnsToContents()

    def merge(self) -> None:
        self._decide(
            self.center.merge_people,
            self.tr("Same person"),
            self.tr("{name}: why are the two records one person?"),
            self.tr("{name}: the two records are one person now."),
        )

    def dismiss(self) -> None:
        self._decide(
            self.center.dismiss_review,
            self.tr("Two people"),
            self.tr("{name}: why are these two different people?"),
            self.tr("{name}: kept as two people."),
        )

    def _decide(self, decide, title: str, question: str, said: str) -> None:
        entry = self.selected()
        if entry is None or entry.status != ReviewStatus.OPEN:
            return
        name = entry.first.get("full_name", "")
        texts = (title, question.format(name=name), said.format(name=name))
        decide_with_reason(self, self.dialogs, self.message, texts,
                           decide=lambda reason: decide(entry.id, reason),
                           refresh=self.refresh)  # fmt: skip
