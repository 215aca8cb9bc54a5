"""The names of coded values (donation types, sexes, campaigns, drive statuses, staff
roles) in the interface language, marked for Qt Linguist in the "Values" context."""

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

DONATION_TYPES = {
    "whole_blood": QT_TRANSLATE_NOOP("Values", "whole blood"),
    "rbc_apheresis": QT_TRANSLATE_NOOP("Values", "red cell apheresis"),
    "plasma": QT_TRANSLATE_NOOP("Values", "plasma apheresis"),
    "platelets": QT_TRANSLATE_NOOP("Values", "platelet apheresis"),
}
SEXES = {"M": QT_TRANSLATE_NOOP("Values", "Male"), "F": QT_TRANSLATE_NOOP("Values", "Female")}
CAMPAIGNS = {
    "le_hoi_xuan_hong": QT_TRANSLATE_NOOP("Values", "Pink Spring Festival (Lễ hội Xuân hồng)"),
    "chu_nhat_do": QT_TRANSLATE_NOOP("Values", "Red Sunday (Chủ nhật đỏ)"),
    "giot_mau_hong_he": QT_TRANSLATE_NOOP("Values", "Pink Summer Drop (Giọt máu hồng hè)"),
    "ngay_toan_dan_7_4": QT_TRANSLATE_NOOP("Values", "National Voluntary Blood Donation Day 7/4"),
    "hanh_trinh_do": QT_TRANSLATE_NOOP("Values", "Red Journey (Hành trình Đỏ)"),
    "ngay_quoc_te_14_6": QT_TRANSLATE_NOOP("Values", "World Blood Donor Day 14/6"),
    "other": QT_TRANSLATE_NOOP("Values", "Other"),
}
DRIVE_STATUSES = {
    "open": QT_TRANSLATE_NOOP("Values", "open"),
    "closed": QT_TRANSLATE_NOOP("Values", "closed"),
}
ROLES = {
    "admin": QT_TRANSLATE_NOOP("Values", "administrator"),
    "clerk": QT_TRANSLATE_NOOP("Values", "reception"),
    "doctor": QT_TRANSLATE_NOOP("Values", "screening doctor"),
    "nurse": QT_TRANSLATE_NOOP("Values", "collection nurse"),
    "certificate": QT_TRANSLATE_NOOP("Values", "certificate desk"),
    "center": QT_TRANSLATE_NOOP("Values", "center operator"),
}


def value_text(table: dict[str, str], code: str | None) -> str:
    if not code:
        return ""
    source = table.get(code)
    return QCoreApplication.translate("Values", source) if source else code


def donation_type_name(code: str | None) -> str:
    return value_text(DONATION_TYPES, code)


def sex_name(code: str | None) -> str:
    return value_text(SEXES, code)


def campaign_name(code: str, other: str = "") -> str:
    return other if code == "other" and other else value_text(CAMPAIGNS, code)


def role_name(code: str) -> str:
    return value_text(ROLES, code)


def role_names(codes: Iterable[str]) -> str:
    """Roles held, in the vocabulary's order, named and joined by commas."""
    held = set(codes)
    return ", ".join(role_name(code) for code in ROLES if code in held)


def drive_status_name(code: str) -> str:
    return value_text(DRIVE_STATUSES, code)
