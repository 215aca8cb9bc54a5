"""Plausible synthetic donors for the demo database and the benchmarks.

Names follow Vietnamese patterns (family name, middle name by sex, given name), CCCD
numbers agree with the birth date and sex and use real province codes, addresses use
real communes and wards. Everything is drawn from a seeded generator, so the same seed
gives the same registry.
"""

import csv
import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

from desktop.core.domain import places
from desktop.core.domain.dates import add_years, age_on
from desktop.core.domain.identity import CCCD_PROVINCES, cccd_sex_century_digit
from desktop.core.domain.text import spreadsheet_safe
from desktop.core.domain.vocabulary import Sex
from desktop.core.registry.reader import COLUMNS

# Family names with rough population shares (Nguyễn about 38 %).
FAMILY_NAMES = {
    "Nguyễn": 38, "Trần": 11, "Lê": 9.5, "Phạm": 7, "Hoàng": 5, "Huỳnh": 3, "Phan": 4.5,
    "Vũ": 3.9, "Võ": 3, "Đặng": 2.1, "Bùi": 2, "Đỗ": 1.4, "Hồ": 1.3, "Ngô": 1.3,
    "Dương": 1, "Lý": 0.5, "Đinh": 0.6, "Trương": 0.6, "Lương": 0.4, "Đoàn": 0.5,
    "Mai": 0.4, "Tạ": 0.3, "Trịnh": 0.4, "Cao": 0.3, "Lâm": 0.3,
}  # fmt: skip
MIDDLE_NAMES = {
    Sex.MALE: ["Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Thành", "Xuân",
           "Ngọc", "Quốc", "Anh", "Đình", "Trọng", "Hoàng", "Gia", "Tuấn"],
    Sex.FEMALE: ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Phương", "Kim", "Hồng",
             "Mai", "Bảo", "Khánh", "Diệu", "Hoài", "Thùy"],
}  # fmt: skip
GIVEN_NAMES = {
    Sex.MALE: ["An", "Anh", "Bảo", "Bình", "Cường", "Dũng", "Duy", "Đạt", "Đức", "Giang",
           "Hải", "Hiếu", "Hòa", "Hoàng", "Hùng", "Huy", "Khang", "Khoa", "Kiên", "Lâm",
           "Long", "Lộc", "Minh", "Nam", "Nghĩa", "Nhân", "Phong", "Phúc", "Quang", "Quân",
           "Sơn", "Tài", "Thắng", "Thành", "Thịnh", "Toàn", "Trung", "Tuấn", "Tùng", "Việt",
           "Vinh", "Vũ"],
    Sex.FEMALE: ["An", "Anh", "Ánh", "Bích", "Châu", "Chi", "Dung", "Duyên", "Giang", "Hà",
             "Hạnh", "Hằng", "Hiền", "Hoa", "Hồng", "Huệ", "Hương", "Lan", "Liên", "Linh",
             "Loan", "Ly", "Mai", "My", "Nga", "Ngân", "Ngọc", "Nhung", "Oanh", "Phương",
             "Quyên", "Quỳnh", "Tâm", "Thảo", "Thủy", "Trang", "Trinh", "Tuyết", "Vân",
             "Yến"],
}  # fmt: skip
# Second given-name syllables often found before the last one ("Hồng Ánh", "Minh Khang").
EXTRA_NAMES = ["Hồng", "Minh", "Ngọc", "Thanh", "Bảo", "Gia", "Khánh", "Phương", "Tuệ"]
# ABO shares among Vietnamese donors (O about 42 %); Rh negative is rare (about 0.1 %).
ABO_SHARES = {"O": 42, "B": 30, "A": 21, "AB": 7}
MOBILE_PREFIXES = ["032", "033", "034", "035", "036", "037", "038", "039", "070", "076",
                   "077", "078", "079", "081", "082", "083", "084", "085", "086", "088",
                   "089", "090", "091", "093", "094", "096", "097", "098"]  # fmt: skip
STREETS = ["Lê Lợi", "Trần Hưng Đạo", "Nguyễn Trãi", "Hai Bà Trưng", "Lý Thường Kiệt",
           "Quang Trung", "Hùng Vương", "Điện Biên Phủ", "Phan Chu Trinh",
           "Võ Thị Sáu"]  # fmt: skip
DEFERRAL_REASONS = {
    "temporary": ["Huyết sắc tố thấp", "Huyết áp cao", "Mới xăm hình", "Đang dùng kháng sinh",
                  "Sốt trong 14 ngày qua"],
    "permanent": ["HBsAg dương tính", "Viêm gan C", "Bệnh tim mạch"],
}  # fmt: skip


class DonorGenerator:
    """Draws registry rows (the CSV columns of ``desktop.core.registry.reader``)."""

    def __init__(self, seed: int = 2026, today: dt.date | None = None) -> None:
        self.rng = random.Random(seed)
        self.today = today or dt.date.today()
        self.families = list(FAMILY_NAMES)
        self.family_weights = list(FAMILY_NAMES.values())
        self.abo = list(ABO_SHARES)
        self.abo_weights = list(ABO_SHARES.values())
        self.province_codes = list(CCCD_PROVINCES)
        self.wards = [(p, w) for p in places.provinces() for w in places.wards(p.code)]
        self.used_ids: set[str] = set()
        self.used_phones: set[str] = set()

    def rows(self, count: int) -> Iterator[dict[str, str]]:
        for _ in range(count):
            yield self.row()

    def row(self) -> dict[str, str]:
        rng = self.rng
        sex = Sex.MALE if rng.random() < 0.55 else Sex.FEMALE
        birth = self._birth_date()
        has_cccd = rng.random() < 0.97
        donations = self._donation_count() if age_on(birth, self.today) >= 18 else 0
        row = {
            "national_id": self.cccd(birth, sex) if has_cccd else "",
            "old_id": self._old_id() if not has_cccd or rng.random() < 0.4 else "",
            "full_name": self.name(sex),
            "birth_date": birth.strftime("%d/%m/%Y"),
            "sex": "Nam" if sex == Sex.MALE else "Nữ",
            "address": self.address(),
            "phone": self.phone() if rng.random() < 0.85 else "",
            "abo": "",
            "rh": "",
            "donation_count": str(donations),
            "last_donation_date": "",
            "last_donation_type": "",
            "deferral_until": "",
            "deferral_permanent": "0",
            "deferral_reason": "",
            "rare_blood": "0",
            "reserve_club": "0",
        }
        if donations:
            self._history(row, donations, birth)
        self._deferral(row)
        return row

    def name(self, sex: str) -> str:
        rng = self.rng
        family = rng.choices(self.families, self.family_weights)[0]
        parts = [family, rng.choice(MIDDLE_NAMES[sex])]
        if rng.random() < 0.25:
            parts.append(rng.choice(EXTRA_NAMES))
        parts.append(rng.choice(GIVEN_NAMES[sex]))
        return " ".join(parts)

    def cccd(self, birth: dt.date, sex: str) -> str:
        prefix = (
            f"{self.rng.choice(self.province_codes)}"
            f"{cccd_sex_century_digit(birth, sex)}{birth.year % 100:02d}"
        )
        while True:
            number = f"{prefix}{self.rng.randrange(1_000_000):06d}"
            if number not in self.used_ids:
                self.used_ids.add(number)
                return number

    def phone(self) -> str:
        while True:
            number = f"{self.rng.choice(MOBILE_PREFIXES)}{self.rng.randrange(10_000_000):07d}"
            if number not in self.used_phones:
                self.used_phones.add(number)
                return number

    def address(self) -> str:
        province, ward = self.rng.choice(self.wards)
        house = self.rng.randrange(1, 300)
        return f"Số {house} {self.rng.choice(STREETS)}, {ward.name}, {province.name}"

    def _old_id(self) -> str:
        while True:
            number = f"{self.rng.randrange(10**8, 4 * 10**8):09d}"
            if number not in self.used_ids:
                self.used_ids.add(number)
                return number

    def _birth_date(self) -> dt.date:
        # Mostly 18-60 today, with a few just outside the range to show the warnings.
        age_days = int(self.rng.triangular(16.5, 63, 27) * 365.25)
        return self.today - dt.timedelta(days=age_days)

    def _donation_count(self) -> int:
        roll = self.rng.random()
        if roll < 0.35:
            return 0
        if roll < 0.9:
            return self.rng.randint(1, 6)
        return self.rng.randint(7, 40)

    def _history(self, row: dict[str, str], donations: int, birth: dt.date) -> None:
        rng = self.rng
        # Some gave recently enough that the 12-week interval warning shows today.
        days_ago = rng.randint(20, 80) if rng.random() < 0.06 else rng.randint(85, 1500)
        last = self.today - dt.timedelta(days=days_ago)
        last = max(last, add_years(birth, 18))  # nobody gives blood before 18
        kind = "whole_blood" if rng.random() < 0.93 else rng.choice(["platelets", "plasma"])
        abo = rng.choices(self.abo, self.abo_weights)[0]
        rh = "-" if rng.random() < 0.004 else "+"
        row.update(
            last_donation_date=last.isoformat(),
            last_donation_type=kind,
            abo=abo,
            rh=rh,
            rare_blood="1" if rh == "-" else "0",
            reserve_club="1" if donations >= 5 and rng.random() < 0.3 else "0",
        )

    def _deferral(self, row: dict[str, str]) -> None:
        roll = self.rng.random()
        if roll < 0.005:
            row["deferral_permanent"] = "1"
            row["deferral_reason"] = self.rng.choice(DEFERRAL_REASONS["permanent"])
        elif roll < 0.03:
            until = self.today + dt.timedelta(days=self.rng.randint(-200, 180))
            row["deferral_until"] = until.isoformat()
            row["deferral_reason"] = self.rng.choice(DEFERRAL_REASONS["temporary"])


def write_registry_csv(path: Path, rows: Iterator[dict[str, str]]) -> int:
    """Write rows as a registry file (UTF-8, comma-separated, with header)."""
    count = 0
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:  # a cell like "-" or "+84…" must not run as a formula in Excel
            writer.writerow({key: spreadsheet_safe(value) for key, value in row.items()})
            count += 1
    return count
