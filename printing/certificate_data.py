"""One certificate's values (``CertificateData``), plain data and no application imports.

The same data is printed two ways: whole on blank paper by ``printing.certificate`` and
as values only onto the nationally pre-printed form by ``printing.overlay``.
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["CertificateData", "check_certificates"]


@dataclass(frozen=True)
class CertificateData:
    """One certificate: text as it is printed, dates as dates (printed dd/mm/yyyy)."""

    serial: str  # "HM26-000123", or a pre-printed form's serial "AB 0012345"
    full_name: str
    birth_date: dt.date
    id_number: str  # CCCD or CMND
    address: str
    volume_ml: int
    donation_date: dt.date  # also the issue date
    ordinal: int  # the donor's N-th donation
    drive_place: str
    organizer: str
    facility: str  # the collecting facility
    qr_payload: str  # what the QR code on a blank-paper certificate encodes
    issue_place: str = ""  # city of the "Hà Nội, ngày 25 tháng 11 năm 2026" line


def check_certificates(certs: Sequence[CertificateData]) -> None:
    """Refuse an empty batch: there is nothing to print."""
    if not certs:
        raise ValueError("no certificates to write")
