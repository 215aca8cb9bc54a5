"""Text as the app stores it, and as it writes it for spreadsheets: the one place where
every service cleans what people type, scan or import.

Stored text is Unicode NFC, one line, single spaces, without control characters (a NUL,
a tab, a line break) or invisible format characters (a right-to-left override that
turns "Nguyễn" around on screen, a zero-width space that makes two equal names
differ, a byte order mark); notes may keep their line breaks. Lengths follow the
paper forms (``NAME_MAX`` and the others below).
"""

import re
import unicodedata

from desktop.core.domain.problems import Problem, UserError

NAME_MAX = 100  # full name, as on the registration form and the certificate
ADDRESS_MAX = 200  # permanent address
PHONE_MAX = 20  # as typed, with spaces and dots
REASON_MAX = 300  # a reason or short note written by staff (void, deferral, override)
NOTE_MAX = 1000  # a free note (a discrepancy explained at the end of the day)

_SPACES = re.compile(r"\s+")
_SPACE_LINES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n{3,}")
# Cc: controls; Zl/Zp/Zs: separators, read as a space. Cf: format (bidi overrides,
# zero-width characters, BOM, soft hyphen), Co: private use, Cs: lone surrogates,
# Cn: unassigned: dropped.
_AS_SPACE = frozenset({"Cc", "Zl", "Zp", "Zs"})
_DROPPED = frozenset({"Cf", "Co", "Cs", "Cn"})
# What a spreadsheet runs as a formula when a cell starts with it (OWASP CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


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


def clean_line(text: str) -> str:
    """One line as stored: NFC, no control or invisible format characters, single
    spaces, nothing around it."""
    text = unicodedata.normalize("NFC", text or "")
    if not text.isprintable():  # fast path: most text is already clean
        text = "".join(_cleaned_char(c, keep_newline=False) for c in text)
        text = unicodedata.normalize("NFC", text)  # a dropped mark may let others join
    if "  " in text or text[:1] == " " or text[-1:] == " ":
        text = _SPACES.sub(" ", text).strip()
    return text


nfc = clean_line  # the name most of the core knows it by


def clean_block(text: str) -> str:
    """A note that may have several lines: as ``clean_line`` for each, at most one
    empty line between paragraphs."""
    text = unicodedata.normalize("NFC", (text or "").replace("\r\n", "\n"))
    text = "".join(_cleaned_char(c, keep_newline=True) for c in text)
    lines = [_SPACE_LINES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _cleaned_char(char: str, *, keep_newline: bool) -> str:
    if char == "\n" and keep_newline:
        return char
    category = unicodedata.category(char)
    if category in _DROPPED:
        return ""
    return " " if category in _AS_SPACE else char


def too_long(text: str, limit: int, field: str | None) -> Problem | None:
    """The problem with a cleaned ``text`` longer than ``limit`` characters."""
    return Problem("too_long", {"max": limit}, field) if len(text) > limit else None


def reason_text(text: str, field: str = "reason", limit: int = REASON_MAX) -> str:
    """A reason or short note as stored (cleaned); UserError if it is too long."""
    text = clean_line(text)
    if problem := too_long(text, limit, field):
        raise UserError(problem)
    return text


def required_reason(text: str, field: str = "reason") -> str:
    """A reason that must be given (a void, a reopened decision, a donor who left), as
    stored; UserError when nothing visible is left once cleaned, or it is too long."""
    text = reason_text(text, field)
    if not text:
        raise UserError(Problem("required", field=field))
    return text


def note_text(text: str, field: str = "note") -> str:
    """A free note as stored (cleaned, lines kept); UserError if it is too long."""
    text = clean_block(text)
    if problem := too_long(text, NOTE_MAX, field):
        raise UserError(problem)
    return text


def spreadsheet_safe(cell: object) -> object:
    """A CSV cell that a spreadsheet shows and never runs: text starting like a formula
    gets a leading apostrophe. Numbers stay numbers."""
    if isinstance(cell, str) and cell.startswith(_FORMULA_START):
        return "'" + cell
    return cell


def from_spreadsheet(cell: str) -> str:
    """A cell read back from a CSV this app (or a careful center) wrote: the apostrophe
    ``spreadsheet_safe`` put before a formula-like start comes off."""
    if cell.startswith("'") and cell[1:].startswith(_FORMULA_START):
        return cell[1:]
    return cell


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
