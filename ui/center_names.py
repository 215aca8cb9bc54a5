"""The center's coded values in words (why a unit is held, what became of a file or a
decision, which kind of record), marked for Qt Linguist in the "CenterValues" context."""

import datetime as dt
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core.domain.device_names import short_device_id
from ui.formatting import dmy, number_text
from ui.messages import translate
from ui.record_names import column_name, table_name  # noqa: F401 (the views use them from here)
from ui.screening_texts import local_time
from ui.value_names import donation_type_name, sex_name

TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

QUARANTINE_REASONS = {
    "within_interval": QT_TRANSLATE_NOOP(
        "CenterValues", "Too soon after another donation of this person"
    ),
    "deferred_elsewhere": QT_TRANSLATE_NOOP(
        "CenterValues", "The person was deferred at another drive on that date"
    ),
    "deferred_registry": QT_TRANSLATE_NOOP(
        "CenterValues", "The registry's deferral was in force on that date"
    ),
    "din_twice": QT_TRANSLATE_NOOP("CenterValues", "Its DIN is on another unit too"),
    "serial_twice": QT_TRANSLATE_NOOP(
        "CenterValues", "Its certificate serial is on another certificate too"
    ),
    "lab_reactive": QT_TRANSLATE_NOOP(
        "CenterValues", "Repeat-reactive in the laboratory, not confirmed yet"
    ),
    "lab_positive": QT_TRANSLATE_NOOP("CenterValues", "Confirmed positive in the laboratory"),
}
# The laboratory's markers (their names are the same in both languages but syphilis).
MARKERS = {
    "hbsag": QT_TRANSLATE_NOOP("CenterValues", "HBsAg"),
    "anti_hcv": QT_TRANSLATE_NOOP("CenterValues", "anti-HCV"),
    "anti_hiv": QT_TRANSLATE_NOOP("CenterValues", "anti-HIV"),
    "syphilis": QT_TRANSLATE_NOOP("CenterValues", "syphilis"),
    "nat": QT_TRANSLATE_NOOP("CenterValues", "NAT"),
}
LAB_VALUES = {
    "negative": QT_TRANSLATE_NOOP("CenterValues", "negative"),
    "reactive": QT_TRANSLATE_NOOP("CenterValues", "reactive"),
    "positive": QT_TRANSLATE_NOOP("CenterValues", "positive"),
    "": QT_TRANSLATE_NOOP("CenterValues", "not tested"),
}
LAB_CONFLICT_KINDS = {
    "results": QT_TRANSLATE_NOOP("CenterValues", "Other results"),
    "blood_group": QT_TRANSLATE_NOOP("CenterValues", "Other blood group"),
}
LAB_CONFLICT_STATUSES = {
    "open": QT_TRANSLATE_NOOP("CenterValues", "to decide"),
    "kept": QT_TRANSLATE_NOOP("CenterValues", "recorded kept"),
    "taken": QT_TRANSLATE_NOOP("CenterValues", "laboratory's taken"),
}
NOTICE_STATUSES = {
    "to_notify": QT_TRANSLATE_NOOP("CenterValues", "to notify"),
    "notified": QT_TRANSLATE_NOOP("CenterValues", "notified"),
    "withdrawn": QT_TRANSLATE_NOOP("CenterValues", "no longer needed"),
}
NOTIFY_METHODS = {
    "phone": QT_TRANSLATE_NOOP("CenterValues", "by phone"),
    "message": QT_TRANSLATE_NOOP("CenterValues", "by text message (SMS, Zalo)"),
    "letter": QT_TRANSLATE_NOOP("CenterValues", "by letter"),
    "in_person": QT_TRANSLATE_NOOP("CenterValues", "in person"),
}
QUARANTINE_STATUSES = {
    "held": QT_TRANSLATE_NOOP("CenterValues", "held"),
    "released": QT_TRANSLATE_NOOP("CenterValues", "released"),
    "discarded": QT_TRANSLATE_NOOP("CenterValues", "discarded"),
}
IMPORT_STATUSES = {
    "accepted": QT_TRANSLATE_NOOP("CenterValues", "accepted and merged"),
    "already": QT_TRANSLATE_NOOP("CenterValues", "already imported"),
    "rejected": QT_TRANSLATE_NOOP("CenterValues", "rejected"),
}
DEVICE_STATUSES = {
    "active": QT_TRANSLATE_NOOP("CenterValues", "active"),
    "revoked": QT_TRANSLATE_NOOP("CenterValues", "revoked"),
}
REVIEW_STATUSES = {
    "open": QT_TRANSLATE_NOOP("CenterValues", "to review"),
    "dismissed": QT_TRANSLATE_NOOP("CenterValues", "two people"),
    "merged": QT_TRANSLATE_NOOP("CenterValues", "one person (merged)"),
}
CONFLICT_STATUSES = {
    "open": QT_TRANSLATE_NOOP("CenterValues", "not resolved yet"),
    "resolved": QT_TRANSLATE_NOOP("CenterValues", "resolved"),
}
FLAG_KINDS = {
    "outside_drive_day": QT_TRANSLATE_NOOP("CenterValues", "times outside the drive's day"),
    "future_timestamp": QT_TRANSLATE_NOOP("CenterValues", "a time in the future"),
    "din_outside_block": QT_TRANSLATE_NOOP("CenterValues", "a DIN outside its device's block"),
}

# The columns the side-by-side views show when they do not differ.
SIDE_BY_SIDE = frozenset(
    {
        "full_name",
        "national_id",
        "old_id",
        "birth_date",
        "sex",
        "address",
        "phone",
        "abo",
        "rh",
        "din",
        "volume_ml",
        "outcome",
        "donation_type",
        "bag_type",
        "bag_lot",
        "started_at",
        "ended_at",
        "deferral_until",
        "deferral_reason",
        "deferral_permanent",
        "decision",
        "status",
        "code",
        "place_name",
        "drive_date",
        "serial",
        "hb",
        "weight_kg",
    }
)

# Coded values a record's columns hold, shown in the side-by-side views.
CODED_VALUES = {
    "complete": QT_TRANSLATE_NOOP("CenterValues", "complete"),
    "incomplete": QT_TRANSLATE_NOOP("CenterValues", "incomplete"),
    "not_collected": QT_TRANSLATE_NOOP("CenterValues", "not collected"),
    "accept": QT_TRANSLATE_NOOP("CenterValues", "accepted"),
    "defer_temporary": QT_TRANSLATE_NOOP("CenterValues", "deferred for a time"),
    "defer_permanent": QT_TRANSLATE_NOOP("CenterValues", "deferred permanently"),
    "waiting_screening": QT_TRANSLATE_NOOP("CenterValues", "waiting for screening"),
    "accepted": QT_TRANSLATE_NOOP("CenterValues", "accepted"),
    "deferred": QT_TRANSLATE_NOOP("CenterValues", "deferred"),
    "donated": QT_TRANSLATE_NOOP("CenterValues", "donated"),
    "left": QT_TRANSLATE_NOOP("CenterValues", "left"),
    "voided": QT_TRANSLATE_NOOP("CenterValues", "voided"),
    "open": QT_TRANSLATE_NOOP("CenterValues", "open"),
    "closed": QT_TRANSLATE_NOOP("CenterValues", "closed"),
    "registry": QT_TRANSLATE_NOOP("CenterValues", "registry"),
    "drive": QT_TRANSLATE_NOOP("CenterValues", "drive"),
    "single": QT_TRANSLATE_NOOP("CenterValues", "single bag"),
    "double": QT_TRANSLATE_NOOP("CenterValues", "double bag"),
    "triple": QT_TRANSLATE_NOOP("CenterValues", "triple bag"),
    "quadruple": QT_TRANSLATE_NOOP("CenterValues", "quadruple bag"),
    "vasovagal_immediate": QT_TRANSLATE_NOOP("CenterValues", "immediate vasovagal reaction"),
    "vasovagal_immediate_loc": QT_TRANSLATE_NOOP(
        "CenterValues", "immediate vasovagal reaction with fainting"
    ),
    "vasovagal_delayed": QT_TRANSLATE_NOOP("CenterValues", "delayed vasovagal reaction"),
    "vasovagal_delayed_loc": QT_TRANSLATE_NOOP(
        "CenterValues", "delayed vasovagal reaction with fainting"
    ),
    "haematoma": QT_TRANSLATE_NOOP("CenterValues", "haematoma"),
    "arterial_puncture": QT_TRANSLATE_NOOP("CenterValues", "arterial puncture"),
    "nerve_injury": QT_TRANSLATE_NOOP("CenterValues", "nerve injury"),
    "other": QT_TRANSLATE_NOOP("CenterValues", "other"),
    "mild": QT_TRANSLATE_NOOP("CenterValues", "mild"),
    "moderate": QT_TRANSLATE_NOOP("CenterValues", "moderate"),
    "severe": QT_TRANSLATE_NOOP("CenterValues", "severe"),
    "negative": QT_TRANSLATE_NOOP("CenterValues", "negative"),
    "positive": QT_TRANSLATE_NOOP("CenterValues", "positive"),
    "not_done": QT_TRANSLATE_NOOP("CenterValues", "not done"),
    "quick_meter": QT_TRANSLATE_NOOP("CenterValues", "quick meter"),
    "copper_sulphate": QT_TRANSLATE_NOOP("CenterValues", "copper sulphate"),
    "reserved": QT_TRANSLATE_NOOP("CenterValues", "reserved"),
    "issued": QT_TRANSLATE_NOOP("CenterValues", "issued"),
    "blank": QT_TRANSLATE_NOOP("CenterValues", "blank paper"),
    "overlay": QT_TRANSLATE_NOOP("CenterValues", "pre-printed form"),
    "allocated": QT_TRANSLATE_NOOP("CenterValues", "allocated"),
    "used": QT_TRANSLATE_NOOP("CenterValues", "used"),
    "printed": QT_TRANSLATE_NOOP("CenterValues", "printed here"),
    "roll": QT_TRANSLATE_NOOP("CenterValues", "pre-printed roll"),
    "started": QT_TRANSLATE_NOOP("CenterValues", "started"),
    "recorded": QT_TRANSLATE_NOOP("CenterValues", "recorded"),
    "abandoned": QT_TRANSLATE_NOOP("CenterValues", "abandoned"),
    "admin": QT_TRANSLATE_NOOP("CenterValues", "administrator"),
    "clerk": QT_TRANSLATE_NOOP("CenterValues", "check-in clerk"),
    "doctor": QT_TRANSLATE_NOOP("CenterValues", "screening doctor"),
    "nurse": QT_TRANSLATE_NOOP("CenterValues", "collection nurse"),
}


def _text(table: dict[str, str], code: str | None) -> str:
    if not code:
        return ""
    source = table.get(code)
    return QCoreApplication.translate("CenterValues", source) if source else code


def quarantine_reason_name(code: str) -> str:
    return _text(QUARANTINE_REASONS, code)


def marker_names(codes: list[str]) -> str:
    """The laboratory's markers, named: "HBsAg, anti-HIV"."""
    return ", ".join(_text(MARKERS, code) for code in codes)


def lab_value_name(code: str) -> str:
    source = LAB_VALUES.get(code)
    return QCoreApplication.translate("CenterValues", source) if source is not None else code


def lab_conflict_kind_name(code: str) -> str:
    return _text(LAB_CONFLICT_KINDS, code)


def lab_conflict_status_name(code: str) -> str:
    return _text(LAB_CONFLICT_STATUSES, code)


def notice_status_name(code: str) -> str:
    return _text(NOTICE_STATUSES, code)


def notify_method_name(code: str | None) -> str:
    return _text(NOTIFY_METHODS, code)


def quarantine_status_name(code: str) -> str:
    return _text(QUARANTINE_STATUSES, code)


def import_status_name(code: str) -> str:
    return _text(IMPORT_STATUSES, code)


def device_status_name(code: str) -> str:
    return _text(DEVICE_STATUSES, code)


def review_status_name(code: str) -> str:
    return _text(REVIEW_STATUSES, code)


def conflict_status_name(code: str) -> str:
    return _text(CONFLICT_STATUSES, code)


def flag_name(code: str) -> str:
    return _text(FLAG_KINDS, code)


def flags_text(kinds: list[str]) -> str:
    """How many flags a file raised, and of which kinds: "3 (a time in the future: 3)"."""
    if not kinds:
        return "0"
    counted = {kind: kinds.count(kind) for kind in dict.fromkeys(kinds)}
    named = "; ".join(f"{flag_name(k)}: {number_text(n)}" for k, n in counted.items())
    return f"{number_text(len(kinds))} ({named})"


def value_shown(column: str, value: object) -> str:
    """A stored value as it reads in the side-by-side views: codes in words."""
    if value is None or value == "":
        return translate("CenterValues", "(empty)")
    if column == "sex":
        return sex_name(str(value))
    if column in ("donation_type", "last_donation_type"):
        return donation_type_name(str(value))
    if isinstance(value, str) and value in CODED_VALUES:
        return _text(CODED_VALUES, value)
    if isinstance(value, str) and TIMESTAMP.match(value):
        return local_time(value)
    if isinstance(value, str) and DATE.match(value):
        return dmy(dt.date.fromisoformat(value))
    return str(value)


def unenrolled_device(device_id: str) -> str:
    """A laptop the center has no enrolment of, by its id's end ("" for none)."""
    if not device_id:
        return ""
    return translate("CenterValues", "device {device}").format(device=short_device_id(device_id))


def made_at(site_code: str | None, device_name: str | None, device_id: str | None) -> str:
    """Where a record was made or last changed: the laptop's site and name when it is
    enrolled here, else the laptop by its id's end."""
    site = " · ".join(part for part in (site_code, device_name) if part)
    return site or unenrolled_device(device_id or "")
