"""Kết quả xét nghiệm: the laboratory's results files are chosen (CSV or .xlsx, several at
once) and imported off the GUI thread with a progress bar and Cancel, each all or
nothing, with what became of each (every bad line of a refused one). Below, the lab
conflicts a signed-in person decides with a reason: other results for a unit that has
some, and a blood group the lab found other than the recorded one."""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.isbt128 import spaced
from desktop.core.domain.vocabulary import LabConflictKind, LabConflictStatus
from desktop.core.exchange.lab_facts import group_text
from desktop.core.exchange.lab_import import LabFileStatus, LabReport
from desktop.core.exchange.lab_service import LabService
from desktop.core.exchange.lab_views import LabConflictEntry, LabImportRecord
from desktop.core.foundation.progress import Cancelled
from ui.center_names import (
    lab_conflict_kind_name,
    lab_conflict_status_name,
    lab_value_name,
    marker_names,
)
from ui.center_table import RowsModel, RowsView, decide_with_reason, list_header, status_choice
from ui.dialogs import Dialogs
from ui.formatting import number_text
from ui.messages import lab_report_lines
from ui.operation import failure_text
from ui.screening_texts import local_time
from ui.signals import ModelSignals
from ui.status_line import Said, StatusLine, Tone
from ui.task_progress import TaskProgress

MARKERS = ("hbsag", "anti_hcv", "anti_hiv", "syphilis", "nat")


def differences(first: dict[str, str], later: dict[str, str]) -> tuple[str, str]:
    """What two results of a unit say where they differ, each side in words."""
    sides: tuple[list[str], list[str]] = ([], [])
    group = (
        (first.get("abo", ""), first.get("rh", "")),
        (later.get("abo", ""), later.get("rh", "")),
    )
    if group[0] != group[1]:
        for side, value in zip(sides, group, strict=True):
            side.append(group_text(value) or lab_value_name(""))
    for marker in MARKERS:
        if first.get(marker, "") != later.get(marker, ""):
            for side, results in zip(sides, (first, later), strict=True):
                side.append(f"{marker_names([marker])}: {lab_value_name(results.get(marker, ''))}")
    return "; ".join(sides[0]), "; ".join(sides[1])


class CenterLab(QWidget):
    imported = Signal()  # results were stored: the quarantine list may have changed

    def __init__(
        self,
        lab: LabService,
        signals: ModelSignals,
        dialogs: Dialogs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.lab = lab
        self.dialogs = dialogs
        self.import_button = QPushButton(self.tr("&Import results…"))
        self.import_button.clicked.connect(self.choose_files)
        self.progress = TaskProgress()
        self.message = StatusLine()
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setPlaceholderText(self.tr("What became of each file imported appears here."))
        self.history_model = RowsModel(self._history_headers, self._history_cells)
        self.history = RowsView(self.history_model)
        self.status_choice = status_choice(LabConflictStatus, lab_conflict_status_name,
                                           self.refresh)  # fmt: skip
        self.model = RowsModel(self._headers, self._cells)
        self.table = RowsView(self.model)
        self.keep_button = QPushButton(self.tr("&Keep the recorded…"))
        self.keep_button.clicked.connect(lambda: self.decide(LabConflictStatus.KEPT))
        self.take_button = QPushButton(self.tr("&Take the laboratory's…"))
        self.take_button.clicked.connect(lambda: self.decide(LabConflictStatus.TAKEN))
        self.decision_message = StatusLine()
        self._lay_out()
        signals.donationsChanged.connect(self.refresh)
        signals.donorsChanged.connect(self.refresh)
        self.refresh()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addWidget(self.progress, 1)
        top.addStretch()
        files = QSplitter(Qt.Orientation.Horizontal)
        files.addWidget(_titled(self.tr("The last import:"), self.report))
        files.addWidget(_titled(self.tr("Files imported, newest first:"), self.history))
        files.setSizes([500, 700])
        intro = self.tr(
            "Lab conflicts: other results for a unit that has some, or a blood group other"
            " than the recorded one. Nothing is overwritten until a person decides, with"
            " the reason."
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.decision_message, 1)
        conflicts = QWidget()
        box = QVBoxLayout(conflicts)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(list_header(intro, self.tr("Show:"), self.status_choice))
        box.addWidget(self.table, 1)
        box.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(files)
        split.addWidget(conflicts)
        split.setSizes([180, 360])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)

    # -- the lists -----------------------------------------------------------------------

    def _history_headers(self) -> list[str]:
        return [self.tr("Imported"), self.tr("File"), self.tr("Lines"), self.tr("New"),
                self.tr("Unchanged"), self.tr("To review"), self.tr("Positive"),
                self.tr("Reactive"), self.tr("By")]  # fmt: skip

    def _history_cells(self, r: LabImportRecord) -> list[str]:
        counts = [number_text(int(r.counts.get(name, 0))) for name in
                  ("lines", "new", "unchanged", "to_review", "positive", "reactive")]  # fmt: skip
        return [local_time(r.imported_at), r.file_name, *counts, r.imported_by]

    def _headers(self) -> list[str]:
        open_ = self.status_choice.currentData() == LabConflictStatus.OPEN
        return [
            self.tr("What"),
            self.tr("Donor"),
            self.tr("Unit (DIN)"),
            self.tr("Recorded"),
            self.tr("Laboratory"),
            *([] if open_ else [self.tr("By"), self.tr("At")]),
            self.tr("Decision reason") if not open_ else self.tr("Decide"),
        ]

    def _cells(self, e: LabConflictEntry) -> list[str]:
        if e.kind == LabConflictKind.RESULTS:
            recorded, laboratory = differences(e.first, e.later)
            hint = self.tr("Keep the first results, or take the later ones.")
        else:
            recorded, laboratory = group_text(e.recorded_group), group_text(e.lab_group)
            hint = self.tr("Keep the recorded blood group, or take the laboratory's.")
        donor = " · ".join(part for part in (e.person.full_name, e.person.national_id) if part)
        common = [lab_conflict_kind_name(e.kind), donor, spaced(e.din) if e.din else "",
                  recorded, laboratory]  # fmt: skip
        if e.status == LabConflictStatus.OPEN:
            return [*common, hint]
        return [*common, e.decided_by, local_time(e.decided_at),
                f"{lab_conflict_status_name(e.status)}: {e.decision_reason}"]  # fmt: skip

    def refresh(self) -> None:
        self.history_model.set_entries(self.lab.imports())
        status = self.status_choice.currentData()
        self.model.set_entries(self.lab.conflicts(status))
        deciding = status == LabConflictStatus.OPEN and bool(self.model.entries)
        self.keep_button.setEnabled(deciding)
        self.take_button.setEnabled(deciding)

    # -- deciding ------------------------------------------------------------------------

    def decide(self, choice: LabConflictStatus) -> None:
        entry = self.table.selected()
        if not isinstance(entry, LabConflictEntry) or entry.status != LabConflictStatus.OPEN:
            return
        words = {
            "din": spaced(entry.din) if entry.din else "",
            "donor": entry.person.full_name,
            "recorded": group_text(entry.recorded_group),
            "lab": group_text(entry.lab_group),
        }
        title, question, said = self._texts(entry.kind, choice)
        decide_with_reason(self, self.dialogs, self.decision_message,
                           (title, question.format(**words), said.format(**words)),
                           decide=lambda reason: self.lab.decide(entry.id, choice, reason),
                           refresh=self.refresh)  # fmt: skip

    def _texts(self, kind: LabConflictKind, choice: LabConflictStatus) -> tuple[str, str, str]:
        """The reason dialog's title and question, and what is said once decided."""
        if kind == LabConflictKind.RESULTS and choice == LabConflictStatus.KEPT:
            return (
                self.tr("Keep the first results"),
                self.tr("Why do the first results of unit {din} ({donor}) stay?"),
                self.tr("The first results of unit {din} stay."),
            )
        if kind == LabConflictKind.RESULTS:
            return (
                self.tr("Take the later results"),
                self.tr("Why do the later results of unit {din} ({donor}) replace the first ones?"),
                self.tr("The later results of unit {din} are taken."),
            )
        if choice == LabConflictStatus.KEPT:
            return (
                self.tr("Keep the recorded blood group"),
                self.tr(
                    "Why does {donor} keep the recorded blood group {recorded} (laboratory: {lab})?"
                ),
                self.tr("{donor} keeps the blood group {recorded}."),
            )
        return (
            self.tr("Take the laboratory's blood group"),
            self.tr(
                "Why is the laboratory's blood group {lab} taken for {donor}"
                " (recorded: {recorded})?"
            ),
            self.tr("{donor}'s blood group is {lab} from now on."),
        )

    # -- importing -----------------------------------------------------------------------

    def choose_files(self) -> None:
        if self.progress.running:
            return
        paths = self.dialogs.open_paths(
            self,
            self.tr("Choose the laboratory's results files"),
            self.tr("Results files (*.csv *.xlsx);;All files (*)"),
        )
        if paths:
            self.start(paths)

    def start(self, paths: list[Path]) -> None:
        self.message.clear()
        self.report.clear()
        self.progress.run(
            lambda progress: self.lab.import_files(paths, progress),
            self._reported,
            self._failed,
            block=(self.import_button,),
        )

    @property
    def running(self) -> bool:
        return self.progress.running

    def _reported(self, reports: object) -> None:
        assert isinstance(reports, list)
        self.report.setPlainText("\n".join(t for r in reports for t in lab_report_lines(r)))
        self.refresh()
        self.imported.emit()
        refused = sum(isinstance(r, LabReport) and r.status == LabFileStatus.REFUSED
                      for r in reports)  # fmt: skip
        text = self.tr("{files} files: {refused} refused, the others imported.").format(
            files=len(reports), refused=refused
        )
        if refused:
            self.message.failed(text)
        else:
            self.message.done(text)

    def _failed(self, error: BaseException) -> None:
        self.refresh()
        self.imported.emit()  # the files before the one cancelled are imported
        if isinstance(error, Cancelled):
            text = self.tr(
                "Cancelled: nothing of the file being stored was kept; the files before it"
                " are imported (listed below)."
            )
            self.message.say(Said(text, Tone.NOTE))
        else:
            self.message.failed(failure_text(error))


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(QLabel(title))
    column.addWidget(widget, 1)
    return box
