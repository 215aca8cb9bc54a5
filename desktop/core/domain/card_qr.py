"""Parse the QR code of a chip-based CCCD card, as a USB scanner types it.

Layout: ``CCCD|old CMND|Full name|DDMMYYYY|Nam or Nữ|Permanent address|Issue date DDMMYYYY``.
Some cards give six fields (no old CMND). Scanners may add CR, LF or Tab, and the
name may arrive in capitals. Whatever was in the field before the scan is ignored.
"""

import datetime as dt
import re
from dataclasses import dataclass

from desktop.core.domain.dates import parse_date
from desktop.core.domain.identity import check_cccd
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.text import fold, nfc, proper_name
from desktop.core.domain.vocabulary import Sex

# A QR starts with the 12-digit CCCD directly followed by the first separator.
_QR_START = re.compile(r"\d{12}\|")
_SEX = {"nam": Sex.MALE, "nu": Sex.FEMALE, "male": Sex.MALE, "female": Sex.FEMALE}


@dataclass(frozen=True)
class CardData:
    national_id: str
    old_id: str
    full_name: str
    birth_date: dt.date
    sex: str
    address: str
    issue_date: dt.date | None


def looks_like_qr(text: str) -> bool:
    """True when the text holds the start of a card QR (what a scanner types first)."""
    return _QR_START.search(text or "") is not None


def parse_card_qr(raw: str) -> CardData:
    """Parse a scanned QR string; raises UserError listing every problem found."""
    start = _QR_START.search(raw or "")
    if start is None:
        raise UserError(Problem("qr_not_card"))
    # The first 12 digits followed by "|" are the CCCD (a 12-digit old CMND comes after
    # it). Anything typed before the scan is noise; CR/LF/Tab at the end come from the
    # scanner.
    fields = [nfc(part) for part in raw[start.start() :].strip(" \t\r\n").split("|")]
    if len(fields) == 6:
        fields.insert(1, "")
    if len(fields) != 7:
        raise UserError(Problem("qr_field_count", {"count": len(fields)}))
    national_id, old_id, name, birth_text, sex_text, address, issue_text = fields
    problems = []
    birth = _compact_date(birth_text)
    if birth is None:
        problems.append(Problem("qr_birth_date", {"value": birth_text}))
    sex = _SEX.get(fold(sex_text))
    if sex is None:
        problems.append(Problem("qr_sex", {"value": sex_text}))
    if not name:
        problems.append(Problem("qr_name"))
    if old_id and not re.fullmatch(r"\d{9}|\d{12}", old_id):
        problems.append(Problem("qr_old_id", {"value": old_id}))
    if not problems:  # a garbled scan can still look well formed: the number must agree
        problems = check_cccd(national_id, birth, sex)
    if problems:
        raise UserError(*problems)
    return CardData(
        national_id=national_id,
        old_id=old_id,
        full_name=proper_name(name),
        birth_date=birth,
        sex=sex,
        address=address,
        issue_date=_compact_date(issue_text),
    )


def _compact_date(text: str) -> dt.date | None:
    """The card's DDMMYYYY dates (8 digits, nothing else)."""
    if not re.fullmatch(r"\d{8}", text):
        return None
    return parse_date(text)
