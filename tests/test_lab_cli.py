"""``hmtn center lab import FILE... --db CENTER.sqlite3`` through the real command: a
report per file, every bad line of a refused file, status 1 when any file was refused."""

from pathlib import Path

import pytest
from openpyxl import Workbook

from db.driver import sqlite3
from tests.center_cli import hmtn
from tests.lab_center import LabCenter, build, line, results_file
from tests.people import open_signed_in

pytestmark = pytest.mark.qt  # hmtn prints through Qt's translators


@pytest.fixture
def lab(center, tmp_path) -> LabCenter:
    made = build(center, tmp_path)
    made.services.close()  # the command opens the database itself
    yield made
    for site in made.sites:
        site.close()


def results(center: Path) -> list[tuple]:
    db = sqlite3.connect(center)
    try:
        return db.execute("SELECT din, hbsag, status FROM lab_result ORDER BY din").fetchall()
    finally:
        db.close()


def test_files_imported_one_by_one_with_a_report_each(lab, center, tmp_path, capsys):
    good = results_file(tmp_path, "ket-qua-1.csv", line(lab.plain, "A+", "+hbsag"),
                        line(lab.grouped, "B+"))  # fmt: skip
    book = Workbook()
    book.active.append(["din", "abo", "rh", "hbsag", "anti_hcv", "anti_hiv", "syphilis"])
    book.active.append([lab.other_site.din, "O", "+", "phản ứng", "âm tính", "âm tính", "âm tính"])
    book.save(tmp_path / "ket-qua-2.xlsx")
    status = hmtn("center", "lab", "import", good, tmp_path / "ket-qua-2.xlsx", good,
                  "--db", center)  # fmt: skip
    out = capsys.readouterr().out.splitlines()
    assert status == 0
    assert out == [
        "ket-qua-1.csv imported: 2 lines; 2 units with their first results, 0 unchanged,"
        " 0 with other results to review.",
        "Units held: 1 confirmed positive (donors to notify), 0 repeat-reactive. Blood"
        " groups to review: 1.",
        "ket-qua-2.xlsx imported: 1 lines; 1 units with their first results, 0 unchanged,"
        " 0 with other results to review.",
        "Units held: 0 confirmed positive (donors to notify), 1 repeat-reactive. Blood"
        " groups to review: 0.",
        "ket-qua-1.csv: imported before; nothing new.",
        "3 files: 2 imported, 1 imported before, 0 refused.",
    ]
    assert results(center) == sorted([
        (lab.plain.din, "positive", "current"), (lab.grouped.din, "negative", "current"),
        (lab.other_site.din, "reactive", "current"),
    ])  # fmt: skip


def test_a_refused_file_is_reported_line_by_line_and_changes_nothing(lab, center, tmp_path, capsys):
    bad = results_file(
        tmp_path, "sai.csv",
        line(lab.plain, "A+"),
        "A100126999999,A,+,âm tính,âm tính,âm tính,âm tính,,",
        f"{lab.grouped.din},A,+,có thể,âm tính,âm tính,âm tính,,",
    )  # fmt: skip
    status = hmtn("center", "lab", "import", bad, tmp_path / "khong-co.csv", "--db", center)
    out = capsys.readouterr().out.splitlines()
    assert status == 1
    assert out == [
        "sai.csv was NOT imported: 1 problems found. Nothing was changed.",
        'Line 4, column hbsag: "có thể" is not a result: write negative (âm tính), reactive'
        " (phản ứng) or positive (dương tính), or leave the cell empty when not tested.",
        "khong-co.csv was NOT imported: 1 problems found. Nothing was changed.",
        f"There is no file {tmp_path / 'khong-co.csv'} (is the USB stick plugged in, the name"
        " right?).",
        "2 files: 0 imported, 0 imported before, 2 refused.",
    ]
    good_dins = results_file(tmp_path, "sai-2.csv", line(lab.plain, "A+"),
                             "A100126999999,A,+,âm tính,âm tính,âm tính,âm tính,,")  # fmt: skip
    assert hmtn("center", "lab", "import", good_dins, "--db", center) == 1
    assert "Line 3, column din: No unit with the DIN A100126999999 has reached the center" in (
        capsys.readouterr().out
    )
    assert results(center) == []


def test_a_site_database_is_refused_with_a_sentence(db_path, tmp_path, capsys):
    open_signed_in(db_path).close()  # a laptop's database
    path = results_file(tmp_path, "1.csv", "A100126000001,A,+,âm tính,âm tính,âm tính,âm tính,,")
    assert hmtn("center", "lab", "import", path, "--db", db_path) == 2
    assert "This is not the center's database" in capsys.readouterr().err
