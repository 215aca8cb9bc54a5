"""The check-in station: one field for scans and searches, the results, the donor card.

Typing searches as one types (after a short pause); Enter or a click opens a donor.
A card scan opens the donor directly, or the new-donor form filled from the card.
With a donor open and the field empty, Enter checks the donor in.

The searches run on a search thread (``DonorSearcher``: a connection of its own), one
at a time: each change of the text makes the running search stale, so it is stopped
and its result dropped; only the result for the text in the field is shown. Enter (or
a scanner's end of line) acts on the result for the text it was pressed on, once it is
there: never on an older one.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.problems import UserError
from desktop.core.domain.records import Donor, Drive
from desktop.core.stations.checkin import CheckinService
from desktop.core.stations.donor_search import DonorSearcher, SearchStopped
from desktop.core.stations.donor_slips import DonorSlipService
from desktop.core.stations.donors import SEARCH_LIMIT, DonorForm, DonorService, LookupResult
from desktop.core.stations.lookup import QueryKind
from ui.dialogs import Dialogs, open_dialog
from ui.donor_card import DonorCard
from ui.donor_table import DonorTableModel
from ui.forms import ERROR_STYLE
from ui.messages import problems_text
from ui.new_donor_dialog import NewDonorDialog
from ui.operation import failure_text, refused
from ui.scan_field import ScanLineEdit, is_scan_in_progress
from ui.signals import ModelSignals
from ui.slip_printing import SlipPrinter
from ui.worker import BackgroundTask

SEARCH_DELAY_MS = 180  # wait for a pause in typing before searching


class CheckinScreen(QWidget):
    donorOpened = Signal(object)  # Donor

    def __init__(
        self,
        donors: DonorService,
        checkin: CheckinService,
        drive: Drive,
        signals: ModelSignals,
        parent: QWidget | None = None,
        *,
        searcher: DonorSearcher,
        slips: DonorSlipService | None = None,
        dialogs: Dialogs | None = None,
    ) -> None:
        super().__init__(parent)
        self.donors = donors
        self.checkin = checkin
        self.drive = drive
        self.slips = slips
        self.tickets = SlipPrinter(slips, drive, dialogs or Dialogs()) if slips else None
        self.new_donor_dialog: NewDonorDialog | None = None
        self.searcher = searcher
        self._generation = 0  # bumped at each change of the text: older results are stale
        self._search: BackgroundTask | None = None  # the search running, if any
        self._queued: tuple[int, str] | None = None  # the next search, once it has stopped
        # The search whose result is shown: (its generation, its text, the result).
        self._shown: tuple[int, str, LookupResult] | None = None
        self._submitted: str | None = None  # Enter pressed on this text: act on its result
        self._run_search(self.searcher.start)  # its connection opened before the first key
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search_now)
        self._build()
        signals.donorsChanged.connect(self._refresh_open_donor)
        self.donorOpened.connect(self._forget_ticket_message)

    def _build(self) -> None:
        self.search_field = ScanLineEdit()
        self.search_field.setPlaceholderText(
            self.tr("Scan the CCCD card, or type a CCCD/CMND, phone, date of birth or name")
        )
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setStyleSheet("font-size: 13pt; padding: 4px;")
        self.search_field.textChanged.connect(self._text_changed)
        self.search_field.submitted.connect(self.submit)
        self.search_field.arrowDown.connect(self._focus_results)
        self.message_label = QLabel()
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.new_donor_button = QPushButton(self.tr("New donor…"))
        self.new_donor_button.clicked.connect(lambda: self.open_new_donor_form(DonorForm()))
        self.print_tickets = self._ticket_option()

        self.results_model = DonorTableModel()
        self.results = QTableView()
        self.results.setModel(self.results_model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.results.clicked.connect(lambda index: self.open_row(index.row()))
        self.results.activated.connect(lambda index: self.open_row(index.row()))
        self.results_count = QLabel()

        self.card = DonorCard()
        self.card.checkInRequested.connect(self.check_in_open_donor)

        # The scan field spans the screen above the results and the card, so its hint
        # is read in full on a 1366 x 768 laptop.
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_field, 1)
        search_row.addWidget(self.new_donor_button)
        left = QVBoxLayout()
        counts_row = QHBoxLayout()
        counts_row.addWidget(self.results_count, 1)
        counts_row.addWidget(self.print_tickets)
        left.addLayout(counts_row)
        left.addWidget(self.results, 1)
        below = QHBoxLayout()
        below.addLayout(left, 3)
        below.addWidget(self.card, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.message_label)
        layout.addLayout(below, 1)
        self.setFocusProxy(self.search_field)

    def _ticket_option(self) -> QCheckBox:
        """Whether a queue ticket is printed at each check-in (remembered in the core)."""
        option = QCheckBox(self.tr("Print the queue ticket"))
        option.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps it
        option.setVisible(self.slips is not None)
        if self.slips is not None:
            option.setChecked(self.slips.print_queue_tickets)
            option.toggled.connect(self.slips.set_print_queue_tickets)
        return option

    # --- searching ----------------------------------------------------------------

    def _text_changed(self, text: str) -> None:
        self.message_label.hide()
        if text and self.card.has_ticket:
            # The last donor is checked in: the next scan or search starts afresh, so
            # their particulars do not stay up as if their record were still open.
            self.card.clear()
        self._generation += 1  # what is being searched for is stale now
        if self._submitted != text:
            self._submitted = None
        if self._search is not None:
            self.searcher.stop()
        if is_scan_in_progress(text):
            self._search_timer.stop()
            return
        self._search_timer.start()

    def _search_now(self) -> None:
        """Search for the text in the field (on the search thread); a search still
        running is stopped first."""
        self._search_timer.stop()
        self._queued = (self._generation, self.search_field.text())
        if self._search is not None:
            self.searcher.stop()  # stale: its end starts the one queued
        else:
            self._next_search()

    @property
    def searching(self) -> bool:
        """A search runs or waits, or Enter waits for its result."""
        return self._search is not None or self._queued is not None or bool(self._submitted)

    def _next_search(self) -> None:
        if self._queued is None:
            return
        generation, text = self._queued
        self._queued = None
        self._run_search(
            lambda: self.searcher.lookup(text),
            lambda result: self._found(generation, text, result),
            lambda error: self._not_found(generation, error),
        )

    def _run_search(
        self,
        work: Callable[[], object],
        found: Callable[[object], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        task = BackgroundTask(lambda _progress: work(), self)
        task.succeeded.connect(found or (lambda _result: None))
        task.failed.connect(failed or (lambda error: self._not_found(-1, error)))
        task.finished.connect(lambda: self._search_ended(task))
        self._search = task
        task.start()

    def _search_ended(self, task: BackgroundTask) -> None:
        task.deleteLater()
        if self._search is task:
            self._search = None
        self._next_search()

    def _found(self, generation: int, text: str, result: LookupResult) -> None:
        if generation != self._generation:
            return  # the text changed meanwhile: a newer search shows its own
        self._shown = (generation, text, result)
        self.show_results(result)
        if self._submitted == text:
            self._submitted = None
            self._act_on(text, result)

    def _not_found(self, generation: int, error: BaseException) -> None:
        if isinstance(error, SearchStopped):
            return
        if generation in (-1, self._generation):  # said once, in words: no traceback
            self._submitted = None
            self._show_message(failure_text(error))

    def show_results(self, result: LookupResult) -> None:
        self.results_model.set_donors(result.donors)
        if result.query.kind in (QueryKind.EMPTY, QueryKind.TICKET):
            self.results_count.clear()
        else:
            self.results_count.setText(
                self.tr("Donors found: {count}").format(count=len(result.donors))
                if len(result.donors) < SEARCH_LIMIT
                else self.tr(
                    "The first {count} donors found; type more to narrow the search"
                ).format(count=SEARCH_LIMIT)
            )
        if result.donors:
            self.results.selectRow(0)

    def submit(self, text: str) -> None:
        """Enter (or a scanner's end of line): open what the field names, once the
        search for that very text has answered (at once if its result is shown)."""
        if not text.strip():
            if self.card.donor is not None:
                self.check_in_open_donor()
            return
        shown = self._shown
        if shown is None or shown[:2] != (self._generation, text) or self._queued is not None:
            self._submitted = text
            self._search_now()
            return
        self._search_timer.stop()
        self._act_on(text, shown[2])

    def _act_on(self, text: str, result: LookupResult) -> None:
        if result.query.kind is QueryKind.CARD:
            self._card_scanned(result)
        elif result.query.kind is QueryKind.TICKET:
            self._open_ticket(text)
        elif result.problems:  # typed, and no number of anyone: say what is wrong
            self._show_message(problems_text(result.problems))
        elif result.exact is not None:
            self.open_donor(result.exact)
        elif result.donors:
            row = self.results.currentIndex().row()
            self.open_row(row if row >= 0 else 0)
        elif result.query.kind is QueryKind.DIGITS and len(result.query.text) in (9, 12):
            # A full ID that nobody has: register that person, the number filled in.
            number = result.query.text
            self.search_field.clear()
            self.open_new_donor_form(
                DonorForm(national_id=number) if len(number) == 12 else DonorForm(old_id=number)
            )

    def _card_scanned(self, result: LookupResult) -> None:
        self.search_field.clear()
        if result.problems:
            self._show_message(problems_text(result.problems))
        elif result.exact is not None:
            self.open_donor(result.exact)
        elif result.card is not None:
            self.open_new_donor_form(DonorForm.from_card(result.card))

    def _open_ticket(self, text: str) -> None:
        """A ticket's number (B12, b12, 12): the donor who holds it, with the ticket."""
        try:
            visit = self.checkin.find_ticket(self.drive, text)
        except UserError as error:
            self._show_message(problems_text(error.problems))
            return
        self.open_donor(self.donors.get(visit.donor_id))

    def _focus_results(self) -> None:
        if self.results_model.rowCount():
            self.results.setFocus()
            self.results.selectRow(max(self.results.currentIndex().row(), 0))

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()

    # --- the open donor -------------------------------------------------------------

    def open_row(self, row: int) -> None:
        donor = self.results_model.donor_at(row)
        if donor is not None:
            self.open_donor(donor)

    def open_donor(self, donor: Donor) -> None:
        self._show_card(donor)
        self.search_field.clear()
        self.search_field.setFocus()
        self.donorOpened.emit(donor)

    def _show_card(self, donor: Donor) -> None:
        self.card.show_donor(donor, self.drive.drive_date, self.checkin.assess(donor, self.drive))
        ticket = self.checkin.existing_ticket(self.drive, donor)
        if ticket is not None:
            self.card.show_ticket(ticket, created=False)

    def _refresh_open_donor(self) -> None:
        """The registry changed (an import, say): show the open donor as now stored."""
        if self.card.donor is not None:
            self._show_card(self.donors.get(self.card.donor.id))

    def check_in_open_donor(self) -> None:
        donor = self.card.donor
        if donor is None:
            return
        try:
            result = self.checkin.check_in(self.drive, donor)
        except UserError as error:
            self._show_message(problems_text(error.problems))
            return
        self.message_label.hide()  # a refusal of a moment ago no longer stands
        self.card.show_ticket(result.visit, result.created)
        if result.created and self.tickets is not None and self.print_tickets.isChecked():
            self._print_ticket(result.visit.id)
        self.search_field.setFocus()

    _ticket_message = ""  # what was said about the last ticket, until the next donor

    def _print_ticket(self, visit_id: str) -> None:
        """The queue ticket on the roll printer; the check-in stands whatever the printer
        does. With no roll printer (none there, the dialog cancelled or a file chosen)
        the option goes off, said once: no dialog at every check-in."""
        try:
            printed = self.tickets.queue_ticket(self, visit_id)
        except Exception as error:
            if not refused(error):
                raise
            self._say_about_ticket(self.tr("The queue ticket was not printed: {detail}").format(
                detail=failure_text(error)))  # fmt: skip
            return
        if not printed:
            self.print_tickets.setChecked(False)  # remembered in the core
            self._say_about_ticket(
                self.tr(
                    "Queue tickets print on the roll printer only, and none was chosen: this"
                    ' ticket was not printed and ticket printing is now off. Tick "Print'
                    ' the queue ticket" again once the roll printer is connected.'
                )
            )

    def _say_about_ticket(self, text: str) -> None:
        self._ticket_message = text
        self._show_message(text)

    def _forget_ticket_message(self) -> None:
        """A line about the last donor's ticket goes when the next donor is opened."""
        if self._ticket_message and self.message_label.text() == self._ticket_message:
            self.message_label.hide()
        self._ticket_message = ""

    # --- new donors -----------------------------------------------------------------

    def open_new_donor_form(self, form: DonorForm) -> None:
        dialog = NewDonorDialog(self.donors, form, self)
        dialog.accepted.connect(lambda: self._new_donor_saved(dialog))
        dialog.finished.connect(lambda _: self.search_field.setFocus())
        self.new_donor_dialog = dialog
        open_dialog(dialog)

    def _new_donor_saved(self, dialog: NewDonorDialog) -> None:
        if dialog.donor is not None:
            self.open_donor(dialog.donor)
