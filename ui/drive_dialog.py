"""Creating a drive: code, date, place with its province and commune/ward, organizer,
campaign and target (the form's fields: ``ui.drive_fields``)."""

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from desktop.core.domain.problems import UserError
from desktop.core.domain.records import Drive
from desktop.core.stations.drives import DriveForm, DriveService
from ui.drive_fields import DriveFields
from ui.forms import FieldErrors, action_buttons, heading


class DriveDialog(QDialog):
    """After ``accepted``, ``drive`` is the drive created."""

    def __init__(self, drives: DriveService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drives = drives
        self.drive: Drive | None = None
        self.setWindowTitle(self.tr("New drive"))
        self.setMinimumWidth(560)
        self.errors = FieldErrors(lambda: self.drives.validate(self.form()))
        self.fields = DriveFields(self.errors, drives.suggested_code)
        f = self.fields  # the fields by name, as the form's own
        self.code, self.date, self.place_name = f.code, f.date, f.place_name
        self.province, self.ward, self.street = f.province, f.ward, f.street
        self.organizer, self.campaign, self.campaign_other = (
            f.organizer,
            f.campaign,
            f.campaign_other,
        )
        self.target = f.target
        buttons, self.create_button = action_buttons(self, self.tr("Create the drive"), self.create)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("New drive")))
        layout.addWidget(self.fields)
        layout.addWidget(self.errors.label(None))
        layout.addWidget(buttons)

    def form(self) -> DriveForm:
        return self.fields.form()

    def create(self) -> None:
        try:
            self.drive = self.drives.create(self.form())
        except UserError as error:
            self.errors.show(error.problems, focus=True)
            return
        self.accept()
