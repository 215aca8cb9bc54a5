"""Reading and checking the donor registry CSV that the provincial center sends.

A file with any bad line is refused with a report of every line number and reason
(the first ``MAX_REPORTED_ERRORS``, all counted). Columns are documented in the README
("Registry file"). The file is read as a stream: ``read_chunks`` yields its checked
rows a chunk at a time and holds nothing proportional to the file, so a registry of
ten million lines is read in the memory of one chunk. A number that two lines carry is
found by a ``Seen`` look-up, asked a chunk at a time, for a small file held in memory
(``read_registry``); the import finds them once the whole file is in its work table
(``desktop.core.registry.loading``), where several readers may share a file's lines
(``Share``).
"""

import csv
import datetime as dt
import io
import itertools
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.domain.identity import check_cccd, normalize_phone
from desktop.core.domain.problems import Problem
from desktop.core.domain.text import (
    ADDRESS_MAX,
    NAME_MAX,
    REASON_MAX,
    fold,
    from_spreadsheet,
    nfc,
)
from desktop.core.domain.vocabulary import DonationType, Sex
from desktop.core.foundation.files import is_sqlite_file, open_database_problem
from desktop.core.foundation.progress import QUIET, Progress

COLUMNS = (
    "national_id",
    "old_id",
    "full_name",
    "birth_date",
    "sex",
    "address",
    "phone",
    "abo",
    "rh",
    "donation_count",
    "last_donation_date",
    "last_donation_type",
    "deferral_until",
    "deferral_permanent",
    "deferral_reason",
    "rare_blood",
    "reserve_club",
)
OPTIONAL_COLUMNS = ("donor_id",)
MAX_REPORTED_ERRORS = 1000

# Coded values are kept as plain strings (``Sex.MALE.value``), not enum members: a row
# holding only strings, numbers and None is not tracked by Python's garbage collector,
# whose full collections would otherwise walk a million rows (a second or more during
# which every thread, the desk's too, stands still).
_SEX = {
    "nam": Sex.MALE.value,
    "m": Sex.MALE.value,
    "male": Sex.MALE.value,
    "nu": Sex.FEMALE.value,
    "nữ": Sex.FEMALE.value,  # as written: found without folding (a million lines ask)
    "f": Sex.FEMALE.value,
    "female": Sex.FEMALE.value,
}
_ABO = {"": "", "a": "A", "b": "B", "ab": "AB", "o": "O"}
_RH = {"": "", "+": "+", "-": "-", "rh+": "+", "rh-": "-", "duong": "+", "am": "-",
       "dương": "+", "âm": "-"}  # fmt: skip
_FLAG = {"0": 0, "1": 1, "khong": 0, "co": 1, "no": 0, "yes": 1}
_DONATION_TYPES = frozenset(t.value for t in DonationType)  # built once: a million lines ask
_DONATION_TYPE_ALIASES = {
    "mau toan phan": DonationType.WHOLE_BLOOD.value,
    "hong cau": DonationType.RBC_APHERESIS.value,
    "huyet tuong": DonationType.PLASMA.value,
    "tieu cau": DonationType.PLATELETS.value,
}
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_DIGITS = re.compile(r"^\d+$")
_PHONE_CHARACTERS = re.compile(r"[\d\s.+()\-]+")
READ_BYTES = 1 << 20
NAMES_REMEMBERED = 200_000  # folded names kept while a file is read (names repeat)
CHUNK_ROWS = 20_000  # checked rows handed on at a time
NUMBER_COLUMNS = ("national_id", "old_id", "id")  # each held by one line of a file at most
# each one's column in the file and in the errors
NUMBER_COLUMN_NAMES = {"national_id": "national_id", "old_id": "old_id", "id": "donor_id"}
# What ends the reading of a file before its end (every reader of it meets it alike):
# the last error of a reading, said after the errors of the line it is said at.
ENDING_CODES = frozenset({"file_not_utf8", "csv_malformed"})


@dataclass(frozen=True)
class LineError:
    line: int  # 1-based line of the file; 1 is the header; 0 for the file as a whole
    column: str | None
    problem: Problem


@dataclass
class ReadOutcome:
    """What reading a file found besides its rows: known once every chunk was taken."""

    errors: list[LineError] = field(default_factory=list)
    error_count: int = 0  # all errors, even past the MAX_REPORTED_ERRORS kept
    row_count: int = 0  # good rows handed on

    def error(self, line: int, column: str | None, code: str, /, **params: object) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_REPORTED_ERRORS:
            self.errors.append(LineError(line, column, Problem(code, dict(params), column)))


@dataclass
class RegistryFile(ReadOutcome):
    """A whole (small) file read into memory (``read_registry``)."""

    rows: list[dict] = field(default_factory=list)  # donor values ready to store
    lines: list[int] = field(default_factory=list)  # the file line of each row


Chunk = list[tuple[int, dict]]  # (file line, donor values) of checked rows


@dataclass(frozen=True)
class Share:
    """The data lines one of ``readers`` readers of a file checks: its records in
    blocks of ``lines`` by their index, block i to reader i % readers. Every reader
    reads the whole file through the csv reader (line numbers, quoted multi-line cells
    and encoding errors come out as for one reader) but checks only its own blocks;
    the first reader alone reports what is wrong with the file as a whole (its
    header, an encoding or CSV error that ends it), and none decides that the file is
    empty (a reader whose share is empty holds no empty file: the caller decides)."""

    index: int = 0
    readers: int = 1
    lines: int = 5_000

    def __post_init__(self) -> None:
        if not (0 <= self.index < self.readers and self.lines > 0):
            raise ValueError(f"no share of a file: {self}")

    @property
    def whole(self) -> bool:
        return self.readers == 1


WHOLE = Share()  # one reader, every line


class Seen:
    """Which numbers (``NUMBER_COLUMNS``) earlier lines of the file carried."""

    # True: the numbers are not looked at while the file is read (every good line is
    # handed on, repeated numbers too); the caller finds the repeats once it has all.
    after_reading = False

    def first_lines(self, column: str, values: list[str]) -> dict[str, int]:
        """value -> the first line that carried it, for those of ``values`` seen before
        the chunk being checked."""
        raise NotImplementedError

    def remember(self, chunk: Chunk) -> None:
        """The chunk's numbers are seen (the caller keeps the chunk's rows)."""


class SeenInMemory(Seen):
    """For a file read whole: every number in a dictionary."""

    def __init__(self) -> None:
        self.first: dict[str, dict[str, int]] = {column: {} for column in NUMBER_COLUMNS}

    def first_lines(self, column: str, values: list[str]) -> dict[str, int]:
        held = self.first[column]
        return {value: held[value] for value in values if value in held}

    def remember(self, chunk: Chunk) -> None:
        for column in NUMBER_COLUMNS:
            held = self.first[column]
            for line, row in chunk:
                if row[column]:
                    held.setdefault(row[column], line)


def file_problem(path: Path) -> Problem | None:
    """What makes the chosen file no registry at all, found before reading it: the
    database itself (reading it would drop this process's locks on it), another
    database, a folder or a device."""
    if problem := open_database_problem(path):
        return problem
    if not path.is_file():
        return Problem("file_not_regular", {"file": str(path)})
    if is_sqlite_file(path):
        return Problem("registry_is_database")
    return None


def has_lines(path: Path) -> bool:
    """Whether the file holds something after its first line (its header): a header
    alone, or nothing, is an empty registry. Reads up to the first such line only."""
    with path.open("rb") as file:
        file.readline()
        return any(line.strip() for line in file)


def read_registry(
    path: Path, progress: Progress = QUIET, today: dt.date | None = None
) -> RegistryFile:
    """Parse and check every line of a file small enough to hold (a test, a package
    check); ``errors`` empty means the file can be imported. The import streams
    (``read_chunks``)."""
    result = RegistryFile()
    for chunk in read_chunks(path, result, SeenInMemory(), progress, today=today):
        for line, row in chunk:
            result.lines.append(line)
            result.rows.append(row)
    return result


def read_chunks(
    path: Path,
    outcome: ReadOutcome,
    seen: Seen,
    progress: Progress = QUIET,
    *,
    today: dt.date | None = None,
    chunk_rows: int | None = None,
    share: Share = WHOLE,
) -> Iterator[Chunk]:
    """The file's good rows, checked, ``chunk_rows`` at a time; its errors and count
    go in ``outcome`` (complete once the last chunk was taken). A chunk is handed on
    as it is: a line found bad later does not take back the rows handed on before (the
    caller refuses the whole file when ``outcome.error_count`` ends above 0). The
    importer hashes the file itself before reading it (``importer._sha256``). With a
    ``share`` of the lines, only those are checked and handed on (see ``Share``)."""
    today = today or dt.date.today()
    if problem := file_problem(path):
        _about_the_file(outcome, share).error(0, None, problem.code, **problem.params)
        return
    total = path.stat().st_size
    with path.open("rb", buffering=0) as raw:  # buffered once, below
        text = io.TextIOWrapper(io.BufferedReader(raw, READ_BYTES), "utf-8-sig", newline="")
        # The text layer asks for 8 KB at a time, each one a read of the file once the
        # buffer is empty: the interpreter is let go and taken back every 8 KB, so often
        # that a thread waiting for it (the desk's, when this runs on a worker) seldom
        # gets it, up to hundreds of milliseconds. Read a megabyte at a time.
        text._CHUNK_SIZE = READ_BYTES
        for chunk in _check_lines(text, outcome, today, chunk_rows or CHUNK_ROWS, share):
            kept = chunk if seen.after_reading else _without_repeated_numbers(chunk, seen, outcome)
            seen.remember(kept)
            outcome.row_count += len(kept)
            if kept:
                yield kept
            progress.step("read", raw.tell(), total)
    if share.whole and not outcome.row_count and not outcome.error_count:
        outcome.error(0, None, "file_empty")  # a header and nothing else
    progress.step("read", total, total)


def _without_repeated_numbers(chunk: Chunk, seen: Seen, outcome: ReadOutcome) -> Chunk:
    """The chunk's rows but those carrying a number an earlier line carried (each such
    line is an error naming the first)."""
    first_of: dict[str, dict[str, int]] = {}
    for column in NUMBER_COLUMNS:
        values = list({row[column] for _line, row in chunk if row[column]})
        first_of[column] = seen.first_lines(column, values) if values else {}
    repeated = set()
    for line, row in chunk:
        for column in NUMBER_COLUMNS:
            value = row[column]
            if not value:
                continue
            first = first_of[column].setdefault(value, line)
            if first != line:
                name = NUMBER_COLUMN_NAMES[column]
                outcome.error(line, name, "duplicate_id", value=value, first_line=first)
                repeated.add(line)
    return [(line, row) for line, row in chunk if line not in repeated] if repeated else chunk


def _about_the_file(outcome: ReadOutcome, share: Share) -> ReadOutcome:
    """Where the errors about the file as a whole go: said by the first reader only
    (the others' copies are dropped, uncounted)."""
    return outcome if share.index == 0 else ReadOutcome()


def _check_lines(
    text: io.TextIOWrapper, result: ReadOutcome, today: dt.date, chunk_rows: int, share: Share
) -> Iterator[Chunk]:
    whole = _about_the_file(result, share)
    try:
        header_line = text.readline()
    except UnicodeDecodeError:
        whole.error(1, None, "file_not_utf8")
        return
    if not header_line.strip():
        whole.error(0, None, "file_empty")
        return
    delimiter = ";" if header_line.count(";") > header_line.count(",") else ","
    header = next(csv.reader([header_line], delimiter=delimiter), [])
    columns = [h.strip().lower() for h in header]
    if not _check_header(columns, whole):
        return
    reader = csv.reader(text, delimiter=delimiter)
    checker = _RowChecker(columns, result, today)
    try:
        for cells in _numbered(reader, share):
            checker.check(*cells)
            if len(checker.chunk) >= chunk_rows:
                yield checker.take()
    except UnicodeDecodeError:
        whole.error(reader.line_num + 1, None, "file_not_utf8")
    except csv.Error as e:
        whole.error(reader.line_num, None, "csv_malformed", detail=str(e))
    # The good lines read before an error that ended the reading count as read too,
    # whoever read them (the rows are the same however many readers share the file).
    yield checker.take()


def _numbered(reader: Any, share: Share) -> Iterator[tuple[int, list[str]]]:
    """The records of the share's blocks with their line number; the others' blocks
    are read (tokenized in C: cheap) and passed over."""
    # line_num counts physical lines read, so a quoted multi-line cell keeps later
    # line numbers right; +1 accounts for the header read separately.
    if share.whole:
        for cells in reader:
            yield reader.line_num + 1, cells
        return
    others = share.lines * (share.readers - 1)  # the records of the others' blocks
    deque(itertools.islice(reader, share.lines * share.index), maxlen=0)
    while True:
        taken = 0
        for cells in itertools.islice(reader, share.lines):
            taken += 1
            yield reader.line_num + 1, cells
        if taken < share.lines:
            return
        deque(itertools.islice(reader, others), maxlen=0)


def _check_header(columns: list[str], result: ReadOutcome) -> bool:
    missing = [c for c in COLUMNS if c not in columns]
    unknown = [c for c in columns if c not in COLUMNS and c not in OPTIONAL_COLUMNS]
    repeated = sorted({c for c in columns if columns.count(c) > 1})
    for column in missing:
        result.error(1, column, "column_missing", column=column)
    for column in unknown:
        result.error(1, column or None, "column_unknown", column=column)
    for column in repeated:
        result.error(1, column, "column_repeated", column=column)
    return not (missing or unknown or repeated)


def _parse_date(text: str) -> dt.date | None:
    """dd/mm/yyyy or yyyy-mm-dd, fast (this runs three times per registry line)."""
    try:
        if len(text) == 10 and text[4] == "-" and text[7] == "-":
            return dt.date(int(text[:4]), int(text[5:7]), int(text[8:]))
        day, month, year = text.split("/")
        if len(year) == 4:
            return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
    return None


class _RowChecker:
    """Turns one CSV line into donor values, recording every problem it finds."""

    def __init__(self, columns: list[str], result: ReadOutcome, today: dt.date) -> None:
        self.columns = columns
        self.width = len(columns)
        self.result = result
        self.today = today
        self.chunk: Chunk = []  # the rows checked since the last ``take``
        # Verdicts that depend on little, remembered (a million lines ask again).
        self.folded: dict[str, str] = {}
        self.cccd_checked: dict[tuple, list[Problem]] = {}

    def check(self, line: int, cells: list[str]) -> None:
        if len(cells) != self.width:
            if not any(c.strip() for c in cells):
                return  # a blank line
            self.result.error(line, None, "cell_count", found=len(cells), expected=self.width)
            return
        errors_before = self.result.error_count
        cell = {
            name: from_spreadsheet(text) if text[:1] == "'" else text
            for name, text in zip(self.columns, map(str.strip, cells), strict=True)
        }
        values = self._values(line, cell)
        if self.result.error_count == errors_before:
            self.chunk.append((line, values))

    def take(self) -> Chunk:
        chunk, self.chunk = self.chunk, []
        return chunk

    def _values(self, line: int, cell: dict[str, str]) -> dict:
        error = self.result.error
        name, address = nfc(cell["full_name"]), nfc(cell["address"])
        reason = nfc(cell["deferral_reason"])
        if not name:
            error(line, "full_name", "required")
        birth = _parse_date(cell["birth_date"])
        if birth is None:
            error(line, "birth_date", "date_invalid", value=cell["birth_date"])
        elif birth > self.today:
            error(line, "birth_date", "date_in_future", value=cell["birth_date"])
        sex = _lookup(_SEX, cell["sex"])
        if sex is None:
            error(line, "sex", "sex_invalid", value=cell["sex"])
        national_id = self._national_id(line, cell["national_id"], birth, sex)
        old_id = self._old_id(line, cell["old_id"])
        if not national_id and not old_id and not cell["national_id"] and not cell["old_id"]:
            error(line, "national_id", "id_required")
        for column, cleaned, limit in (
            ("full_name", name, NAME_MAX),
            ("address", address, ADDRESS_MAX),
            ("deferral_reason", reason, REASON_MAX),
        ):
            if len(cleaned) > limit:
                error(line, column, "too_long", max=limit)
        last_date = self._optional_date(line, cell, "last_donation_date")
        if last_date and last_date > self.today:
            error(line, "last_donation_date", "date_in_future", value=cell["last_donation_date"])
        return {
            "id": self._donor_id(line, cell),
            "national_id": national_id,
            "old_id": old_id,
            "full_name": name,
            "name_folded": self._folded(name),
            "birth_date": birth.isoformat() if birth else None,
            "sex": sex,
            "address": address,
            "phone": self._phone(line, cell["phone"]),
            "abo": self._choice(line, cell, "abo", _ABO),
            "rh": self._choice(line, cell, "rh", _RH),
            "donation_count": self._count(line, cell["donation_count"]),
            "last_donation_date": last_date.isoformat() if last_date else None,
            "last_donation_type": self._donation_type(line, cell, last_date),
            "deferral_until": _iso(self._optional_date(line, cell, "deferral_until")),
            "deferral_permanent": self._flag(line, cell, "deferral_permanent"),
            "deferral_reason": reason,
            "rare_blood": self._flag(line, cell, "rare_blood"),
            "reserve_club": self._flag(line, cell, "reserve_club"),
        }

    def _folded(self, name: str) -> str:
        folded = self.folded.get(name)
        if folded is None:
            if len(self.folded) >= NAMES_REMEMBERED:
                self.folded.clear()
            folded = self.folded[name] = fold(name)
        return folded

    def _cccd_problems(self, text: str, birth: dt.date | None, sex: str | None) -> list[Problem]:
        """``check_cccd``'s verdict; for a number of 12 ASCII digits it depends only on
        the first six, the birth year and the sex, and is remembered by them."""
        if len(text) != 12 or not text.isascii() or not text.isdigit():
            return check_cccd(text, birth, sex)
        key = (text[:6], birth.year if birth else None, sex)
        problems = self.cccd_checked.get(key)
        if problems is None:
            problems = self.cccd_checked[key] = check_cccd(text, birth, sex)
        return problems

    def _national_id(
        self, line: int, text: str, birth: dt.date | None, sex: str | None
    ) -> str | None:
        if not text:
            return None
        problems = self._cccd_problems(text, birth, sex)
        for problem in problems:
            self.result.error(line, "national_id", problem.code, **problem.params)
        return None if problems else text

    def _old_id(self, line: int, text: str) -> str | None:
        if not text:
            return None
        if not _DIGITS.match(text) or len(text) not in (9, 12):
            self.result.error(line, "old_id", "old_id_format", value=text)
            return None
        return text

    def _donor_id(self, line: int, cell: dict[str, str]) -> str | None:
        text = cell.get("donor_id", "").lower()
        if not text:
            return None
        if not _UUID.match(text):
            self.result.error(line, "donor_id", "uuid_invalid", value=text)
        return text

    def _phone(self, line: int, text: str) -> str:
        """Registry phones may be landlines: 8 to 11 digits once spaces and dots go."""
        if not text:
            return ""
        phone = normalize_phone(text)
        if not _PHONE_CHARACTERS.fullmatch(text) or not 8 <= len(phone) <= 11:
            self.result.error(line, "phone", "phone_format", value=text)
        return phone

    def _optional_date(self, line: int, cell: dict[str, str], column: str) -> dt.date | None:
        text = cell[column]
        if not text:
            return None
        day = _parse_date(text)
        if day is None:
            self.result.error(line, column, "date_invalid", value=text)
        return day

    def _choice(self, line: int, cell: dict[str, str], column: str, choices: dict) -> str:
        value = _lookup(choices, cell[column].replace(" ", ""))
        if value is None:
            self.result.error(line, column, "value_invalid", value=cell[column])
            return ""
        return value

    def _flag(self, line: int, cell: dict[str, str], column: str) -> int | None:
        """1 or 0; None for an empty cell (not stated: an existing value stays)."""
        if not cell[column]:
            return None
        value = _lookup(_FLAG, cell[column])
        if value is None:
            self.result.error(line, column, "flag_invalid", value=cell[column])
        return value

    def _count(self, line: int, text: str) -> int:
        if not text:
            return 0
        if not _DIGITS.match(text):
            self.result.error(line, "donation_count", "count_invalid", value=text)
            return 0
        return int(text)

    def _donation_type(self, line: int, cell: dict[str, str], last: dt.date | None) -> str | None:
        written = cell["last_donation_type"]
        if written in _DONATION_TYPES:
            return written  # as the center writes it: no folding needed
        text = fold(written)
        if not text:
            # Unknown type: assume whole blood, whose 12-week interval is the safer one.
            return DonationType.WHOLE_BLOOD.value if last else None
        value = text if text in _DONATION_TYPES else _DONATION_TYPE_ALIASES.get(text)
        if value is None:
            self.result.error(
                line, "last_donation_type", "value_invalid", value=cell["last_donation_type"]
            )
        return value


def _lookup(table: dict, text: str) -> object | None:
    """A coded value by its spelling, ignoring case, then also diacritics."""
    value = table.get(text.lower())
    return table.get(fold(text)) if value is None else value


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
