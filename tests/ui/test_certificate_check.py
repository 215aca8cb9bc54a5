"""The center window's "Check a certificate" (on the registry tab): a scanned QR text
gets the same verdict ``hmtn certificates verify`` prints, in Vietnamese."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.app import AppController
from desktop.core.domain.vocabulary import StaffRole
from desktop.core.exchange.certificate_check import Verdict
from tests.center_sites import Site
from tests.people import sign_in_as
from tests.ui.center_data import make_center
from tests.ui.keyboard import type_keys
from tests.ui.test_laptop_layout import SCREENS, fits
from ui.certificate_check_dialog import CertificateCheckDialog
from ui.certificate_verdict import verdict_lines


@pytest.fixture
def merged(tmp_path):
    """A center with one laptop enrolled, whose issued and voided certificates it merged;
    the QR texts of both."""
    center = make_center(tmp_path / "center.sqlite3", tmp_path / "keys")
    site = Site(tmp_path / "site.sqlite3", "HN01", "A1001")
    identity = site.services.identity
    identity.set_center(identity.read_center_keys(tmp_path / "keys"))
    identity.enrol(tmp_path / "enrol")
    center.center_keys.add_device(tmp_path / "enrol")
    texts = []
    for serial, name in enumerate(["Phạm Văn Đức", "Trần Thị Bích"], start=1):
        site.give_blood(site.register(name, dt.date(1990, 5, 15), serial), certificate=True)
    desk = site.services
    sign_in_as(desk, StaffRole.CERTIFICATE, name="Phạm Thu Trang")
    for (certificate_id,) in desk.db.execute("SELECT id FROM certificate ORDER BY serial"):
        texts.append(desk.certificates.reprint_data(certificate_id).data.qr_payload)
    desk.certificates.void(certificate_id, "Ghi sai lượng máu")
    center.center.merge("HN01-1", site.export()[0])
    site.close()
    yield center, texts
    center.close()


def test_a_scanned_certificate_shows_its_verdict_in_the_registry_tab(
    qapp, qtbot, merged, translators, dialogs
):
    center, (issued, voided) = merged
    controller = AppController(qapp, center, translators, dialogs)
    controller.show_center()
    window = controller.window
    qtbot.addWidget(window)
    window.tabs.setCurrentWidget(window.registry)
    qtbot.mouseClick(window.registry.check_button, Qt.MouseButton.LeftButton)
    [dialog] = window.registry.findChildren(CertificateCheckDialog)
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.field  # the scanner types straight in
    for screen in SCREENS:
        assert fits(dialog, screen)
    type_keys(dialog.field, issued + "\r")
    assert dialog.last.verdict == Verdict.VALID
    assert dialog.headline.text().startswith("Hợp lệ: do máy ")
    assert "Phạm Văn Đức" in dialog.details.toPlainText()
    assert [dialog.headline.text(), *dialog.details.toPlainText().split("\n")] == verdict_lines(
        dialog.last
    )
    # the next scan replaces it: a voided one, then one altered
    type_keys(dialog.field, voided + "\r")
    assert dialog.last.verdict == Verdict.VOIDED
    assert dialog.headline.text().endswith(": Ghi sai lượng máu")
    assert dialog.headline.text().startswith("Đã hủy ngày ")
    dialog.field.clear()
    type_keys(dialog.field, issued.replace("|450|", "|350|") + "\r")
    assert dialog.last.verdict == Verdict.ALTERED
    assert dialog.headline.text().startswith("Không hợp lệ")
    window.close()
