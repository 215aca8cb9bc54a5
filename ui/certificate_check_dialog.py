"""Kiểm tra giấy chứng nhận: scan (or paste) a certificate's QR; Enter checks it against
the center's devices and register and shows what it proves, as ``hmtn certificates
verify`` says it. Reads only."""

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.vocabulary import CertificateStatus
from desktop.core.exchange.certificate_check import CertificateCheck, Verdict
from ui.certificate_verdict import verdict_lines
from ui.forms import ERROR_STYLE

MAX_QR_TEXT = 1000  # an HMTN2 QR text is about 200 characters
OK_STYLE = "color: #1b5e20; font-weight: bold;"


class CertificateCheckDialog(QDialog):
    def __init__(
        self, check: Callable[[str], CertificateCheck], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.check = check
        self.last: CertificateCheck | None = None
        self.setWindowTitle(self.tr("Check a certificate"))
        intro = QLabel(
            self.tr(
                "Scan the QR code of the certificate (or paste its text), then Enter: it is"
                " checked against the keys of the laptops enrolled here and the register."
            )
        )
        intro.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setMaxLength(MAX_QR_TEXT)
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(self.tr("HMTN2|…"))
        self.field.returnPressed.connect(self.run_check)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(160)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.field)
        layout.addWidget(self.headline)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.field.setFocus()

    def run_check(self) -> None:
        """Check the text in the field; the field is selected again for the next scan."""
        text = self.field.text().strip()
        if not text:
            return
        self.last = self.check(text)
        headline, *rest = verdict_lines(self.last)
        self.headline.setText(headline)
        good = self.last.verdict == Verdict.VALID and (
            self.last.record is None or self.last.record.status == CertificateStatus.ISSUED
        )
        self.headline.setStyleSheet(OK_STYLE if good else ERROR_STYLE)
        self.details.setPlainText("\n".join(rest))
        self.field.selectAll()
