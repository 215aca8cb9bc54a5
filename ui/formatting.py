"""How values look on screen: dates dd/mm/yyyy, ages, blood groups, names of codes."""

import datetime as dt

from desktop.core.domain.dates import age_on, dmy
from desktop.core.domain.records import Donor
from ui.messages import translate

__all__ = ["age_text", "dmy", "id_text", "number_text", "unbroken_items"]

ITEM_SEPARATOR = " · "


def age_text(birth: dt.date, on: dt.date) -> str:
    return translate("Format", "{age} years").format(age=age_on(birth, on))


def number_text(value: int) -> str:
    """A whole number with the thousands grouped as in Vietnamese: 37.461."""
    return f"{value:,}".replace(",", ".")


def id_text(donor: Donor) -> str:
    """CCCD, or the old CMND when that is all the registry has."""
    return donor.national_id or (
        translate("Format", "CMND {number}").format(number=donor.old_id) if donor.old_id else ""
    )


def unbroken_items(text: str) -> str:
    """A line of items ("waiting: 3 · given: 5") that a wrapping label breaks only
    between items, never inside one ("given:" on one line and "5" on the next)."""
    return ITEM_SEPARATOR.join(item.replace(" ", "\u00a0") for item in text.split(ITEM_SEPARATOR))
