"""The audit viewer (Nhật ký thao tác) from the site's window, keyboard first; the
export to CSV, formula-safe and audited; the chain's check at start, in the
background, saying plainly when a link is broken."""

import csv
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from db.driver import sqlite3
from desktop.core.domain.audit_notes import AuditNote, parse_note
from desktop.core.domain.vocabulary import StaffRole
from desktop.core.stations.donors import DonorForm
from tests.factories import MALE, cccd_for
from tests.people import sign_in_as
from tests.ui.keyboard import commit_text, press
from ui.audit_check import AuditStartupCheck


def rows_shown(viewer) -> list[list[str]]:
    table = viewer.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def registered(services, name: str, serial: int):
    """A donor registered by the person signed in (the factory's are the test person's)."""
    form = DonorForm(national_id=cccd_for(dt.date(1990, 1, 1), MALE, serial), full_name=name,
                     birth_date="01/01/1990", sex=MALE, phone="")  # fmt: skip
    return services.donors.register(form, not_a_duplicate=True)


def test_the_viewer_filters_by_donor_and_person_and_shows_old_and_new_values(
    qtbot, window, services, donors, drive
):
    sign_in_as(services, StaffRole.CLERK, name="Nguyễn Thị Lan")
    binh = registered(services, "Trần Văn Bình", 7)  # by the clerk signed in
    visit = services.checkin.check_in(drive, binh).visit
    services.checkin.void_ticket(visit.id, "Nhập nhầm người")
    registered(services, "Lê Thị Cúc", 8)
    window.audit_action.trigger()
    viewer = window.audit_viewer
    assert viewer.isVisible() and viewer.windowTitle() == "Nhật ký thao tác"
    assert viewer.width() <= 1280 and viewer.height() <= 720
    qtbot.waitUntil(viewer.donor.hasFocus)

    commit_text(viewer.donor, "Bình")
    press(viewer.donor, Qt.Key.Key_Return)  # Enter shows the donor's entries
    shown = rows_shown(viewer)
    assert {row[1] for row in shown} == {"Nguyễn Thị Lan"}
    voided = next(row for row in shown if row[2] == "đã hủy")
    assert voided[3].startswith("lượt tiếp đón") or visit.id in voided[3]
    assert "→" in voided[4] and voided[5] == "Nhập nhầm người"
    assert any(row[2] == "đã tạo" and "Trần Văn Bình" in row[4] for row in shown)
    assert all("Lê Thị Cúc" not in row[4] for row in shown)  # the other donor's are not

    viewer.donor.clear()
    viewer.person.setCurrentIndex(viewer.person.findData("Nguyễn Thị Lan"))
    viewer.show_button.click()
    assert {row[1] for row in rows_shown(viewer)} == {"Nguyễn Thị Lan"}
    assert "Lê Thị Cúc" in " ".join(row[4] for row in rows_shown(viewer))


def test_the_export_is_formula_safe_and_audited(
    qtbot, window, services, donors, drive, dialogs, tmp_path
):
    visit = services.checkin.check_in(drive, donors.register(name="Trần Văn Bình")).visit
    services.checkin.void_ticket(visit.id, '=HYPERLINK("x") nhầm')  # a reason a sheet would run
    window.show_audit_trail()
    viewer = window.audit_viewer
    out = tmp_path / "nhat-ky.csv"
    dialogs.will_save(out)
    viewer.export_button.click()
    with out.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0][:3] == ["at", "person", "action"]
    cells = [cell for line in lines[1:] for cell in line]
    assert any("HYPERLINK" in cell for cell in cells)
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
    logged = services.db.execute(
        "SELECT note FROM audit_log WHERE action = 'audit_export'"
    ).fetchone()
    said = {"file": "nhat-ky.csv", "count": str(len(lines) - 1), "filter": "none"}
    assert logged and parse_note(logged[0]) == (AuditNote.AUDIT_EXPORTED, said)
    assert "nhat-ky.csv" in viewer.message.text()


def test_a_broken_chain_is_said_at_start_without_holding_the_window(
    qtbot, services, donors, dialogs, db_path
):
    donors.register(name="Trần Văn Bình")
    victim = services.db.execute("SELECT id, chain_seq FROM audit_log LIMIT 1 OFFSET 1").fetchone()
    other = sqlite3.connect(db_path)  # someone at the laptop, behind the app's back
    other.execute("DROP TRIGGER audit_log_no_update")
    other.execute("UPDATE audit_log SET actor_name = 'Người khác' WHERE id = ?", [victim[0]])
    other.commit()
    other.close()
    parent = QWidget()
    qtbot.addWidget(parent)
    check = AuditStartupCheck(parent, services.audit, dialogs).start()
    assert check.running  # the window goes on while the trail is read
    qtbot.waitUntil(lambda: not check.running)
    (said,) = dialogs.warnings
    assert "Nhật ký thao tác bị hỏng" in said or "bị đứt" in said.lower() or "hỏng" in said
    assert f"Mục {victim[1]} của máy" in said
    assert "trung tâm" in said


def test_an_intact_chain_says_nothing(qtbot, services, donors, dialogs):
    donors.register(name="Trần Văn Bình")
    parent = QWidget()
    qtbot.addWidget(parent)
    check = AuditStartupCheck(parent, services.audit, dialogs).start()
    qtbot.waitUntil(lambda: not check.running)
    assert check.report is not None and check.report.ok
    assert dialogs.warnings == []
