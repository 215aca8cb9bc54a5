"""What the certificate and the thank-you slip say about the collecting facility."""

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from desktop.core.domain.problems import UserError
from desktop.core.stations.certificates import CertificateService
from ui.forms import FieldErrors, action_buttons


class CertificateSettingsDialog(QDialog):
    def __init__(self, certificates: CertificateService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.certificates = certificates
        self.setWindowTitle(self.tr("Certificates"))
        self.setMinimumWidth(520)
        self.errors = FieldErrors()
        self.facility = QLineEdit(certificates.facility)
        self.facility.setPlaceholderText(self.tr("e.g. Viện Huyết học - Truyền máu Trung ương"))
        self.contact = QLineEdit(certificates.center_contact)
        self.contact.setPlaceholderText(
            self.tr("e.g. Hotline 1900 xxxx · 14 Trần Thái Tông, Hà Nội")
        )
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Collecting facility"), self.facility, "facility")
        form.addRow(self.tr("Contact line on the thank-you slip"), self.contact)
        buttons, self.save_button = action_buttons(self, self.tr("Save"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            self.certificates.set_texts(self.facility.text(), self.contact.text())
        except UserError as error:
            self.errors.show(error.problems, focus=True)
            return
        self.accept()
