"""The integrity code on a certificate's QR: proof that the certificate came from here.

The QR holds the donation's id, its DIN, the certificate's serial and a short HMAC
(SHA-256, keyed with the site's certificate key) over the three: no health data. The
center, which receives the site's key with the site's records, recomputes the code to
verify a certificate presented years later; a forged or altered one does not match.
"""

import base64
import hashlib
import hmac
from dataclasses import dataclass

PREFIX = "HMTN1"
CODE_LENGTH = 10  # base32 characters: 50 bits, enough against guessing, short to read out


@dataclass(frozen=True)
class QrContent:
    donation_id: str
    din: str
    serial: str
    code: str


def integrity_code(key: bytes, donation_id: str, din: str, serial: str) -> str:
    message = f"{donation_id}|{din}|{serial}".encode()
    digest = hmac.new(key, message, hashlib.sha256).digest()
    return base64.b32encode(digest).decode()[:CODE_LENGTH]


def qr_payload(donation_id: str, din: str, serial: str, code: str) -> str:
    return "|".join((PREFIX, donation_id, din, serial, code))


def parse_payload(payload: str) -> QrContent | None:
    parts = payload.strip().split("|")
    if len(parts) != 5 or parts[0] != PREFIX:
        return None
    return QrContent(*parts[1:])


def verify(payload: str, key: bytes) -> bool:
    """True when the QR text is one of ours and its code matches the key."""
    content = parse_payload(payload)
    if content is None:
        return False
    expected = integrity_code(key, content.donation_id, content.din, content.serial)
    return hmac.compare_digest(expected, content.code)
