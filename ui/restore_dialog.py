"""Restore from a backup: pick one (the rotation's, or a file from a USB stick), see it
checked and what it holds, confirm. The restore itself happens once the window has
closed the database (``confirmed`` carries the checked backup to the app)."""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.backups.checks import CheckedBackup
from desktop.core.backups.service import BackupService
from ui.backup_texts import contents_lines, reason_name, size_text, when_text
from ui.dialogs import Dialogs
from ui.operation import Operation, failure_text


class RestoreDialog(QDialog):
    confirmed = Signal(object)  # the CheckedBackup to restore

    def __init__(
        self, backups: BackupService, parent: QWidget | None = None, *, dialogs: Dialogs
    ) -> None:
        super().__init__(parent)
        self.backups, self.dialogs = backups, dialogs
        self.checked: CheckedBackup | None = None
        self.operation: Operation | None = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(900, 560)  # inside 1280 x 720
        self.list = QListWidget()
        self.list.currentItemChanged.connect(lambda item, _old: self._pick(item))
        self.open_button = QPushButton(self.tr("Open a backup file (USB stick)…"))
        self.open_button.clicked.connect(self.open_file)
        self.details = QLabel(self.tr("Choose a backup to check it."))
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore this backup…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Backups on this laptop (newest first):")))
        left.addWidget(self.list, 1)
        left.addWidget(self.open_button)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addWidget(self.details, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        note = QLabel(
            self.tr(
                "Restoring replaces the database with the backup. The database as it is now is"
                " kept aside, never deleted; the laptop then exchanges with the center as a new"
                " incarnation. Numbers it gave after the backup (tickets, DINs, certificate"
                " serials) are kept unused: read in the file kept aside, else a safety margin."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.finished.connect(lambda _: self._discard())
        self._fill()
        self.list.setFocus()

    def _fill(self) -> None:
        for backup in self.backups.backups():
            item = QListWidgetItem(
                f"{when_text(backup.made_at)} — {reason_name(backup.reason)}"
                f" — {size_text(backup.size)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.list.addItem(item)
        if self.list.count() == 0:
            self.details.setText(self.tr("No backup on this laptop yet: open a backup file."))

    def _pick(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self._check(Path(item.data(Qt.ItemDataRole.UserRole)), None)

    def open_file(self) -> None:
        path = self.dialogs.open_path(
            self, self.tr("Open a backup file"), self.tr("HMTN backups (*.tar.age *.sqlite3)")
        )
        if path is None:
            return
        identity = None
        if path.name.endswith(".tar.age"):
            identity = self.dialogs.open_path(
                self,
                self.tr("The administrator's backup key (or the center's)"),
                self.tr("Backup keys (*.txt);;All files (*)"),
            )
            if identity is None:
                return
        self.list.clearSelection()
        self._check(path, identity)

    def _check(self, path: Path, identity: Path | None) -> None:
        if self.operation is not None and self.operation.running:
            return
        self._discard()
        self.restore_button.setEnabled(False)
        self.details.setText(self.tr("Checking {file}…").format(file=path))
        self.operation = (
            Operation(self, lambda _progress: self.backups.check(path, identity), self.dialogs)
            .on_success(self._checked)
            .on_failure(lambda error: self.details.setText(failure_text(error)))
            .blocking(self.list, self.open_button)
            .run()
        )

    def _checked(self, checked: CheckedBackup) -> None:
        if not self.isVisible():  # closed meanwhile
            checked.discard()
            return
        self.checked = checked
        lines = [self.tr("Backup {file}").format(file=checked.source), *contents_lines(checked)]
        self.details.setText("\n".join(lines))
        self.restore_button.setEnabled(True)
        self.restore_button.setFocus()

    def restore(self) -> None:
        checked = self.checked
        if checked is None:
            return
        question = self.tr(
            "Restore the backup made {when}? The app closes the database, keeps it aside as it"
            " is now, puts the backup in its place and opens it again."
        ).format(when=when_text(checked.made_at))
        if not self.dialogs.confirm(self, self.tr("Restore from a backup"), question):
            return
        self.checked = None  # handed over: the app discards it once restored
        self.accept()
        self.confirmed.emit(checked)

    def _discard(self) -> None:
        if self.checked is not None:
            self.checked.discard()
            self.checked = None
