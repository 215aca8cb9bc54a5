"""The fields of a drive's form: code, date, place with its province and commune/ward,
street, organizer, campaign and target, each with its error line under it. A site's
new-drive dialog and the center's planning dialog show the same form."""

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QSignalBlocker
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLineEdit, QSpinBox, QWidget

from desktop.core.domain import places
from desktop.core.domain.records import Drive
from desktop.core.stations.drives import CAMPAIGNS, MAX_TARGET_UNITS, DriveForm
from ui.forms import FieldErrors
from ui.place_picker import PlacePicker
from ui.value_names import campaign_name


class DriveFields(QWidget):
    """``suggest_code``: the code to offer for a date (a new drive's code follows its
    date until the drive is saved); None keeps the code as it is."""

    def __init__(
        self,
        errors: FieldErrors,
        suggest_code: Callable[[dt.date], str] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.suggest_code = suggest_code
        today = dt.date.today()
        self.code = QLineEdit(suggest_code(today) if suggest_code else "")
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
        self.target.setGroupSeparatorShown(True)  # 1.250 as a Vietnamese reads it

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
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
            errors.add_row(form, text, widget, field)
        self._campaign_changed()
        self.campaign.setCurrentIndex(CAMPAIGNS.index("chu_nhat_do"))

    def show_drive(self, drive: Drive) -> None:
        """The form filled with a drive as stored (its code kept as it is)."""
        self.suggest_code = None
        self.code.setText(drive.code)
        day = drive.drive_date
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.place_name.setText(drive.place_name)
        self.province.setCurrentText(drive.province_name)
        self._fill_wards()
        with QSignalBlocker(self.ward):
            self.ward.setCurrentText(drive.ward_name)
        self.street.setText(drive.street_address)
        self.organizer.setText(drive.organizer)
        self.campaign.setCurrentIndex(max(0, self.campaign.findData(drive.campaign)))
        self.campaign_other.setText(drive.campaign_other)
        self.target.setValue(drive.target_units)

    def _suggest_code(self, date: QDate) -> None:
        if self.suggest_code is not None:
            self.code.setText(self.suggest_code(dt.date(date.year(), date.month(), date.day())))

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
