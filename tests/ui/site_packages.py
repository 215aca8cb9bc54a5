"""Drive packages written by a real center for a real laptop, to install from the site's
window: ``hmtn center init``'s center (fixture ``made_center``), two laptops of one site
enrolled there with their own folders, their export files imported, a drive planned for
both today, and the center's packages on a stick.

Laptop A (desk A) only registered An; laptop B (desk B) bled Mai and deferred Bình for
good (an HIV answer): both reach A with A's package, Bình's deferral as a reason category.
The center also gave A a run of certificate forms, the desk letter C and a rule set of
its own. Made once per test module (age's scrypt is slow on purpose); each test installs
into a copy of laptop A's database (SQLite's backup API).
"""

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.core.domain.answers import Answer
from desktop.core.domain.vocabulary import ScreeningDecision
from desktop.core.eligibility.harness import DEFAULT_CASES
from desktop.core.eligibility.ruleset import DEFAULT_RULE_SET
from desktop.core.stations.screening import DoctorDecision
from tests.center_cli import PASSPHRASE
from tests.center_files import center_copy, enrol, unlocked_key
from tests.center_planning import plan_form
from tests.center_sites import Site
from tests.people import by_everyone
from tests.signin import copy_database
from tests.test_collection import HEALTHY

OFFICER = "BS. Nguyễn Thị Lan"
BORN = dt.date(1990, 5, 15)
RULE_SET_VERSION = "HN-2026.12"
PLANNED = "HM-CVA"  # the drive planned for both laptops, today


@dataclass(frozen=True)
class PackageWorld:
    laptop: Path  # laptop A's database, closed, no package installed yet
    first: Path  # A's package no. 1 (its .minisig beside it)
    second: Path  # A's package no. 2, made after another drive was planned
    for_b: Path  # laptop B's package no. 1
    planned_on: dt.date
    mai_id: str  # her CCCD: a donor only laptop B knew
    binh_id: str  # his CCCD: deferred for good at laptop B


def build_package_world(folder: Path, made_center: tuple[Path, Path]) -> PackageWorld:
    with pytest.MonkeyPatch.context() as patch:  # export markers in this folder
        patch.setenv("HMTN_DATA_DIR", str(folder / "data"))
        return _build(folder, made_center)


def _build(folder: Path, made_center: tuple[Path, Path]) -> PackageWorld:
    center = center_copy(made_center, folder / "center.sqlite3")
    a = Site(folder / "a.sqlite3", "HN01", "A1234", letter="A")
    b = Site(folder / "b.sqlite3", "HN01", "A1234", letter="B")
    try:
        s = center.services
        s.staff.sign_in(s.staff.add(OFFICER, "center"))
        enrol(a, [center], made_center[1], folder / "enrol-a")
        enrol(b, [center], made_center[1], folder / "enrol-b")
        a.register("Nguyễn Văn An", BORN, 1)
        mai = b.register("Trần Thị Mai", BORN, 2)
        b.give_blood(mai)
        binh = b.register("Phạm Văn Bình", BORN, 3)
        visit = b.services.checkin.check_in(b.drive, b.services.donors.get(binh.id)).visit
        deferral = DoctorDecision(ScreeningDecision.DEFER_PERMANENT)
        b.services.screening.decide(visit.id, HEALTHY, deferral, answers={"hiv": Answer(True)})
        stick = folder / "exports"
        stick.mkdir()
        files = [site.services.exports.export(stick).path for site in (a, b)]
        outcomes = s.center_files.import_files(files, unlocked_key(center))
        assert [o.status for o in outcomes] == ["accepted", "accepted"]
        _install_rule_set(center, folder)
        today = dt.date.today()
        s.planning.plan(plan_form(PLANNED, today), [a.device_id, b.device_id])
        s.planning.allocate_serials(a.device_id, "AA", 7, 12001, 12500)
        s.planning.set_desk_letter(a.device_id, "C")
        signer = s.packages.unlock(PASSPHRASE)
        first = s.packages.write(a.device_id, _folder(folder / "usb-1"), signer).path
        s.planning.plan(plan_form("HM-NEXT", today + dt.timedelta(days=7)), [a.device_id])
        second = s.packages.write(a.device_id, _folder(folder / "usb-2"), signer).path
        for_b = s.packages.write(b.device_id, _folder(folder / "usb-b"), signer).path
        return PackageWorld(
            folder / "a.sqlite3", first, second, for_b, today, mai.national_id, binh.national_id
        )
    finally:
        for place in (center, a, b):
            place.close()


def _install_rule_set(center, folder: Path) -> None:
    """The center's own rule set: the shipped one under another version."""
    text = DEFAULT_RULE_SET.read_text(encoding="utf-8").replace(
        'version = "VN-TT26-2013/2026.1"', f'version = "{RULE_SET_VERSION}"'
    )
    path = folder / "hn-2026.toml"
    path.write_text(text, encoding="utf-8")
    with by_everyone(center.services):  # a rule set is the administrator's
        installed = center.services.rules.install_file(path, DEFAULT_CASES)
    assert installed.installed


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


def copy_laptop(world: PackageWorld, target: Path) -> Path:
    """A copy of laptop A's database, through SQLite's backup API."""
    return copy_database(world.laptop, target)  # keyed, with its key file
