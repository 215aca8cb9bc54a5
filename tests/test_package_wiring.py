"""The center's parts wired into the drive package, through real files and the real
commands: what the planning service holds for a laptop (withdrawn blocks and runs too,
so the laptop stops using them), the laboratory's facts (a confirmed positive marker
becomes a permanent ``center.marker`` deferral, the lab's group fills the line), the
rule set with the validation cases it was installed with (run at the laptop before it
is installed), and the packages the center's window says are out of date."""

import csv
import datetime as dt
import io
import re
from pathlib import Path

import pytest

from desktop.core.domain.problems import UserError
from desktop.core.domain.vocabulary import CertificateMode, LabConflictStatus
from desktop.core.eligibility.harness import DEFAULT_CASES, read_cases, run_cases
from desktop.core.eligibility.provider import identity_of
from desktop.core.eligibility.ruleset import DEFAULT_RULE_SET, parse_rule_set
from desktop.core.exchange.package_file import open_package, site_keys
from tests.center_cli import PASSPHRASE, hmtn, write
from tests.center_sites import Site, drive_form
from tests.lab_center import build, line, results_file
from tests.package_commands import import_package, opened, rows_of, set_aside, write_package
from tests.packages import database_rows
from tests.people import acting, everyone_person

pytestmark = pytest.mark.qt  # hmtn prints through Qt's translators

DAY = dt.date.today() + dt.timedelta(days=10)
CODE = f"HM{DAY:%y%m%d}"
BORN = dt.date(1990, 5, 15)
# What a lab result would be called, were one to leave the center.
MARKER_WORDS = re.compile(r"\b(hbsag|anti_hcv|hcv|anti_hiv|hiv|syphilis|nat|positive|dương tính)\b")


def refusal(call) -> tuple[str, dict]:
    with pytest.raises(UserError) as refused:
        call()
    problem = refused.value.problems[0]
    return problem.code, problem.params


# -- what the planning service holds for a laptop, withdrawn blocks included -----------------


def test_blocks_and_runs_the_center_withdrew_are_no_longer_used_after_the_next_package(
    laptop, center, tmp_path, stick, passphrase, capsys
):
    site = laptop
    device = site["device"]
    with opened(center) as c:
        drive = c.planning.plan(drive_form(CODE, DAY), [device])
        run = c.planning.allocate_serials(device, "AA", 7, 12001, 12500)
        [block] = c.planning.for_device(device).blocks[:1]
    assert import_package(write_package(center, device, stick, passphrase, capsys),
                          site["path"], capsys).status == 0  # fmt: skip
    lap = Site(site["path"], "HN01", "A1234", letter="A")
    try:
        s = lap.services
        unit = lap.give_blood(lap.register("Mai Văn Tùng", BORN, 31))
        planned = s.drives.get(drive.id)
        assert s.drives.planned_for(DAY) == planned
        assert s.dins.block_for(planned).first == block["first"]
        assert s.certificates.plan(lap.drive, [unit.id], CertificateMode.OVERLAY, "AA0012001")

        with opened(center) as c:
            c.planning.withdraw_block(run["id"], "Tập phôi trả lại kho")
            c.planning.withdraw(drive.id, device, "Máy đi đợt khác")
        path = write_package(center, device, stick, passphrase, capsys)
        with set_aside(lap):
            said = import_package(path, site["path"], capsys)
        assert said.status == 0
        s = lap.services
        assert "The center took this laptop off 1 drive(s)." in said.out
        assert "The center withdrew 2 block(s) of numbers (DINs or certificate forms): this" \
            " laptop no longer uses them." in said.out  # fmt: skip

        code, params = refusal(lambda: s.certificates.plan(
            lap.drive, [unit.id], CertificateMode.OVERLAY, "AA0012001"))  # fmt: skip
        assert (code, params["run"]) == ("serial_run_withdrawn", "AA0012001–AA0012500")
        assert s.drives.planned_for(DAY) is None  # no longer this laptop's drive
        span = s.dins.block_for(planned)
        assert not span.from_center and span.last == block["first"] - 1  # never its numbers
        assert s.dins.allocate(planned, 1)[0].din.sequence < block["first"]
    finally:
        lap.close()


# -- the laboratory's facts --------------------------------------------------------------------


def test_a_confirmed_positive_travels_as_a_permanent_center_marker_with_the_labs_group(
    laptop, center, tmp_path, stick, passphrase, capsys
):
    site = laptop
    lap = Site(site["path"], "HN01", "A1234", letter="A")
    try:
        an = lap.register("Nguyễn Văn An", BORN, 1)
        binh = lap.register("Trần Văn Bình", BORN, 2)
        units = {an.id: lap.give_blood(an), binh.id: lap.give_blood(binh)}
        with set_aside(lap):
            assert hmtn("export", "--db", site["path"], "--out", stick) == 0
        export = Path(capsys.readouterr().out.splitlines()[-1])
        assert hmtn("center", "import", export, "--db", center, "--passphrase-file",
                    passphrase) == 0  # fmt: skip
        results = results_file(tmp_path, "ket-qua.csv", line(units[an.id], "A+", "+anti_hiv"),
                               line(units[binh.id], "O-"))  # fmt: skip
        assert hmtn("center", "lab", "import", results, "--db", center) == 0
        path = write_package(center, site["device"], stick, passphrase, capsys)

        with open_package(path, site_keys(lap.services.db), tmp_path) as contents:
            text = contents.registry_path.read_text(encoding="utf-8")
            tables = [contents.drives, contents.assignments, contents.blocks]
        lines = {row["donor_id"]: row for row in csv.DictReader(io.StringIO(text))}
        assert (lines[an.id]["deferral_permanent"], lines[an.id]["deferral_reason"]) == (
            "1", "center.marker",
        )  # fmt: skip
        assert lines[an.id]["deferral_until"] == ""
        assert (lines[an.id]["abo"], lines[an.id]["rh"]) == ("A", "+")
        assert (lines[binh.id]["abo"], lines[binh.id]["rh"]) == ("O", "-")
        assert lines[binh.id]["deferral_permanent"] == lines[binh.id]["deferral_reason"] == ""
        assert MARKER_WORDS.findall((text + repr(tables)).casefold()) == []
    finally:
        lap.close()


# -- the rule set and its validation cases -----------------------------------------------------


def changed_rule_set(folder: Path) -> tuple[Path, Path, set[str]]:
    """The shipped rule set under a new version with a lower highest systolic pressure,
    and the center's validation table for it: the shipped cases but those the change
    makes fail (returned: the shipped table does not pass the changed rule set)."""
    text = DEFAULT_RULE_SET.read_text(encoding="utf-8")
    text = text.replace('version = "VN-TT26-2013/2026.1"', 'version = "HN-2027.1"')
    text = text.replace("systolic_max = 160", "systolic_max = 150")
    rules = parse_rule_set(text, "hn.toml")
    failing = {r.case for r in run_cases(rules, read_cases(DEFAULT_CASES)) if not r.passed}
    shipped = DEFAULT_CASES.read_text(encoding="utf-8").splitlines()
    kept = [row for row in shipped if row.split(",")[0] not in failing]
    (folder / "hn.toml").write_text(text, encoding="utf-8")
    write(folder / "hn-cases.csv", "\n".join(kept))
    return folder / "hn.toml", folder / "hn-cases.csv", failing


def test_a_center_rule_set_installs_at_the_laptop_after_its_own_cases_pass_there(
    laptop, center, tmp_path, stick, passphrase, capsys
):
    site = laptop
    rules, cases, failing = changed_rule_set(tmp_path)
    assert failing  # the shipped table would refuse it
    with opened(center) as c:
        assert c.rules.install_file(rules, cases).installed
    said = import_package(write_package(center, site["device"], stick, passphrase, capsys),
                          site["path"], capsys)  # fmt: skip
    assert said.status == 0, said.err
    total = len(read_cases(cases))
    assert f"Eligibility rule set HN-2027.1 installed (all {total} validation cases passed)." \
        in said.out  # fmt: skip
    with opened(site["path"]) as services:
        assert services.rules.current.version == "HN-2027.1"
        assert services.rules.current.systolic_range == (90, 150)
        assert services.rules.store.installed_cases() == cases.read_text(encoding="utf-8")


def test_a_rule_set_whose_cases_fail_at_the_laptop_is_refused_with_nothing_changed(
    laptop, center, tmp_path, stick, passphrase, capsys
):
    site = laptop
    rules, cases, failing = changed_rule_set(tmp_path)
    # The center holds the changed rule set with a table one case of which it fails
    # (kept by a version whose engine read that case otherwise, say).
    wrong = sorted(failing)[0]
    shipped = DEFAULT_CASES.read_text(encoding="utf-8").splitlines()
    table = cases.read_text(encoding="utf-8") + next(r for r in shipped if r.startswith(wrong))
    text = rules.read_text(encoding="utf-8")
    with opened(center) as c:
        identity = identity_of(parse_rule_set(text, "hn.toml"), "hn.toml")
        c.rules.store.install(text, identity, (c.rules.shipped_identity(),), table + "\n")
    path = write_package(center, site["device"], stick, passphrase, capsys)
    before = rows_of(site["path"])
    said = import_package(path, site["path"], capsys)
    assert said.status == 1 and said.out == []
    total = len(read_cases(cases)) + 1
    assert f"The rule set HN-2027.1 in the package fails 1 of its {total} validation cases" \
        f" ({wrong})" in said.err  # fmt: skip
    with opened(site["path"]) as services:
        assert database_rows(services) == before
        assert services.rules.current.version == "VN-TT26-2013/2026.1"


# -- which packages are out of date --------------------------------------------------------------


def test_the_packages_out_of_date_know_the_lab_planning_and_rule_set_changes(
    laptop, center, tmp_path, stick
):
    site = laptop
    device = site["device"]
    made = build(center, tmp_path)  # two laptops' units merged at the center
    s = made.services
    signer = s.packages.unlock(PASSPHRASE)

    def changes_after(step) -> list[str]:
        s.packages.write(device, stick, signer)
        assert {d.id: d.changes for d in s.packages.overview()}[device] == []
        step()
        return {d.id: d.changes for d in s.packages.overview()}[device]

    try:
        lab = results_file(tmp_path, "1.csv", line(made.plain, "A+", "+hbsag"),
                           line(made.grouped, "B+"))  # fmt: skip
        assert changes_after(lambda: s.lab.import_files([lab])) == ["lab"]
        [conflict] = s.lab.conflicts()
        decide = lambda: s.lab.decide(conflict.id, LabConflictStatus.TAKEN, "Định nhóm lại")  # noqa: E731
        assert changes_after(decide) == ["lab"]
        [notice] = s.lab.notices()
        told = lambda: s.lab.mark_notified(notice.id, "phone", "30/11/2026", "")  # noqa: E731
        assert changes_after(told) == []  # telling a donor changes nothing a laptop holds
        planned = lambda: s.planning.plan(drive_form(CODE, DAY), [device])  # noqa: E731
        assert changes_after(planned) == ["plan"]
        runs = lambda: s.planning.allocate_serials(device, "AB", 7, 1, 100)  # noqa: E731
        assert changes_after(runs) == ["plan"]
        letter = lambda: s.planning.set_desk_letter(device, "D")  # noqa: E731
        assert changes_after(letter) == ["device"]
        rules, cases, _failing = changed_rule_set(tmp_path)
        with acting(s, everyone_person(s)):  # a rule set is the administrator's
            assert changes_after(lambda: s.rules.install_file(rules, cases)) == ["rules"]
    finally:
        made.close()
