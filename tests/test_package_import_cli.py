"""``hmtn package import FILE --db SITE`` as the issue spells it: the laptop's package,
written by ``hmtn center package``, installed through the command with a report in
words; the same package again a no-op; a package refused in words, nothing changed:
one the installer refuses, and one signed by another key, addressed to another laptop,
older than the one installed, truncated or bit-flipped (the file-level checks are
tested one by one in tests/test_package_file.py)."""

import datetime as dt
import shutil
from pathlib import Path

import minisign
import pytest

from desktop.core.exchange.package_file import package_file_name
from desktop.core.exchange.sealing import signature_path
from tests.center_cli import PASSPHRASE, enrolled_site, hmtn, write
from tests.center_planning import copy_database
from tests.center_sites import drive_form
from tests.package_commands import opened, rows_of, write_package
from tests.package_fixtures import resign
from tests.signin import encrypted

pytestmark = pytest.mark.qt  # hmtn prints through Qt's translators

DAY = dt.date.today() + dt.timedelta(days=10)


def plan_drive(center: Path, code: str, device: str) -> None:
    """The center's operator plans a drive for the laptop and hands it a run of forms
    and a desk letter (the center window's calendar and devices tabs)."""
    with opened(center) as services:
        services.planning.plan(drive_form(code, DAY), [device])
        services.planning.allocate_serials(device, "AA", 7, 12001, 12500)
        services.planning.set_desk_letter(device, "C")


def test_the_command_installs_the_package_and_says_what_it_did(
    laptop, center, stick, passphrase, capsys
):
    site = laptop
    plan_drive(center, "HM" + DAY.strftime("%y%m%d"), site["device"])
    path = write_package(center, site["device"], stick, passphrase, capsys)

    assert hmtn("package", "import", path, "--db", site["path"]) == 0
    said = capsys.readouterr()
    progress = said.err.splitlines()
    assert progress[0] == "Checking the center's signature and opening the package: 0%"
    assert all(line.split(":")[0] not in ("open", "read", "write") for line in progress)
    assert said.out.splitlines() == [
        f"Package no. 1 ({path.name}) installed.",
        "The package carried no donors.",
        "Drives planned for this laptop:",
        f"• HM{DAY:%y%m%d} · {DAY:%d/%m/%Y} · Trường THPT Chu Văn An, Phường Láng,"
        " Thành phố Hà Nội",
        f"  its DIN numbers: A1234 {DAY.year} 038087–038461 (375 numbers)",
        "Certificate forms for this laptop: AA0012001 to AA0012500 (500 forms)",
        "Eligibility rule set: unchanged.",
        "This laptop's queue numbers now begin with the letter C.",
        "The center has received no export file from this laptop yet.",
    ]
    with opened(site["path"]) as services:
        assert [d.code for d in services.drives.all()] == ["HM" + DAY.strftime("%y%m%d")]
        assert services.settings.desk_letter == "C"

    assert hmtn("package", "import", path, "--db", site["path"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"Package no. 1 ({path.name}) is installed already; nothing was changed."
    ]


def test_a_refused_package_is_said_in_words_and_changes_nothing(
    laptop, center, stick, passphrase, capsys
):
    site = laptop
    code = "HM" + DAY.strftime("%y%m%d")
    with opened(site["path"]) as services:
        services.drives.create(drive_form(code, DAY))  # the laptop's own drive, same code
    plan_drive(center, code, site["device"])
    path = write_package(center, site["device"], stick, passphrase, capsys)
    before = rows_of(site["path"])

    assert hmtn("package", "import", path, "--db", site["path"]) == 1
    said = capsys.readouterr()
    assert said.out == ""
    assert f"The code {code} of a drive the center planned is already another drive's" in said.err
    assert "Nothing was installed." in said.err
    assert rows_of(site["path"]) == before


def test_what_stops_the_command_is_said_with_status_2(laptop, tmp_path, capsys):
    site = laptop
    missing = tmp_path / "HN01-00000000-package-00001.hmtn.age"
    assert hmtn("package", "import", missing, "--db", site["path"]) == 2
    assert "File not found" in capsys.readouterr().err
    assert hmtn("package", "import", tmp_path, "--db", site["path"]) == 2
    assert capsys.readouterr().err == (
        f"{tmp_path} is a folder: choose the package file (.hmtn.age) inside it.\n"
    )
    bare = tmp_path / "bare.sqlite3"
    encrypted(bare).close()  # a laptop without the center's keys
    write(missing, "not a package")
    assert hmtn("package", "import", missing, "--db", bare) == 2
    assert "Install the center's keys first" in capsys.readouterr().err


# -- the files a laptop refuses, through the command --------------------------------------------


@pytest.fixture(scope="module")
def packages(made_center, tmp_path_factory) -> dict:
    """A center that planned a drive for laptops A and B and wrote packages 1 and 2 of A
    and 1 of B; laptop A installed its package 2 (through the commands)."""
    folder = tmp_path_factory.mktemp("packages")
    center = copy_database(made_center[0], folder / "center.sqlite3")
    passphrase = write(folder / "passphrase.txt", PASSPHRASE)
    a, b = (enrolled_site(folder, center, made_center[1], letter) for letter in "AB")
    plan_drive(center, "HM" + DAY.strftime("%y%m%d"), a["device"])
    stick = folder / "USB"
    stick.mkdir()
    written = {}
    for name, site, number in (("A1", a, 1), ("A2", a, 2), ("B1", b, 1)):
        assert hmtn("center", "package", "--db", center, "--device", site["device"], "--out",
                    stick, "--passphrase-file", passphrase) == 0  # fmt: skip
        written[name] = stick / package_file_name("HN01", site["device"], number)
    assert hmtn("package", "import", written["A2"], "--db", a["path"]) == 0
    return {"laptop": a["path"], **written}


def signed_by_another_key(path: Path) -> None:
    comment = signature_path(path).read_text().splitlines()[2].removeprefix("trusted comment: ")
    resign(path, minisign.KeyPair.generate().secret_key, comment)


def cut_in_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def one_bit_flipped(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x10
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "which, change, said",
    [
        ("A1", signed_by_another_key, "is not signed by the center whose keys this laptop holds"),
        ("B1", None, "The package was prepared for another laptop"),
        ("A1", None, "Package no. 1 is older than package no. 2, which is installed already"),
        ("A1", cut_in_half, "it is incomplete (a copy that did not finish), damaged or altered"),
        ("A1", one_bit_flipped, "it is incomplete (a copy that did not finish), damaged or"
         " altered"),
    ],
    ids=["another-key", "another-device", "older", "truncated", "bit-flipped"],
)  # fmt: skip
def test_a_package_the_laptop_must_not_trust_is_refused_and_changes_nothing(
    packages, which, change, said, tmp_path, capsys
):
    laptop = copy_database(packages["laptop"], tmp_path / "laptop.sqlite3")
    path = tmp_path / packages[which].name
    shutil.copy(packages[which], path)
    shutil.copy(signature_path(packages[which]), signature_path(path))
    if change is not None:
        change(path)
    before = rows_of(laptop)
    capsys.readouterr()

    assert hmtn("package", "import", path, "--db", laptop) == 1
    refused = capsys.readouterr()
    assert refused.out == "" and said in refused.err
    assert rows_of(laptop) == before
