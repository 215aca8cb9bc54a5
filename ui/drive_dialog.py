"""Creating a drive: code, date, place with its province and commune/ward, organizer,
campaign and target."""

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain import places
from desktop.core.domain.problems import UserError
from desktop.core.domain.records import Drive
from desktop.core.stations.drives import CAMPAIGNS, MAX_TARGET_UNITS, DriveForm, DriveService
from ui.forms import FieldErrors, action_buttons, heading
from ui.place_picker import PlacePicker
from ui.value_names import campaign_name


class DriveDialog(QDialog):
    """After ``accepted``, ``drive`` is the drive created."""

    def __init__(self, drives: DriveService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drives = drives
        self.drive: Drive | None = None
        self.setWindowTitle(self.tr("New drive"))
        self.setMinimumWidth(560)
        self.errors = FieldErrors(lambda: self.drives.validate(self.form()))
        today = dt.date.today()
        self.code = QLineEdit(drives.suggested_code(today))
        self.code.setMaxLength(20)
        self.date = QDateEdit(QDate(today.year, today.month, today.day))
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setCalendarPopup(True)
        self.date.dateChanged.connect(self._suggest_code)
        self.place_name = QLineEdit()
        self.province = PlacePicker()
        self.province.set_places(places.provinces())
        # Typed names count as much as picked ones (the combo text is what the user sees).
        self.province.currentTextChanged.connect(self._fill_wards)
        self._wards_of = ""
        self.ward = PlacePicker()
        self.street = QLineEdit()
        self.organizer = QLineEdit()
        self.campaign = QComboBox()
        for code in CAMPAIGNS:
            self.campaign.addItem(campaign_name(code), code)
        self.campaign.currentIndexChanged.connect(self._campaign_changed)
        self.campaign_other = QLineEdit()
        self.campaign_other.setPlaceholderText(self.tr("Name of the campaign"))
        self.target = QSpinBox()
        self.target.setRange(0, MAX_TARGET_UNITS)
        self.target.setValue(200)

        form = QFormLayout()
        rows = [
            (self.tr("Drive code"), self.code, "code"),
            (self.tr("Date"), self.date, "drive_date"),
            (self.tr("Place"), self.place_name, "place_name"),
            (self.tr("Province / city"), self.province, "province_code"),
            (self.tr("Commune / ward"), self.ward, "ward_code"),
            (self.tr("Street address"), self.street, "street_address"),
            (self.tr("Organizing unit"), self.organizer, "organizer"),
            (self.tr("Campaign"), self.campaign, "campaign"),
            ("", self.campaign_other, "campaign_other"),
            (self.tr("Target (units)"), self.target, "target_units"),
        ]
        for text, widget, field in rows:
            self.errors.add_row(form, text, widget, field)
        buttons, self.create_button = action_buttons(self, self.tr("Create the drive"), self.create)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("New drive")))
        layout.addLayout(form)
        layout.addWidget(self.errors.label(None))
        layout.addWidget(buttons)
        self._campaign_changed()
        self.campaign.setCurrentIndex(CAMPAIGNS.index("chu_nhat_do"))

    def _suggest_code(self, date: QDate) -> None:
        day = dt.date(date.year(), date.month(), date.day())
        self.code.setText(self.drives.suggested_code(day))

    def _fill_wards(self) -> None:
        code = self.province.chosen_code()
        if code == self._wards_of:
            return
        self._wards_of = code
        self.ward.set_places(places.wards(code) if code else [])

    def _campaign_changed(self) -> None:
        self.campaign_other.setVisible(self.campaign.currentData() == "other")

    def form(self) -> DriveForm:
        date = self.date.date()
        return DriveForm(
            code=self.code.text(),
            drive_date=f"{date.year():04d}-{date.month():02d}-{date.day():02d}",
            place_name=self.place_name.text(),
            province_code=self.province.chosen_code(),
            ward_code=self.ward.chosen_code(),
            street_address=self.street.text(),
            organizer=self.organizer.text(),
            campaign=self.campaign.currentData() or "",
            campaign_other=self.campaign_other.text(),
            target_units=str(self.target.value()),
        )

    def create(self) -> None:
        try:
            self.drive = self.drives.create(self.form())
        except UserError as error:
            self.errors.show(error.problems, focus=True)
            return
        self.accept()
