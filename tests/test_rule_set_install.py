"""Installing a center's rule set: only with its validation cases all passing, and only
under a version that names one content on this laptop, ever."""

import datetime as dt
import hashlib
import shutil
from pathlib import Path

import pytest

from desktop.core.domain.problems import UserError
from desktop.core.domain.vocabulary import ScreeningDecision
from desktop.core.eligibility.harness import DEFAULT_CASES
from desktop.core.eligibility.measurements import MeasurementForm
from desktop.core.eligibility.ruleset import DEFAULT_RULE_SET, RuleSetError
from desktop.core.stations.screening import DoctorDecision
from tests.factories import MALE

SHIPPED = DEFAULT_RULE_SET.read_text(encoding="utf-8")
HEALTHY = MeasurementForm(
    weight_kg="62", systolic="120", diastolic="80", pulse="72", hb_g_l="138", hbsag="negative"
)


def rule_file(folder: Path, name: str, version: str, *changes: tuple[str, str]) -> Path:
    text = SHIPPED.replace('version = "VN-TT26-2013/2026.1"', f'version = "{version}"')
    for old, new in changes:
        assert old in text
        text = text.replace(old, new)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def with_cases(path: Path) -> Path:
    """The shipped validation table beside the file, as ``NAME-cases.csv``."""
    shutil.copy(DEFAULT_CASES, path.with_name(path.stem + "-cases.csv"))
    return path


def identities(services) -> dict[str, str]:
    return {r["version"]: r["sha256"] for r in services.db.query("SELECT * FROM rule_set")}


def test_a_rule_set_whose_cases_all_pass_is_installed_with_its_identity(services, tmp_path):
    path = with_cases(rule_file(tmp_path, "hn-2027.toml", "HN-2027/1"))
    installation = services.rules.install_file(path)
    assert installation.installed
    assert (installation.passed, installation.failed) == (len(installation.results), ())
    assert installation.passed > 200
    assert services.rules.current.version == "HN-2027/1"
    assert identities(services) == {
        "HN-2027/1": hashlib.sha256(path.read_bytes()).hexdigest(),
        "VN-TT26-2013/2026.1": services.rules.shipped_identity().sha256,
    }


def test_a_rule_set_failing_its_own_cases_is_not_installed(services, tmp_path):
    # A systolic limit of 140 defers the shipped table's donors at 150 mmHg it accepts.
    path = with_cases(
        rule_file(tmp_path, "strict.toml", "STRICT/1", ("systolic_max = 160", "systolic_max = 140"))
    )
    installation = services.rules.install_file(path)
    assert not installation.installed
    assert installation.failed and all(not r.passed for r in installation.failed)
    assert "expected" in installation.failed[0].line()
    assert services.rules.current.version == "VN-TT26-2013/2026.1"
    assert identities(services) == {}


def test_without_cases_beside_it_the_cases_file_is_asked_for(services, tmp_path):
    path = rule_file(tmp_path, "hn.toml", "HN-2027/1")
    with pytest.raises(RuleSetError) as refused:
        services.rules.install_file(path)
    assert [p.code for p in refused.value.problems] == ["rule_set_cases_missing"]
    assert services.rules.install_file(path, DEFAULT_CASES).installed


def test_two_different_files_under_one_version_are_refused(services, tmp_path):
    first = with_cases(rule_file(tmp_path, "a.toml", "HN-2027/1"))
    assert services.rules.install_file(first).installed
    services.rules.restore_default()
    second = with_cases(
        rule_file(tmp_path, "b.toml", "HN-2027/1", ("max_c = 37.5", "max_c = 37.8"))
    )
    with pytest.raises(UserError) as refused:
        services.rules.install_file(second)
    [problem] = refused.value.problems
    assert (problem.code, problem.params["version"]) == ("rule_set_version_reused", "HN-2027/1")
    assert services.rules.current.version == "VN-TT26-2013/2026.1"
    assert services.rules.install_file(first).installed  # the same content again is fine


def test_an_edited_copy_of_the_shipped_set_keeping_its_version_is_refused(services, tmp_path):
    copy = with_cases(
        rule_file(tmp_path, "copy.toml", "VN-TT26-2013/2026.1", ("max_c = 37.5", "max_c = 37.8"))
    )
    with pytest.raises(UserError) as refused:
        services.rules.install_file(copy)
    assert refused.value.problems[0].code == "rule_set_version_reused"


def test_a_broken_file_is_refused_before_its_cases_are_looked_for(services, tmp_path):
    path = rule_file(tmp_path, "nan.toml", "NAN/1", ("min_kg_male = 45.0", "min_kg_male = nan"))
    with pytest.raises(RuleSetError) as refused:
        services.rules.install_file(path)
    assert [(p.code, p.params["line"]) for p in refused.value.problems] == [
        ("rule_set_not_finite", 19)
    ]


def test_every_screening_records_the_hash_of_its_rule_set(services, drive, donors):
    donor = donors.register("Phạm Văn Đức", dt.date(1990, 5, 15), MALE)
    visit = services.checkin.check_in(drive, donor).visit
    services.screening.save_questionnaire(visit.id, {})
    record = services.screening.decide(
        visit.id, HEALTHY, DoctorDecision(ScreeningDecision.ACCEPT, 450)
    )
    shipped = hashlib.sha256(DEFAULT_RULE_SET.read_bytes()).hexdigest()
    assert (record.rule_set_version, record.rule_set_sha256) == ("VN-TT26-2013/2026.1", shipped)
    assert identities(services) == {"VN-TT26-2013/2026.1": shipped}


def test_an_installed_rule_set_that_fails_later_checks_gives_way_to_the_shipped_one(
    services, tmp_path
):
    """A set installed before a check existed is not used unchecked, and nothing breaks."""
    stored = SHIPPED.replace('version = "VN-TT26-2013/2026.1"', 'version = "OLD/1"')
    services.settings.set("rule_set", stored.replace("ml_per_kg = 9", "ml_per_kg = nan"))
    rules = services.rules.current
    assert (rules.version, rules.ml_per_kg) == ("VN-TT26-2013/2026.1", 9)
    [problem] = services.rules.installed_error.problems
    assert (problem.code, problem.params["line"]) == ("rule_set_not_finite", 26)
