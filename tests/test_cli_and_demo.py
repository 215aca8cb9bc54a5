"""The hmtn command and the demo database."""

import datetime as dt
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core import access
from desktop.core.domain import places
from desktop.core.domain.identity import check_cccd
from desktop.core.services import open_services
from desktop.demo.builder import DEMO_SETTING
from tests.factories import registry_row, write_registry
from tests.people import EVERYONE_NAME, everyone, open_signed_in
from tests.signin import FULL_NAME, credentials, demo_credentials

# hmtn prints through Qt's translators (a QCoreApplication), and the demo database these
# tests share is written by `hmtn demo`.
pytestmark = pytest.mark.qt


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    assert main(["demo", "--db", str(path)]) == 0
    return path


def test_demo_database_holds_a_plausible_registry(demo_db):
    services = open_signed_in(demo_db)
    try:
        rows = list(services.db.query("SELECT * FROM donor"))
        assert len(rows) >= 20_000
        with_cccd = [r for r in rows if r["national_id"]]
        assert len(with_cccd) > 0.9 * len(rows)
        for row in with_cccd:
            birth = dt.date.fromisoformat(row["birth_date"])
            assert check_cccd(row["national_id"], birth, row["sex"]) == [], row
        province_names = {p.name for p in places.provinces()}
        assert sum(any(p in r["address"] for p in province_names) for r in rows) > 0.99 * len(rows)
        assert sum(r["donation_count"] > 0 for r in rows) > 0.4 * len(rows)
        assert sum(bool(r["deferral_until"]) for r in rows) > 100
        assert sum(r["deferral_permanent"] for r in rows) > 20
        assert sum(r["rare_blood"] for r in rows) > 0
        families = Counter(r["full_name"].split()[0] for r in rows)
        assert families.most_common(1)[0][0] == "Nguyễn"
        assert len(families) >= 20
        drive = services.drives.drive_to_open()
        assert drive is not None and drive.is_open
        waiting = services.checkin.waiting_for_screening(drive)
        decided = services.screening.decided(drive)
        assert len(waiting) >= 8 and len(waiting) + len(decided) >= 20
        assert {w.code for e in waiting + decided for w in e.visit.warnings} >= {
            "too_soon", "under_age", "over_age", "deferred_until", "deferred_permanently",
        }  # fmt: skip
    finally:
        services.close()


def test_the_demo_drive_has_donors_screened(demo_db):
    services = open_signed_in(demo_db)
    try:
        drive = services.drives.drive_to_open()
        records = [services.screening.record(e.visit.id) for e in services.screening.decided(drive)]
        accepted = {r.volume_ml for r in records if r.decision == "accept"}
        assert accepted == {250, 350, 450}
        deferred = [r for r in records if r.decision.startswith("defer")]
        assert len({r.deferral_reason for r in deferred}) >= 6
        assert {r.decision for r in deferred} == {"defer_temporary", "defer_permanent"}
        [override] = [r for r in records if r.override_reason]
        assert override.decision == "accept" and override.proposed_decision == "defer_temporary"
        assert all(r.doctor_name == "BS. Trần Văn Minh" for r in records)
        assert all(r.rule_set_version == services.screening.rules.version for r in records)
        queue = services.collection.queue(drive)
        given = services.collection.donations(drive)
        in_chair = services.collection.in_chair(drive)
        assert len(queue) + len(in_chair) + len(given) == len(
            [r for r in records if r.decision == "accept"]
        )
        waiting = services.checkin.waiting_for_screening(drive)
        answered = [services.screening.record(e.visit.id) for e in waiting]
        assert any(r and r.questionnaire_by == "Nguyễn Thị Lan" for r in answered)
    finally:
        services.close()


def test_demo_refuses_to_overwrite(demo_db, capsys):
    assert main(["demo", "--db", str(demo_db)]) == 2
    assert "đã tồn tại" in capsys.readouterr().out


def test_drives_lists_the_drives(demo_db, capsys):
    login = demo_credentials(demo_db.parent)
    assert main(["drives", "--db", str(demo_db), *login]) == 0
    out = capsys.readouterr().out
    assert "Mã" in out and "Đại học Bách khoa Hà Nội" in out and "đang mở" in out
    assert main(["--lang", "en", "drives", "--db", str(demo_db), *login]) == 0
    assert "Red Sunday" in capsys.readouterr().out


def test_registry_import_from_the_command_line(tmp_path, capsys):
    db, login = tmp_path / "center.sqlite3", credentials(tmp_path)
    good = write_registry(tmp_path / "good.csv", [registry_row()])
    assert main(["registry", "import", str(good), "--db", str(db), "--create", *login]) == 0
    assert "1 người hiến mới" in capsys.readouterr().out
    bad = write_registry(tmp_path / "bad.csv", [registry_row(birth_date="99/99/1990")])
    assert main(["registry", "import", str(bad), "--db", str(db), *login]) == 1
    out = capsys.readouterr().out
    assert "KHÔNG nhập" in out and "Dòng 2, cột birth_date" in out


def test_registry_import_while_another_one_runs_says_so(tmp_path, capsys, monkeypatch):
    from desktop.core.registry.staging import Staging

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))  # hmtn.log, if any
    db = tmp_path / "center.sqlite3"
    other = open_signed_in(db, encrypt=True)  # another program, storing a registry right now
    Staging(other.db, other.session.actor, "other.csv", "0" * 64).start()
    other.close()  # (its heartbeat is fresh: it counts as running)
    good = write_registry(tmp_path / "good.csv", [registry_row()])
    assert main(["registry", "import", str(good), "--db", str(db), *credentials(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "Một danh sách khác đang được nhập" in err and "hmtn.log" not in err


def test_a_refused_database_gets_a_clear_message(tmp_path, capsys):
    path = tmp_path / "notes.sqlite3"
    path.write_text("not a database")
    assert main(["drives", "--db", str(path), *credentials(tmp_path)]) == 2
    assert "thiếu tệp khóa" in capsys.readouterr().err  # no key file: encrypted, or no database


def test_the_console_script_runs(tmp_path):
    """`python -m desktop` is what the `hmtn` script runs; no window is needed."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "drives",
            "--db",
            str(tmp_path / "x.sqlite3"),
            "--create",
            *credentials(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Chưa có đợt hiến máu nào." in result.stdout


def test_the_demo_drive_has_units_and_labels(demo_db):
    services = open_signed_in(demo_db)
    try:
        drive = services.drives.drive_to_open()
        units = services.collection.donations(drive)
        assert sorted(u.outcome for u in units) == ["complete"] * 3 + ["incomplete"]
        [incomplete] = [u for u in units if u.outcome == "incomplete"]
        assert incomplete.reaction == "vasovagal_immediate"
        summary = services.reconciliation.summary(drive)
        assert summary.dins_allocated == 40 and summary.dins_used == 4
        assert summary.accepted_no_unit == 1  # still in the chair
        [in_chair] = services.collection.in_chair(drive)
        assert (in_chair.din, in_chair.started) == ("A999926000005", "08:50")
    finally:
        services.close()


def test_labels_print_allocates_and_writes_the_label_sets(tmp_path, capsys):
    import pypdfium2
    import zxingcpp

    from tests.signin import open_any as open_db

    db = tmp_path / "site.sqlite3"
    assert main(["demo", "--db", str(db), "--donors", "300"]) == 0
    login = demo_credentials(tmp_path)
    services = open_db(db)
    code = services.drives.drive_to_open().code
    before = len(services.dins.for_drive(services.drives.by_code(code)))
    services.close()
    out = tmp_path / "labels.pdf"
    args = ["labels", "print", "--db", str(db), *login, "--drive", code, "--count", "2",
            "--out", str(out)]  # fmt: skip
    assert main([*args, "--layout", "50x25", "--tubes", "1"]) == 0
    assert "2 bộ nhãn (6 trang)" in capsys.readouterr().out
    services = open_db(db)
    records = services.dins.for_drive(services.drives.by_code(code))[before:]
    services.close()
    assert [r.label_prints for r in records] == [1, 1]
    document = pypdfium2.PdfDocument(out)
    decoded = [
        zxingcpp.read_barcodes(page.render(scale=400 / 72).to_pil())[0].text for page in document
    ]
    document.close()
    expected = [r.din.barcode_data for r in records for _ in range(3)]
    assert decoded == expected
    assert main([*args[:-2], "--out", str(tmp_path / "missing" / "x.pdf")]) == 2
    assert main(["labels", "print", "--db", str(db), *login, "--drive", "NOPE", "--count", "1",
                 "--out", str(out)]) == 2  # fmt: skip


def test_the_demo_drive_has_certificates_issued_and_pending(demo_db):
    services = open_signed_in(demo_db)
    try:
        drive = services.drives.drive_to_open()
        entries = services.certificates.entries(drive)
        assert [e.pending for e in entries].count(False) == 2
        assert [e.pending for e in entries].count(True) == 1
        assert all(r.serial.startswith("HMTN-") for r in services.certificates.register(drive))
    finally:
        services.close()


def test_the_demo_site_is_set_up_so_the_demo_never_asks(demo_db):
    services = open_signed_in(demo_db)
    try:
        assert not services.setup.needed()
    finally:
        services.close()


def test_demo_reset_rebuilds_the_demo_in_place_and_nothing_else(tmp_path, capsys):
    import os

    path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(path), "--donors", "300"]) == 0
    assert main(["demo", "--db", str(path), "--donors", "300"]) == 2
    assert "--reset" in capsys.readouterr().out
    services = open_signed_in(path)
    services.staff.add("Người thử nghiệm", "clerk")
    services.close()
    inode = os.stat(path).st_ino
    assert main(["demo", "--db", str(path), "--donors", "300", "--reset"]) == 0
    assert "Đã tạo lại cơ sở dữ liệu mẫu" in capsys.readouterr().out
    assert os.stat(path).st_ino == inode  # the same file: its content replaced by SQLite
    services = open_signed_in(path)
    try:
        assert "Người thử nghiệm" not in [s.full_name for s in services.staff.everyone()]
        assert services.db.execute("SELECT count(*) FROM visit").fetchone()[0] == 24
    finally:
        services.close()


def test_demo_reset_never_replaces_a_real_database(tmp_path, capsys):
    path = tmp_path / "hmtn.sqlite3"
    services = open_signed_in(path, encrypt=True)
    services.staff.add("Nguyễn Thị Lan", "clerk")
    services.close()
    assert main(["demo", "--db", str(path), "--donors", "300", "--reset"]) == 2
    assert "không phải cơ sở dữ liệu mẫu" in capsys.readouterr().err
    services = open_signed_in(path)
    try:
        assert [s.full_name for s in services.staff.everyone()] == [
            "Nguyễn Thị Lan",
            EVERYONE_NAME,
            FULL_NAME,  # the administrator who made the database (encrypted)
        ]
        assert services.db.execute("SELECT count(*) FROM donor").fetchone()[0] == 0
    finally:
        services.close()


def _plain_database(path: Path, *, demo: bool) -> None:
    """A plain database as versions before the encryption wrote it (a demo's marked)."""
    plain = open_services(path)
    everyone(plain)
    if demo:
        plain.settings.set(DEMO_SETTING, "1")
    plain.staff.add("Lê Thị Hồng", "nurse")
    plain.close()


def test_an_older_plain_demo_is_rebuilt_and_a_plain_database_never(tmp_path, capsys):
    older, real = tmp_path / "demo.sqlite3", tmp_path / "hmtn.sqlite3"
    _plain_database(older, demo=True)
    _plain_database(real, demo=False)
    assert main(["demo", "--db", str(real), "--donors", "300", "--reset"]) == 2
    assert "không phải cơ sở dữ liệu mẫu" in capsys.readouterr().err
    assert access.database_state(real) == access.AccessState.PLAIN  # left as it was
    # An older demo would ask for an administrator (it has no users with passwords):
    # it is rebuilt, encrypted, with the demo's staff.
    assert main(["demo", "--db", str(older), "--donors", "300", "--reset"]) == 0
    assert access.database_state(older) == access.AccessState.ENCRYPTED
    services = open_signed_in(older)
    try:
        names = [s.full_name for s in services.staff.everyone()]
        assert "Lê Thị Hồng" not in names and "Trần Quản Trị" in names
        assert services.db.execute("SELECT count(*) FROM visit").fetchone()[0] == 24
    finally:
        services.close()
