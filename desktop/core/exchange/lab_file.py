"""Reading the laboratory's results file: CSV (as the registry file) or an Excel workbook
(.xlsx, its first sheet), one line per unit tested (README: "The lab results file").

The whole file is checked before anything is written: any bad line refuses the file,
with every line number and reason. Matching the DINs to the units the center holds is
the import's (``lab_import``); this module needs no database.
"""

import csv
import datetime as dt
import hashlib
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.domain.dates import parse_date
from desktop.core.domain.isbt128 import DinError, parse_scan
from desktop.core.domain.problems import Problem
from desktop.core.domain.text import fold, from_spreadsheet
from desktop.core.domain.vocabulary import LabValue
from desktop.core.foundation.files import is_sqlite_file, open_database_problem
from desktop.core.foundation.progress import QUIET, Progress
from desktop.core.registry.reader import MAX_REPORTED_ERRORS, LineError

MARKERS = ("hbsag", "anti_hcv", "anti_hiv", "syphilis", "nat")
REQUIRED_COLUMNS = ("din", "abo", "rh", "hbsag", "anti_hcv", "anti_hiv", "syphilis")
OPTIONAL_COLUMNS = ("nat", "tested_on")
COLUMNS = (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS)

# Spellings, as ``_key`` leaves them (lower case, no diacritics, no spaces).
_VALUES = {
    "": LabValue.NOT_TESTED,
    **dict.fromkeys(
        ("negative", "amtinh", "neg", "-", "non-reactive", "nonreactive", "khongphanung"),
        LabValue.NEGATIVE,
    ),
    **dict.fromkeys(("reactive", "phanung"), LabValue.REACTIVE),
    **dict.fromkeys(("positive", "duongtinh", "pos", "+"), LabValue.POSITIVE),
}
_ABO = {"": "", "a": "A", "b": "B", "ab": "AB", "o": "O"}
_RH = {
    "": "",
    **dict.fromkeys(("+", "rh+", "pos", "positive", "duong", "duongtinh"), "+"),
    **dict.fromkeys(("-", "rh-", "neg", "negative", "am", "amtinh"), "-"),
}
_ZIP = b"PK\x03\x04"  # an .xlsx is a zip archive
_OLE = b"\xd0\xcf\x11\xe0"  # the old binary .xls
_PROGRESS_EVERY = 2000

Cell = str | dt.date


@dataclass(frozen=True)
class LabLine:
    """One unit's results as the file gives them (values coded, empty = not tested)."""

    line: int
    din: str  # the 13 characters FIN + yy + nnnnnn
    abo: str
    rh: str
    hbsag: str
    anti_hcv: str
    anti_hiv: str
    syphilis: str
    nat: str
    tested_on: dt.date | None

    def results(self) -> dict[str, str]:
        """The results as stored and compared (a new file with the same is no change)."""
        return {"abo": self.abo, "rh": self.rh, **{m: getattr(self, m) for m in MARKERS}}


@dataclass
class LabFile:
    name: str
    lines: list[LabLine] = field(default_factory=list)
    errors: list[LineError] = field(default_factory=list)
    error_count: int = 0  # all errors, even past the MAX_REPORTED_ERRORS kept
    sha256: str = ""  # of the whole file ("" when it was not read)

    def add(self, line: int, column: str | None, problem: Problem) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_REPORTED_ERRORS:
            self.errors.append(LineError(line, column, problem))

    @property
    def ok(self) -> bool:
        return self.error_count == 0


def file_problem(path: Path) -> Problem | None:
    """What makes the chosen file no results file at all, found before reading it."""
    if problem := open_database_problem(path):
        return problem
    if not path.exists():
        return Problem("import_file_missing", {"file": str(path)})
    if path.is_dir():
        return Problem("lab_not_a_file", {"file": str(path)})
    if not path.is_file():
        return Problem("file_not_regular", {"file": str(path)})
    if is_sqlite_file(path):
        return Problem("lab_file_is_database")
    return None


def read_lab_file(path: Path, progress: Progress = QUIET, today: dt.date | None = None) -> LabFile:
    """Parse and check every line; ``ok`` means the file can be matched and imported."""
    path = Path(path)
    result = LabFile(path.name)
    if problem := file_problem(path):
        result.add(0, None, problem)
        return result
    try:
        data = path.read_bytes()
    except OSError as error:
        params = {"file": path.name, "error": error.strerror or str(error)}
        result.add(0, None, Problem("import_unreadable", params))
        return result
    result.sha256 = hashlib.sha256(data).hexdigest()
    checker = _LineChecker(result, today or dt.date.today())
    rows = _xlsx_rows(data, result) if data[:4] in (_ZIP, _OLE) else _csv_rows(data, result)
    header = next(rows, None)
    if header is not None and checker.header(header[1]):
        for count, (line, cells) in enumerate(rows, start=1):
            checker.check(line, cells)
            if count % _PROGRESS_EVERY == 0:
                progress.step("read", count, 0)
    if not result.lines and not result.error_count:
        result.add(0, None, Problem("lab_file_empty"))
    return result


# -- the two formats, as (line number, cells) ----------------------------------------------


def _csv_rows(data: bytes, result: LabFile) -> Iterator[tuple[int, list[Cell]]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        result.add(1, None, Problem("file_not_utf8"))
        return
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for cells in reader:
            yield reader.line_num, [from_spreadsheet(c) for c in cells]
    except csv.Error as error:
        result.add(reader.line_num, None, Problem("csv_malformed", {"detail": str(error)}))


def _xlsx_rows(data: bytes, result: LabFile) -> Iterator[tuple[int, list[Cell]]]:
    """The first sheet's rows; numbers as the digits a person sees, dates as dates."""
    from openpyxl import load_workbook  # noqa: PLC0415 - heavy: loaded when a sheet is read

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError):
        result.add(0, None, Problem("lab_xlsx_unreadable"))
        return
    try:
        if not book.worksheets:
            return
        for number, row in enumerate(book.worksheets[0].iter_rows(values_only=True), start=1):
            yield number, [_xlsx_cell(value) for value in row]
    finally:
        book.close()


def _xlsx_cell(value: Any) -> Cell:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# -- checking ------------------------------------------------------------------------------


def _column_name(cell: Cell) -> str:
    """A header cell as a column name: "Anti-HCV" and "anti hcv" are ``anti_hcv``."""
    text = fold(cell) if isinstance(cell, str) else ""
    return text.replace("-", "_").replace(" ", "_")


class _LineChecker:
    def __init__(self, result: LabFile, today: dt.date) -> None:
        self.result = result
        self.today = today
        self.index: dict[str, int] = {}
        self.seen: dict[str, int] = {}  # DIN -> its first line

    def header(self, cells: list[Cell]) -> bool:
        columns = [_column_name(c) for c in cells]
        while columns and not columns[-1]:  # a spreadsheet's empty cells after the last
            columns.pop()
        if not columns:
            return False  # an empty first line: the file is empty
        add = self.result.add
        for column in REQUIRED_COLUMNS:
            if column not in columns:
                add(1, column, Problem("column_missing", {"column": column}))
        for column in columns:
            if column not in COLUMNS:
                add(1, column or None, Problem("column_unknown", {"column": column}))
        for column in sorted({c for c in columns if columns.count(c) > 1}):
            add(1, column, Problem("column_repeated", {"column": column}))
        self.index = {name: i for i, name in enumerate(columns)}
        return self.result.error_count == 0

    def check(self, line: int, cells: list[Cell]) -> None:
        if not any(_stripped(c) for c in cells):
            return  # a blank line
        cell = {
            name: _stripped(cells[i]) if i < len(cells) else "" for name, i in self.index.items()
        }
        errors_before = self.result.error_count
        din = self._din(line, cell["din"])
        abo = self._choice(line, "abo", cell["abo"], _ABO)
        rh = self._choice(line, "rh", cell["rh"], _RH)
        values = {m: self._marker(line, m, cell.get(m, "")) for m in MARKERS}
        tested_on = self._date(line, cell.get("tested_on", ""))
        if din and not (abo or rh or any(values.values())):
            self.result.add(line, None, Problem("lab_line_empty", {"din": din}))
        if self.result.error_count == errors_before and din:
            self.result.lines.append(LabLine(line, din, abo, rh, tested_on=tested_on, **values))

    def _din(self, line: int, cell: Cell) -> str:
        text = cell if isinstance(cell, str) else ""
        if not text:
            self.result.add(line, "din", Problem("required", field="din"))
            return ""
        try:
            din = parse_scan(text).number
        except DinError as error:
            self.result.add(line, "din", error.problem)
            return ""
        first = self.seen.setdefault(din, line)
        if first != line:
            params = {"din": din, "first_line": first}
            self.result.add(line, "din", Problem("lab_din_twice", params, "din"))
        return din

    def _marker(self, line: int, column: str, cell: Cell) -> str:
        return self._choice(line, column, cell, _VALUES, "lab_value_invalid")

    def _choice(
        self, line: int, column: str, cell: Cell, choices: dict, code: str = "value_invalid"
    ) -> str:
        value = choices.get(_key(cell)) if isinstance(cell, str) else None
        if value is None:
            self.result.add(line, column, Problem(code, {"value": _shown(cell)}, column))
            return ""
        return value

    def _date(self, line: int, cell: Cell) -> dt.date | None:
        if cell == "":
            return None
        day = cell if isinstance(cell, dt.date) else parse_date(cell)
        if day is None:
            problem = Problem("date_invalid", {"value": _shown(cell)}, "tested_on")
            self.result.add(line, "tested_on", problem)
        elif day > self.today:
            problem = Problem("date_in_future", {"value": _shown(cell)}, "tested_on")
            self.result.add(line, "tested_on", problem)
            return None
        return day


def _key(text: str) -> str:
    return fold(text).replace(" ", "")


def _stripped(cell: Cell) -> Cell:
    return cell.strip() if isinstance(cell, str) else cell


def _shown(cell: Cell) -> str:
    return cell.strftime("%d/%m/%Y") if isinstance(cell, dt.date) else str(cell)[:40]
