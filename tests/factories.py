"""Test data: valid donors and registry files, built the way the app builds them."""

import csv
import datetime as dt
from pathlib import Path

from desktop.core.domain.identity import cccd_sex_century_digit
from desktop.core.domain.records import Donor
from desktop.core.domain.vocabulary import Sex
from desktop.core.registry.reader import COLUMNS
from desktop.core.services import Services
from desktop.core.stations.donors import DonorForm
from tests.people import acting, everyone_person

MALE, FEMALE = Sex.MALE, Sex.FEMALE  # the tests' shorthand


def cccd_for(birth: dt.date, sex: str, serial: int, province: str = "001") -> str:
    """A CCCD consistent with the birth date and sex."""
    return f"{province}{cccd_sex_century_digit(birth, sex)}{birth.year % 100:02d}{serial:06d}"


def qr_for(
    national_id: str,
    name: str,
    birth: dt.date,
    sex: str,
    *,
    old_id: str | None = "",
    address: str = "Số 5 ngõ 12, Phường Láng, Hà Nội",
) -> str:
    """The text a scanner types for a chip card; ``old_id=None`` gives the 6-field form."""
    sex_text = "Nam" if sex == MALE else "Nữ"
    fields = [national_id, name, birth.strftime("%d%m%Y"), sex_text, address, "15042021"]
    if old_id is not None:
        fields.insert(1, old_id)
    return "|".join(fields)


def fail_writes(db, table: str, when: str = "1") -> None:
    """From now on, an insert into ``table`` (where ``when`` holds of ``NEW``) fails
    inside SQLite, as a disk error would: what a save wrote before it must be undone."""
    db.execute(
        f"CREATE TEMP TRIGGER fail_{table} BEFORE INSERT ON main.{table} WHEN {when}"
        " BEGIN SELECT RAISE(ABORT, 'the write failed'); END"
    )


class DonorFactory:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.serial = 100

    def register(
        self,
        name: str = "Nguyễn Văn An",
        birth: dt.date = dt.date(1990, 1, 1),
        sex: str = MALE,
        phone: str = "",
        national_id: str | None = None,
    ) -> Donor:
        self.serial += 1
        form = DonorForm(
            national_id=national_id
            if national_id is not None
            else cccd_for(birth, sex, self.serial),
            full_name=name,
            birth_date=birth.strftime("%d/%m/%Y"),
            sex=sex,
            phone=phone,
        )
        with acting(self.services, everyone_person(self.services)):  # at reception
            return self.services.donors.register(form, not_a_duplicate=True)


def registry_row(**values: str) -> dict[str, str]:
    """A registry line with sensible defaults; override any column."""
    birth = dt.date(1990, 5, 17)
    row = dict.fromkeys(COLUMNS, "")
    row.update(
        national_id=cccd_for(birth, FEMALE, 1),
        full_name="Nguyễn Thị Hồng Ánh",
        birth_date="17/05/1990",
        sex="Nữ",
        address="Số 3 Lê Lợi, Phường Hạc Thành, Thanh Hóa",
        phone="0912345678",
        abo="O",
        rh="+",
        donation_count="3",
        last_donation_date="2026-03-01",
        last_donation_type="whole_blood",
        deferral_permanent="0",
        rare_blood="0",
        reserve_club="1",
    )
    row.update(values)
    return row


def write_registry(
    path: Path, rows: list[dict[str, str]], columns: list[str] | None = None
) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns or list(COLUMNS), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path
