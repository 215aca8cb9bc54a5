"""Every hmtn command given hostile arguments: a plain sentence and an exit status,
never a traceback, and no database made where none was asked for."""

import tempfile
from pathlib import Path

import pytest

from desktop.cli import main
from tests.factories import registry_row, write_registry
from tests.signin import credentials, raw_connection

pytestmark = pytest.mark.qt  # hmtn prints through Qt's translators

HUGE = str(10**30)
FOLDER = Path(tempfile.mkdtemp(prefix="hmtn-hostile-"))  # the password file


@pytest.fixture(autouse=True)
def _log_in_tmp(tmp_path, monkeypatch):
    """The last-resort handler writes hmtn.log into the user log folder: here, tmp."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "hmtn.sqlite3"
    assert main(["drives", "--db", str(path), "--create", *credentials(tmp_path)]) == 0
    return path


def run(capsys, argv: list[str]) -> tuple[int, str]:
    """``hmtn`` signed in as the test administrator (``--user`` before the command)."""
    try:
        status = main([*credentials(FOLDER), *argv])
    except SystemExit as exit_:  # argparse refusing an argument: usage, status 2
        status = exit_.code
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err, out + err
    return status, out + err


def hostile_cases(tmp: Path, db: Path) -> list[tuple[list[str], int, str]]:
    """(arguments, exit status, something the message says)."""
    missing = tmp / "khong-co.sqlite3"
    empty = tmp / "trong.csv"
    empty.write_bytes(b"")
    header_only = write_registry(tmp / "chi-dong-dau.csv", [])
    notes = tmp / "ghi-chu.txt"
    notes.write_text("không phải CSV\x00\x01", encoding="utf-8")
    garbage_rules = tmp / "rules.toml"
    garbage_rules.write_bytes(b"\xff\xfe[[[ version = ")
    huge_cases = tmp / "cases.csv"
    huge_cases.write_text(
        "case,sex,birth_date,drive_date,weight_kg,hb_g_l,systolic,diastolic,pulse,hbsag,"
        "last_donation_date,last_donation_type,questionnaire,expect_decision,expect_max_ml,"
        f"expect_until\nx,M,1990-01-01,2026-11-24,{HUGE},{HUGE},{HUGE},1e999,nan,neg,,,,"
        f"accept,{HUGE},-\n",
        encoding="utf-8",
    )
    d = str(db)
    return [
        (["drives", "--db", str(missing)], 2, "--create"),
        (["drives", "--db", str(tmp)], 2, "không phải tệp cơ sở dữ liệu"),
        (["drives", "--db", "/dev/null"], 2, "không phải tệp cơ sở dữ liệu"),
        (["drives", "--db", str(notes)], 2, "không phải tệp cơ sở dữ liệu"),
        (["drives", "--db", "nul\x00in-the-path"], 2, "đọc được"),
        (["registry", "import", str(missing), "--db", d], 2, "khong-co.sqlite3"),
        (["registry", "import", d, "--db", d], 1, "cơ sở dữ liệu HMTN Desk đang dùng"),
        (["registry", "import", str(empty), "--db", d], 1, "Tệp trống"),
        (["registry", "import", str(header_only), "--db", d], 1, "Tệp trống"),
        (["registry", "import", str(notes), "--db", d], 1, "KHÔNG"),
        (["registry", "import", str(tmp), "--db", d], 2, ""),
        (["registry", "import", str(header_only), "--db", str(missing)], 2, "--create"),
        (["rules", "test", str(missing)], 2, ""),
        (["rules", "test", str(notes)], 2, ""),
        (["rules", "test", str(huge_cases)], None, ""),
        (["rules", "test", str(huge_cases), "--rules", str(garbage_rules)], 2, ""),
        (["rules", "test", str(huge_cases), "--rules", d], 2, ""),
        (["labels", "print", "--drive", "HM1", "--count", HUGE, "--out", "x.pdf", "--db", d],
         2, ""),
        (["labels", "print", "--drive", "", "--count", "-1", "--out", "x.pdf", "--db", d], 2, ""),
        (["labels", "print", "--drive", "HM1", "--count", "2", "--tubes", HUGE, "--out",
          "x.pdf", "--db", d], 2, ""),
        (["labels", "print", "--drive", "HM1", "--count", "2", "--fin", "Z\u202e99", "--out",
          "x.pdf", "--db", d], 2, ""),
        (["labels", "print", "--drive", "HM1", "--count", "abc", "--out", "x.pdf"], 2, ""),
        (["certificates", "print", "--drive", "HM1", "--mode", "overlay", "--first-serial",
          HUGE, "--out", str(tmp / "c.pdf"), "--db", d], 2, ""),
        (["certificates", "print", "--drive", "'; DROP TABLE drive; --", "--mode", "blank",
          "--out", d, "--db", d], 2, ""),
        (["certificates", "print", "--drive", "HM1", "--mode", "sideways", "--out", "c.pdf"],
         2, ""),
        (["demo", "--db", d], 2, "đã tồn tại"),
        (["demo", "--db", str(tmp / "demo.sqlite3"), "--donors", HUGE], 2, "--donors"),
        (["demo", "--db", str(tmp / "demo.sqlite3"), "--donors", "-5"], 2, "--donors"),
        (["--lang", "xx", "drives"], 2, ""),
        (["no-such-command"], 2, ""),
    ]  # fmt: skip


def test_every_command_answers_hostile_arguments_plainly(tmp_path, db, capsys):
    for argv, expected, says in hostile_cases(tmp_path, db):
        status, output = run(capsys, argv)
        if expected is not None:
            assert status == expected, (argv, status, output)
        else:
            assert status in (0, 1, 2), (argv, status, output)
        assert says in output, (argv, output)
    assert not (tmp_path / "khong-co.sqlite3").exists()  # never made without --create
    assert not (tmp_path / "demo.sqlite3").exists()
    check = raw_connection(db)
    assert check.execute("PRAGMA quick_check").fetchone() == ("ok",)
    check.close()


def test_a_new_database_is_made_only_with_create(tmp_path, capsys):
    path = tmp_path / "moi.sqlite3"
    status, output = run(capsys, ["drives", "--db", str(path)])
    assert status == 2 and "không tồn tại" in output and "--create" in output
    assert not path.exists()
    status, output = run(capsys, ["drives", "--db", str(path), "--create"])
    assert status == 0 and path.exists()


def test_a_busy_database_is_told_plainly(tmp_path, db, capsys, monkeypatch):
    """The last-resort handler: a lock held by another program past the busy timeout."""
    monkeypatch.setattr("db.connection.BUSY_TIMEOUT_MS", 100)
    other = raw_connection(db)  # another program, holding the write lock
    other.execute("BEGIN IMMEDIATE")
    try:
        good = write_registry(tmp_path / "r.csv", [registry_row()])
        status, output = run(capsys, ["registry", "import", str(good), "--db", str(db)])
    finally:
        other.rollback()
        other.close()
    assert status == 2
    assert "đang bị một chương trình khác khóa" in output and "không bị hỏng" in output


def test_an_unexpected_error_is_logged_not_shown(tmp_path, db, capsys):
    """Another tool dropped a table: the file still passes every check at opening, and
    the command fails where nobody expected it to."""
    tampered = raw_connection(db)
    tampered.execute("DROP TABLE drive")
    tampered.commit()
    tampered.close()
    status, output = run(capsys, ["drives", "--db", str(db)])
    assert status == 2
    assert "Chi tiết đã được ghi vào" in output
    log = next((tmp_path / "state").rglob("hmtn.log"))
    assert "no such table: drive" in log.read_text(encoding="utf-8")
