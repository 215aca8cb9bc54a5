"""Folding names for search: case, diacritics and đ."""

import pytest

from desktop.core.domain.text import fold, proper_name


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
