"""Vietnamese identity numbers: CCCD (12 digits), old CMND (9 or 12 digits), mobile phones.

The CCCD structure is set by Decree 137/2015/ND-CP and Circular 07/2016/TT-BCA:
digits 1-3 are the province where the birth was registered, digit 4 encodes century
and sex, digits 5-6 are the last two digits of the birth year, the last six are random.
"""

import datetime as dt
import re

from desktop.core.domain.problems import Problem
from desktop.core.domain.vocabulary import Sex

# Province codes of the CCCD (Circular 07/2016/TT-BCA, Appendix). They are the 63
# pre-2025 provinces; the 2025 merger kept each person's number, and the 34 new
# provinces reuse codes from this list, so this list stays the valid set.
CCCD_PROVINCES: dict[str, str] = {
    "001": "Hà Nội", "002": "Hà Giang", "004": "Cao Bằng", "006": "Bắc Kạn",
    "008": "Tuyên Quang", "010": "Lào Cai", "011": "Điện Biên", "012": "Lai Châu",
    "014": "Sơn La", "015": "Yên Bái", "017": "Hòa Bình", "019": "Thái Nguyên",
    "020": "Lạng Sơn", "022": "Quảng Ninh", "024": "Bắc Giang", "025": "Phú Thọ",
    "026": "Vĩnh Phúc", "027": "Bắc Ninh", "030": "Hải Dương", "031": "Hải Phòng",
    "033": "Hưng Yên", "034": "Thái Bình", "035": "Hà Nam", "036": "Nam Định",
    "037": "Ninh Bình", "038": "Thanh Hóa", "040": "Nghệ An", "042": "Hà Tĩnh",
    "044": "Quảng Bình", "045": "Quảng Trị", "046": "Thừa Thiên Huế", "048": "Đà Nẵng",
    "049": "Quảng Nam", "051": "Quảng Ngãi", "052": "Bình Định", "054": "Phú Yên",
    "056": "Khánh Hòa", "058": "Ninh Thuận", "060": "Bình Thuận", "062": "Kon Tum",
    "064": "Gia Lai", "066": "Đắk Lắk", "067": "Đắk Nông", "068": "Lâm Đồng",
    "070": "Bình Phước", "072": "Tây Ninh", "074": "Bình Dương", "075": "Đồng Nai",
    "077": "Bà Rịa - Vũng Tàu", "079": "Hồ Chí Minh", "080": "Long An", "082": "Tiền Giang",
    "083": "Bến Tre", "084": "Trà Vinh", "086": "Vĩnh Long", "087": "Đồng Tháp",
    "089": "An Giang", "091": "Kiên Giang", "092": "Cần Thơ", "093": "Hậu Giang",
    "094": "Sóc Trăng", "095": "Bạc Liêu", "096": "Cà Mau",
}  # fmt: skip

# Digit 4: century of birth and sex (male digit; female is male + 1).
_CENTURY_MALE_DIGIT = {1900: 0, 2000: 2, 2100: 4, 2200: 6, 1800: 8}

_MOBILE = re.compile(r"^0(3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-46-9])\d{7}$")


def digits_only(text: str) -> str:
    return re.sub(r"\D", "", text or "")


def cccd_sex_century_digit(birth: dt.date, sex: str) -> int | None:
    century = birth.year // 100 * 100
    male = _CENTURY_MALE_DIGIT.get(century)
    if male is None:
        return None
    return male + (1 if sex == Sex.FEMALE else 0)


def cccd_sex(number: str) -> Sex | None:
    """The sex a valid CCCD encodes in its 4th digit (even: male, odd: female); None
    for a number that is not a valid CCCD."""
    if check_cccd(number):
        return None
    return Sex.FEMALE if int(number[3]) % 2 else Sex.MALE


def check_cccd(number: str, birth: dt.date | None = None, sex: str | None = None) -> list[Problem]:
    """Problems with a 12-digit CCCD; checked against date of birth and sex when given."""
    f = "national_id"
    if not re.fullmatch(r"\d{12}", number or ""):
        return [Problem("cccd_format", {"value": number}, f)]
    problems = []
    province = number[:3]
    if province not in CCCD_PROVINCES:
        problems.append(Problem("cccd_province", {"code": province}, f))
    if birth is not None and sex in (Sex.MALE, Sex.FEMALE):
        expected = cccd_sex_century_digit(birth, sex)
        if expected is not None and int(number[3]) != expected:
            problems.append(
                Problem("cccd_sex_century", {"digit": number[3], "expected": str(expected)}, f)
            )
    if birth is not None and number[4:6] != f"{birth.year % 100:02d}":
        problems.append(
            Problem("cccd_birth_year", {"digits": number[4:6], "year": str(birth.year)}, f)
        )
    return problems


def check_old_id(number: str) -> list[Problem]:
    """The old CMND: 9 digits (a 12-digit CMND also existed briefly)."""
    if re.fullmatch(r"\d{9}|\d{12}", number or ""):
        return []
    return [Problem("old_id_format", {"value": number}, "old_id")]


def normalize_phone(text: str) -> str:
    """A phone number as stored: digits only, +84/84 country prefix turned into 0."""
    digits = digits_only(text)
    if digits.startswith("84") and len(digits) == 11:
        digits = "0" + digits[2:]
    return digits


def check_phone(text: str) -> list[Problem]:
    """A Vietnamese mobile number (10 digits, a current network prefix)."""
    if _MOBILE.match(normalize_phone(text)):
        return []
    return [Problem("phone_format", {"value": text}, "phone")]
