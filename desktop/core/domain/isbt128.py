"""ISBT 128 donation identification numbers (DIN): check character, scanning, printing.

A DIN is 13 characters: the facility identification number (FIN: one character A-N, P-Z
or 1-9, then 4 digits), two digits of the year of collection and a six-digit sequence.
The bar code (ISBT 128 data structure 001) carries ``=`` + the 13 characters + two flag
characters. The check character is ISO/IEC 7064 MOD 37-2 over the 13 characters; flags
60-96 ("type 3") carry it as 60 + its value, and the eye-readable text shows it boxed.

Sources: ISBT 128 Standard Technical Specification (ICCBBA ST-001) section 2.4.1,
Table 3 [RT004] and Appendix A. The module is Qt-free and database-free.
"""

import re
from dataclasses import dataclass, field

from desktop.core.domain.problems import Problem

DIN_LENGTH = 13
NO_FLAGS = "00"
MAX_YEAR = 99
MAX_SEQUENCE = 999_999

# ISO/IEC 7064 MOD 37-2: the character of value v is _ALPHABET[v].
_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"
_MODULUS = 37
# Type 3 flag characters: 60 + check value (ST-001 Table 3 [RT004], Appendix A.2).
_TYPE3_OFFSET = 60
_TYPE3_LAST = _TYPE3_OFFSET + _MODULUS - 1

_FIN = r"[A-NP-Z1-9][0-9]{4}"
FIN_PATTERN = re.compile(rf"\A{_FIN}\Z")
_DIN13 = re.compile(rf"\A(?P<fin>{_FIN})(?P<year>[0-9]{{2}})(?P<sequence>[0-9]{{6}})\Z")
_FLAGS = re.compile(r"\A[0-9]{2}\Z")
# AIM symbology identifier a scanner may put first: "]C" + modifier (Code 128).
_AIM_PREFIX = re.compile(r"\A\]C[0-9]")
_WHITESPACE = re.compile(r"\s+")

# What follows the 13 characters, by (starts with "=", length without "=").
# Value: (two flag characters follow, a check character ends the text).
_LAYOUTS: dict[tuple[bool, int], tuple[bool, bool]] = {
    (True, 13): (False, False),  # "=" + DIN
    (True, 14): (False, True),  # scanner set to turn the type 3 flags into the check character
    (True, 15): (True, False),  # the bar code: "=" + DIN + flags
    (False, 13): (False, False),  # DIN alone
    (False, 14): (False, True),  # typed: DIN + check character
    (False, 15): (True, False),  # scanner set not to send the data identifier
    (False, 16): (True, True),  # eye-readable typed in full: DIN + flags + check character
}


class DinError(ValueError):
    """A refused scan or entry; ``problem`` says why (codes din_format, din_check, fin_format)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.code)
        self.problem = problem


def check_value(din13: str) -> int:
    """ISO/IEC 7064 MOD 37-2 check value (0..36) of the 13 characters FIN + yy + nnnnnn."""
    if len(din13) != DIN_LENGTH or any(char not in _ALPHABET for char in din13):
        raise ValueError(f"not 13 characters of 0-9, A-Z, *: {din13!r}")
    total = 0
    for char in din13:  # pure system, recursive method (ISO/IEC 7064 section 7.1)
        total = (total + _ALPHABET.index(char)) * 2 % _MODULUS
    return (_MODULUS + 1 - total) % _MODULUS


def check_character(din13: str) -> str:
    """The check character of the 13 characters: 0-9, A-Z or '*'."""
    return _ALPHABET[check_value(din13)]


def check_fin(text: str) -> str:
    """The facility identification number, upper-cased; raises DinError (required,
    fin_format)."""
    given = text.strip()
    if not given:
        raise DinError(Problem("required", field="fin"))
    fin = given.upper()
    if not FIN_PATTERN.match(fin):
        raise DinError(Problem("fin_format", {"value": given}, field="fin"))
    return fin


@dataclass(frozen=True, order=True)
class Din:
    """One DIN. Equality and order use the 13 characters only: flags are not part of a DIN."""

    fin: str
    year: int
    sequence: int
    flags: str = field(default=NO_FLAGS, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.fin, str) or not FIN_PATTERN.match(self.fin):
            raise ValueError(f"facility identification number {self.fin!r}")
        _require_range("year", self.year, 0, MAX_YEAR)
        _require_range("sequence", self.sequence, 1, MAX_SEQUENCE)
        if not isinstance(self.flags, str) or not _FLAGS.match(self.flags):
            raise ValueError(f"flag characters {self.flags!r}")

    @property
    def number(self) -> str:
        """The 13 characters, e.g. ``A999926123456``."""
        return f"{self.fin}{self.year:02d}{self.sequence:06d}"

    @property
    def check(self) -> str:
        return check_character(self.number)

    @property
    def printed_flags(self) -> str:
        """The flag pair the app prints: type 3, 60 + check value."""
        return str(_TYPE3_OFFSET + check_value(self.number))

    @property
    def barcode_data(self) -> str:
        """Exactly what the Code 128 symbol encodes: ``=`` + number + printed flags."""
        return f"={self.number}{self.printed_flags}"

    def eye_readable(self) -> tuple[str, str, str]:
        """Text under the bar code: ("A9999 26 123456", flags, boxed check character)."""
        return spaced(self.number), self.printed_flags, self.check


def spaced(number: str) -> str:
    """A DIN's 13 characters as on its label: FIN, year, sequence (``A9999 26 000003``)."""
    return f"{number[:5]} {number[5:7]} {number[7:]}"


def _require_range(name: str, value: int, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"{name} must be an integer {low}..{high}, got {value!r}")


def make_din(fin: str, year: int, sequence: int) -> Din:
    """A new DIN; raises ValueError (DinError for the FIN) when a part is out of range."""
    return Din(check_fin(fin), year, sequence)


@dataclass(frozen=True)
class _Parts:
    din13: str
    flags: str | None
    check: str | None


def split_number(din13: str) -> tuple[str, int, int] | None:
    """(FIN, year, sequence) of a DIN's 13 characters as stored; None if it is not one."""
    match = _DIN13.match(din13)
    if match is None:
        return None
    return match["fin"], int(match["year"]), int(match["sequence"])


def parse_scan(text: str) -> Din:
    """The DIN in what a scanner or a person delivered; raises DinError.

    Accepted: an AIM prefix (``]C0``, ``]C1``), surrounding and inner whitespace, lower
    case; ``=`` + 13 [+ 2 flags | + check character]; without ``=``: 13, 13 + check
    character, 13 + flags, 13 + flags + check character.
    """
    given = text.strip()
    parts = _split(_normalize(given))
    match = None if parts is None else _DIN13.match(parts.din13)
    if parts is None or match is None or not _well_formed(match, parts):
        raise DinError(Problem("din_format", {"value": given}, field="din"))
    if _contradicts_check(parts, check_character(parts.din13)):
        # Never the right character: telling it invites copying it and defeats the check.
        raise DinError(Problem("din_check", {"value": given}, field="din"))
    flags = parts.flags or NO_FLAGS
    return Din(match["fin"], int(match["year"]), int(match["sequence"]), flags)


def _normalize(given: str) -> str:
    data = given.upper()
    data = _AIM_PREFIX.sub("", data, count=1)
    return _WHITESPACE.sub("", data)


def _split(data: str) -> _Parts | None:
    has_identifier = data.startswith("=")
    body = data[1:] if has_identifier else data
    layout = _LAYOUTS.get((has_identifier, len(body)))
    if layout is None:
        return None
    with_flags, with_check = layout
    flags = body[DIN_LENGTH : DIN_LENGTH + 2] if with_flags else None
    check = body[-1] if with_check else None
    return _Parts(body[:DIN_LENGTH], flags, check)


def _well_formed(match: re.Match[str], parts: _Parts) -> bool:
    if int(match["sequence"]) == 0:
        return False
    if parts.flags is not None and not _FLAGS.match(parts.flags):
        return False
    return parts.check is None or parts.check in _ALPHABET


def _contradicts_check(parts: _Parts, expected: str) -> bool:
    if parts.check is not None and parts.check != expected:
        return True
    if parts.flags is None or not _TYPE3_OFFSET <= int(parts.flags) <= _TYPE3_LAST:
        return False
    return int(parts.flags) != _TYPE3_OFFSET + _ALPHABET.index(expected)
