"""Validate a rule set against a table of cases (``hmtn rules test CASES.csv``).

Each row describes a donor, the drive date, measurements and questionnaire answers,
and the decision the center expects. Blood-software practice: a rule set is used only
after every case of the center's validation table passes.
"""

import csv
import datetime as dt
import io
import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from desktop.core.domain.donor_facts import DonorFacts
from desktop.core.domain.vocabulary import DonationType, HbsagResult, Proposal, Sex
from desktop.core.eligibility.engine import Decision, Measurements, evaluate
from desktop.core.eligibility.measurements import PLAUSIBLE
from desktop.core.eligibility.ruleset import RuleSet

DEFAULT_CASES = Path(__file__).with_name("rulesets") / "vn-tt26-2013-cases.csv"
COLUMNS = (
    "case", "sex", "birth_date", "drive_date", "weight_kg", "hb_g_l", "systolic",
    "diastolic", "pulse", "hbsag", "last_donation_date", "last_donation_type",
    "questionnaire", "expect_decision", "expect_max_ml", "expect_until",
)  # fmt: skip
OPTIONAL_COLUMNS = ("pulse_regular", "temperature_c")
HBSAG = {
    "neg": HbsagResult.NEGATIVE,
    "pos": HbsagResult.POSITIVE,
    "none": HbsagResult.NOT_DONE,
    "": None,
}
DECISIONS = frozenset(Proposal)
NOTHING = ("-", "none")  # an expectation of "no value", as opposed to "not checked"


class CaseError(ValueError):
    """A cell that cannot be read; the case fails with this message."""


@dataclass(frozen=True)
class CaseResult:
    case: str
    differences: tuple[str, ...]
    decision: Decision | None = None

    @property
    def passed(self) -> bool:
        return not self.differences

    def line(self) -> str:
        if self.passed:
            return f"PASS {self.case}"
        return f"FAIL {self.case}: " + "; ".join(self.differences)


def read_cases(path: str | Path) -> list[dict[str, str]]:
    """The rows of a cases file (blank lines skipped); CaseError when the file is not
    UTF-8 CSV or a required column is missing. Cells beyond the header are ignored."""
    try:
        with Path(path).open(encoding="utf-8-sig", newline="") as handle:
            return _case_rows(handle, str(path))
    except UnicodeDecodeError:
        raise CaseError(f"{path}: not UTF-8 text") from None


def cases_text(path: str | Path) -> str:
    """A cases file's text exactly as written (without a byte order mark), to keep with
    the rule set it validated; CaseError when it is not UTF-8; OSError when unreadable."""
    try:
        return Path(path).read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CaseError(f"{path}: not UTF-8 text") from None


def read_cases_text(text: str, source: str) -> list[dict[str, str]]:
    """The rows of a cases table given as text (a drive package carries it)."""
    return _case_rows(io.StringIO(text.removeprefix("\ufeff"), newline=""), source)


def _case_rows(handle: TextIO, source: str) -> list[dict[str, str]]:
    try:
        reader = csv.DictReader(handle)
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise CaseError(f"{source}: missing columns: {', '.join(missing)}")
        rows = [
            {key: (value or "").strip() for key, value in row.items() if key is not None}
            for row in reader
        ]
    except csv.Error as error:
        raise CaseError(f"{source}: not a readable CSV file ({error})") from None
    return [row for row in rows if any(row.values())]


def run_cases(rules: RuleSet, rows: list[dict[str, str]]) -> Iterator[CaseResult]:
    for number, row in enumerate(rows, start=1):
        name = row.get("case") or f"row {number}"
        try:
            donor, drive_date, answers, measured = parse_case(rules, row)
            decision = evaluate(rules, donor, drive_date, answers, measured)
            differences = tuple(compare(row, decision))
        except CaseError as error:
            yield CaseResult(name, (f"cannot read the case: {error}",))
            continue
        except (ArithmeticError, ValueError) as error:  # a case the engine cannot take
            yield CaseResult(name, (f"cannot evaluate the case: {error}",))
            continue
        yield CaseResult(name, differences, decision)


def parse_case(
    rules: RuleSet, row: dict[str, str]
) -> tuple[DonorFacts, dt.date, dict[str, dt.date | None], Measurements]:
    sex = row["sex"].upper()
    if sex not in frozenset(Sex):
        raise CaseError(f"sex must be M or F, not '{row['sex']}'")
    last_type = row["last_donation_type"] or None
    if last_type is not None and last_type not in frozenset(DonationType):
        raise CaseError(f"last_donation_type must be one of {', '.join(DonationType)}")
    if row["hbsag"].lower() not in HBSAG:
        raise CaseError("hbsag must be neg, pos, none or empty")
    donor = DonorFacts(
        sex=sex,
        birth_date=_required_date(row, "birth_date"),
        last_donation_date=_date(row, "last_donation_date"),
        last_donation_type=last_type,
    )
    measured = Measurements(
        weight_kg=_number(row, "weight_kg", float),
        systolic=_number(row, "systolic", int),
        diastolic=_number(row, "diastolic", int),
        pulse=_number(row, "pulse", int),
        pulse_regular=_yes_no(row.get("pulse_regular", "")),
        hb_g_l=_number(row, "hb_g_l", int),
        hbsag=HBSAG[row["hbsag"].lower()],
        temperature_c=_number(row, "temperature_c", float),
    )
    return (
        donor,
        _required_date(row, "drive_date"),
        parse_answers(rules, row["questionnaire"]),
        measured,
    )


def parse_answers(rules: RuleSet, text: str) -> dict[str, dt.date | None]:
    """``tattoo@2026-09-01;fever`` -> {"tattoo": date(2026, 9, 1), "fever": None}."""
    answers: dict[str, dt.date | None] = {}
    for part in filter(None, (p.strip() for p in text.split(";"))):
        code, _, when = part.partition("@")
        code = code.strip()
        if code not in rules.questions:
            raise CaseError(f"unknown questionnaire code '{code}'")
        answers[code] = _iso(when.strip(), code) if when.strip() else None
    return answers


def compare(row: dict[str, str], decision: Decision) -> Iterator[str]:
    expected = row["expect_decision"]
    if expected not in DECISIONS:
        yield f"expect_decision must be one of {', '.join(Proposal)}, not '{expected}'"
        return
    if decision.outcome != expected:
        reasons = "; ".join(f.en for f in decision.failed) or "no rule failed"
        yield f"decision {decision.outcome}, expected {expected} ({reasons})"
    expected_ml = row["expect_max_ml"]
    if expected_ml:
        want = None if expected_ml.lower() in NOTHING else _int_cell(expected_ml, "expect_max_ml")
        if decision.volume_ml != want:
            yield f"max_ml {decision.volume_ml or '-'}, expected {want or '-'}"
    expected_until = row["expect_until"]
    if expected_until:
        want_until = (
            None if expected_until.lower() in NOTHING else _iso(expected_until, "expect_until")
        )
        if decision.until != want_until:
            got = decision.until.isoformat() if decision.until else "-"
            yield f"until {got}, expected {want_until.isoformat() if want_until else '-'}"


def _iso(text: str, column: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CaseError(f"{column}: '{text}' is not a date YYYY-MM-DD") from None


def _date(row: dict[str, str], column: str) -> dt.date | None:
    return _iso(row[column], column) if row.get(column) else None


def _required_date(row: dict[str, str], column: str) -> dt.date:
    if not row.get(column):
        raise CaseError(f"{column} is required")
    return _iso(row[column], column)


def _number(row: dict[str, str], column: str, kind: type) -> float | int | None:
    text = row.get(column, "")
    if not text:
        return None
    try:
        value = kind(text)
    except ValueError:
        raise CaseError(f"{column}: '{text}' is not a number") from None
    if not math.isfinite(value):
        raise CaseError(f"{column}: '{text}' is not a number")
    if column in PLAUSIBLE and not PLAUSIBLE[column][0] <= value <= PLAUSIBLE[column][1]:
        low, high, unit = PLAUSIBLE[column]
        raise CaseError(f"{column}: {text} is not possible (from {low} to {high} {unit})")
    return value


def _int_cell(text: str, column: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise CaseError(f"{column}: '{text}' is not a number") from None


def _yes_no(text: str) -> bool | None:
    lowered = text.strip().lower()
    if lowered in ("", "unknown"):
        return None
    if lowered in ("yes", "y", "1", "true"):
        return True
    if lowered in ("no", "n", "0", "false"):
        return False
    raise CaseError(f"pulse_regular must be yes or no, not '{text}'")
