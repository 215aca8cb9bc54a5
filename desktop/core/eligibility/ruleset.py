"""The versioned eligibility rule set: thresholds and the questionnaire, read from a file.

The default set ships with the app (``rulesets/vn-tt26-2013.toml``); a center may
replace it with its own file. Changing a threshold is an edit of that file, never of
code. Loading checks the whole file (types, finite values within their accepted ranges,
``ruleset_reader``) and reports every problem, with its line, in one error. A rule set
is identified by its version and the SHA-256 of its content.
"""

import datetime as dt
import hashlib
import re
import tomllib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop.core.domain.dates import add_months
from desktop.core.domain.problems import Problem
from desktop.core.domain.vocabulary import DonationType, Sex
from desktop.core.eligibility.ruleset_reader import MISSING, Reader, shown

DEFAULT_RULE_SET = Path(__file__).with_name("rulesets") / "vn-tt26-2013.toml"


class QuestionEffect(StrEnum):
    """What a "yes" to a questionnaire item does."""

    INFO = "info"  # nothing by itself (e.g. "donated before": the date is read)
    TODAY = "today"  # defers for the day, no date
    WINDOW = "window"  # defers until a window after the event has passed
    PERMANENT = "permanent"  # defers for good


class RuleSetError(ValueError):
    """A rule-set file that cannot be used: every problem found, each a ``Problem``
    whose parameters name the line (``line``) and the key (``key``) where it is."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = list(problems)
        where = [
            (f"line {p.params['line']}: " if p.params.get("line") else "")
            + f"{p.params.get('key', '')} {p.code}".strip()
            for p in self.problems
        ]
        super().__init__(f"{source}: " + "; ".join(where))


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
    sha256: str = ""  # of the file's content: with the version, the rule set's identity

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
    """Read and check a rule-set file; RuleSetError lists everything wrong with it."""
    return parse_rule_set(read_rule_set_text(path), str(path))


def read_rule_set_text(path: str | Path) -> str:
    """The text of a rule-set file (UTF-8); RuleSetError when it cannot be read."""
    path = Path(path)
    try:
        content = path.read_bytes()
    except OSError as error:
        problem = Problem("rule_set_unreadable", {"path": str(path), "error": _why(error)})
        raise RuleSetError(str(path), [problem]) from error
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        raise RuleSetError(str(path), [Problem("rule_set_not_utf8", {"path": str(path)})]) from None
    return text


def parse_rule_set(text: str, source: str = "rule set") -> RuleSet:
    """Check and build a rule set from the text of its file."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        detail = str(error)
        at = _POSITION.search(detail)
        if at and at[1]:
            params = {"line": int(at[1]), "column": int(at[2])}
        else:  # "at end of document"
            params = {"line": text.count("\n") + 1, "column": len(text.rsplit("\n", 1)[-1]) + 1}
        detail = _POSITION.sub("", detail).strip()
        raise RuleSetError(
            source, [Problem("rule_set_toml", {**params, "detail": detail})]
        ) from None
    reader = Reader(data, text)
    rule_set = _build(reader, hashlib.sha256(text.encode("utf-8")).hexdigest())
    if reader.problems or rule_set is None:
        raise RuleSetError(source, reader.problems)
    return rule_set


_POSITION = re.compile(r"\(at (?:line (\d+), column (\d+)|end of document)\)")


def _why(error: OSError) -> str:
    return error.strerror or str(error)


# The keys of each table; any other is refused (README, "The eligibility rule set").
KEYS = {
    (): {"version", "title_vi", "title_en", "age", "weight", "volume", "haemoglobin",
         "hbsag", "blood_pressure", "pulse", "temperature", "interval_days", "block"},
    ("age",): {"min_years", "max_years"},
    ("weight",): {"min_kg_female", "min_kg_male"},
    ("volume",): {"standard_ml", "low_weight_below_kg", "low_weight_max_ml", "ml_per_kg",
                  "max_ml"},
    ("haemoglobin",): {"thresholds"},
    ("hbsag",): {"required"},
    ("blood_pressure",): {"systolic_min", "systolic_max", "diastolic_min", "diastolic_max"},
    ("pulse",): {"min", "max", "must_be_regular"},
    ("temperature",): {"max_c"},
    ("interval_days",): set(DonationType),
}  # fmt: skip
THRESHOLD_KEYS = frozenset({"from_ml", "min_g_l"})
WINDOW_KEYS = {"effect", "window_months", "window_days", "women_only"}
BLOCK_KEYS = frozenset({"number", "title_vi", "title_en", "items", *WINDOW_KEYS})
ITEM_KEYS = frozenset({"code", "vi", "en", "asks_date", *WINDOW_KEYS})


def _unknown_keys(r: Reader) -> None:
    for path, allowed in KEYS.items():
        table = r.data
        for part in path:
            table = table.get(part) if isinstance(table, dict) else None
        r.unknown_keys(path, table, frozenset(allowed))


def _build(r: Reader, sha256: str) -> RuleSet | None:
    """The rule set, or None when a value could not be read (the reader has why)."""
    _unknown_keys(r)
    volumes = _volumes(r)
    thresholds = _thresholds(r, volumes)
    age = (r.number(("age", "min_years"), "age.min_years", whole=True),
           r.number(("age", "max_years"), "age.max_years", whole=True))  # fmt: skip
    r.order(("age", "min_years"), ("age", "max_years"), *age)
    values = {
        "version": r.words(("version",)),
        "title_vi": r.words(("title_vi",), required=False),
        "title_en": r.words(("title_en",), required=False),
        "min_age": age[0],
        "max_age": age[1],
        "min_weight_kg": {
            sex: r.number(("weight", f"min_kg_{name}"), "weight.min_kg")
            for sex, name in ((Sex.FEMALE, "female"), (Sex.MALE, "male"))
        },
        "standard_volumes_ml": volumes,
        "low_weight_below_kg": r.number(
            ("volume", "low_weight_below_kg"), "volume.low_weight_below_kg"
        ),
        "low_weight_max_ml": r.number(
            ("volume", "low_weight_max_ml"), "volume.low_weight_max_ml", whole=True
        ),
        "ml_per_kg": r.number(("volume", "ml_per_kg"), "volume.ml_per_kg"),
        "max_volume_ml": r.number(("volume", "max_ml"), "volume.max_ml", whole=True),
        "hb_thresholds": thresholds,
        "hbsag_required": r.flag(("hbsag", "required")),
        "systolic_range": _range(r, "blood_pressure", "systolic_min", "systolic_max"),
        "diastolic_range": _range(r, "blood_pressure", "diastolic_min", "diastolic_max"),
        "pulse_range": _range(r, "pulse", "min", "max"),
        "pulse_must_be_regular": r.flag(("pulse", "must_be_regular"), default=True),
        "max_temperature_c": r.number(
            ("temperature", "max_c"), "temperature.max_c", required=False
        ),
        "interval_days": {
            kind: r.number(("interval_days", kind), f"interval_days.{kind}", whole=True)
            for kind in DonationType
        },
        "blocks": tuple(_block(r, index, block) for index, block in r.tables(("block",))),
    }
    _check_questions(r, values["blocks"])
    if r.problems:
        return None
    return RuleSet(**values, sha256=sha256)


def _volumes(r: Reader) -> tuple[int, ...] | None:
    path = ("volume", "standard_ml")
    listed = r.value(path)
    if listed is MISSING:
        return None
    if not isinstance(listed, list) or not listed:
        r.report(path, "rule_set_not_list", value=shown(listed))
        return None
    volumes = [r.number((*path, i), "volume.standard_ml", whole=True) for i in range(len(listed))]
    if None in volumes:
        return None
    if len(set(volumes)) != len(volumes):
        r.report(path, "rule_set_duplicate_volume")
        return None
    return tuple(sorted(volumes))


def _thresholds(r: Reader, volumes: tuple[int, ...] | None) -> tuple[tuple[int, int], ...]:
    path = ("haemoglobin", "thresholds")
    read = [
        (
            r.number((*path, i, "from_ml"), "haemoglobin.from_ml", whole=True),
            r.number((*path, i, "min_g_l"), "haemoglobin.min_g_l", whole=True),
        )
        for i, table in r.tables(path)
        if r.unknown_keys((*path, i), table, THRESHOLD_KEYS) is None
    ]
    thresholds = tuple(sorted(t for t in read if None not in t))
    if (
        volumes
        and len(thresholds) == len(read)
        and (not thresholds or thresholds[0][0] > volumes[0])
    ):
        r.report(path, "rule_set_hb_cover", volume=volumes[0])
    return thresholds


def _range(r: Reader, section: str, low_key: str, high_key: str) -> tuple[int, int] | None:
    low_path, high_path = (section, low_key), (section, high_key)
    low = r.number(low_path, f"{section}.{low_key}", whole=True)
    high = r.number(high_path, f"{section}.{high_key}", whole=True)
    r.order(low_path, high_path, low, high)
    return (low, high) if low is not None and high is not None else None


def _block(r: Reader, index: int, data: dict[str, Any]) -> Block | None:
    path = ("block", index)
    r.unknown_keys(path, data, BLOCK_KEYS)
    number = r.number((*path, "number"), "block.number", whole=True)
    women_only = r.flag((*path, "women_only"), default=False)
    questions = []
    for item_index, item in r.tables((*path, "items")):
        item_path = (*path, "items", item_index)
        r.unknown_keys(item_path, item, ITEM_KEYS)
        own = "effect" in item
        effect = item.get("effect", data.get("effect"))
        if not isinstance(effect, str) or effect not in frozenset(QuestionEffect):
            where = item_path if own else path
            r.report((*where, "effect"), "rule_set_effect", value=shown(effect),
                     choices=", ".join(QuestionEffect))  # fmt: skip
            continue
        window = {}
        for unit in ("window_months", "window_days"):
            where = item_path if unit in item else path
            window[unit] = r.number((*where, unit), f"block.{unit}", whole=True,
                                    required=False, default=0)  # fmt: skip
        if effect == QuestionEffect.WINDOW and not any(window.values()):
            if None not in window.values():
                r.report(item_path, "rule_set_window")
            continue
        question = Question(
            code=r.words((*item_path, "code")),
            block=number,
            vi=r.words((*item_path, "vi")),
            en=r.words((*item_path, "en")),
            effect=QuestionEffect(effect),
            window_months=window["window_months"] or 0,
            window_days=window["window_days"] or 0,
            asks_date=r.flag((*item_path, "asks_date"), default=effect == QuestionEffect.WINDOW),
            women_only=bool(women_only) or bool(r.flag((*item_path, "women_only"), default=False)),
        )
        questions.append(question)
    return Block(
        number=number,
        title_vi=r.words((*path, "title_vi")),
        title_en=r.words((*path, "title_en")),
        women_only=bool(women_only),
        questions=tuple(questions),
    )


def _check_questions(r: Reader, blocks: tuple[Block | None, ...]) -> None:
    seen: set[str] = set()
    for index, block in enumerate(blocks):
        for item_index, question in enumerate(block.questions if block else ()):
            if question.code is not None and question.code in seen:
                r.report(("block", index, "items", item_index, "code"),
                         "rule_set_duplicate_code", value=question.code)  # fmt: skip
            seen.add(question.code)
