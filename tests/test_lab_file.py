"""The laboratory's results file read and checked line by line, as CSV or as an Excel
workbook: every bad line reported, what is no results file refused before it is read."""

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from db.driver import sqlite3
from desktop.core.domain.isbt128 import make_din
from desktop.core.exchange.lab_file import LabFile, read_lab_file

TODAY = dt.date(2026, 12, 3)
HEADER = "din,abo,rh,hbsag,anti_hcv,anti_hiv,syphilis,nat,tested_on"
FIRST = make_din("A1001", 26, 1)
SECOND = make_din("A1001", 26, 2)


def csv_file(folder: Path, *lines: str, name: str = "ket-qua.csv", bom: str = "") -> Path:
    path = folder / name
    path.write_text(bom + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def read(path: Path) -> LabFile:
    return read_lab_file(path, today=TODAY)


def errors(result: LabFile) -> list[tuple[int, str | None, str]]:
    return [(e.line, e.column, e.problem.code) for e in result.errors]


def test_a_csv_in_vietnamese_with_every_way_of_writing_a_din(tmp_path):
    spaced = f"{FIRST.number[:5]} {FIRST.number[5:7]} {FIRST.number[7:]}"
    path = csv_file(
        tmp_path,
        "DIN;ABO;Rh;HBsAg;Anti-HCV;Anti-HIV;Syphilis;NAT;Tested_on",
        f"{spaced};o;Rh+;Âm tính;âm tính;NEG;-;;02/12/2026",
        f"{SECOND.barcode_data};AB;dương;phản ứng;Negative;âm tính;âm tính;;2026-12-01",
        f"{make_din('A1001', 26, 3).number}{make_din('A1001', 26, 3).check};B;-;"
        "dương tính;âm tính;âm tính;âm tính;âm tính;",
        ";;;;;;;;",  # a blank line a spreadsheet leaves
        bom="\ufeff",
    )
    result = read(path)
    assert result.ok, errors(result)
    first, second, third = result.lines
    assert (first.line, first.din, first.abo, first.rh, first.hbsag, first.syphilis) == (
        2, FIRST.number, "O", "+", "negative", "negative",
    )  # fmt: skip
    assert first.tested_on == dt.date(2026, 12, 2)
    assert (second.din, second.abo, second.rh, second.hbsag) == (SECOND.number, "AB", "+",
                                                                  "reactive")  # fmt: skip
    assert (third.hbsag, third.nat, third.tested_on) == ("positive", "negative", None)
    assert len(result.sha256) == 64


def test_an_excel_workbook_with_numbers_and_dates_as_real_cells(tmp_path):
    numeric = make_din("12345", 26, 7)  # a FIN of digits: Excel keeps the DIN as a number
    book = Workbook()
    sheet = book.active
    sheet.append(["din", "abo", "rh", "hbsag", "anti_hcv", "anti_hiv", "syphilis", "tested_on"])
    sheet.append([int(numeric.number), "A", "+", "negative", "negative", "positive",
                  "negative", dt.datetime(2026, 12, 1)])  # fmt: skip
    sheet.append([f"{FIRST.number}{FIRST.check}", "O", "-", "âm tính", None, None, None,
                  "01/12/2026"])  # fmt: skip
    book.create_sheet("Ghi chú").append(["not read: only the first sheet is"])
    book.save(tmp_path / "ket-qua.xlsx")
    result = read(tmp_path / "ket-qua.xlsx")
    assert result.ok, errors(result)
    first, second = result.lines
    assert (first.din, first.anti_hiv, first.tested_on) == (numeric.number, "positive",
                                                             dt.date(2026, 12, 1))  # fmt: skip
    assert (second.din, second.rh, second.anti_hcv, second.tested_on) == (
        FIRST.number, "-", "", dt.date(2026, 12, 1),
    )  # fmt: skip


def test_every_bad_line_is_reported_with_its_line_and_column(tmp_path):
    path = csv_file(
        tmp_path,
        HEADER,
        f"{FIRST.number},A,+,negative,negative,negative,negative,,",
        f"{FIRST.barcode_data},A,+,negative,negative,negative,negative,,",  # the same DIN
        "A100126000003X,A,+,negative,negative,negative,negative,,",  # a wrong check character
        f"{SECOND.number},C,+,maybe,negative,negative,negative,,31/02/2026",
        f"{make_din('A1001', 26, 4).number},A,+,negative,negative,negative,negative,,04/12/2026",
        f"{make_din('A1001', 26, 5).number},,,,,,,,",  # a DIN and no result
        ",A,+,negative,negative,negative,negative,,",
    )
    result = read(path)
    assert not result.ok and result.lines == [result.lines[0]]
    assert errors(result) == [
        (3, "din", "lab_din_twice"),
        (4, "din", "din_check"),
        (5, "abo", "value_invalid"),
        (5, "hbsag", "lab_value_invalid"),
        (5, "tested_on", "date_invalid"),
        (6, "tested_on", "date_in_future"),
        (7, None, "lab_line_empty"),
        (8, "din", "required"),
    ]
    assert result.errors[0].problem.params == {"din": FIRST.number, "first_line": 2}
    assert result.errors[3].problem.params == {"value": "maybe"}


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("din,abo,rh,hbsag,anti_hcv,syphilis", [(1, "anti_hiv", "column_missing")]),
        (f"{HEADER},ho_ten", [(1, "ho_ten", "column_unknown")]),
        (f"{HEADER},abo", [(1, "abo", "column_repeated")]),
    ],
)
def test_a_header_without_a_column_or_with_an_unknown_one_refuses_the_file(
    tmp_path, header, expected
):
    path = csv_file(tmp_path, header, f"{FIRST.number},A,+,negative,negative,negative")
    result = read(path)
    assert errors(result) == expected
    assert result.lines == []


def test_empty_files_are_refused_as_empty(tmp_path):
    assert errors(read(csv_file(tmp_path, "", name="trong.csv"))) == [(0, None, "lab_file_empty")]
    assert errors(read(csv_file(tmp_path, HEADER, name="chi-dong-dau.csv"))) == [
        (0, None, "lab_file_empty")
    ]
    Workbook().save(tmp_path / "trong.xlsx")
    assert errors(read(tmp_path / "trong.xlsx")) == [(0, None, "lab_file_empty")]


def test_what_is_no_results_file_is_refused_before_it_is_read(tmp_path, services, db_path):
    assert errors(read(tmp_path)) == [(0, None, "lab_not_a_file")]
    assert errors(read(tmp_path / "khong-co.csv")) == [(0, None, "import_file_missing")]
    itself = read(db_path)  # the database this process is working in
    assert errors(itself) == [(0, None, "file_is_open_database")]
    assert itself.sha256 == ""  # not even read
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    assert errors(read(other)) == [(0, None, "lab_file_is_database")]


def test_a_broken_workbook_or_a_file_not_in_utf8_is_refused(tmp_path):
    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    assert errors(read(broken)) == [(0, None, "lab_xlsx_unreadable")]
    old_excel = tmp_path / "cu.xls"
    old_excel.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500)
    assert errors(read(old_excel)) == [(0, None, "lab_xlsx_unreadable")]
    latin = tmp_path / "latin.csv"
    latin.write_bytes(f"{HEADER}\n{FIRST.number},A,+,\xe2m t\xednh,,,,,\n".encode("latin-1"))
    assert errors(read(latin)) == [(1, None, "file_not_utf8")]
