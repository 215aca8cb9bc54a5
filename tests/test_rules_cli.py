"""`hmtn rules test`: validating a rule set against a table of cases."""

import hashlib
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


SHIPPED_SHA256 = hashlib.sha256(DEFAULT_RULE_SET.read_bytes()).hexdigest()
SHIPPED_LINE = f"Rule set VN-TT26-2013/2026.1 (sha256 {SHIPPED_SHA256}) from {DEFAULT_RULE_SET}"


def write_cases(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "cases.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def test_every_case_passing_exits_0(tmp_path, capsys):
    assert main(["rules", "test", str(write_cases(tmp_path, ACCEPTED, TATTOO))]) == 0
    assert capsys.readouterr().out.splitlines() == [
        SHIPPED_LINE,
        "PASS healthy",
        "PASS tattoo",
        "2 passed, 0 failed",
    ]


def test_a_failing_case_shows_the_differences_and_exits_1(tmp_path, capsys):
    wrong = TATTOO.replace("tattoo,F", "tattoo_wrong,F").replace("2027-03-01", "2027-02-01")
    too_much = ACCEPTED.replace("healthy,M", "hb_122,M").replace(",140,", ",122,")
    path = write_cases(tmp_path, ACCEPTED, wrong, too_much)
    assert main(["rules", "test", str(path)]) == 1
    assert capsys.readouterr().out.splitlines()[1:] == [
        "PASS healthy",
        "FAIL tattoo_wrong: until 2027-03-01, expected 2027-02-01",
        "FAIL hb_122: max_ml 250, expected 450",
        "1 passed, 2 failed",
    ]


def test_a_case_that_cannot_be_read_fails_with_the_reason(tmp_path, capsys):
    bad = ACCEPTED.replace("healthy,M", "typo,M").replace(",,,,accept", ",,,tatoo,accept")
    assert main(["rules", "test", str(write_cases(tmp_path, bad))]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[1:] == [
        "FAIL typo: cannot read the case: unknown questionnaire code 'tatoo'",
        "0 passed, 1 failed",
    ]


def test_another_rule_set_is_tested_with_rules(tmp_path, capsys):
    stricter = DEFAULT_RULE_SET.read_text(encoding="utf-8").replace(
        "systolic_max = 160", "systolic_max = 140"
    )
    rules = tmp_path / "stricter.toml"
    rules.write_text(stricter, encoding="utf-8")
    cases = write_cases(tmp_path, ACCEPTED.replace(",120,80,", ",150,80,"))
    assert main(["rules", "test", str(cases), "--rules", str(rules)]) == 1
    assert (
        "FAIL healthy: decision defer_temporary, expected accept (Systolic pressure 150 mmHg"
        in (capsys.readouterr().out)
    )


def test_a_broken_rule_set_or_cases_file_is_refused(tmp_path, capsys):
    rules = tmp_path / "broken.toml"
    rules.write_text("version = \n", encoding="utf-8")
    assert main(["rules", "test", str(write_cases(tmp_path, ACCEPTED)), "--rules", str(rules)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"Không dùng được {rules} làm bộ tiêu chuẩn:",
        "Dòng 1: Cột 11: không phải TOML hợp lệ (Invalid value).",
    ]
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
    assert lines[0] == SHIPPED_LINE
    assert lines[-1] == f"{len(lines) - 2} passed, 0 failed"
    assert all(line.startswith("PASS ") for line in lines[1:-1])


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
    assert capsys.readouterr().out.splitlines()[1:] == [
        "FAIL nan: cannot read the case: weight_kg: 'nan' is not a number",
        "PASS extra_cell",
        "1 passed, 1 failed",
    ]
    utf16 = tmp_path / "utf16.csv"
    utf16.write_bytes((HEADER + "\nNguyễn,M\n").encode("utf-16"))
    assert main(["rules", "test", str(utf16)]) == 2
    assert "not UTF-8 text" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("ml_per_kg = 9", "ml_per_kg = nan"),
         "Line 26: volume.ml_per_kg = nan: a threshold must be a finite number."),
        (("max_c = 37.5", "max_c = inf"),
         "Line 54: temperature.max_c = inf: a threshold must be a finite number."),
        (("min_kg_male = 45.0", "min_kg_male = -45"),
         "Line 19: weight.min_kg_male = -45 is outside the accepted range, 40 to 60."),
        (("platelets = 14", "platelets = 99999"),
         "Line 61: interval_days.platelets = 99999 is outside the accepted range, 2 to 365."),
        (("required = true", ""), "Line 37: hbsag.required is missing."),
        (("[hbsag]", "[hbsagx]"), "hbsag is missing."),
        (("min = 50", 'min = "50"'), 'Line 48: pulse.min must be a whole number, not "50".'),
        (("[[block]]\nnumber = 9", "block = 9\n[[blocks]]\nnumber = 9"),
         "Line 188: blocks is not a setting of a rule set (misspelt?)."),
    ],
)  # fmt: skip
def test_a_rule_set_that_would_switch_a_check_off_is_refused_with_its_line(
    tmp_path, capsys, change, message
):
    assert change[0] in SHIPPED_TEXT
    rules = tmp_path / "edited.toml"
    rules.write_text(SHIPPED_TEXT.replace(change[0], change[1], 1), encoding="utf-8")
    cases = write_cases(tmp_path, ACCEPTED)
    assert main(["--lang", "en", "rules", "test", str(cases), "--rules", str(rules)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines()[0] == f"{rules} cannot be used as a rule set:"
    assert message in captured.err.splitlines()


def test_no_bad_file_ever_prints_a_traceback(tmp_path):
    """Through the console script, as a center would run it: exit 2 and a message."""
    cases = write_cases(tmp_path, ACCEPTED)
    bad = {
        "nan.toml": SHIPPED_TEXT.replace("min_kg_female = 42.0", "min_kg_female = nan"),
        "types.toml": SHIPPED_TEXT.replace("[volume]", "volume = 5\n[volumex]"),
        "binary.toml": "\udcff",
        "empty.toml": "",
    }
    for name, text in bad.items():
        path = tmp_path / name
        path.write_bytes(text.encode("utf-8", "surrogateescape"))
        result = subprocess.run(
            [sys.executable, "-m", "desktop", "rules", "test", str(cases), "--rules", str(path)],
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert (result.returncode, result.stdout) == (2, ""), name
        assert "Traceback" not in result.stderr and result.stderr.strip(), name


SHIPPED_TEXT = DEFAULT_RULE_SET.read_text(encoding="utf-8")


def test_an_impossible_measurement_in_a_case_fails_that_case(tmp_path, capsys):
    huge = ACCEPTED.replace("healthy,M", "huge,M").replace(",62,", ",1e308,")
    assert main(["rules", "test", str(write_cases(tmp_path, huge))]) == 1
    assert capsys.readouterr().out.splitlines()[1:] == [
        "FAIL huge: cannot read the case: weight_kg: 1e308 is not possible (from 20 to 250 kg)",
        "0 passed, 1 failed",
    ]
