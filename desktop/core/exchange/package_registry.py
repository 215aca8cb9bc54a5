"""The registry a drive package carries: every person the center holds, once, as a line
of the registry CSV (README, "The registry file from the center", with ``donor_id``).

Each person is the surviving record of the records merged into one (``donor_redirect``)
with what check-in needs and no more: identity and contact (the survivor's, an empty
field, the CCCD too, filled from a merged record), blood group, the center's counters for the person
(kept on the survivor, ``exchange.counters``), the strictest deferral of any of the
records with a **reason category** instead of its reason, and the roster flags (set if
any record has them).

Data minimisation: no rule code, diagnosis or test result leaves the center. A deferral
travels as one of ``CATEGORIES`` (``deferral_category``); a deferral that is over, a
reason without a deferral and the free text of a registry never do.

Nothing at a laptop is lifted or cleared by a package: a person not deferred has empty
deferral cells, a flag not set an empty cell ("not stated"), never ``0``.

Every line is one the registry reader accepts: an old CMND that two people carry, or a
CCCD that does not agree with the person's birth date and sex, is left off the line
(counted); a person left with no number at all is left out (counted); a last donation
dated after the day the package is made (a laptop's wrong clock) is carried as that day.

Lab facts (``lab``: the center's laboratory results, joined when they exist) make a
person with a confirmed positive marker permanently deferred (``center.marker``) and
give the blood group the lab found.
"""

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from sqlite_utils import Database

from db import packages as queries
from desktop.core.domain.identity import check_cccd
from desktop.core.eligibility.reasons import (
    CENTER_DOCTOR,
    CENTER_HISTORY,
    CENTER_MARKER,
    CENTER_OTHER,
    CENTER_SCREENING,
    DOCTOR_DEFERRAL,
)

CATEGORIES = (CENTER_MARKER, CENTER_HISTORY, CENTER_SCREENING, CENTER_DOCTOR, CENTER_OTHER)
# Rules whose deferral comes from what was measured at screening.
SCREENING_RULES = frozenset(
    {"hb", "hbsag", "weight", "weight_volume", "systolic", "diastolic", "pulse",
     "pulse_regular", "temperature"}
)  # fmt: skip
SEX_WORDS = {"M": "Nam", "F": "Nữ"}
# Where each column stands in a record's row (db.packages.PERSON_COLUMNS).
(ID, NATIONAL_ID, OLD_ID, NAME, BIRTH, SEX, ADDRESS, PHONE, ABO, RH, COUNT, LAST_DATE,
 LAST_TYPE, UNTIL, PERMANENT, REASON, RARE, RESERVE) = range(18)  # fmt: skip
assert len(queries.PERSON_COLUMNS) == RESERVE + 1
# Taken from a merged record when empty; the CCCD too, so that a laptop holding only
# that record (a person merged by review) finds it by its number and gets the deferral.
_FILLED = (NATIONAL_ID, OLD_ID, ADDRESS, PHONE, ABO, RH)


class LabFacts(Protocol):
    """What the laboratory's results say of people (survivor ids)."""

    deferred: Mapping[str, dt.date]  # a confirmed positive marker, on that day
    groups: Mapping[str, tuple[str, str]]  # the blood group the package carries (abo, rh)


@dataclass
class RegistryTally:
    """What the lines came to, for the package's record and its report."""

    persons: int = 0
    deferred_permanently: int = 0
    deferred_until: int = 0
    merged_records: int = 0  # records folded into another person's line
    left_out: int = 0  # people with no number a registry line can carry
    left_out_deferred: int = 0  # ... of them deferred: no laptop learns of it
    numbers_withheld: int = 0  # a shared old CMND or an inconsistent CCCD left off
    dates_capped: int = 0  # a last donation after the day the package is made
    by_category: dict[str, int] = field(default_factory=dict)

    def as_counts(self) -> dict[str, int]:
        return {
            "persons": self.persons, "deferred_permanently": self.deferred_permanently,
            "deferred_until": self.deferred_until, "merged_records": self.merged_records,
            "left_out": self.left_out, "left_out_deferred": self.left_out_deferred,
            "numbers_withheld": self.numbers_withheld,
            "dates_capped": self.dates_capped,
        }  # fmt: skip


def deferral_category(reason: str, permanent: bool) -> str:
    """The category a deferral's reason travels as (see the module docstring)."""
    if reason in CATEGORIES:
        return reason  # it came from the center already
    if permanent:
        return CENTER_DOCTOR if reason == DOCTOR_DEFERRAL else CENTER_MARKER
    if reason == DOCTOR_DEFERRAL:
        return CENTER_DOCTOR
    if reason.startswith("q."):
        return CENTER_HISTORY
    if reason in SCREENING_RULES:
        return CENTER_SCREENING
    return CENTER_OTHER


def registry_lines(
    db: Database,
    lab: LabFacts | None = None,
    *,
    today: dt.date | None = None,
    tally: RegistryTally | None = None,
) -> Iterator[list[list[str]]]:
    """The registry's lines (cells in ``package_file.REGISTRY_COLUMNS`` order), in
    batches, streamed from the database; ``tally`` counts what they came to. Run it
    inside one read transaction for one consistent registry."""
    today = today or dt.date.today()
    tally = tally if tally is not None else RegistryTally()
    maker = _LineMaker(today.isoformat(), queries.shared_old_ids(db), lab, tally)
    merged = queries.merged_into(db)
    members = queries.redirected_records(db)  # few: the records merged into another
    for batch in queries.surviving_records(db):
        lines = []
        for row in batch:
            others = [members[i] for i in merged.get(row[ID], ()) if i in members]
            tally.merged_records += len(others)
            line = maker.make(row, others)
            if line is not None:
                lines.append(line)
        yield lines


class _LineMaker:
    def __init__(
        self, today: str, shared_old_ids: set[str], lab: LabFacts | None, tally: RegistryTally
    ) -> None:
        self.today = today
        self.shared_old_ids = shared_old_ids
        self.lab = lab
        self.tally = tally
        self._cccd_checked: dict[tuple, bool] = {}

    def make(self, row: tuple, others: list[tuple]) -> list[str] | None:
        """The line of the person whose surviving record is ``row`` (``others``: the
        records merged into it)."""
        if others:
            row = _filled(row, others)
        national_id, old_id = self._numbers(row)
        deferral = self._strictest(row, others)
        if not national_id and not old_id:
            self.tally.left_out += 1
            self.tally.left_out_deferred += deferral is not None
            return None
        until, permanent, reason = self._counted(*deferral) if deferral else ("", False, "")
        abo, rh = row[ABO] or "", row[RH] or ""
        if self.lab is not None and row[ID] in self.lab.groups:
            abo, rh = self.lab.groups[row[ID]]
        last_date = row[LAST_DATE] or ""
        if last_date > self.today:
            last_date = self.today
            self.tally.dates_capped += 1
        self.tally.persons += 1
        return [
            row[ID], national_id, old_id, _one_line(row[NAME]), row[BIRTH], SEX_WORDS[row[SEX]],
            _one_line(row[ADDRESS] or ""), row[PHONE] or "", abo, rh, str(row[COUNT] or 0),
            last_date, row[LAST_TYPE] or "", until, "1" if permanent else "", reason,
            _flag(row, others, RARE), _flag(row, others, RESERVE),
        ]  # fmt: skip

    def _numbers(self, row: tuple) -> tuple[str, str]:
        national_id, old_id = row[NATIONAL_ID] or "", row[OLD_ID] or ""
        if national_id and self._inconsistent(national_id, row[BIRTH], row[SEX]):
            national_id = ""
            self.tally.numbers_withheld += 1
        if old_id and old_id in self.shared_old_ids:
            old_id = ""
            self.tally.numbers_withheld += 1
        return national_id, old_id

    def _inconsistent(self, national_id: str, birth: str, sex: str) -> bool:
        """``check_cccd``'s verdict, remembered: it depends only on the number's first
        six digits, whether the number is 12 digits, the birth year and the sex."""
        whole = len(national_id) == 12 and national_id[6:].isdecimal()
        key = (national_id[:6], whole, (birth or "")[:4], sex)
        found = self._cccd_checked.get(key)
        if found is None:
            try:
                day = dt.date.fromisoformat(birth)
            except (TypeError, ValueError):
                day = None
            found = self._cccd_checked[key] = bool(check_cccd(national_id, day, sex))
        return found

    def _strictest(self, row: tuple, others: list[tuple]) -> tuple[str, bool, str] | None:
        """(until, permanent, category) of the strictest deferral in force among the
        records (or the lab's); None when there is none."""
        if self.lab is not None and row[ID] in self.lab.deferred:
            return "", True, CENTER_MARKER
        group = [row, *others]
        permanent = next((r for r in group if r[PERMANENT]), None)
        if permanent is not None:
            return "", True, deferral_category(permanent[REASON] or "", True)
        dated = [r for r in group if (r[UNTIL] or "") > self.today]
        if not dated:
            return None
        latest = max(dated, key=lambda r: r[UNTIL])
        return latest[UNTIL], False, deferral_category(latest[REASON] or "", False)

    def _counted(self, until: str, permanent: bool, category: str) -> tuple[str, bool, str]:
        if permanent:
            self.tally.deferred_permanently += 1
        else:
            self.tally.deferred_until += 1
        self.tally.by_category[category] = self.tally.by_category.get(category, 0) + 1
        return until, permanent, category


def _filled(row: tuple, others: list[tuple]) -> tuple:
    """The survivor's row with an empty contact or identity field taken from the first
    merged record that has it."""
    values = list(row)
    for i in _FILLED:
        if not values[i]:
            values[i] = next((other[i] for other in others if other[i]), values[i])
    return tuple(values)


def _flag(row: tuple, others: list[tuple], column: int) -> str:
    return "1" if row[column] or (others and any(other[column] for other in others)) else ""


def _one_line(text: str) -> str:
    """A cell never holds a line break: one registry line per person."""
    return " ".join(text.split()) if ("\n" in text or "\r" in text) else text
