"""The versioned eligibility rule set: thresholds and the questionnaire, read from a file.

The default set ships with the app (``rulesets/vn-tt26-2013.toml``); a center may
replace it with its own file. Changing a threshold is an edit of that file, never of
code. Loading checks the whole file and reports every problem in one error.
"""

import datetime as dt
import tomllib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop.core.domain.dates import add_months
from desktop.core.domain.vocabulary import DonationType

DEFAULT_RULE_SET = Path(__file__).with_name("rulesets") / "vn-tt26-2013.toml"


class QuestionEffect(StrEnum):
    """What a "yes" to a questionnaire item does."""

    INFO = "info"  # nothing by itself (e.g. "donated before": the date is read)
    TODAY = "today"  # defers for the day, no date
    WINDOW = "window"  # defers until a window after the event has passed
    PERMANENT = "permanent"  # defers for good


class RuleSetError(ValueError):
    """A rule-set file that cannot be used; the message names the file and what is wrong."""


@dataclass(frozen=True)
class Question:
    """One yes/no item of the health questionnaire."""

    code: str
    block: int
    vi: str
    en: str
    effect: QuestionEffect
    window_months: int = 0
    window_days: int = 0
    asks_date: bool = False
    women_only: bool = False

    def label(self, language: str) -> str:
        return self.vi if language == "vi" else self.en

    def until(self, start: dt.date) -> dt.date:
        """First day a donor may give again after an event on ``start``."""
        return add_months(start, self.window_months) + dt.timedelta(days=self.window_days)


@dataclass(frozen=True)
class Block:
    number: int
    title_vi: str
    title_en: str
    women_only: bool
    questions: tuple[Question, ...]

    def title(self, language: str) -> str:
        return self.title_vi if language == "vi" else self.title_en


@dataclass(frozen=True)
class RuleSet:
    version: str
    title_vi: str
    title_en: str
    min_age: int
    max_age: int
    min_weight_kg: dict[str, float]  # by sex, "M"/"F"
    standard_volumes_ml: tuple[int, ...]  # ascending
    low_weight_below_kg: float
    low_weight_max_ml: int
    ml_per_kg: float
    max_volume_ml: int
    hb_thresholds: tuple[tuple[int, int], ...]  # (from_ml, min_g_l), ascending from_ml
    hbsag_required: bool
    systolic_range: tuple[int, int]
    diastolic_range: tuple[int, int]
    pulse_range: tuple[int, int]
    pulse_must_be_regular: bool
    max_temperature_c: float | None
    interval_days: dict[str, int]
    blocks: tuple[Block, ...]

    @property
    def questions(self) -> dict[str, Question]:
        return {q.code: q for block in self.blocks for q in block.questions}

    def interval_for(self, donation_type: str | None) -> int:
        """Days to wait after a donation of this type (unknown: as after whole blood)."""
        kind = donation_type or DonationType.WHOLE_BLOOD
        return self.interval_days.get(kind, self.interval_days[DonationType.WHOLE_BLOOD])

    def next_eligible(self, last_date: dt.date | None, last_type: str | None) -> dt.date | None:
        """The first day a donor may give again after the last donation (None if never)."""
        if last_date is None:
            return None
        return last_date + dt.timedelta(days=self.interval_for(last_type))

    def hb_needed(self, volume_ml: int) -> int:
        """Lowest haemoglobin (g/L) that allows a bag of ``volume_ml``."""
        return max(g_l for from_ml, g_l in self.hb_thresholds if volume_ml >= from_ml)


def load_rule_set(path: str | Path = DEFAULT_RULE_SET) -> RuleSet:
    """Read and check a rule-set file; RuleSetError names everything wrong with it."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise RuleSetError(f"{path}: cannot be read ({error})") from error
    return parse_rule_set(text, str(path))


def parse_rule_set(text: str, source: str = "rule set") -> RuleSet:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise RuleSetError(f"{source}: not a valid TOML file ({error})") from error
    try:
        return _build(data)
    except (KeyError, TypeError, ValueError) as error:
        detail = f"missing entry {error}" if isinstance(error, KeyError) else str(error)
        raise RuleSetError(f"{source}: {detail}") from error


def _build(data: dict[str, Any]) -> RuleSet:
    volume, hb = data["volume"], data["haemoglobin"]
    standard = tuple(sorted(int(v) for v in volume["standard_ml"]))
    thresholds = tuple(sorted((int(t["from_ml"]), int(t["min_g_l"])) for t in hb["thresholds"]))
    if not standard or not thresholds or thresholds[0][0] > standard[0]:
        raise ValueError("haemoglobin thresholds must cover the smallest standard volume")
    interval = {kind: int(data["interval_days"][kind]) for kind in DonationType}
    temperature = data.get("temperature", {}).get("max_c")
    rule_set = RuleSet(
        version=_text(data, "version"),
        title_vi=data.get("title_vi", ""),
        title_en=data.get("title_en", ""),
        min_age=int(data["age"]["min_years"]),
        max_age=int(data["age"]["max_years"]),
        min_weight_kg={
            "F": float(data["weight"]["min_kg_female"]),
            "M": float(data["weight"]["min_kg_male"]),
        },
        standard_volumes_ml=standard,
        low_weight_below_kg=float(volume["low_weight_below_kg"]),
        low_weight_max_ml=int(volume["low_weight_max_ml"]),
        ml_per_kg=float(volume["ml_per_kg"]),
        max_volume_ml=int(volume["max_ml"]),
        hb_thresholds=thresholds,
        hbsag_required=bool(data["hbsag"]["required"]),
        systolic_range=_range(data["blood_pressure"], "systolic"),
        diastolic_range=_range(data["blood_pressure"], "diastolic"),
        pulse_range=(int(data["pulse"]["min"]), int(data["pulse"]["max"])),
        pulse_must_be_regular=bool(data["pulse"].get("must_be_regular", True)),
        max_temperature_c=float(temperature) if temperature is not None else None,
        interval_days=interval,
        blocks=tuple(_block(b) for b in data["block"]),
    )
    _check_thresholds(rule_set)
    _check_questions(rule_set)
    return rule_set


def _text(data: dict[str, Any], key: str) -> str:
    value = data[key]
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"'{key}' must be a non-empty text")
    return value.strip()


def _range(section: dict[str, Any], name: str) -> tuple[int, int]:
    low, high = int(section[f"{name}_min"]), int(section[f"{name}_max"])
    if low > high:
        raise ValueError(f"{name}_min is above {name}_max")
    return low, high


def _block(data: dict[str, Any]) -> Block:
    number = int(data["number"])
    women_only = bool(data.get("women_only", False))
    questions = []
    for item in data["items"]:
        effect = item.get("effect", data.get("effect"))
        if effect not in frozenset(QuestionEffect):
            choices = ", ".join(QuestionEffect)
            raise ValueError(f"item '{item.get('code')}': effect must be one of {choices}")
        months = int(item.get("window_months", data.get("window_months", 0)))
        days = int(item.get("window_days", data.get("window_days", 0)))
        if effect == QuestionEffect.WINDOW and months <= 0 and days <= 0:
            raise ValueError(f"item '{item['code']}': a window effect needs a window")
        questions.append(
            Question(
                code=_text(item, "code"),
                block=number,
                vi=_text(item, "vi"),
                en=_text(item, "en"),
                effect=QuestionEffect(effect),
                window_months=months,
                window_days=days,
                asks_date=bool(item.get("asks_date", effect == QuestionEffect.WINDOW)),
                women_only=women_only or bool(item.get("women_only", False)),
            )
        )
    return Block(
        number=number,
        title_vi=_text(data, "title_vi"),
        title_en=_text(data, "title_en"),
        women_only=women_only,
        questions=tuple(questions),
    )


def _check_thresholds(rule_set: RuleSet) -> None:
    if rule_set.min_age >= rule_set.max_age:
        raise ValueError("age: min_years must be below max_years")
    if rule_set.pulse_range[0] > rule_set.pulse_range[1]:
        raise ValueError("pulse: min is above max")
    if min(rule_set.standard_volumes_ml) <= 0 or min(rule_set.min_weight_kg.values()) <= 0:
        raise ValueError("volumes and weights must be positive")
    if min(rule_set.interval_days.values()) < 0:
        raise ValueError("interval_days must not be negative")


def _check_questions(rule_set: RuleSet) -> None:
    codes = [q.code for block in rule_set.blocks for q in block.questions]
    duplicates = sorted({code for code in codes if codes.count(code) > 1})
    if duplicates:
        raise ValueError(f"questionnaire codes used twice: {', '.join(duplicates)}")
