"""Registering a new donor at check-in, typed or filled from a card scan.

Nothing is saved until every field is valid. A CCCD or old CMND that is already
registered is refused and the existing record offered; someone with the same name and
date of birth is shown so the clerk can use that record instead of making a twin.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.identity import cccd_sex, digits_only
from desktop.core.domain.problems import UserError
from desktop.core.domain.records import Donor
from desktop.core.domain.vocabulary import Sex
from desktop.core.stations.donors import DonorForm, DonorService, PossibleDuplicate
from ui.formatting import dmy, id_text
from ui.forms import ArrowsChoose, FieldErrors, action_buttons, heading


class NewDonorDialog(QDialog):
    """After ``accepted``, ``donor`` is the donor to use: new, or the existing record."""

    def __init__(
        self, donors: DonorService, form: DonorForm | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.donors = donors
        self.donor: Donor | None = None
        self._attempted = False  # after the first save, fields re-check as they change
        self._existing: list[Donor] = []
        self.setWindowTitle(self.tr("New donor"))
        self.setMinimumWidth(520)
        self.errors = FieldErrors(lambda: self.donors.validate(self.form()))
        self._build(form or DonorForm())

    def _build(self, form: DonorForm) -> None:
        self.national_id = QLineEdit(form.national_id)
        self.national_id.setMaxLength(12)
        self.old_id = QLineEdit(form.old_id)
        self.old_id.setMaxLength(12)
        self.full_name = QLineEdit(form.full_name)
        self.birth_date = QLineEdit(form.birth_date)
        self.birth_date.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.male = QRadioButton(self.tr("Male"))
        self.female = QRadioButton(self.tr("Female"))
        self.sex_group = QButtonGroup(self)
        for button in (self.male, self.female):
            self.sex_group.addButton(button)
        self.male.setChecked(form.sex == Sex.MALE)
        self.female.setChecked(form.sex == Sex.FEMALE)
        self._sex_from_cccd = False  # chosen by the CCCD typed, not by the card or the clerk
        ArrowsChoose.install(self.male, self.female)
        sex_box = QWidget()
        sex_row = QHBoxLayout(sex_box)
        sex_row.setContentsMargins(0, 0, 0, 0)
        sex_row.addWidget(self.male)
        sex_row.addWidget(self.female)
        sex_row.addStretch(1)
        self.address = QLineEdit(form.address)
        self.phone = QLineEdit(form.phone)
        self.phone.setPlaceholderText("09xx xxx xxx")

        fields = QFormLayout()
        rows = [
            (self.tr("CCCD number"), self.national_id, "national_id"),
            (self.tr("Old CMND"), self.old_id, "old_id"),
            (self.tr("Full name"), self.full_name, "full_name"),
            (self.tr("Date of birth"), self.birth_date, "birth_date"),
            (self.tr("Sex"), sex_box, "sex"),
            (self.tr("Address"), self.address, "address"),
            (self.tr("Mobile phone"), self.phone, "phone"),
        ]
        for text, widget, field in rows:
            self.errors.add_row(fields, text, widget, field)
        for edit in (self.national_id, self.old_id, self.full_name, self.birth_date, self.phone):
            edit.textChanged.connect(self._recheck)
        self.sex_group.buttonToggled.connect(self._recheck)
        self.sex_group.buttonClicked.connect(self._sex_chosen)
        self.national_id.textChanged.connect(self._from_cccd)
        self.birth_date.textChanged.connect(self._check_cccd)
        self.sex_group.buttonToggled.connect(self._check_cccd)

        self.buttons, self.save_button = action_buttons(self, self.tr("Save"), self.save)
        self.heading = heading("")
        self.full_name.textChanged.connect(self._show_whose)
        self._show_whose()

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(fields)
        layout.addWidget(self.errors.label(None))
        layout.addWidget(self._build_existing_box())
        layout.addWidget(self.buttons)
        self._from_cccd(self.national_id.text())  # a number typed in the search field
        first_empty = next(
            (e for e in (self.full_name, self.birth_date, self.phone) if not e.text()), None
        )
        (first_empty or self.phone).setFocus()

    def _from_cccd(self, text: str) -> None:
        """A valid CCCD tells the sex (its 4th digit): chosen unless the card or the clerk
        chose it already."""
        sex = cccd_sex(text.strip())
        if sex is not None and (self.form().sex == "" or self._sex_from_cccd):
            (self.male if sex == Sex.MALE else self.female).setChecked(True)
            self._sex_from_cccd = True
        self._check_cccd()

    def _sex_chosen(self) -> None:
        self._sex_from_cccd = False

    def _check_cccd(self) -> None:
        """A full CCCD is checked against the birth date and sex as soon as they are
        typed (the birth year in its 5th and 6th digits), not only at saving."""
        if len(digits_only(self.national_id.text())) == 12:
            self.errors.check("national_id")

    def _show_whose(self) -> None:
        """Whose record this will be, inside the dialog (a title bar may be cut short)."""
        name = self.full_name.text().strip()
        self.heading.setText(
            self.tr("New donor: {name}").format(name=name) if name else self.tr("New donor")
        )

    def _build_existing_box(self) -> QFrame:
        """Shown when the person may already be registered: pick the record or go on."""
        self.existing_box = QFrame()
        self.existing_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.existing_box.setStyleSheet("QFrame { background: #fff4e5; }")
        self.existing_title = QLabel()
        self.existing_title.setWordWrap(True)
        self.existing_list = QListWidget()
        self.existing_list.setMaximumHeight(110)
        self.use_existing_button = QPushButton(self.tr("Use the selected record"))
        self.use_existing_button.clicked.connect(self.use_existing)
        self.existing_list.itemDoubleClicked.connect(self.use_existing)
        self.save_anyway_button = QPushButton(self.tr("It is another person: save"))
        self.save_anyway_button.clicked.connect(lambda: self.save(not_a_duplicate=True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_existing_button)
        buttons.addWidget(self.save_anyway_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.existing_box)
        layout.addWidget(self.existing_title)
        layout.addWidget(self.existing_list)
        layout.addLayout(buttons)
        self.existing_box.hide()
        return self.existing_box

    def form(self) -> DonorForm:
        sex = Sex.MALE if self.male.isChecked() else Sex.FEMALE if self.female.isChecked() else ""
        return DonorForm(
            national_id=self.national_id.text().strip(),
            old_id=self.old_id.text().strip(),
            full_name=self.full_name.text(),
            birth_date=self.birth_date.text(),
            sex=sex,
            address=self.address.text(),
            phone=self.phone.text(),
        )

    def _recheck(self) -> None:
        if self._attempted:
            self.errors.show(self.donors.validate(self.form()))
        self.existing_box.hide()

    def save(self, not_a_duplicate: bool = False) -> None:
        self._attempted = True
        try:
            self.donor = self.donors.register(self.form(), not_a_duplicate=not_a_duplicate)
        except UserError as error:
            self.errors.show(error.problems, focus=True)
            registered = [p for p in error.problems if p.code == "id_registered"]
            if registered:
                self._offer_existing([self.donors.get(registered[0].params["donor_id"])], True)
            return
        except PossibleDuplicate as duplicate:
            self.errors.clear()
            self._offer_existing(duplicate.donors, False)
            return
        self.accept()

    def _offer_existing(self, donors: list[Donor], same_id: bool) -> None:
        self._existing = donors
        self.existing_title.setText(
            self.tr("This CCCD / CMND is already registered:")
            if same_id
            else self.tr(
                "Someone with the same name and date of birth is already registered."
                " Is it the same person?"
            )
        )
        self.existing_list.clear()
        for donor in donors:
            item = QListWidgetItem(
                f"{donor.full_name} · {dmy(donor.birth_date)} · {id_text(donor)}"
                f" · {donor.phone or '—'}"
            )
            item.setData(Qt.ItemDataRole.UserRole, donor.id)
            self.existing_list.addItem(item)
        self.existing_list.setCurrentRow(0)
        self.save_anyway_button.setVisible(not same_id)
        self.existing_box.show()

    def use_existing(self) -> None:
        """The person is already registered: use that record (it learns the card's
        numbers if it lacked them)."""
        row = self.existing_list.currentRow()
        if not 0 <= row < len(self._existing):
            return
        try:
            self.donor = self.donors.adopt_ids(self._existing[row], self.form())
        except UserError as error:
            self.errors.show(error.problems, focus=True)
            return
        self.accept()
