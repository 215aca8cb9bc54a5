"""Names of deferral reason codes, for the check-in warning and the screening record.

A deferral made at screening stores the code of the rule behind it (``q.tattoo``,
``hb``, ``doctor``); a deferral from the center's registry CSV may carry any text, which
is shown as it is. A drive package carries only a reason category (``center.*``): the
center never sends a laptop the rule, the diagnosis or the test result behind it.
"""

from functools import cache

from desktop.core.eligibility.ruleset import DEFAULT_RULE_SET, RuleSet, load_rule_set

DOCTOR_DEFERRAL = "doctor"  # reason code of a deferral the rules did not ask for
# The reason categories of a drive package's registry (exchange.package_registry).
CENTER_MARKER = "center.marker"  # a marker, a permanent deferral for a health reason
CENTER_HISTORY = "center.history"  # temporary: an answer of the health questionnaire
CENTER_SCREENING = "center.screening"  # temporary: what was measured at screening
CENTER_DOCTOR = "center.doctor"  # the doctor's decision
CENTER_OTHER = "center.other"  # anything else (a registry's free text)

RULE_NAMES = {
    "age_min": ("Chưa đủ tuổi", "Under age"),
    "age_max": ("Quá tuổi hiến máu", "Over the age limit"),
    "deferred_until": ("Đang tạm hoãn", "Deferred on record"),
    "deferred_permanently": ("Loại vĩnh viễn trong hồ sơ", "Permanently deferred on record"),
    "interval": ("Chưa đủ khoảng cách giữa hai lần hiến", "Too soon after the last donation"),
    "weight": ("Cân nặng thấp", "Low weight"),
    "weight_volume": ("Cân nặng thấp", "Low weight"),
    "hb": ("Huyết sắc tố thấp", "Low haemoglobin"),
    "hbsag": ("HBsAg dương tính", "HBsAg positive"),
    "systolic": ("Huyết áp tâm thu ngoài giới hạn", "Systolic pressure out of range"),
    "diastolic": ("Huyết áp tâm trương ngoài giới hạn", "Diastolic pressure out of range"),
    "pulse": ("Mạch ngoài giới hạn", "Pulse out of range"),
    "pulse_regular": ("Mạch không đều", "Irregular pulse"),
    "temperature": ("Sốt", "Raised temperature"),
    DOCTOR_DEFERRAL: ("Theo chỉ định của bác sĩ", "Doctor's decision"),
    CENTER_MARKER: (
        "Loại vĩnh viễn - liên hệ trung tâm máu",
        "Permanent deferral - contact the blood center",
    ),
    CENTER_HISTORY: ("Tiền sử sức khỏe", "Health history"),
    CENTER_SCREENING: ("Kết quả khám sàng lọc", "Screening findings"),
    CENTER_DOCTOR: ("Theo chỉ định của bác sĩ", "Doctor's decision"),
    CENTER_OTHER: ("Tạm hoãn - liên hệ trung tâm", "Deferred - contact the blood center"),
}


def reason_label(code: str, language: str, rules: RuleSet | None = None) -> str:
    """``q.tattoo`` -> "Xăm mình" / "Tattoo" (the rule set names its questionnaire
    items; an item it does not have, or a code stored without one at hand, is named by
    the rule set shipped with the app); ``hb`` -> "Huyết sắc tố thấp"; an unknown code
    or the center's free text unchanged."""
    if code.startswith("q."):
        item = code[2:]
        question = (rules.questions.get(item) if rules else None) or _shipped().questions.get(item)
        return question.label(language) if question else code
    names = RULE_NAMES.get(code)
    if names is None:
        return code
    return names[0] if language == "vi" else names[1]


def reason_names(code: str, rules: RuleSet) -> dict[str, str]:
    """The reason in both languages, for whoever shows it later in either."""
    return {language: reason_label(code, language, rules) for language in ("vi", "en")}


@cache
def _shipped() -> RuleSet:
    return load_rule_set(DEFAULT_RULE_SET)
