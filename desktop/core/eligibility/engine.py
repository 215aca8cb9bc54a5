"""The eligibility rules engine: plain data in, a proposed decision out.

Pure functions, no database and no Qt. The thresholds come from a ``RuleSet``; every
rule that fails is listed with its reason in Vietnamese and English so the doctor, the
audit trail and the rule-set test harness all see the same explanation.
"""

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from desktop.core.domain.dates import add_years, age_on, dmy
from desktop.core.domain.donor_facts import DonorFacts
from desktop.core.domain.vocabulary import DonationType, HbsagResult, Proposal, Sex
from desktop.core.eligibility.reasons import reason_label
from desktop.core.eligibility.ruleset import QuestionEffect, RuleSet


class Effect(StrEnum):
    """What a finding does to the proposal."""

    PERMANENT = "permanent"  # defers for good
    TEMPORARY = "temporary"  # defers until a date, or for the day
    MISSING = "missing"  # something needed is not recorded yet
    LIMIT = "limit"  # lowers the largest bag allowed


TYPE_NAMES = {
    DonationType.WHOLE_BLOOD: ("máu toàn phần", "whole blood"),
    DonationType.RBC_APHERESIS: ("gạn tách hồng cầu", "red-cell apheresis"),
    DonationType.PLASMA: ("gạn tách huyết tương", "plasma apheresis"),
    DonationType.PLATELETS: ("gạn tách tiểu cầu", "platelet apheresis"),
}


@dataclass(frozen=True)
class Measurements:
    weight_kg: float | None = None
    systolic: int | None = None
    diastolic: int | None = None
    pulse: int | None = None
    pulse_regular: bool | None = None
    hb_g_l: int | None = None
    hbsag: HbsagResult | None = None  # None: not recorded
    temperature_c: float | None = None


# The yes-answered questionnaire items: code -> the event date, or None if not given.
# ``None`` instead of a mapping: the questionnaire has not been recorded yet.
Answers = Mapping[str, dt.date | None]

QUESTIONNAIRE_MISSING = "questionnaire_missing"


@dataclass(frozen=True)
class Finding:
    """One rule that failed (or limited the volume), with its reason in both languages."""

    rule: str
    effect: Effect
    vi: str
    en: str
    until: dt.date | None = None  # first day the donor may give again, when one follows
    max_volume_ml: int | None = None  # for a limit

    def text(self, language: str) -> str:
        return self.vi if language == "vi" else self.en

    @property
    def blocks_acceptance(self) -> bool:
        return self.effect != Effect.LIMIT


@dataclass(frozen=True)
class Decision:
    outcome: Proposal
    volume_ml: int | None
    until: dt.date | None
    findings: tuple[Finding, ...] = field(default_factory=tuple)
    rule_set_version: str = ""
    # The largest bag weight and haemoglobin allow, whatever else failed: what a doctor
    # who overrides another rule may take at most without overriding these two as well.
    allowed_volume_ml: int | None = None

    @property
    def failed(self) -> tuple[Finding, ...]:
        """The findings that stand in the way of accepting the donor."""
        return tuple(f for f in self.findings if f.blocks_acceptance)


def evaluate(
    rules: RuleSet,
    donor: DonorFacts,
    drive_date: dt.date,
    answers: Answers | None,
    measured: Measurements,
) -> Decision:
    """The decision the rules propose for this donor on ``drive_date``.

    ``answers`` None: the health questionnaire is not recorded, which is something
    missing like a measurement (never read as "no" to every item)."""
    findings = [
        *_age(rules, donor, drive_date),
        *_registry_deferral(rules, donor, drive_date),
        *_interval(rules, donor, drive_date, answers or {}),
        *_questionnaire(rules, drive_date, answers),
        *_weight(rules, donor, measured),
        *_haemoglobin(rules, measured),
        *_hbsag(rules, measured),
        *_circulation(rules, measured),
    ]
    volume, limits = _volume(rules, donor, measured)
    findings.extend(limits)
    return _decide(rules, findings, volume)


def _decide(rules: RuleSet, findings: list[Finding], allowed: int | None) -> Decision:
    volume = allowed
    effects = {f.effect for f in findings}
    if Effect.PERMANENT in effects:
        outcome, volume, until = Proposal.DEFER_PERMANENT, None, None
    elif Effect.TEMPORARY in effects:
        dated = [f.until for f in findings if f.effect == Effect.TEMPORARY and f.until]
        outcome, volume, until = Proposal.DEFER_TEMPORARY, None, max(dated, default=None)
    elif Effect.MISSING in effects:
        outcome, volume, until = Proposal.INCOMPLETE, None, None
    else:
        outcome, until = Proposal.ACCEPT, None
    return Decision(outcome, volume, until, tuple(findings), rules.version, allowed)


def _age(rules: RuleSet, donor: DonorFacts, day: dt.date) -> list[Finding]:
    age = age_on(donor.birth_date, day)
    if age < rules.min_age:
        adult_on = add_years(donor.birth_date, rules.min_age)
        return [
            Finding(
                "age_min",
                Effect.TEMPORARY,
                f"Chưa đủ {rules.min_age} tuổi ({age} tuổi); đủ tuổi từ {dmy(adult_on)}",
                f"Under {rules.min_age} ({age} years old); of age from {dmy(adult_on)}",
                until=adult_on,
            )
        ]
    if age > rules.max_age:
        return [
            Finding(
                "age_max",
                Effect.PERMANENT,
                f"Quá {rules.max_age} tuổi ({age} tuổi)",
                f"Over {rules.max_age} ({age} years old)",
            )
        ]
    return []


def _registry_deferral(rules: RuleSet, donor: DonorFacts, day: dt.date) -> list[Finding]:
    """A deferral on the donor's record: from the center, or from an earlier screening
    (then its reason is a rule code, named here in words)."""
    code = donor.deferral_reason
    vi = f" ({reason_label(code, 'vi', rules)})" if code else ""
    en = f" ({reason_label(code, 'en', rules)})" if code else ""
    if donor.deferral_permanent:
        return [
            Finding(
                "deferred_permanently",
                Effect.PERMANENT,
                f"Đã bị loại vĩnh viễn trong hồ sơ{vi}",
                f"Permanently deferred on record{en}",
            )
        ]
    if donor.deferral_until and day < donor.deferral_until:
        until = donor.deferral_until
        return [
            Finding(
                "deferred_until",
                Effect.TEMPORARY,
                f"Đang tạm hoãn đến {dmy(until)}{vi}",
                f"Deferred until {dmy(until)}{en}",
                until=until,
            )
        ]
    return []


def _interval(rules: RuleSet, donor: DonorFacts, day: dt.date, answers: Answers) -> list[Finding]:
    """Days since the latest donation, by its type. A donation the donor reports in the
    questionnaire that is later than the record counts as whole blood (the longer wait)."""
    last, kind = donor.last_donation_date, donor.last_donation_type or DonationType.WHOLE_BLOOD
    reported = answers.get("donated_before")
    if reported and (last is None or reported > last):
        last, kind = reported, DonationType.WHOLE_BLOOD
    if last is None:
        return []
    needed = rules.interval_for(kind)
    until = last + dt.timedelta(days=needed)
    if day >= until:
        return []
    vi_kind, en_kind = TYPE_NAMES.get(kind, (kind, kind))
    days = (day - last).days
    return [
        Finding(
            "interval",
            Effect.TEMPORARY,
            f"Mới hiến {vi_kind} {days} ngày trước ({dmy(last)}), cần cách {needed} ngày;"
            f" hiến lại từ {dmy(until)}",
            f"Gave {en_kind} {days} days ago ({dmy(last)}), {needed} days needed;"
            f" may give again from {dmy(until)}",
            until=until,
        )
    ]


def _questionnaire(rules: RuleSet, day: dt.date, answers: Answers | None) -> list[Finding]:
    if answers is None:
        return [
            Finding(
                QUESTIONNAIRE_MISSING,
                Effect.MISSING,
                "Chưa ghi phiếu câu hỏi sức khỏe",
                "Health questionnaire not recorded",
            )
        ]
    findings = []
    questions = rules.questions
    for code, event in answers.items():
        question = questions.get(code)
        if question is None:
            raise ValueError(f"unknown questionnaire item: {code}")
        rule = f"q.{code}"
        if question.effect == QuestionEffect.PERMANENT:
            findings.append(
                Finding(
                    rule,
                    Effect.PERMANENT,
                    f"Đã từng mắc: {question.vi}",
                    f"Ever had: {question.en}",
                )
            )
        elif question.effect == QuestionEffect.TODAY:
            findings.append(Finding(rule, Effect.TEMPORARY, question.vi, question.en))
        elif question.effect == QuestionEffect.WINDOW:
            until = question.until(event or day)
            if day < until:
                when_vi = f" ngày {dmy(event)}" if event else " (không rõ ngày)"
                when_en = f" on {dmy(event)}" if event else " (date not given)"
                findings.append(
                    Finding(
                        rule,
                        Effect.TEMPORARY,
                        f"{question.vi}{when_vi}; hiến lại từ {dmy(until)}",
                        f"{question.en}{when_en}; may give again from {dmy(until)}",
                        until=until,
                    )
                )
    return findings


def _weight(rules: RuleSet, donor: DonorFacts, measured: Measurements) -> list[Finding]:
    if measured.weight_kg is None:
        return [_missing("weight", "Chưa đo cân nặng", "Weight not measured")]
    minimum = rules.min_weight_kg[donor.sex]
    if measured.weight_kg < minimum:
        sex_vi, sex_en = ("nữ", "women") if donor.sex == Sex.FEMALE else ("nam", "men")
        return [
            Finding(
                "weight",
                Effect.TEMPORARY,
                f"Cân nặng {measured.weight_kg:g} kg, dưới {minimum:g} kg ({sex_vi})",
                f"Weight {measured.weight_kg:g} kg, under {minimum:g} kg ({sex_en})",
            )
        ]
    return []


def _haemoglobin(rules: RuleSet, measured: Measurements) -> list[Finding]:
    """Too low for the smallest bag defers, whatever else is known; a level between the
    thresholds only lowers the volume (see ``_volume``)."""
    hb = measured.hb_g_l
    if hb is None:
        return [_missing("hb", "Chưa xét nghiệm huyết sắc tố", "Haemoglobin not tested")]
    needed = rules.hb_needed(rules.standard_volumes_ml[0])
    if hb < needed:
        return [
            Finding(
                "hb",
                Effect.TEMPORARY,
                f"Huyết sắc tố {hb} g/L, dưới {needed} g/L",
                f"Haemoglobin {hb} g/L, under {needed} g/L",
            )
        ]
    return []


def _hbsag(rules: RuleSet, measured: Measurements) -> list[Finding]:
    if measured.hbsag == HbsagResult.POSITIVE:
        return [
            Finding(
                "hbsag",
                Effect.PERMANENT,
                "Xét nghiệm nhanh HBsAg dương tính",
                "HBsAg rapid test positive",
            )
        ]
    if rules.hbsag_required and measured.hbsag != HbsagResult.NEGATIVE:
        return [_missing("hbsag", "Chưa làm xét nghiệm nhanh HBsAg", "HBsAg rapid test not done")]
    return []


def _circulation(rules: RuleSet, measured: Measurements) -> list[Finding]:
    findings = []
    for name, value, (low, high), vi, en, unit in (
        ("systolic", measured.systolic, rules.systolic_range, "Huyết áp tâm thu",
         "Systolic pressure", "mmHg"),
        ("diastolic", measured.diastolic, rules.diastolic_range, "Huyết áp tâm trương",
         "Diastolic pressure", "mmHg"),
        ("pulse", measured.pulse, rules.pulse_range, "Mạch", "Pulse", "/phút"),
    ):  # fmt: skip
        en_unit = "/min" if unit == "/phút" else unit
        if value is None:
            findings.append(_missing(name, f"Chưa đo {vi.lower()}", f"{en} not measured"))
        elif not low <= value <= high:
            findings.append(
                Finding(
                    name,
                    Effect.TEMPORARY,
                    f"{vi} {value} {unit}, ngoài khoảng {low}–{high}",
                    f"{en} {value} {en_unit}, outside {low}–{high}",
                )
            )
    if rules.pulse_must_be_regular and measured.pulse_regular is False:
        findings.append(
            Finding("pulse_regular", Effect.TEMPORARY, "Mạch không đều", "Irregular pulse")
        )
    limit = rules.max_temperature_c
    if limit is not None and measured.temperature_c is not None and measured.temperature_c > limit:
        findings.append(
            Finding(
                "temperature",
                Effect.TEMPORARY,
                f"Nhiệt độ {measured.temperature_c:g} °C, trên {limit:g} °C",
                f"Temperature {measured.temperature_c:g} °C, above {limit:g} °C",
            )
        )
    return findings


def _missing(rule: str, vi: str, en: str) -> Finding:
    return Finding(f"{rule}_missing", Effect.MISSING, vi, en)


def weight_cap_ml(rules: RuleSet, weight_kg: float) -> int:
    """Most blood (ml) the donor's weight allows, before rounding to a standard bag."""
    if weight_kg < rules.low_weight_below_kg:
        return rules.low_weight_max_ml
    # The small epsilon keeps 50 kg x 9 ml/kg at 450, not 449.99999.
    return min(math.floor(weight_kg * rules.ml_per_kg + 1e-9), rules.max_volume_ml)


def _volume(
    rules: RuleSet, donor: DonorFacts, measured: Measurements
) -> tuple[int | None, list[Finding]]:
    """The largest standard bag that weight and haemoglobin allow, and why it is not
    larger (None when either is missing or too low: those are findings of their own)."""
    weight, hb = measured.weight_kg, measured.hb_g_l
    too_low = weight is None or weight < rules.min_weight_kg[donor.sex]
    if too_low or hb is None or hb < rules.hb_needed(rules.standard_volumes_ml[0]):
        return None, []
    cap = weight_cap_ml(rules, weight)
    by_weight = [v for v in rules.standard_volumes_ml if v <= cap]
    allowed = [v for v in by_weight if hb >= rules.hb_needed(v)]
    limits = []
    if not by_weight:
        return None, [
            Finding(
                "weight_volume",
                Effect.TEMPORARY,
                f"Cân nặng {weight:g} kg không đủ cho túi nhỏ nhất",
                f"Weight {weight:g} kg is too low for the smallest bag",
            )
        ]
    if by_weight[-1] < rules.standard_volumes_ml[-1]:
        limits.append(
            Finding(
                "weight_volume",
                Effect.LIMIT,
                f"Cân nặng {weight:g} kg: tối đa {by_weight[-1]} ml",
                f"Weight {weight:g} kg: at most {by_weight[-1]} ml",
                max_volume_ml=by_weight[-1],
            )
        )
    if allowed[-1] < by_weight[-1]:
        needed = rules.hb_needed(by_weight[allowed.index(allowed[-1]) + 1])
        limits.append(
            Finding(
                "hb_volume",
                Effect.LIMIT,
                f"Huyết sắc tố {hb} g/L, dưới {needed} g/L: tối đa {allowed[-1]} ml",
                f"Haemoglobin {hb} g/L, under {needed} g/L: at most {allowed[-1]} ml",
                max_volume_ml=allowed[-1],
            )
        )
    return allowed[-1], limits
