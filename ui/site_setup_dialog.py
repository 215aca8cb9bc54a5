"""The first-run set-up: what the stations need, asked for once.

Shown at start while something is missing (a new database), and from Settings at any
time; "Later" leaves it for the next start.
"""

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.problems import UserError
from desktop.core.domain.records import Staff
from desktop.core.stations.site_setup import SiteSetupForm, SiteSetupService
from ui.desk_fields import DeskFields
from ui.forms import FieldErrors, action_buttons, heading


class SiteSetupDialog(QDialog):
    def __init__(self, setup: SiteSetupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setup = setup
        self.setWindowTitle(self.tr("Set up this site"))
        self.setMinimumWidth(720)
        self.errors = FieldErrors(lambda: self.setup.problems(self.form()))
        now = setup.current()
        self.facility = QLineEdit(now.facility)
        self.facility.setPlaceholderText(self.tr("e.g. Viện Huyết học - Truyền máu Trung ương"))
        self.contact = QLineEdit(now.contact)
        self.contact.setPlaceholderText(self.tr("e.g. Hotline 1900 xxxx · 14 Trần Thái Tông"))
        self.site_code = QLineEdit(now.site_code)
        self.site_code.setMaxLength(12)
        self.site_code.setPlaceholderText(self.tr("e.g. TTHH-HN"))
        self.fin = QLineEdit(now.fin)
        self.fin.setMaxLength(5)
        self.fin.setPlaceholderText("A1234")
        self.desk = DeskFields(now.desk, self.errors)
        self.doctor = QLineEdit()
        self.nurse = QLineEdit()
        for edit in (self.doctor, self.nurse):
            edit.setPlaceholderText(self.tr("full name"))

        site = QGroupBox(self.tr("The collecting facility"))
        site_form = QFormLayout(site)
        name = self.tr("Name (on the certificates)")
        self.errors.add_row(site_form, name, self.facility, "facility")
        self.errors.add_row(
            site_form, self.tr("Site code (in certificate serials)"), self.site_code, "site_code"
        )
        self.errors.add_row(site_form, self.tr("FIN (on the DIN labels)"), self.fin, "fin")
        self.desk.add_rows(site_form)
        contact = self.tr("Contact line on the thank-you slip")
        self.errors.add_row(site_form, contact, self.contact, "contact")
        staff = QGroupBox(self.tr("Staff (more can be added later: Staff menu)"))
        staff_form = QFormLayout(staff)
        self.errors.add_row(staff_form, self.tr("Screening doctor"), self.doctor, "doctor")
        self.errors.add_row(staff_form, self.tr("Collection nurse"), self.nurse, "nurse")
        self.staff_present = QLabel(self._staff_present(now.doctors + now.nurses))
        self.staff_present.setWordWrap(True)
        self.staff_present.setVisible(bool(self.staff_present.text()))
        staff_form.addRow(self.staff_present)
        intro = QLabel(
            self.tr(
                "The stations need these once. Each can be changed later under Settings;"
                " the site code and FIN come from the blood center."
            )
        )
        intro.setWordWrap(True)
        buttons, self.save_button = action_buttons(
            self, self.tr("Save"), self.save, cancel=self.tr("Later")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Set up this site")))
        layout.addWidget(intro)
        layout.addWidget(site)
        layout.addWidget(staff)
        layout.addWidget(self.errors.label(None))
        layout.addWidget(buttons)
        first_empty = next((e for e in (self.facility, self.site_code, self.fin) if not e.text()),
                           self.doctor)  # fmt: skip
        first_empty.setFocus()

    def _staff_present(self, present: list[Staff]) -> str:
        """Who the site already has: adding someone else is then optional."""
        if not present:
            return ""
        return self.tr("Already here: {names}. Add someone only if needed.").format(
            names=", ".join(s.full_name for s in present)
        )

    def form(self) -> SiteSetupForm:
        return SiteSetupForm(
            facility=self.facility.text(),
            contact=self.contact.text(),
            site_code=self.site_code.text(),
            fin=self.fin.text(),
            desk_letter=self.desk.letter.text(),
            din_block_first=self.desk.first.text(),
            din_block_last=self.desk.last.text(),
            doctor=self.doctor.text(),
            nurse=self.nurse.text(),
        )

    def save(self) -> None:
        try:
            self.setup.save(self.form())
        except UserError as error:
            self.errors.show(error.problems, focus=True)
            return
        self.accept()
