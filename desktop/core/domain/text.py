"""Text normalisation for Vietnamese names and search."""

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def _fold_table() -> dict[int, str | None]:
    """Latin letters with diacritics -> base letter; combining marks -> nothing; đ -> d."""
    table: dict[int, str | None] = {ord("đ"): "d", ord("Đ"): "d"}
    for code in (*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base.isascii() and base != chr(code):
            table[code] = base.lower()
    for code in range(0x0300, 0x0370):
        table[code] = None
    return table


_FOLD = _fold_table()


def nfc(text: str) -> str:
    """Unicode NFC with runs of white space collapsed to one space."""
    text = unicodedata.normalize("NFC", text).strip()
    if "  " in text or not text.isprintable():  # fast path: most text is already clean
        text = _SPACES.sub(" ", text)
    return text


def fold(text: str) -> str:
    """Fold text for search: lower case, no diacritics, đ -> d, single spaces.

    SQLite's unicode61 tokenizer removes tone marks but keeps đ, so both the stored
    search column and every query go through this one function.
    """
    folded = unicodedata.normalize("NFC", text).lower().translate(_FOLD)
    return _SPACES.sub(" ", folded).strip()


def proper_name(text: str) -> str:
    """A person's name as printed: NFC, single spaces, each word capitalised.

    Card scanners often deliver names in capitals ("NGUYỄN VĂN AN").
    """
    return " ".join(word[:1].upper() + word[1:].lower() for word in nfc(text).split(" ") if word)
