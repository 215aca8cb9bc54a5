"""Installing a drive package at the site: everything in one short switch, refusals that
write nothing, the same package twice a no-op, all or nothing."""

import datetime as dt

import pytest

from db import installation
from db.connection import connect
from desktop.core.domain.problems import UserError
from desktop.core.eligibility.harness import DEFAULT_CASES
from desktop.core.eligibility.ruleset import DEFAULT_RULE_SET
from desktop.core.exchange.package_checks import PackageRefused
from desktop.core.exchange.package_install import PackageInstaller
from desktop.core.foundation.progress import Cancelled, Progress
from tests.center_sites import DRIVE_DATE
from tests.factories import MALE, cccd_for, registry_row
from tests.packages import CenterPlan, database_rows, package, rule_set_part

FIN = "A1234"


@pytest.fixture
def site(services):
    services.settings.update_device("HN01", "Bàn 1")
    services.dins.set_fin(FIN)
    services.settings.set_desk_numbers("A", "700001", "999999")  # as enrolled at the center
    return services


@pytest.fixture
def installer(site):
    return PackageInstaller(lambda: connect(site.path), site.bus, site.session)


@pytest.fixture
def device_id(site) -> str:
    return installation.device_id(site.db)


def people(n: int, start: int = 1, **values) -> list[dict[str, str]]:
    birth = dt.date(1991, 4, 2)
    return [
        registry_row(national_id=cccd_for(birth, MALE, start + i), full_name=f"Lê Văn Tâm {i}",
                     birth_date="02/04/1991", sex="Nam", phone=f"09812{start + i:05d}", **values)
        for i in range(n)
    ]  # fmt: skip


def planned(plan: CenterPlan, device_id: str, code: str = "HM261124", first: int = 900001):
    drive = plan.drive(code, DRIVE_DATE)
    return drive, plan.assign(drive, device_id), plan.din_block(drive, device_id, FIN, first,
                                                                  first + 149)  # fmt: skip


def test_a_package_installs_registry_drives_blocks_rule_set_and_letter(
    site, installer, plan, device_id, tmp_path
):
    drive, assignment, block = planned(plan, device_id)
    run = plan.serial_run(device_id, "AA", 7, 12001, 12500)
    text = DEFAULT_RULE_SET.read_text(encoding="utf-8").replace(
        'version = "VN-TT26-2013/2026.1"', 'version = "HN-2027.1"'
    )
    contents = package(tmp_path, device_id, 1, registry=people(5), drives=[drive],
                       assignments=[assignment], blocks=[block, run],
                       rule_set=rule_set_part(text, DEFAULT_CASES.read_text(encoding="utf-8")),
                       desk_letter="C")  # fmt: skip
    report = installer.install(contents)
    assert not report.already_installed
    assert (report.registry.inserted, report.registry.updated) == (5, 0)
    assert {t: (c.new, c.updated) for t, c in report.rows.items()} == {
        "drive": (1, 0), "drive_assignment": (1, 0), "number_block": (2, 0)}  # fmt: skip
    assert report.rule_set == "HN-2027.1" and report.rule_set_cases > 0
    assert report.desk_letter == "C"
    assert site.donors.count() == 5
    # the rows as the center stored them, its origin stamp kept
    for table, row in (("drive", drive), ("drive_assignment", assignment),
                       ("number_block", block), ("number_block", run)):  # fmt: skip
        held = next(site.db.query(f"SELECT * FROM {table} WHERE id = ?", [row["id"]]))
        assert held == row
        assert held["device_id"] == plan.device_id != device_id
    assert [d.code for d in site.drives.all()] == ["HM261124"]
    assert site.rules.current.version == "HN-2027.1"
    numbers = site.settings.desk_numbers()
    assert numbers.letter == "C"
    assert (numbers.din_block_first, numbers.din_block_last) == (700001, 999999)  # kept
    logged = site.db.execute("SELECT number, file_name, sha256 FROM package_install").fetchall()
    assert logged == [(1, contents.file_name, contents.sha256)]
    note = site.db.execute("SELECT note FROM audit_log WHERE action = 'package_install'")
    assert contents.file_name in note.fetchone()[0]


def test_the_same_package_again_changes_nothing(site, installer, plan, device_id, tmp_path):
    drive, assignment, block = planned(plan, device_id)
    contents = package(tmp_path, device_id, 1, registry=people(3), drives=[drive],
                       assignments=[assignment], blocks=[block])  # fmt: skip
    installer.install(contents)
    before = database_rows(site)
    report = installer.install(contents)
    assert report.already_installed
    assert database_rows(site) == before


def test_a_package_without_registry_lines_installs_the_rest(
    site, installer, plan, device_id, tmp_path
):
    drive, assignment, block = planned(plan, device_id)
    contents = package(tmp_path, device_id, 1, registry=[], drives=[drive],
                       assignments=[assignment], blocks=[block])  # fmt: skip
    report = installer.install(contents)
    assert report.registry is None and report.rows["drive"].new == 1
    assert site.drives.all()[0].id == drive["id"]


def _other_device(site, plan, device_id, tmp_path):
    return package(tmp_path, plan.device_id, 1, registry=people(2)), "package_other_device"


def _older(site, plan, device_id, tmp_path):
    _install(site, package(tmp_path, device_id, 2, registry=people(2)))
    return package(tmp_path, device_id, 1, registry=people(2)), "package_older"


def _older_installed_before(site, plan, device_id, tmp_path):
    """Package 1 was installed, then 2: package 1 again would bring back what 2 replaced."""
    first = package(tmp_path, device_id, 1, registry=people(2))
    _install(site, first)
    _install(site, package(tmp_path, device_id, 2, registry=people(3), variant="b"))
    return first, "package_older"


def _number_reused(site, plan, device_id, tmp_path):
    _install(site, package(tmp_path, device_id, 1, registry=people(2)))
    return package(tmp_path, device_id, 1, registry=people(3), variant="b"), "package_number_reused"


def _rule_set_hash(site, plan, device_id, tmp_path):
    part = rule_set_part(DEFAULT_RULE_SET.read_text(encoding="utf-8").replace(
        'version = "VN-TT26-2013/2026.1"', 'version = "HN-2027.2"'))  # fmt: skip
    part = type(part)(part.version, "0" * 64, part.text, part.cases)
    return package(tmp_path, device_id, 1, registry=people(2), rule_set=part), (
        "package_rule_set_hash"
    )


def _rule_set_cases(site, plan, device_id, tmp_path):
    text = DEFAULT_RULE_SET.read_text(encoding="utf-8")
    text = text.replace('version = "VN-TT26-2013/2026.1"', 'version = "HN-2027.3"')
    text = text.replace("min_kg_male = 45.0", "min_kg_male = 50.0")  # a shipped case fails
    part = rule_set_part(text)
    return package(tmp_path, device_id, 1, registry=people(2), rule_set=part), (
        "package_rule_set_cases_failed"
    )


def _rule_set_invalid(site, plan, device_id, tmp_path):
    text = 'version = "HN-2027.4"\n[age]\nmin_years = nan\n'
    return package(tmp_path, device_id, 1, registry=people(2), rule_set=rule_set_part(text)), (
        "package_rule_set_invalid"
    )


def _bad_registry_line(site, plan, device_id, tmp_path):
    lines = [*people(2), registry_row(birth_date="31/02/1990")]
    return package(tmp_path, device_id, 1, registry=lines), "package_registry_refused"


def _registry_line_not_matched(site, plan, device_id, tmp_path):
    """The center names this laptop's donor, with a CCCD another donor here holds."""
    ours = _register(site, "Đỗ Văn Hùng", 901)
    other = _register(site, "Đỗ Văn Hải", 902)
    line = people(1, start=901)[0] | {"donor_id": ours.id, "national_id": other.national_id}
    return package(tmp_path, device_id, 1, registry=[line]), "package_registry_refused"


def _block_overlaps(site, plan, device_id, tmp_path):
    local = site.drives.create(_local_form("HM261120A", dt.date(2026, 11, 20)))
    site.settings.set_desk_numbers("A", "900001", "999999")
    site.dins.allocate(local, 3)  # 900001-900003, given to the drive made here
    drive, assignment, block = planned(plan, device_id, first=900002)
    contents = package(tmp_path, device_id, 1, registry=people(2), drives=[drive],
                       assignments=[assignment], blocks=[block])  # fmt: skip
    return contents, "package_block_overlaps"


def _drive_code_taken(site, plan, device_id, tmp_path):
    site.drives.create(_local_form("HM261124", DRIVE_DATE))
    drive, assignment, block = planned(plan, device_id)
    contents = package(tmp_path, device_id, 1, registry=people(2), drives=[drive],
                       assignments=[assignment], blocks=[block])  # fmt: skip
    return contents, "package_drive_code_taken"


def _desk_letter_in_use(site, plan, device_id, tmp_path):
    local = site.drives.create(_local_form("HM261120A", dt.date(2026, 11, 20)))
    site.checkin.check_in(local, _register(site, "Vũ Thị Lan", 903))
    return package(tmp_path, device_id, 1, registry=people(2), desk_letter="C"), (
        "package_desk_letter_in_use"
    )


@pytest.mark.parametrize(
    "situation",
    [_other_device, _older, _older_installed_before, _number_reused, _rule_set_hash,
     _rule_set_cases, _rule_set_invalid, _bad_registry_line, _registry_line_not_matched,
     _block_overlaps, _drive_code_taken, _desk_letter_in_use],
    ids=lambda f: f.__name__.strip("_"),
)  # fmt: skip
def test_a_refused_package_writes_nothing(situation, site, installer, plan, device_id, tmp_path):
    contents, code = situation(site, plan, device_id, tmp_path)
    before_all, before = database_rows(site), database_rows(site, IMPORT_BOOKKEEPING)
    with pytest.raises(UserError) as refused:
        installer.install(contents)
    assert refused.value.problems[0].code == code
    if code == "package_registry_refused":
        # the registry's lines are checked as they stream into the import: its own
        # record stays, abandoned, and nothing else
        assert_as_before(site, before_all, before)
    else:
        assert database_rows(site) == before_all
    if code == "package_registry_refused":
        assert isinstance(refused.value, PackageRefused) and refused.value.line_errors


def _install(site, contents):
    return site.package_installer.install(contents)


def _register(site, name: str, serial: int):
    from desktop.core.stations.donors import DonorForm

    birth = dt.date(1991, 4, 2)
    form = DonorForm(national_id=cccd_for(birth, MALE, serial), full_name=name,
                     birth_date="02/04/1991", sex=MALE)  # fmt: skip
    return site.donors.register(form, not_a_duplicate=True)


def _local_form(code: str, day: dt.date):
    from tests.center_sites import drive_form

    return drive_form(code, day)


# What an install that did not go through may leave: the registry import's own record
# (abandoned, its staged donors removed) and the audit entries of that record.
IMPORT_BOOKKEEPING = ("registry_import", "audit_log", "installation")


def assert_as_before(site, before_all: dict, before: dict) -> None:
    assert database_rows(site, IMPORT_BOOKKEEPING) == before
    new_entries = set(database_rows(site)["audit_log"]) - set(before_all["audit_log"])
    tables = {entry[7] for entry in new_entries}  # audit_log.table_name
    assert tables <= {"registry_import"}
    held = {row[0] for row in before_all["registry_import"]}
    new_imports = site.db.execute("SELECT id, status FROM registry_import").fetchall()
    assert all(status == "abandoned" for row_id, status in new_imports if row_id not in held)


def _dangling_block(plan, device_id, drive):
    """A block naming a drive this laptop never got: the foreign key fails at the commit."""
    other = plan.drive("HM261125", DRIVE_DATE + dt.timedelta(days=1))
    return plan.din_block(other, device_id, FIN, 800001, 800100)


def _block_out_of_order(plan, device_id, drive):
    """A block whose first number is past its last (the center's database would never
    hold one; a faulty center could send one): the CHECK fails as it is written."""
    return {**plan.din_block(drive, device_id, FIN, 700001, 700100), "first": 700200}


@pytest.mark.parametrize("bad_block", [_dangling_block, _block_out_of_order])
@pytest.mark.parametrize("lines", [3, 0], ids=["with-registry", "without"])
def test_a_constraint_failing_in_the_switch_leaves_the_database_as_it_was(
    bad_block, lines, site, installer, plan, device_id, tmp_path
):
    # an earlier registry: the package's lines change known donors and add new ones
    _install(site, package(tmp_path, device_id, 1, registry=people(4)))
    drive, assignment, block = planned(plan, device_id)
    changed = [{**line, "phone": "0977000111"} for line in people(lines)]
    contents = package(tmp_path, device_id, 2, registry=[*changed, *people(lines, start=50)],
                       drives=[drive], assignments=[assignment],
                       blocks=[block, bad_block(plan, device_id, drive)],
                       rule_set=rule_set_part(DEFAULT_RULE_SET.read_text(encoding="utf-8")
                                              .replace('"VN-TT26-2013/2026.1"', '"HN-2027.5"')),
                       desk_letter="D")  # fmt: skip
    before_all, before = database_rows(site), database_rows(site, IMPORT_BOOKKEEPING)
    with pytest.raises(UserError) as refused:
        installer.install(contents)
    assert refused.value.problems[0].code == "package_not_applicable"
    assert_as_before(site, before_all, before)
    imports = site.db.execute("SELECT count(*) FROM registry_import").fetchone()[0]
    assert imports == (2 if lines else 1)  # with lines, it got as far as the switch
    assert site.donors.count() == 4 and site.drives.all() == []
    assert site.settings.desk_letter == "A"


@pytest.mark.parametrize("when", ["staging", "before_the_switch"])
def test_a_cancel_leaves_the_database_as_it_was(when, site, installer, plan, device_id, tmp_path):
    from desktop.core.registry.staging import STAGE_CHUNK

    drive, assignment, block = planned(plan, device_id)
    contents = package(tmp_path, device_id, 1, registry=people(STAGE_CHUNK + 10), drives=[drive],
                       assignments=[assignment], blocks=[block])  # fmt: skip
    steps: list[tuple[int, int]] = []

    def listen(phase: str, done: int, total: int) -> None:
        if phase == "write":
            steps.append((done, total))

    def cancel() -> bool:
        if when == "staging":
            return bool(steps)
        return bool(steps) and steps[-1][0] == steps[-1][1]  # everything staged

    before_all, before = database_rows(site), database_rows(site, IMPORT_BOOKKEEPING)
    with pytest.raises(Cancelled):
        installer.install(contents, Progress(listen, cancel))
    assert_as_before(site, before_all, before)
    assert site.db.execute("SELECT count(*) FROM donor").fetchone()[0] == 0


WALK_INS = ("Phan Văn Khải", "Phan Thị Hoa", "Phan Văn Long", "Phan Thị Mai")


def test_check_ins_go_on_while_a_package_is_stored_and_it_appears_at_once(
    site, plan, device_id, donors, tmp_path
):
    from desktop.core.registry.staging import STAGE_CHUNK

    local = site.drives.create(_local_form("HM261120A", dt.date(2026, 11, 20)))
    walk_ins = [_register(site, name, 9950 + i) for i, name in enumerate(WALK_INS)]
    drive, assignment, block = planned(plan, device_id)
    lines = people(7 * STAGE_CHUNK)  # three staging transactions at least (chunks at most double)
    contents = package(tmp_path, device_id, 1, registry=lines, drives=[drive],
                       assignments=[assignment], blocks=[block])  # fmt: skip
    site.db.execute("PRAGMA busy_timeout = 0")  # a lock met would fail at once
    seen = []

    def meanwhile(phase: str, done: int, total: int) -> None:
        if phase == "write" and done < total:
            ticket = site.checkin.check_in(local, walk_ins[len(seen)])
            found = site.donors.lookup(lines[0]["national_id"]).exact
            seen.append((ticket.created, found, [d.code for d in site.drives.all()]))

    report = site.package_installer.install(contents, Progress(meanwhile))
    assert report.registry.inserted == len(lines)
    assert len(seen) >= 2 and all(s == (True, None, ["HM261120A"]) for s in seen)
    assert site.donors.lookup(lines[0]["national_id"]).exact is not None
    assert {d.code for d in site.drives.all()} == {"HM261120A", "HM261124"}


def test_the_desk_gets_its_turns_while_a_package_is_installed(
    site, installer, plan, device_id, tmp_path
):
    """As for a registry import (tests/test_registry_staging.py): while the package is
    read, checked and staged the interpreter hands over every half millisecond and holds
    no full garbage collection; afterwards, and after a refusal, the settings are back."""
    import gc
    import sys

    from desktop.core.foundation import shared_interpreter as shared

    before = (gc.get_threshold(), sys.getswitchinterval())
    during = set()

    def meanwhile(phase: str, done: int, total: int) -> None:
        during.add((phase, gc.get_threshold()[2], sys.getswitchinterval()))

    drive, assignment, block = planned(plan, device_id)
    contents = package(tmp_path, device_id, 2, registry=people(20), drives=[drive],
                       assignments=[assignment], blocks=[block])  # fmt: skip
    installer.install(contents, Progress(meanwhile))
    shared_settings = (shared.FULL_COLLECTIONS_PAUSED, shared.SWITCH_INTERVAL_S)
    assert {phase for phase, *_ in during} == {"read", "write"}
    assert {(full, switch) for _, full, switch in during} == {shared_settings}
    assert (gc.get_threshold(), sys.getswitchinterval()) == before

    older = package(tmp_path / "older", device_id, 1, registry=people(20))
    with pytest.raises(UserError):  # package_older
        installer.install(older, Progress(meanwhile))
    assert (gc.get_threshold(), sys.getswitchinterval()) == before


def test_a_package_installs_in_its_starters_name_when_the_desk_locks_meanwhile(
    site, installer, plan, device_id, tmp_path
):
    from tests.long_work import actors_since, audit_mark, locking

    drive, assignment, block = planned(plan, device_id)
    contents = package(tmp_path, device_id, 1, registry=people(3), drives=[drive],
                       assignments=[assignment], blocks=[block])  # fmt: skip
    starter, mark = site.session.actor.name, audit_mark(site)
    report = installer.install(contents, locking(site))
    assert report.registry.inserted == 3 and site.locked is not None
    assert actors_since(site, mark) == {starter}
