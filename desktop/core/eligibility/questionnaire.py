"""Answers to the health questionnaire: checking them and storing them per visit."""

import datetime as dt
import json
from dataclasses import dataclass

from desktop.core.domain.dates import from_iso, iso
from desktop.core.domain.problems import Problem
from desktop.core.eligibility.ruleset import RuleSet


@dataclass(frozen=True)
class Answer:
    yes: bool
    date: dt.date | None = None  # when the event happened, for items with a time window


Answers = dict[str, Answer]


def questions_for(rules: RuleSet, sex: str) -> list[str]:
    """Codes of the items this donor is asked: women-only items only for women."""
    return [
        q.code for block in rules.blocks for q in block.questions if sex == "F" or not q.women_only
    ]


def check_answers(
    rules: RuleSet, answers: Answers, sex: str, birth_date: dt.date, drive_date: dt.date
) -> tuple[Answers, list[Problem]]:
    """Every item asked of this donor, unanswered ones as "no"; a date only on a "yes"
    to an item that asks for one; event dates between birth and the drive date."""
    unknown = set(answers) - set(rules.questions)
    if unknown:
        raise ValueError(f"unknown questionnaire items: {sorted(unknown)}")
    checked: Answers = {}
    problems = []
    for code in questions_for(rules, sex):
        answer = answers.get(code, Answer(False))
        date = answer.date if answer.yes and rules.questions[code].asks_date else None
        if date and date > drive_date:
            problems.append(Problem("event_in_future", {"date": date}, code))
        elif date and date < birth_date:
            problems.append(Problem("event_before_birth", {"date": date}, code))
        checked[code] = Answer(answer.yes, date)
    return checked, problems


def yes_answers(answers: Answers, rules: RuleSet) -> dict[str, dt.date | None]:
    """The form the rules engine takes: code -> event date of every "yes".

    Answers stored under an earlier rule set may name an item the installed set no
    longer asks; the center removed it, so it no longer counts (the stored answers are
    kept as they were)."""
    return {code: a.date for code, a in answers.items() if a.yes and code in rules.questions}


def encode(answers: Answers, rule_set_version: str) -> str:
    return json.dumps(
        {
            "rule_set": rule_set_version,
            "answers": {c: {"yes": a.yes, "date": iso(a.date)} for c, a in answers.items()},
        },
        ensure_ascii=False,
    )


def decode(text: str | None) -> Answers:
    if not text:
        return {}
    stored = json.loads(text)["answers"]
    return {code: Answer(bool(a["yes"]), from_iso(a["date"])) for code, a in stored.items()}
