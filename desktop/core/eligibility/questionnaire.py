"""The health questionnaire under the rule set: which items a donor is asked, checking
the answers, and the "yes" answers the rules engine reads. The answers themselves are
plain values (``desktop.core.domain.answers``)."""

import datetime as dt

from desktop.core.domain.answers import Answer, Answers
from desktop.core.domain.problems import Problem
from desktop.core.domain.vocabulary import Sex
from desktop.core.eligibility.ruleset import RuleSet


def questions_for(rules: RuleSet, sex: str) -> list[str]:
    """Codes of the items this donor is asked: women-only items only for women."""
    return [
        q.code
        for block in rules.blocks
        for q in block.questions
        if sex == Sex.FEMALE or not q.women_only
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
