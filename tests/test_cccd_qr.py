"""The CCCD chip card QR as a USB scanner types it."""

import datetime as dt
import unicodedata

import pytest

from desktop.core.domain.card_qr import looks_like_qr, parse_card_qr
from desktop.core.domain.problems import UserError
from tests.factories import FEMALE, MALE

SEVEN = (
    "001090123456|012345678|Nguyễn Văn An|01011990|Nam|Số 5 ngõ 12, Phường Láng, Hà Nội|15042021"
)
SIX = "079190000123|Trần Thị Bích Ngọc|28021990|Nữ|12 Lê Lợi, Phường Sài Gòn, TP.HCM|01072021"


def test_seven_fields():
    card = parse_card_qr(SEVEN)
    assert card.national_id == "001090123456"
    assert card.old_id == "012345678"
    assert card.full_name == "Nguyễn Văn An"
    assert card.birth_date == dt.date(1990, 1, 1)
    assert card.sex == MALE
    assert card.address == "Số 5 ngõ 12, Phường Láng, Hà Nội"
    assert card.issue_date == dt.date(2021, 4, 15)


def test_six_fields_have_no_old_cmnd():
    card = parse_card_qr(SIX)
    assert card.national_id == "079190000123"
    assert card.old_id == ""
    assert card.full_name == "Trần Thị Bích Ngọc"
    assert card.birth_date == dt.date(1990, 2, 28)
    assert card.sex == FEMALE


def test_empty_old_cmnd_field():
    card = parse_card_qr(SEVEN.replace("|012345678|", "||"))
    assert card.old_id == ""
    assert card.full_name == "Nguyễn Văn An"


@pytest.mark.parametrize("ending", ["\r", "\n", "\r\n", "\t", "  \r\n"])
def test_scanner_line_endings_are_ignored(ending):
    assert parse_card_qr(SEVEN + ending).issue_date == dt.date(2021, 4, 15)
    assert parse_card_qr(SIX + ending).issue_date == dt.date(2021, 7, 1)


def test_name_in_capitals_is_written_properly():
    card = parse_card_qr(SEVEN.replace("Nguyễn Văn An", "NGUYỄN  VĂN   AN"))
    assert card.full_name == "Nguyễn Văn An"
    card = parse_card_qr(
        SIX.replace("Trần Thị Bích Ngọc", "TRẦN THỊ BÍCH NGỌC").replace("Nữ", "NỮ")
    )
    assert card.full_name == "Trần Thị Bích Ngọc"
    assert card.sex == FEMALE


def test_decomposed_unicode_from_the_scanner_is_normalised():
    card = parse_card_qr(unicodedata.normalize("NFD", SIX))
    assert card.full_name == "Trần Thị Bích Ngọc"
    assert unicodedata.is_normalized("NFC", card.full_name)
    assert card.sex == FEMALE


def test_text_typed_before_the_scan_is_ignored():
    assert parse_card_qr("nguyen v" + SEVEN).national_id == "001090123456"
    assert parse_card_qr("0912" + SIX).national_id == "079190000123"


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("001090123456|Nguyễn Văn An|01011990|Nam", "qr_field_count"),
        (SEVEN + "|extra|fields", "qr_field_count"),
        (SEVEN.replace("01011990", "31021990"), "qr_birth_date"),
        (SEVEN.replace("01011990", "1/1/1990"), "qr_birth_date"),
        (SEVEN.replace("|Nam|", "|Khác|"), "qr_sex"),
        (SEVEN.replace("Nguyễn Văn An", ""), "qr_name"),
        (SEVEN.replace("012345678", "01234"), "qr_old_id"),
        ("hello world", "qr_not_card"),
    ],
)
def test_damaged_scans_are_refused(raw, code):
    with pytest.raises(UserError) as error:
        parse_card_qr(raw)
    assert code in [p.code for p in error.value.problems]


def test_looks_like_qr():
    assert looks_like_qr(SEVEN[:13])
    assert not looks_like_qr("001090123456")
    assert not looks_like_qr("nguyen van an")
