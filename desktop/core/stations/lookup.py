"""What the one check-in input field holds: a card scan, an ID, a phone, a date, a name
or a queue ticket's number."""

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from desktop.core.domain.card_qr import looks_like_qr
from desktop.core.domain.dates import parse_date
from desktop.core.domain.identity import digits_only, normalize_phone
from desktop.core.domain.text import fold


class QueryKind(StrEnum):
    EMPTY = "empty"
    CARD = "card"  # a CCCD QR string typed by a scanner
    DIGITS = "digits"  # an ID or phone number, maybe still being typed
    BIRTH_DATE = "birth_date"
    NAME = "name"
    TICKET = "ticket"  # B12, b12, or a plain 12 (this desk's letter)


MIN_DIGITS = 3  # fewer digits than this match too much to be useful
MIN_NAME_CHARS = 2


@dataclass(frozen=True)
class Query:
    kind: QueryKind
    text: str  # the cleaned text: digits, folded name words or the raw QR
    birth_date: dt.date | None = None

    @property
    def words(self) -> list[str]:
        return self.text.split() if self.kind is QueryKind.NAME else []


_DATE_LIKE = re.compile(r"^\s*\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}\s*$")
_NUMBER_LIKE = re.compile(r"^[\d\s.+\-]+$")
_TICKET_LIKE = re.compile(r"^[A-Za-z]\s*\d{1,6}$|^\d{1,2}$")


def classify(raw: str) -> Query:
    """Decide how to search for what was typed or scanned."""
    text = (raw or "").strip()
    if not text:
        return Query(QueryKind.EMPTY, "")
    if looks_like_qr(text) or "|" in text:  # "|" is a card's separator: scanned or not
        return Query(QueryKind.CARD, raw)
    if _DATE_LIKE.match(text):
        day = parse_date(text)
        return Query(QueryKind.BIRTH_DATE, text, day) if day else Query(QueryKind.EMPTY, "")
    if _TICKET_LIKE.match(text):
        # A letter and a number is no one's name or ID: a ticket. So is a number too short
        # to search IDs and phones by (from 100 on, a ticket is typed with its letter).
        return Query(QueryKind.TICKET, text)
    if _NUMBER_LIKE.match(text):
        digits = normalize_phone(text) if text.startswith("+") else digits_only(text)
        if len(digits) < MIN_DIGITS:
            return Query(QueryKind.EMPTY, "")
        return Query(QueryKind.DIGITS, digits)
    words = re.sub(r"[^a-z0-9 ]", " ", fold(text)).split()
    if sum(len(w) for w in words) < MIN_NAME_CHARS:
        return Query(QueryKind.EMPTY, "")
    return Query(QueryKind.NAME, " ".join(words))
