"""The numbers a laptop hands out without asking anyone: each desk (laptop) of a site has
a letter, A to Z, different from every other desk of the site, and takes its numbers
where no other desk can take the same.

- Queue tickets carry the letter: desk B's twelfth ticket is ``B12``.
- DINs come from the desk's block of the site's yearly sequence (by default the
  letter's 26th of 1..999999: A 1..38461, B 38462..76922, ...).
- Certificate serials on blank paper carry the letter before the year.
- Suggested drive codes end with the letter.

Until the provincial center hands out blocks, this is what keeps two laptops at one
drive from giving the same number twice.
"""

import re
import string

DESK_LETTERS = string.ascii_uppercase
DEFAULT_DESK_LETTER = "A"
MAX_DIN_SEQUENCE = 999_999
DIN_BLOCK_SIZE = 38_461  # 26 blocks fit in the six-digit sequence (26 x 38,461 = 999,986)

_TICKET = re.compile(r"^([A-Za-z]?)0*([1-9][0-9]{0,5})$")


def valid_desk_letter(letter: str) -> bool:
    return len(letter) == 1 and letter in DESK_LETTERS


def default_din_block(letter: str) -> tuple[int, int]:
    """The desk's block of the DIN sequence when nobody set one: the letter's share."""
    index = DESK_LETTERS.index(letter)
    return index * DIN_BLOCK_SIZE + 1, (index + 1) * DIN_BLOCK_SIZE


def din_block_text(first: int, last: int) -> str:
    """A DIN block as shown: ``038462–076922`` (six digits, as in the DIN)."""
    return f"{first:06d}–{last:06d}"


def ticket_number(letter: str, number: int) -> str:
    """A queue ticket as shown and printed everywhere: ``B12``."""
    return f"{letter}{number}"


def ticket_of(row: dict) -> str:
    """The ticket number of a visit row (or a row joined with its visit)."""
    return ticket_number(row["queue_letter"], row["queue_no"])


def parse_ticket_number(text: str, desk_letter: str) -> tuple[str, int] | None:
    """(letter, number) of a typed or scanned ticket: ``B12``, ``b12``, ``b 12``, or a
    plain ``12`` meaning this desk's letter; None when it is not a ticket number."""
    match = _TICKET.match("".join(text.split()))
    if match is None:
        return None
    letter, number = match.groups()
    return (letter.upper() or desk_letter), int(number)
