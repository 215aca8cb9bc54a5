"""A provincial center with laptops enrolled, to plan drives on, made with the real
services: ``CenterKeysService.init`` and each laptop's own enrolment folder.

``build_planning_center`` is slow (age's scrypt, on purpose): it is made once per run
(``planning_center_made`` in tests/conftest.py) and each test gets a copy
(``open_center``: SQLite's backup API).
"""

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

from desktop.core.domain import places
from desktop.core.services import Services
from desktop.core.stations.drives import DriveForm
from tests.people import open_signed_in
from tests.signin import copy_database as copy_keyed

PASSPHRASE = "hoa phượng đỏ 2026"
OFFICER = "BS. Nguyễn Thị Lan"


@dataclass(frozen=True)
class Laptop:
    site: str
    letter: str
    fin: str
    first: int
    last: int
    name: str


LAPTOPS = {
    "A": Laptop("HN01", "A", "A1001", 1, 38461, "Bàn A - Bạch Mai"),
    "B": Laptop("HN01", "B", "A1001", 38462, 76922, "Bàn B - Bạch Mai"),
    "C": Laptop("HN01", "C", "A1001", 76923, 77222, "Bàn C - máy dự phòng"),  # 300 numbers
    "D": Laptop("HN02", "A", "A1002", 1, 38461, "Bàn A - Thanh Nhàn"),
}


@dataclass(frozen=True)
class PlanningCenter:
    path: Path
    devices: dict[str, str]  # LAPTOPS key -> device id


def build_planning_center(folder: Path) -> PlanningCenter:
    folder.mkdir(parents=True, exist_ok=True)
    center = open_signed_in(folder / "center.sqlite3")
    try:
        center.center_keys.init(folder / "keys", PASSPHRASE, PASSPHRASE)
        center.staff.sign_in(center.staff.add(OFFICER, "center"))
        devices = {key: _enrolled(center, folder, key, laptop) for key, laptop in LAPTOPS.items()}
    finally:
        center.close()
    return PlanningCenter(folder / "center.sqlite3", devices)


def with_revoked(made: PlanningCenter, folder: Path, *revoked: str) -> PlanningCenter:
    """A copy of the made center (in ``folder``, with its keys folder) in which the
    laptops ``revoked`` (LAPTOPS keys) are revoked."""
    shutil.copytree(made.path.parent / "keys", folder / "keys")
    center = open_center(made, folder)
    try:
        for key in revoked:
            center.center_keys.revoke(made.devices[key], "Máy bị mất cắp")
    finally:
        center.close()
    return PlanningCenter(center.path, made.devices)


def _enrolled(center: Services, folder: Path, key: str, laptop: Laptop) -> str:
    site = open_signed_in(folder / f"laptop-{key}.sqlite3")
    try:
        site.settings.save_device(
            laptop.site, laptop.name, laptop.letter, str(laptop.first), str(laptop.last)
        )
        site.dins.set_fin(laptop.fin)
        site.identity.set_center(site.identity.read_center_keys(folder / "keys"))
        enrolment = site.identity.enrol(folder / f"enrol-{key}")
    finally:
        site.close()
    center.center_keys.add_device(folder / f"enrol-{key}")
    return enrolment.device_id


def copy_database(source: Path, target: Path) -> Path:
    """A copy of a database file through SQLite's backup API (keyed, with its key file)."""
    return copy_keyed(source, target)


def open_center(made: PlanningCenter, folder: Path) -> Services:
    """A copy of the made center, opened with the officer signed in."""
    services = open_signed_in(copy_database(made.path, folder / "center-copy.sqlite3"))
    officer = next(s for s in services.staff.active() if s.full_name == OFFICER)
    services.staff.sign_in(officer)
    return services


def in_days(days: int) -> dt.date:
    return dt.date.today() + dt.timedelta(days=days)


def plan_form(code: str, day: dt.date, target: int = 250, place: str = "Trường THPT Chu Văn An"):
    hanoi = places.province("1")
    ward = next(w for w in places.wards(hanoi.code) if w.name == "Phường Láng")
    return DriveForm(
        code=code, drive_date=day.strftime("%d/%m/%Y"), place_name=place,
        province_code=hanoi.code, ward_code=ward.code, organizer="Hội Chữ thập đỏ quận",
        campaign="chu_nhat_do", target_units=str(target),
    )  # fmt: skip
