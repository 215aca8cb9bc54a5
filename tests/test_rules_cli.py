"""`hmtn rules test`: validating a rule set against a table of cases."""

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.eligibility.harness import COLUMNS, DEFAULT_CASES
from desktop.core.eligibility.ruleset import DEFAULT_RULE_SET

pytestmark = pytest.mark.qt  # hmtn prints through Qt's translators (a QCoreApplication)

HEADER = ",".join(COLUMNS)
ACCEPTED = "healthy,M,1990-05-15,2026-11-24,62,140,120,80,72,neg,,,,accept,450,-"
TATTOO = (
    "tattoo,F,1995-03-10,2026-11-24,55,130,118,76,70,neg,,,tattoo@2026-09-01,"
    "defer_temporary,-,2027-03-01"
)


def write_cases(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "cases.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def test_every_case_passing_exits_0(tmp_path, capsys):
    assert main(["rules", "test", str(write_cases(tmp_path, ACCEPTED, TATTOO))]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "PASS healthy",
        "PASS tattoo",
        "2 passed, 0 failed",
    ]


def test_a_failing_case_shows_the_differences_and_exits_1(tmp_path, capsys):
    wrong = TATTOO.replace("tattoo,F", "tattoo_wrong,F").replace("2027-03-01", "2027-02-01")
    too_much = ACCEPTED.replace("healthy,M", "hb_122,M").replace(",140,", ",122,")
    path = write_cases(tmp_path, ACCEPTED, wrong, too_much)
    assert main(["rules", "test", str(path)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "PASS healthy",
        "FAIL tattoo_wrong: until 2027-03-01, expected 2027-02-01",
        "FAIL hb_122: max_ml 250, expected 450",
        "1 passed, 2 failed",
    ]


def test_a_case_that_cannot_be_read_fails_with_the_reason(tmp_path, capsys):
    bad = ACCEPTED.replace("healthy,M", "typo,M").replace(",,,,accept", ",,,tatoo,accept")
    assert main(["rules", "test", str(write_cases(tmp_path, bad))]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "FAIL typo: cannot read the case: unknown questionnaire code 'tatoo'",
        "0 passed, 1 failed",
    ]


def test_another_rule_set_is_tested_with_rules(tmp_path, capsys):
    stricter = DEFAULT_RULE_SET.read_text(encoding="utf-8").replace(
        "systolic_max = 160", "systolic_max = 110"
    )
    rules = tmp_path / "stricter.toml"
    rules.write_text(stricter, encoding="utf-8")
    cases = write_cases(tmp_path, ACCEPTED)
    assert main(["rules", "test", str(cases), "--rules", str(rules)]) == 1
    assert (
        "FAIL healthy: decision defer_temporary, expected accept (Systolic pressure 120 mmHg"
        in (capsys.readouterr().out)
    )


def test_a_broken_rule_set_or_cases_file_is_refused(tmp_path, capsys):
    rules = tmp_path / "broken.toml"
    rules.write_text("version = \n", encoding="utf-8")
    assert main(["rules", "test", str(write_cases(tmp_path, ACCEPTED)), "--rules", str(rules)]) == 2
    assert "not a valid TOML file" in capsys.readouterr().err
    no_columns = tmp_path / "short.csv"
    no_columns.write_text("case,sex\nx,M\n", encoding="utf-8")
    assert main(["rules", "test", str(no_columns)]) == 2
    assert "missing columns: birth_date" in capsys.readouterr().err
    assert main(["rules", "test", str(tmp_path / "absent.csv")]) == 2


def test_the_shipped_cases_pass_through_the_console_script():
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "rules", "test", str(DEFAULT_CASES)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:]
    lines = result.stdout.splitlines()
    assert lines[-1] == f"{len(lines) - 1} passed, 0 failed"
    assert all(line.startswith("PASS ") for line in lines[:-1])


def test_the_readme_documents_every_column_and_questionnaire_code():
    from desktop.core.eligibility.harness import OPTIONAL_COLUMNS
    from desktop.core.eligibility.ruleset import load_rule_set

    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    for name in (*COLUMNS, *OPTIONAL_COLUMNS, *load_rule_set().questions):
        assert f"`{name}`" in readme, name


def test_unreadable_cells_and_files_are_reported_not_crashed_on(tmp_path, capsys):
    nan = ACCEPTED.replace("healthy,M", "nan,M").replace(",62,", ",nan,")
    extra = ACCEPTED.replace("healthy,M", "extra_cell,M") + ",surplus"
    assert main(["rules", "test", str(write_cases(tmp_path, nan, extra))]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "FAIL nan: cannot read the case: weight_kg: 'nan' is not a number",
        "PASS extra_cell",
        "1 passed, 1 failed",
    ]
    utf16 = tmp_path / "utf16.csv"
    utf16.write_bytes((HEADER + "\nNguyễn,M\n").encode("utf-16"))
    assert main(["rules", "test", str(utf16)]) == 2
    assert "not UTF-8 text" in capsys.readouterr().err
