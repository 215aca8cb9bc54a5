"""A donor was told of a confirmed positive marker: how, on which day, what was said; in
the name of the signed-in person."""

import datetime as dt

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from desktop.core.domain.problems import UserError
from desktop.core.domain.vocabulary import NotifyMethod
from desktop.core.exchange.lab_service import LabService
from desktop.core.exchange.lab_views import NoticeEntry
from ui.center_names import notify_method_name
from ui.formatting import dmy
from ui.forms import FieldErrors, action_buttons, heading


class NotifyDialog(QDialog):
    def __init__(self, lab: LabService, notice: NoticeEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lab = lab
        self.notice = notice
        title = self.tr("{donor} was told").format(donor=notice.person.full_name)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.errors = FieldErrors()
        self.method = QComboBox()
        self.method.addItem(self.tr("Choose…"), "")
        for method in NotifyMethod:
            self.method.addItem(notify_method_name(method), method.value)
        self.notified_on = QLineEdit(dmy(dt.date.today()))
        self.notified_on.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What was said, the appointment made…"))
        form = QFormLayout()
        self.errors.add_row(form, self.tr("How"), self.method, "method")
        self.errors.add_row(form, self.tr("On"), self.notified_on, "notified_on")
        self.errors.add_row(form, self.tr("Note"), self.note, "note")
        buttons, self.save_button = action_buttons(self, self.tr("Save"), self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title))
        layout.addLayout(form)
        layout.addWidget(self.errors.label(None))
        layout.addWidget(buttons)
        self.method.setFocus()

    def save(self) -> None:
        try:
            self.lab.mark_notified(self.notice.id, self.method.currentData(),
                                   self.notified_on.text(), self.note.text())  # fmt: skip
        except UserError as error:
            self.errors.show(error.problems, focus=True)
            return
        self.accept()
