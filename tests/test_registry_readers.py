"""A large registry file is read by two child processes at once, each checking and
writing its own share of the lines (desktop.core.registry.loading): the work table and
the outcome (rows, errors, the errors in order) are exactly those of one reader; a
cancel or one child's failure ends both."""

import csv
import datetime as dt
import io
import os
from pathlib import Path

import pytest

from db import registry_lines as line_queries
from desktop.core.domain.problems import UserError
from desktop.core.foundation.child_process import run_in_children
from desktop.core.foundation.progress import QUIET, Cancelled, Progress
from desktop.core.registry import importer, loading, reader
from tests.factories import COLUMNS, registry_row
from tests.signin import encrypted_with_every_role
from tests.test_registry_import import database_digest, rows_for

TODAY = dt.date.today()


@pytest.fixture
def secured(tmp_path):
    services = encrypted_with_every_role(tmp_path / "hmtn.sqlite3")
    yield services
    services.close()


def _write(path: Path, rows: list[dict], *, delimiter: str = ",", bom: bool = False) -> Path:
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=list(COLUMNS), delimiter=delimiter)
        writer.writeheader()
        for row in rows:
            if row is None:
                file.write("\r\n")  # a blank line
            else:
                writer.writerow(row)
    return path


def _work_table(db) -> list[dict]:
    rows = db.query("SELECT * FROM registry_line ORDER BY line")
    return [{k: v for k, v in row.items() if k != "new_id"} for row in rows]  # made afresh


def _outcome(outcome) -> tuple:
    return outcome.row_count, outcome.error_count, outcome.errors


def _read_both_ways(
    secured, path: Path, monkeypatch, share_lines: int = 3, readers: int = 2
) -> tuple:
    """(outcome, work table) of one reader in this process, then of ``readers``
    children."""
    db = secured.db
    line_queries.clear(db)
    one = loading.load(db, path, QUIET, TODAY)
    one_table = _work_table(db)
    line_queries.clear(db)
    monkeypatch.setattr(loading, "SHARE_LINES", share_lines)
    database = db.execute("PRAGMA database_list").fetchone()[2]
    today = TODAY.isoformat()
    two = loading.load_in_children(database, path, today, QUIET, key=db.key, readers=readers)
    two_table = _work_table(db)
    line_queries.clear(db)
    return (_outcome(one), one_table), (_outcome(two), two_table)


def _mixed() -> list:
    """Good lines, bad lines and repeated numbers spread over the shares of 3 lines,
    quoted cells holding newlines and the delimiters, blank lines."""
    r = rows_for(40)
    lines: list = list(r)
    lines[4] = {**r[4], "sex": "?"}
    lines[5] = {**r[5], "address": "Số 3\nLê Lợi, Hạc Thành;\r\nThanh Hóa", "abo": "X"}
    lines[9] = {**r[9], "birth_date": "x", "phone": "12"}
    lines[11] = r[2]  # repeats line 4's numbers
    lines[16] = {**r[16], "old_id": "123456789", "address": 'Ngõ "5"\nPhố Huế'}
    lines[23] = {**r[3], "national_id": "", "old_id": "123456789"}  # repeats line 18's
    lines[30] = r[12]  # repeats line 17's
    lines[31] = {**r[31], "donation_count": "-1", "rare_blood": "?"}
    lines.insert(20, None)
    lines.insert(7, None)
    return lines


@pytest.mark.parametrize(
    "delimiter, bom, readers",
    [(",", True, 2), (";", False, 2), (",", True, 1), (";", False, 3)],
    ids=["comma and BOM", "semicolon", "one child", "three children"],
)
def test_two_readers_write_and_find_exactly_what_one_reader_does(
    secured, tmp_path, monkeypatch, delimiter, bom, readers
):
    monkeypatch.setattr(loading, "ROWS_PER_SORT", 4)  # the numbers sorted in parts, dealt out
    path = _write(tmp_path / "r.csv", _mixed(), delimiter=delimiter, bom=bom)
    one, two = _read_both_ways(secured, path, monkeypatch, readers=readers)
    assert two == one
    (rows, count, errors), table = one
    assert (rows, count) == (33, 9)  # 40 lines (and 2 blank): 3 repeats, 4 bad lines
    assert [(e.line, e.column, e.problem.code, e.problem.params.get("first_line"))
            for e in errors] == [
        (6, "sex", "sex_invalid", None),
        (9, "abo", "value_invalid", None),  # its address spans lines 7 to 9
        (14, "birth_date", "date_invalid", None),
        (14, "phone", "phone_format", None),
        (16, "national_id", "duplicate_id", 4),
        (30, "old_id", "duplicate_id", 22),
        (37, "national_id", "duplicate_id", 17),
        (38, "donation_count", "count_invalid", None),
        (38, "rare_blood", "flag_invalid", None),
    ]  # fmt: skip
    assert len(table) == 40 - 4  # the repeats too (found once the file was read)
    assert 'Ngõ "5" Phố Huế' in {row["address"] for row in table}  # one cell, two lines


@pytest.mark.parametrize("share_lines", [40, 20], ids=["second share empty", "last block"])
def test_a_reader_whose_share_is_empty_holds_no_empty_file(
    secured, tmp_path, monkeypatch, share_lines
):
    path = _write(tmp_path / "r.csv", rows_for(40))
    one, two = _read_both_ways(secured, path, monkeypatch, share_lines)
    assert two == one
    assert one[0] == (40, 0, [])


@pytest.mark.parametrize(
    "content, code",
    [
        ("", "file_empty"),
        (",".join(COLUMNS) + "\r\n", "file_empty"),
        (",".join(COLUMNS[1:]) + "\r\n" + "1," * 15 + "1\r\n", "column_missing"),
    ],
    ids=["nothing", "a header alone", "a column missing"],
)
def test_what_is_wrong_with_the_whole_file_is_said_once(
    secured, tmp_path, monkeypatch, content, code
):
    path = tmp_path / "r.csv"
    path.write_text(content, encoding="utf-8")
    one, two = _read_both_ways(secured, path, monkeypatch)
    assert two == one
    assert [e.problem.code for e in one[0][2]] == [code]


def test_a_malformed_line_ends_both_readers_where_one_would_stop(secured, tmp_path, monkeypatch):
    """The huge cell of line 8 is malformed CSV, said at line 7 (the reader's count),
    after line 7's own error that the other reader found."""
    lines = rows_for(30)
    lines[5:7] = [{**lines[5], "sex": "?"}, {**lines[6], "address": "x" * 140_000}]
    path = _write(tmp_path / "r.csv", lines)
    one, two = _read_both_ways(secured, path, monkeypatch)
    assert two == one
    found = [(e.line, e.problem.code) for e in one[0][2]]
    assert found == [(7, "sex_invalid"), (7, "csv_malformed")]
    assert one[0][0] == 5  # the good lines before it


def test_a_byte_not_utf8_late_in_the_file_ends_both_readers_alike(secured, tmp_path, monkeypatch):
    rows = rows_for(9_000)  # past the first megabyte read at once
    for i in range(2, 9_000, 997):
        rows[i] = {**rows[i], "sex": "?"}
    path = _write(tmp_path / "r.csv", rows)
    data = path.read_bytes()
    at = data.index(b"\n", len(data) * 9 // 10) + 1
    path.write_bytes(data[:at] + b"\xff" + data[at:])
    one, two = _read_both_ways(secured, path, monkeypatch, share_lines=7)
    assert two == one
    (rows_read, _count, found), _table = one
    assert found[-1].problem.code == "file_not_utf8"
    assert 0 < rows_read < 9_000


def test_the_first_thousand_errors_of_both_shares_are_kept_in_line_order(
    secured, tmp_path, monkeypatch
):
    good = rows_for(700)
    lines = good + [row for g in good for row in (g, {**g, "sex": "?"})]
    one, two = _read_both_ways(secured, _write(tmp_path / "r.csv", lines), monkeypatch, 7)
    assert two == one
    (rows, count, found), _table = one
    assert (rows, count) == (700, 1400)
    assert [e.line for e in found] == list(range(702, 702 + reader.MAX_REPORTED_ERRORS))


def _our_children() -> set[int]:
    """The processes this one started that are running (or not yet waited for)."""
    ours = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                status = (entry / "status").read_text()
            except OSError:
                continue  # ended meanwhile
            if f"\nPPid:\t{os.getpid()}\n" in status:
                ours.add(int(entry.name))
    return ours


def _long_file(path: Path, lines: int) -> Path:
    """A file of ``lines`` times the same good line (each a repeat of the first: all
    written to the work table, found as repeats only once the file is read)."""
    one = io.StringIO()
    csv.writer(one).writerow(registry_row().values())
    path.write_text(",".join(COLUMNS) + "\r\n" + one.getvalue() * lines, encoding="utf-8")
    return path


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_a_cancel_while_the_children_read_ends_both(secured, tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "CHILD_FROM_BYTES", 0)
    before, there = database_digest(secured), _our_children()
    seen: set[int] = set()

    def cancel_once_both_read() -> bool:
        seen.update(_our_children() - there)
        return len(seen) >= 2 and secured.db.execute(
            "SELECT count(*) FROM registry_line"
        ).fetchone()[0] > 0  # fmt: skip

    path = _long_file(tmp_path / "r.csv", 200_000)
    with pytest.raises(Cancelled):
        secured.registry.import_file(path, Progress(cancel_requested=cancel_once_both_read))
    assert len(seen) == 2
    assert not seen & _our_children()  # both ended (and waited for)
    assert database_digest(secured) == before
    assert secured.db.execute("SELECT count(*) FROM registry_line").fetchone()[0] == 0


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_one_childs_failure_ends_the_other_and_is_raised_as_ever(secured, tmp_path):
    path = _long_file(tmp_path / "r.csv", 200_000)  # a long read, unless ended
    database = secured.db.execute("PRAGMA database_list").fetchone()[2]
    calls = [
        (database, str(path), TODAY.isoformat(), (0, 2, 5_000)),
        (database, str(path), "no date", (1, 2, 5_000)),  # fails as it starts
    ]
    there = _our_children()
    with pytest.raises(UserError) as raised:
        run_in_children(loading.READER, calls, QUIET, key=secured.db.key)
    assert [p.code for p in raised.value.problems] == ["child_process_failed"]
    assert not _our_children() - there
    written = secured.db.execute("SELECT count(*) FROM registry_line").fetchone()[0]
    assert written < 100_000  # the reader of the first share was ended before its end


@pytest.mark.parametrize("share", [(0, 2, 0), (2, 2, 5), (-1, 2, 5)])
def test_a_share_of_no_lines_is_refused_before_any_is_read(share):
    with pytest.raises(ValueError):  # it would never end: no block, or none of its own
        reader.Share(*share)
