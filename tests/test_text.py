"""Folding names for search: case, diacritics and đ."""

import pytest

from desktop.core.domain.problems import UserError
from desktop.core.domain.text import REASON_MAX, fold, proper_name, required_reason


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Đặng Văn Đức", "dang van duc"),
        ("NGUYỄN THỊ HỒNG ÁNH", "nguyen thi hong anh"),
        ("  Ưng   Hoàng  Phúc ", "ung hoang phuc"),
        ("Trương Ngọc Ẩn", "truong ngoc an"),
        ("Nguye\u0302\u0303n", "nguyen"),  # decomposed input
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


def test_every_vietnamese_letter_folds_to_ascii():
    letters = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
    tones = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
    import unicodedata

    for letter in letters + letters.upper():
        for tone in tones:
            text = unicodedata.normalize("NFC", letter + tone)
            assert fold(text).isascii(), text


def test_proper_name():
    assert proper_name("NGUYỄN  VĂN AN") == "Nguyễn Văn An"
    assert proper_name("đặng văn đức") == "Đặng Văn Đức"


def test_a_required_reason_is_cleaned_and_must_say_something_within_its_length():
    assert required_reason("  Nhầm\u202e  người\x00 ") == "Nhầm người"
    for text, code in (("", "required"), ("\u200b\t\ufeff", "required"),
                       ("x" * (REASON_MAX + 1), "too_long")):  # fmt: skip
        with pytest.raises(UserError) as refused:
            required_reason(text, "note")
        assert [(p.code, p.field) for p in refused.value.problems] == [(code, "note")]
