"""A provincial center's database with something on each of its lists, made with the
real services: ``hmtn center init``'s keys, laptops enrolled from their folders, and
their records merged (two units on one DIN, a change a restored laptop lost, two
records of one name and birth date, one of them without a CCCD)."""

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.core.services import Services
from tests.center_sites import Site
from tests.factories import MALE, cccd_for
from tests.people import open_signed_in
from tests.signin import copy_database as copy_keyed
from tests.test_center_decisions import restored_laptops_change

PASSPHRASE = "hoa phượng đỏ 2026"
ESCROW_PASSPHRASE = "két sắt ngoại tuyến 2026"
OFFICER = "BS. Nguyễn Thị Lan"
BIRTH = dt.date(1990, 5, 15)


@dataclass
class CenterData:
    path: Path
    keys: Path  # the folder ``init`` wrote the center's keys to
    enrolment: Path  # a third laptop's enrolment folder, not added yet
    sites: dict[str, str]  # site code -> device id
    files: dict[str, Path]  # export files on a stick: "HN01", "HN02" (not enrolled),
    # "HN03" (enrolled once ``enrolment`` is added), "damaged" (HN01's, cut short)


def make_center(path: Path, keys: Path) -> Services:
    services = open_signed_in(path)
    services.center_keys.init(keys, PASSPHRASE, ESCROW_PASSPHRASE)
    services.staff.sign_in(services.staff.add(OFFICER, "center"))
    return services


def enrolled(site: Site, center: Services, keys: Path, folder: Path) -> None:
    site.services.identity.set_center(site.services.identity.read_center_keys(keys))
    site.services.identity.enrol(folder)
    center.center_keys.add_device(folder)


def exported(site: Site, stick: Path, serial: int) -> Path:
    """A day's new donor and unit, then the real export file on the stick."""
    site.give_blood(site.register("Vũ Thị Hạnh", dt.date(1988, 8, 8), serial))
    return site.services.exports.export(stick).path


def build_center(folder: Path) -> CenterData:
    with pytest.MonkeyPatch.context() as patch:  # export markers in the test's folder
        patch.setenv("HMTN_DATA_DIR", str(folder / "data"))
        return _build(folder)


def _build(folder: Path) -> CenterData:
    center = make_center(folder / "center.sqlite3", folder / "keys")
    a = Site(folder / "HN01.sqlite3", "HN01", "A1001", dt.date(2026, 3, 2))
    b = Site(folder / "HN02.sqlite3", "HN02", "A1001")  # the same FIN: one DIN twice
    c = Site(folder / "HN03.sqlite3", "HN03", "A1003")
    try:
        enrolled(a, center, folder / "keys", folder / "enrol-a")
        c.services.identity.set_center(c.services.identity.read_center_keys(folder / "keys"))
        c.services.identity.enrol(folder / "enrol-c")
        without_id = a.register("Phạm Văn Đức", BIRTH, 1)
        a.services.db.execute("UPDATE donor SET national_id = NULL WHERE id = ?", [without_id.id])
        unit = a.give_blood(without_id)
        first, a.mark = a.export()
        a.amend_volume(unit, 430)
        second, _ = a.export()
        with_id = b.register("Phạm Văn Đức", BIRTH, 0, national_id=cccd_for(BIRTH, MALE, 9))
        b.give_blood(with_id)
        b.give_blood(b.register("Trần Thị Mai", dt.date(1995, 2, 3), 2))
        files = {
            "HN01-1": first,
            "HN01-2": second,
            "HN01-restored": restored_laptops_change(first, 350),
            "HN02-1": b.export()[0],
        }
        for name, rows in files.items():
            center.center.merge(name, rows)
        b.services.identity.set_center(b.services.identity.read_center_keys(folder / "keys"))
        stick = folder / "USB"
        stick.mkdir()
        sent = {"HN01": exported(a, stick, 21), "HN02": exported(b, stick, 22)}
        sent["HN03"] = exported(c, stick, 23)
        damaged = stick / f"damaged-{sent['HN01'].name}"
        damaged.write_bytes(sent["HN01"].read_bytes()[:-100])
        (stick / f"{damaged.name}.minisig").write_bytes(
            sent["HN01"].with_name(f"{sent['HN01'].name}.minisig").read_bytes()
        )
        return CenterData(
            folder / "center.sqlite3",
            folder / "keys",
            folder / "enrol-c",
            {"HN01": a.device_id, "HN02": b.device_id, "HN03": c.device_id},
            {**sent, "damaged": damaged},
        )
    finally:
        for site in (a, b, c):
            site.close()
        center.close()


def copy_database(source: Path, target: Path) -> Path:
    """A copy of a closed database through SQLite's backup API (keyed, with its key
    file)."""
    return copy_keyed(source, target)
