"""The audit viewer names every kind of record, every column and every action the trail
can hold, in Vietnamese: the lists are read from the schema of a new database and from
AuditAction, so a new table, column or action without a name fails here."""

from db.records import BOOKKEEPING
from desktop.core.domain.vocabulary import AuditAction
from ui.audit_names import ACTIONS, action_name
from ui.record_names import COLUMNS, TABLES, column_name, is_audited, table_name


def schema(db) -> dict[str, list[str]]:
    return {table: [c.name for c in db[table].columns] for table in db.table_names()}


def not_a_code(code: str, shown: str) -> bool:
    return shown != code and "_" not in shown


def test_every_table_the_trail_can_name_has_a_name(services):
    tables = [t for t in schema(services.db) if is_audited(t)]
    assert "setting" in tables and "installation" in tables
    unnamed = [t for t in tables if t not in TABLES or not not_a_code(t, table_name(t))]
    assert unnamed == []
    assert table_name("setting") == "cài đặt"


def test_every_column_a_written_record_holds_has_a_name(services):
    # a table written through the audited writer carries its stamps (db.records)
    written = {t: cols for t, cols in schema(services.db).items() if set(BOOKKEEPING) <= set(cols)}
    assert {"certificate", "setting", "staff_role", "lab_notice"} <= set(written)
    columns = {c for cols in written.values() for c in cols} - set(BOOKKEEPING)
    unnamed = sorted(c for c in columns if c not in COLUMNS or not not_a_code(c, column_name(c)))
    assert unnamed == []
    assert column_name("printed_at") == "giờ in"


def test_every_action_has_a_name():
    unnamed = [a for a in AuditAction if a not in ACTIONS or action_name(a) == a.value]
    assert unnamed == []


def test_the_viewer_names_a_setting_and_a_certificate_column(qtbot, window, services, drive):
    services.settings.remember_place(drive.id, "screening")
    window.show_audit_trail()
    viewer = window.audit_viewer
    rows = [
        [viewer.table.item(r, c).text() for c in range(viewer.table.columnCount())]
        for r in range(viewer.table.rowCount())
    ]
    made, changed = (row for row in rows[::-1] if row[4].startswith("bàn đang mở"))
    assert made[3].startswith("cài đặt") and made[4] == "bàn đang mở: tiếp đón"
    assert changed[4] == "bàn đang mở: tiếp đón → khám sàng lọc"
    assert not any("last_station" in row[4] or "setting" in row[3] for row in rows)
