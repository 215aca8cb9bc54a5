"""What the nurse records at the chair, as typed, each field checked; and the unit as
recorded. ``collection.CollectionService`` checks a whole form at once with these."""

import datetime as dt
from dataclasses import dataclass, field

from desktop.core.domain.desk import ticket_of
from desktop.core.domain.problems import Problem
from desktop.core.domain.text import reason_text
from desktop.core.domain.vocabulary import (
    BagType,
    DonationOutcome,
    ReactionKind,
    ReactionSeverity,
)
from desktop.core.lifecycle.donations import blood_drawn
from desktop.core.stations.collection_times import clock_time, utc_text

MAX_VOLUME_ML = 600  # a 450 ml bag with its anticoagulant margin; above is a typing error


@dataclass(frozen=True)
class ReactionForm:
    kind: str
    severity: str
    at: str  # HH:MM
    action: str = ""
    left_well: bool = True


@dataclass(frozen=True)
class DonationForm:
    """What the nurse records, as typed."""

    din: str = ""
    bag_type: str = BagType.SINGLE
    bag_lot: str = ""
    volume_ml: str = ""
    started: str = ""  # HH:MM on the drive date
    ended: str = ""
    phlebotomist_id: str | None = None
    outcome: str = DonationOutcome.COMPLETE
    reaction: ReactionForm | None = None
    note: str = ""
    # The nurse confirmed a duration outside the site's limits (asked when it was).
    duration_confirmed: bool = False


@dataclass(frozen=True)
class BagLots:
    """The bags of a drive's latest donations: the bag type used last, and each type's
    last lot. Read from the recorded donations, so every laptop of the drive has the
    same once their records are merged."""

    last_type: str | None = None
    lots: dict[str, str] = field(default_factory=dict)

    def lot(self, bag_type: str | None) -> str:
        return self.lots.get(bag_type or "", "")

    @classmethod
    def from_rows(cls, rows: list[dict]) -> "BagLots":
        """From (bag_type, bag_lot) rows, latest first."""
        lots: dict[str, str] = {}
        for row in rows:
            lots.setdefault(row["bag_type"], row["bag_lot"])
        return cls(rows[0]["bag_type"] if rows else None, lots)


@dataclass(frozen=True)
class DonationRecord:
    id: str
    visit_id: str
    ticket: str  # B12
    full_name: str
    din: str | None
    bag_type: str | None
    volume_ml: int | None
    started_at: str | None
    ended_at: str | None
    minutes: float | None
    outcome: str
    reaction: str | None
    reaction_severity: str | None
    left_well: bool | None
    phlebotomist: str
    duration_confirmed: bool = False

    @classmethod
    def from_row(cls, row: dict) -> "DonationRecord":
        return cls(
            id=row["id"],
            visit_id=row["visit_id"],
            ticket=ticket_of(row),
            full_name=row["full_name"],
            din=row["din"],
            bag_type=row["bag_type"],
            volume_ml=row["volume_ml"],
            started_at=row["started_at"],
            ended_at=row["ended_at"],
            minutes=minutes_between(row["started_at"], row["ended_at"]),
            outcome=row["outcome"],
            reaction=row["reaction"],
            reaction_severity=row["reaction_severity"],
            left_well=None if row["left_well"] is None else bool(row["left_well"]),
            phlebotomist=row.get("phlebotomist_name") or "",
            duration_confirmed=bool(row.get("duration_confirmed")),
        )


def minutes_between(started: str | None, ended: str | None) -> float | None:
    if not started or not ended:
        return None
    span = dt.datetime.fromisoformat(ended) - dt.datetime.fromisoformat(started)
    return span.total_seconds() / 60


def check_volume(form: DonationForm, problems: list[Problem]) -> int | None:
    text = form.volume_ml.strip()
    if not blood_drawn(form.outcome):
        if text and text != "0":
            problems.append(Problem("volume_not_collected", field="volume"))
        return None
    if not text:
        problems.append(Problem("required", field="volume"))
        return None
    if not text.isdigit() or not 1 <= int(text) <= MAX_VOLUME_ML:
        problems.append(
            Problem("implausible", {"value": text, "min": 1, "max": MAX_VOLUME_ML, "unit": "ml"},
                    "volume")
        )  # fmt: skip
        return None
    return int(text)


def check_times(
    form: DonationForm, day: dt.date, problems: list[Problem]
) -> tuple[dt.datetime | None, dt.datetime | None]:
    started, ended = clock_time(form.started, day), clock_time(form.ended, day)
    needed = blood_drawn(form.outcome)
    for name, text, moment in (("started", form.started, started), ("ended", form.ended, ended)):
        if text.strip() and moment is None:
            problems.append(Problem("time_invalid", {"value": text.strip()}, name))
        elif needed and not text.strip():
            problems.append(Problem("required", field=name))
    if started and ended and ended < started and not needed:
        problems.append(Problem("end_before_start", field="ended"))
    return started, ended


def check_reaction(form: ReactionForm | None, day: dt.date, problems: list[Problem]) -> dict:
    if form is None:
        return {}
    if form.kind not in frozenset(ReactionKind):
        problems.append(Problem("required", field="reaction"))
    if form.severity not in frozenset(ReactionSeverity):
        problems.append(Problem("required", field="reaction_severity"))
    moment = clock_time(form.at, day)
    if moment is None:
        problems.append(Problem("time_invalid", {"value": form.at.strip()}, "reaction_at"))
    return {
        "reaction": form.kind,
        "reaction_severity": form.severity,
        "reaction_at": utc_text(moment) if moment else None,
        "reaction_action": reason_text(form.action, "reaction_action") or None,
        "left_well": int(form.left_well),
    }
