"""Shared fixtures: a real SQLite file per test, the real services, the translators.

Only tests marked ``qt`` (all of tests/ui/) may use Qt, and so ``translators``: the
plugin tests.qt_boundary fails any other test that asks for Qt or makes an application.
Qt runs offscreen: the platform must be chosen before any Qt module is imported.
"""

import atexit
import os
import shutil
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import datetime as dt
from pathlib import Path

import pytest

from desktop.core.domain import places
from desktop.core.services import Services, open_services
from desktop.core.stations.drives import DriveForm
from tests.factories import DonorFactory
from tests.people import everyone
from ui.translators import Translators

# pytester runs the check that the Qt boundary really fails (tests/test_qt_boundary.py).
pytest_plugins = ["pytester", "tests.qt_boundary"]

RAM_DISK = "/dev/shm"  # Linux's tmpfs
RAM_DISK_FREE = 4 * 2**30  # what a run's temporary files take at the most, with room to spare


def _temporary_files_in_memory() -> None:
    """The tests' temporary folders (``tmp_path``, and the app's own temporary files)
    on the RAM disk when there is one with room and TMPDIR is not chosen: no test cuts
    the power, and a real disk's fsync after every commit and its slow deletes made the
    slowest tests take twice as long (a test's files stay real SQLite files)."""
    if "TMPDIR" in os.environ or not os.access(RAM_DISK, os.W_OK):
        return
    disk = os.statvfs(RAM_DISK)
    if disk.f_bavail * disk.f_frsize >= RAM_DISK_FREE:
        os.environ["TMPDIR"] = RAM_DISK  # for the processes the tests start, too
        tempfile.tempdir = None  # asked again: pytest's capture may have asked already


_temporary_files_in_memory()


def _children_keep_their_bytecode() -> None:
    """The Python processes the tests start (the ``hmtn`` command, the children that
    read a registry or draw pages, the crash and kill workers) compile the app's modules
    once per run, into a folder of the run's, when the environment forbids bytecode
    (``PYTHONDONTWRITEBYTECODE``: each of them compiled every module at each start, a
    second or more); nothing is written beside the sources."""
    if not os.environ.get("PYTHONDONTWRITEBYTECODE") or "PYTHONPYCACHEPREFIX" in os.environ:
        return
    folder = tempfile.mkdtemp(prefix="hmtn-bytecode-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    del os.environ["PYTHONDONTWRITEBYTECODE"]
    os.environ["PYTHONPYCACHEPREFIX"] = folder


_children_keep_their_bytecode()


@pytest.fixture(scope="session", autouse=True)
def _key_derivations_once():
    """Each slow key derivation of the run made once per input (tests/slow_keys.py)."""
    from tests.slow_keys import derivations_once

    with pytest.MonkeyPatch.context() as patch:
        derivations_once(patch)
        yield


@pytest.fixture(scope="session")
def translators(qapp) -> Translators:
    """The app's translators on the run's one QApplication, in Vietnamese as a user first
    sees it. Every test under tests/ui/ has them; a qt test elsewhere asks for them."""
    translators = Translators(qapp)
    translators.install("vi")
    return translators


@pytest.fixture
def in_english(translators: Translators):
    translators.install("en")
    yield
    translators.install("vi")


@pytest.fixture(autouse=True)
def exchange_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> Path:
    """The restore markers of exports go to a folder of the test's own, never to the
    user's data folder."""
    folder = tmp_path_factory.mktemp("hmtn-data")
    monkeypatch.setenv("HMTN_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "hmtn.sqlite3"


@pytest.fixture
def services(db_path: Path) -> Services:
    """The services of a new database, a test person holding every role signed in
    (tests/people.py: a test of who may do what signs in someone else)."""
    services = open_services(db_path)
    everyone(services)
    yield services
    services.close()


@pytest.fixture
def drive_date() -> dt.date:
    return dt.date(2026, 11, 24)


@pytest.fixture
def drive(services: Services, drive_date: dt.date):
    hanoi = places.province("1")
    ward = next(w for w in places.wards(hanoi.code) if w.name == "Phường Láng")
    return services.drives.create(
        DriveForm(
            code="HM261124",
            drive_date=drive_date.strftime("%d/%m/%Y"),
            place_name="Trường THPT Chu Văn An",
            province_code=hanoi.code,
            ward_code=ward.code,
            organizer="Hội Chữ thập đỏ quận",
            campaign="chu_nhat_do",
            target_units="250",
        )
    )


@pytest.fixture
def donors(services: Services) -> DonorFactory:
    return DonorFactory(services)


@pytest.fixture(scope="session")
def center_made_once(tmp_path_factory) -> tuple[Path, Path]:
    """A center database and its key folder made by ``hmtn center init``, once per run
    (age's scrypt and the sign-in's argon2 are slow on purpose): no test opens this
    database, each module works on a copy (``made_center``)."""
    from tests.center_cli import ESCROW_PASSPHRASE, PASSPHRASE, hmtn, write

    folder = tmp_path_factory.mktemp("center")
    passphrase = write(folder / "passphrase.txt", PASSPHRASE)
    escrow = write(folder / "escrow-passphrase.txt", ESCROW_PASSPHRASE)
    status = hmtn("center", "init", "--db", folder / "center.sqlite3", "--keys", folder / "keys",
                  "--passphrase-file", passphrase, "--escrow-passphrase-file", escrow)  # fmt: skip
    assert status == 0
    return folder / "center.sqlite3", folder / "keys"


@pytest.fixture(scope="session")
def planning_center_made(tmp_path_factory):
    """The center of tests/center_planning.py with its four laptops enrolled, made once
    per run (age's scrypt, on purpose): the tests read its folder and work on copies of
    its database (``open_center``)."""
    from tests.center_planning import build_planning_center

    return build_planning_center(tmp_path_factory.mktemp("planning"))


@pytest.fixture(scope="session")
def lab_center_made(tmp_path_factory) -> Path:
    """The laboratory tests' center database as ``hmtn center init`` makes it
    (tests/lab_center.py), made once per run: each test builds on a copy."""
    from tests.lab_center import new_center

    return new_center(tmp_path_factory.mktemp("center"))


@pytest.fixture(scope="module")
def made_center(center_made_once, tmp_path_factory) -> tuple[Path, Path]:
    """The test module's center made by ``hmtn center init`` (a copy of the run's,
    through SQLite's backup API) and the center's key folder (read only)."""
    from tests.signin import copy_database

    made, keys = center_made_once
    folder = tmp_path_factory.mktemp("center")
    return copy_database(made, folder / "center.sqlite3"), keys


@pytest.fixture
def center(made_center, tmp_path) -> Path:
    """A copy of the center's database for one test (through SQLite's backup API)."""
    from tests.signin import copy_database

    return copy_database(made_center[0], tmp_path / "center.sqlite3")


@pytest.fixture(scope="module")
def made_laptop(made_center, tmp_path_factory) -> tuple[Path, dict]:
    """Laptop A of site HN01 with the center's keys, enrolled at a copy of the module's
    center, all through the commands, once per test module: that center's database and
    the laptop (``tests.center_cli.enrolled_site``)."""
    from tests.center_cli import enrolled_site
    from tests.signin import copy_database

    folder = tmp_path_factory.mktemp("laptop")
    center = copy_database(made_center[0], folder / "center.sqlite3")
    return center, enrolled_site(folder, center, made_center[1])


@pytest.fixture
def laptop(made_laptop, center, tmp_path) -> dict:
    """Laptop A enrolled at this test's ``center``: copies of ``made_laptop``'s two
    databases (through SQLite's backup API), the center's in place of ``center``."""
    from tests.signin import copy_database

    enrolled_center, site = made_laptop
    copy_database(enrolled_center, center)
    return {**site, "path": copy_database(site["path"], tmp_path / site["path"].name)}


@pytest.fixture
def stick(tmp_path) -> Path:
    """An empty USB stick's folder."""
    folder = tmp_path / "USB"
    folder.mkdir()
    return folder


@pytest.fixture
def passphrase(tmp_path) -> Path:
    """The center's passphrase in a file (``--passphrase-file``)."""
    from tests.center_cli import PASSPHRASE, write

    return write(tmp_path / "passphrase.txt", PASSPHRASE)


@pytest.fixture
def plan(tmp_path):
    """A center's plan (drives, assignments, number blocks) in a database of its own,
    for the drive packages a site installs (tests/packages.py)."""
    from tests.packages import CenterPlan

    plan = CenterPlan(tmp_path / "center-plan.sqlite3")
    yield plan
    plan.close()
