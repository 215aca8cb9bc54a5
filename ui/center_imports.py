"""Tệp nhận từ các điểm hiến máu: the files sites brought on USB sticks are chosen
(several at once), the center's passphrase asked, and the files verified, decrypted and
merged off the GUI thread with a progress bar and Cancel (the file being merged rolls
back; the ones before it stay). The report says, per file, what became of it; below,
every file the center ever received, newest first."""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.core.domain.device_names import short_device_id
from desktop.core.domain.problems import Problem
from desktop.core.exchange.center_files import CenterFilesService, FileOutcome, FileStatus
from desktop.core.exchange.center_views import CenterViews, ImportRecord
from desktop.core.foundation.progress import Cancelled
from ui.center_names import flags_text, import_status_name
from ui.center_passphrase_dialog import PassphraseDialog
from ui.center_table import RowsModel, RowsView
from ui.dialogs import Dialogs, open_dialog
from ui.formatting import number_text
from ui.messages import problem_text
from ui.operation import failure_text
from ui.screening_texts import local_time
from ui.status_line import Said, StatusLine, Tone
from ui.task_progress import TaskProgress


def source_text(site: str | None, device_id: str | None, name: str = "") -> str:
    """Which laptop a file came from: its site and name (or the end of its id)."""
    device = name or (short_device_id(device_id) if device_id else "")
    return " · ".join(part for part in (site, device) if part)


class CenterImports(QWidget):
    imported = Signal()  # files were merged: the other lists may have changed

    def __init__(
        self,
        files: CenterFilesService,
        views: CenterViews,
        dialogs: Dialogs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.files = files
        self.views = views
        self.dialogs = dialogs
        self.passphrase_dialog: PassphraseDialog | None = None
        self._device_names: dict[str, str] = {}
        self.import_button = QPushButton(self.tr("&Import files…"))
        self.import_button.clicked.connect(self.choose_files)
        self.progress = TaskProgress()
        self.message = StatusLine()
        self.report_model = RowsModel(self._report_headers, self._report_cells)
        self.report = RowsView(self.report_model)
        self.history_model = RowsModel(self._history_headers, self._history_cells)
        self.history = RowsView(self.history_model)
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addWidget(self.progress, 1)
        top.addStretch()  # the button keeps its size while no progress bar is shown
        report_box = QWidget()
        report_layout = QVBoxLayout(report_box)
        report_layout.setContentsMargins(0, 0, 0, 0)
        report_layout.addWidget(QLabel(self.tr("The last import, file by file:")))
        report_layout.addWidget(self.report, 1)
        history_box = QWidget()
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(QLabel(self.tr("Every file the center received, newest first:")))
        history_layout.addWidget(self.history, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(report_box)
        split.addWidget(history_box)
        split.setSizes([220, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        self.refresh()

    # -- the two tables ------------------------------------------------------------------

    def _report_headers(self) -> list[str]:
        return [
            self.tr("File"),
            self.tr("Result"),
            self.tr("From"),
            self.tr("Export no."),
            self.tr("New"),
            self.tr("Unchanged"),
            self.tr("Updated"),
            self.tr("Conflicting"),
            self.tr("Flags"),
            self.tr("Units quarantined"),
            self.tr("People merged"),
            self.tr("Why"),
        ]

    def _report_cells(self, o: FileOutcome) -> list[str]:
        report = o.report
        totals = report.totals if report is not None else None
        counts = (
            [
                number_text(getattr(totals, name))
                for name in ("new", "unchanged", "updated", "conflicting")
            ]
            if totals is not None
            else [""] * 4
        )
        lists = (
            [
                flags_text([kind for _table, _record, kind in report.flags]),
                *(number_text(len(x)) for x in (report.quarantined, report.people_merged)),
            ]
            if report is not None
            else [""] * 3
        )
        return [
            o.path.name,
            import_status_name(o.status),
            source_text(o.site_code, o.device_id, self._device_names.get(o.device_id or "", "")),
            "" if o.export_number is None else str(o.export_number),
            *counts,
            *lists,
            problem_text(o.problem)
            if o.problem is not None
            else self._chain_text(
                report.audit_chain.problem if report and report.audit_chain else None,
                report.audit_chain.restore if report and report.audit_chain else None,
            ),
        ]

    def _chain_text(self, problem: Problem | None, restore: Problem | None = None) -> str:
        """A file accepted whose audit trail does not continue the device's chain, or
        goes on from a backup the laptop was restored from (said plainly)."""
        if problem is not None:
            text = self.tr("Audit trail broken: {problem}")
            return text.format(problem=problem_text(problem))
        return problem_text(restore) if restore is not None else ""

    def _history_headers(self) -> list[str]:
        return [
            self.tr("Received"),
            self.tr("File"),
            self.tr("Result"),
            self.tr("From"),
            self.tr("Export no."),
            self.tr("New / unchanged / updated / conflicting"),
            self.tr("Flags"),
            self.tr("By"),
            self.tr("Why"),
        ]

    def _history_cells(self, r: ImportRecord) -> list[str]:
        numbers = " / ".join(
            number_text(int(r.counts.get(k, 0)))
            for k in ("new", "unchanged", "updated", "conflicting")
        )
        return [
            local_time(r.imported_at),
            r.file_name,
            import_status_name(r.status),
            source_text(r.site_code, r.device_id, r.device_name),
            "" if r.export_number is None else str(r.export_number),
            numbers if r.counts else "",
            number_text(r.flags),
            r.imported_by,
            problem_text(r.problem)
            if r.problem is not None
            else self._chain_text(r.audit_problem, r.audit_restore),
        ]

    def refresh(self) -> None:
        records = self.views.imports()
        self._device_names = {r.device_id: r.device_name for r in records if r.device_name}
        self.history_model.set_entries(records)

    # -- importing -----------------------------------------------------------------------

    def choose_files(self) -> None:
        """Choose the files, then the passphrase; the import starts once it is right."""
        if self.progress.running:
            return
        paths = self.dialogs.open_paths(
            self,
            self.tr("Choose the files the sites sent"),
            self.tr("Export files (*.hmtn.age)"),
        )
        if not paths:
            return
        dialog = PassphraseDialog(self.files.unlock, self)
        dialog.unlocked.connect(lambda key: self.start(paths, key))
        self.passphrase_dialog = dialog
        open_dialog(dialog)

    def start(self, paths: list[Path], key: object) -> None:
        self.message.clear()
        self.report_model.set_entries([])
        self.progress.run(
            lambda progress: self.files.import_files(paths, key, progress),
            self._reported,
            self._failed,
            block=(self.import_button,),
        )

    @property
    def running(self) -> bool:
        return self.progress.running

    def _reported(self, outcomes: object) -> None:
        assert isinstance(outcomes, list)
        self.refresh()  # first: the report names the devices as the list does
        self.report_model.set_entries(outcomes)
        counted = {s.value: sum(o.status == s for o in outcomes) for s in FileStatus}
        text = self.tr(
            "{files} files: {accepted} accepted, {already} imported before, {rejected} rejected."
        ).format(files=len(outcomes), **counted)
        self.imported.emit()
        if counted[FileStatus.REJECTED]:
            self.message.failed(text)
        else:
            self.message.done(text)

    def _failed(self, error: BaseException) -> None:
        self.refresh()
        self.imported.emit()  # the files before the one cancelled are merged
        if isinstance(error, Cancelled):
            text = self.tr(
                "Cancelled: the file being merged was left out entirely; the files before it"
                " are imported (listed below)."
            )
            self.message.say(Said(text, Tone.NOTE))
        else:
            self.message.failed(failure_text(error))
