"""Answers to the health questionnaire as stored with a visit: plain values and their
JSON form. Which items are asked and what a "yes" means belongs to the rule set
(``desktop.core.eligibility.questionnaire``)."""

import datetime as dt
import json
from dataclasses import dataclass

from desktop.core.domain.dates import from_iso, iso


@dataclass(frozen=True)
class Answer:
    yes: bool
    date: dt.date | None = None  # when the event happened, for items with a time window


Answers = dict[str, Answer]


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
