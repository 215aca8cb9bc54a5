"""A provincial center holding merged units from two laptops, for the laboratory tests:
made with the real services (``hmtn center init``'s database, the sites' records merged
as their exports carry them), and results files written as a laboratory writes them."""

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from desktop.core.services import Services
from tests.center_cli import ESCROW_PASSPHRASE, PASSPHRASE
from tests.center_sites import Site
from tests.factories import MALE, cccd_for
from tests.people import open_signed_in
from tests.signin import copy_database

OFFICER = "BS. Nguyễn Thị Lan"
HEADER = "din,abo,rh,hbsag,anti_hcv,anti_hiv,syphilis,nat,tested_on"
TESTED = "26/11/2026"
SAME_CCCD = cccd_for(dt.date(1985, 4, 2), MALE, 5)


@dataclass
class Unit:
    id: str
    din: str
    donor_id: str  # the record the site made (the person is its survivor at the center)


@dataclass
class LabCenter:
    services: Services
    officer_id: str
    plain: Unit  # a donor registered at the drive, no blood group recorded
    grouped: Unit  # a registry donor recorded O+
    other_site: Unit  # a donor at the second laptop
    twin: Unit  # the second record of a person both laptops registered (same CCCD)
    twin_first: Unit  # ... and the first one, the person's surviving record
    sites: list[Site]

    def query(self, sql: str, params: list | None = None) -> list[tuple]:
        return self.services.db.execute(sql, params or []).fetchall()

    def close(self) -> None:
        for site in self.sites:
            site.close()
        self.services.close()


def new_center(folder: Path) -> Path:
    """A center's database, made as ``hmtn center init`` makes it (without the command
    line, which brings Qt's translators: these tests stay Qt-free)."""
    services = open_signed_in(folder / "center.sqlite3")
    try:
        services.center_keys.init(folder / "keys", PASSPHRASE, ESCROW_PASSPHRASE)
    finally:
        services.close()
    return folder / "center.sqlite3"


def copied(source: Path, target: Path) -> Path:
    """A copy of a closed database through SQLite's backup API."""
    return copy_database(source, target)  # keyed, with its key file


def build(center_path: Path, folder: Path) -> LabCenter:
    """Two laptops' units merged into the center (``center_path``, made by init)."""
    services = open_signed_in(center_path)
    officer = services.staff.add(OFFICER, "center")
    services.staff.sign_in(officer)
    a = Site(folder / "HN01.sqlite3", "HN01", "A1001")
    b = Site(folder / "HN02.sqlite3", "HN02", "A1002")
    plain = a.register("Phạm Văn Đức", dt.date(1990, 5, 15), 1)
    grouped_id = a.registry_donor("Lê Văn Hùng", dt.date(1988, 3, 9), 2, abo="O", rh="+")
    grouped = a.services.donors.get(grouped_id)
    other = b.register("Trần Thị Mai", dt.date(1995, 2, 3), 3)
    twin_a = a.register("Hoàng Văn Nam", dt.date(1985, 4, 2), 0, national_id=SAME_CCCD)
    twin_b = b.register("Hoàng Văn Nam", dt.date(1985, 4, 2), 0, national_id=SAME_CCCD)
    units = [
        _unit(a.give_blood(plain), plain.id),
        _unit(a.give_blood(grouped), grouped_id),
        _unit(b.give_blood(other), other.id),
        _unit(a.give_blood(twin_a), twin_a.id),
        _unit(b.give_blood(twin_b), twin_b.id),
    ]
    for name, site in (("HN01", a), ("HN02", b)):
        services.center.merge(name, site.export()[0])
    first, second = sorted(units[3:], key=lambda u: u.donor_id)
    return LabCenter(services, officer.id, units[0], units[1], units[2], second, first, [a, b])


def _unit(record, donor_id: str) -> Unit:
    return Unit(record.id, record.din, donor_id)


def line(unit: Unit, group: str = "A+", markers: str = "", tested: str = TESTED) -> str:
    """A CSV line: ``markers`` names the positive ones (``+hbsag``) and the reactive ones
    (``~anti_hiv``); the others negative; NAT not done."""
    values = dict.fromkeys(("hbsag", "anti_hcv", "anti_hiv", "syphilis"), "âm tính")
    for word in markers.split():
        values[word[1:]] = "dương tính" if word[0] == "+" else "phản ứng"
    abo, rh = (group[:-1], group[-1]) if group else ("", "")
    cells = [unit.din, abo, rh, *values.values(), "", tested]
    return ",".join(cells)


def results_file(folder: Path, name: str, *lines: str) -> Path:
    path = folder / name
    path.write_text("\n".join((HEADER, *lines)) + "\n", encoding="utf-8")
    return path
