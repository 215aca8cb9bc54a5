"""CCCD, old CMND and phone validation."""

import datetime as dt

import pytest

from desktop.core.domain.identity import (
    cccd_sex,
    check_cccd,
    check_old_id,
    check_phone,
)
from tests.factories import FEMALE, MALE, cccd_for


def codes(problems):
    return [p.code for p in problems]


@pytest.mark.parametrize(
    ("number", "birth", "sex"),
    [
        ("001090123456", dt.date(1990, 1, 1), MALE),  # Hà Nội, male, 1900s
        ("079185000001", dt.date(1985, 6, 30), FEMALE),  # TP.HCM, female, 1900s
        ("038303000123", dt.date(2003, 2, 28), FEMALE),  # Thanh Hóa, female, 2000s
        ("096200999999", dt.date(2000, 1, 1), MALE),  # Cà Mau, male, 2000s
    ],
)
def test_consistent_cccd_is_valid(number, birth, sex):
    assert check_cccd(number, birth, sex) == []


@pytest.mark.parametrize("number", ["00109012345", "0010901234567", "00109012345a", "", " "])
def test_cccd_must_be_twelve_digits(number):
    assert codes(check_cccd(number)) == ["cccd_format"]


@pytest.mark.parametrize("province", ["000", "003", "039", "097", "100", "999"])
def test_cccd_province_code_must_exist(province):
    birth = dt.date(1990, 1, 1)
    assert codes(check_cccd(cccd_for(birth, MALE, 1, province), birth, MALE)) == ["cccd_province"]


def test_cccd_fourth_digit_must_match_sex_and_century():
    birth = dt.date(1990, 1, 1)
    female_digit = "001190123456"
    problems = check_cccd(female_digit, birth, MALE)
    assert codes(problems) == ["cccd_sex_century"]
    assert problems[0].params == {"digit": "1", "expected": "0"}
    # Born in 2001: 2 for a man, 3 for a woman.
    assert codes(check_cccd("001201000001", dt.date(2001, 3, 3), MALE)) == []
    assert codes(check_cccd("001201000001", dt.date(2001, 3, 3), FEMALE)) == ["cccd_sex_century"]
    assert codes(check_cccd("001001000001", dt.date(2001, 3, 3), MALE)) == ["cccd_sex_century"]


def test_cccd_year_digits_must_match_birth_year():
    problems = check_cccd("001091123456", dt.date(1990, 1, 1), MALE)
    assert codes(problems) == ["cccd_birth_year"]
    assert problems[0].params == {"digits": "91", "year": "1990"}


def test_cccd_without_birth_data_checks_structure_only():
    assert check_cccd("001091123456") == []


@pytest.mark.parametrize("number", ["012345678", "012345678901"])
def test_old_cmnd_has_nine_or_twelve_digits(number):
    assert check_old_id(number) == []


@pytest.mark.parametrize("number", ["01234567", "0123456789", "01234567a"])
def test_old_cmnd_other_lengths_are_refused(number):
    assert codes(check_old_id(number)) == ["old_id_format"]


@pytest.mark.parametrize(
    "phone", ["0912345678", "091 234 5678", "0912.345.678", "+84912345678", "84 912 345 678",
              "0321354318", "0868123456", "0588123456"],
)  # fmt: skip
def test_vietnamese_mobile_numbers(phone):
    assert check_phone(phone) == []


@pytest.mark.parametrize(
    "phone", ["0241234567", "091234567", "09123456789", "1912345678", "0112345678", "abc"]
)
def test_not_mobile_numbers(phone):
    assert codes(check_phone(phone)) == ["phone_format"]


@pytest.mark.parametrize(
    ("birth", "sex"),
    [
        (dt.date(1990, 5, 17), MALE),
        (dt.date(1999, 4, 2), FEMALE),
        (dt.date(2001, 6, 1), FEMALE),
        (dt.date(2008, 11, 23), MALE),
    ],
)
def test_a_valid_cccd_tells_the_sex(birth, sex):
    assert cccd_sex(cccd_for(birth, sex, 4242)) == sex


@pytest.mark.parametrize("number", ["00109012345", "999090123456", "00109012345x", ""])
def test_a_number_that_is_no_cccd_tells_nothing(number):
    assert cccd_sex(number) is None
