"""Allocating, checking and voiding donation identification numbers (DIN).

Two ways of working. The app prints label sets from its own allocation: numbers come
from this laptop's block of the site's sequence for the year (the FIN and the block are
settings; another laptop of the site has another block, so two laptops at one drive
never print the same DIN) and are never reused, because no DIN row is ever deleted. Or
the site uses pre-printed label rolls: the user enters the roll's range, which must lie
in this laptop's block (a roll is given to one laptop), and each scan is checked for
format, check character, range and earlier use, with a warning when it is out of
sequence. For a drive the center planned, "this laptop's block" is the block the center
gave it for that drive (``number_blocks.din_span``).
"""

from collections import Counter
from dataclasses import dataclass, field, replace

from sqlite_utils import Database

from db import dins as din_queries
from db import donations as donation_queries
from db import started_donations as started_queries
from db.records import Writer, write_transaction
from desktop.core.domain.audit_notes import AuditNote as N
from desktop.core.domain.audit_notes import audit_note
from desktop.core.domain.desk import ticket_of
from desktop.core.domain.isbt128 import Din, DinError, check_fin, make_din, parse_scan
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.records import Drive
from desktop.core.domain.text import required_reason
from desktop.core.domain.vocabulary import (
    AuditAction,
    DinOrigin,
    DinStatus,
    StaffRole,
    StartedStatus,
)
from desktop.core.foundation.base_service import Service
from desktop.core.foundation.events import EventBus, Topic
from desktop.core.foundation.session import Session
from desktop.core.foundation.settings import SettingsService
from desktop.core.lifecycle.machines import DINS
from desktop.core.stations.drives import open_drive
from desktop.core.stations.number_blocks import DinSpan, din_span
from desktop.core.stations.reserved import din_floor
from printing.label_layouts import LABEL_LAYOUTS

FIN_KEY = "fin"
LABEL_ROLES = (StaffRole.NURSE,)  # who gives DINs out, prints, voids and registers labels
TUBES_KEY = "sample_tubes"
DEFAULT_TUBES = 2
MAX_TUBES = 6
MAX_ALLOCATION = 1000  # label sets in one go: a festival day is about 1,000 donors
DESTINATIONS = ("print", "pdf")
_PREFERENCE_KEYS = {
    "count": "labels_count",
    "layout": "labels_layout",
    "destination": "labels_destination",
    "printer": "labels_printer",
}


@dataclass(frozen=True)
class LabelPreferences:
    """What the labels dialog was last used with, offered again next time."""

    count: int = 50
    layout: str = "50x25"
    destination: str = "print"  # "print" or "pdf"
    printer: str = ""  # the printer chosen last in the print dialog


@dataclass(frozen=True)
class DinRecord:
    din: Din
    drive_id: str
    origin: DinOrigin
    status: DinStatus
    label_prints: int
    void_reason: str | None

    @classmethod
    def from_row(cls, row: dict) -> "DinRecord":
        return cls(
            din=make_din(row["fin"], row["year"], row["sequence"]),
            drive_id=row["drive_id"],
            origin=DinOrigin(row["origin"]),
            status=DinStatus(row["status"]),
            label_prints=row["label_prints"],
            void_reason=row["void_reason"],
        )


@dataclass(frozen=True)
class DinRange:
    """Consecutive DINs of one FIN and year, alike in being printed or not."""

    fin: str
    year: int
    first: int
    last: int
    printed: bool  # their labels came out at least once
    numbers: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.numbers)

    @property
    def text(self) -> str:
        """'A9999 26 000101–000150 (50)', or 'A9999 26 000101 (1)' for one number."""
        span = (
            f"{self.first:06d}" if self.first == self.last else f"{self.first:06d}–{self.last:06d}"
        )
        return f"{self.fin} {self.year:02d} {span} ({self.count})"


def din_ranges(rows: list[dict]) -> list[DinRange]:
    """DIN rows (``fin``, ``year``, ``sequence``, ``label_prints``, ``number``) as runs of
    consecutive numbers, a new run wherever the sequence or the printing changes."""
    ranges: list[DinRange] = []
    ordered = sorted(rows, key=lambda r: (r["fin"], r["year"], r["sequence"]))
    for row in ordered:
        printed = row["label_prints"] > 0
        last = ranges[-1] if ranges else None
        if (
            last is not None
            and (last.fin, last.year, last.printed) == (row["fin"], row["year"], printed)
            and row["sequence"] == last.last + 1
        ):
            ranges[-1] = replace(last, last=row["sequence"], numbers=(*last.numbers, row["number"]))
        else:
            ranges.append(
                DinRange(row["fin"], row["year"], row["sequence"], row["sequence"], printed,
                         (row["number"],))
            )  # fmt: skip
    return ranges


def void_unused(w: Writer, numbers: list[str], reason: str) -> None:
    """Void unused DINs inside the caller's transaction, all or none: each must still be
    allocated to an open drive. ``reason`` is required."""
    reason = required_reason(reason)
    for number in numbers:
        row = din_queries.by_number(w.db, number)
        refusal = Problem("din_not_voidable", {"value": number})
        if row is None or row["status"] != DinStatus.ALLOCATED:
            raise UserError(refusal)
        open_drive(w.db, row["drive_id"])
        changes = {"void_reason": reason}
        DINS.move(w, row, DinStatus.VOIDED, refusal=refusal, changes=changes, action="void")


@dataclass(frozen=True)
class DinRoll:
    """A pre-printed roll of labels registered for a drive: its first and last DIN."""

    first: Din
    last: Din

    @classmethod
    def from_row(cls, row: dict) -> "DinRoll":
        fin, year = row["fin"], row["year"]
        return cls(
            make_din(fin, year, row["first_sequence"]), make_din(fin, year, row["last_sequence"])
        )


@dataclass(frozen=True)
class ScanCheck:
    """A scanned DIN that may be used for this drive, and what the nurse should know."""

    din: Din
    origin: DinOrigin
    warnings: list[Problem] = field(default_factory=list)


class DinService(Service):
    def __init__(
        self, db: Database, bus: EventBus, session: Session, settings: SettingsService
    ) -> None:
        super().__init__(db, bus, session)
        self.settings = settings

    # --- the site's FIN -------------------------------------------------------------

    def fin(self) -> str | None:
        return self.settings.get(FIN_KEY) or None

    def set_fin(self, text: str) -> str:
        """The site's FIN, on every DIN label (administrator only)."""
        self.session.require(StaffRole.ADMIN)
        try:
            fin = check_fin(text)
        except DinError as error:
            raise UserError(error.problem) from None
        self.settings.set(FIN_KEY, fin)
        return fin

    def _required_fin(self) -> str:
        fin = self.fin()
        if fin is None:
            raise UserError(Problem("fin_missing"))
        return fin

    # --- label sets -----------------------------------------------------------------

    def sample_tubes(self) -> int:
        """Sample tube labels in each label set (a site setting)."""
        value = self.settings.get(TUBES_KEY)
        return int(value) if value and value.isdigit() else DEFAULT_TUBES

    def set_sample_tubes(self, count: int) -> None:
        if not 0 <= count <= MAX_TUBES:
            raise UserError(Problem("tubes_range", {"max": MAX_TUBES}, "tubes"))
        if count != self.sample_tubes():
            self.settings.set_preference(TUBES_KEY, str(count))

    def label_preferences(self) -> LabelPreferences:
        default = LabelPreferences()
        values = {name: self.settings.get(key) for name, key in _PREFERENCE_KEYS.items()}
        count = values["count"]
        return LabelPreferences(
            count=int(count) if count and count.isdigit() and 0 < int(count) <= MAX_ALLOCATION
            else default.count,
            layout=values["layout"] if values["layout"] in LABEL_LAYOUTS else default.layout,
            destination=values["destination"]
            if values["destination"] in DESTINATIONS
            else default.destination,
            printer=values["printer"] or default.printer,
        )  # fmt: skip

    def set_label_preferences(self, preferences: LabelPreferences) -> None:
        """Remember the dialog's choices (each setting written only when it changed)."""
        if preferences.layout not in LABEL_LAYOUTS:
            raise ValueError(preferences.layout)
        if preferences.destination not in DESTINATIONS:
            raise ValueError(preferences.destination)
        current = self.label_preferences()
        for name, key in _PREFERENCE_KEYS.items():
            value = getattr(preferences, name)
            if value != getattr(current, name) and (value or name != "printer"):
                self.settings.set_preference(key, str(value))

    # --- printed allocations --------------------------------------------------------

    def block(self) -> tuple[int, int]:
        """This laptop's block of the site's DIN sequence (first, last)."""
        numbers = self.settings.desk_numbers()
        return numbers.din_block_first, numbers.din_block_last

    def block_for(self, drive: Drive) -> DinSpan:
        """The sequence numbers this laptop gives the drive's DINs: the center's block for
        that drive, else its own block (below the center's blocks). Without a FIN, the
        laptop's own block."""
        fin = self.fin()
        if fin is None:
            return DinSpan(*self.block(), from_center=False)
        return din_span(self.db, fin, drive, self.block())

    def block_left(self, drive: Drive) -> int | None:
        """How many DINs of the drive's block are still free (None: no FIN yet)."""
        fin = self.fin()
        if fin is None:
            return None
        span = self.block_for(drive)
        year = drive.drive_date.year % 100
        highest = highest_given(self.db, fin, year, span)
        return max(span.last - highest, 0)

    def allocate(self, drive: Drive, count: int) -> list[DinRecord]:
        """Give ``count`` new DINs to the drive from this laptop's block of the site's
        sequence for its year (``block_for``); refused when the block has fewer left."""
        self.session.require(*LABEL_ROLES)
        if not 1 <= count <= MAX_ALLOCATION:
            raise UserError(Problem("din_count", {"max": MAX_ALLOCATION}, "count"))
        fin = self._required_fin()
        year = drive.drive_date.year % 100
        with write_transaction(self.db, self.session.actor) as w:
            open_drive(self.db, drive.id)
            span = din_span(self.db, fin, drive, self.block())
            block_first, block_last = span.first, span.last
            first = highest_given(self.db, fin, year, span) + 1
            if first + count - 1 > block_last:
                params = {
                    "fin": fin,
                    "year": f"{year:02d}",
                    "first": f"{block_first:06d}",
                    "last": f"{block_last:06d}",
                    "left": max(block_last - first + 1, 0),
                    "count": count,
                }
                code = "din_center_block_used_up" if span.from_center else "din_block_used_up"
                raise UserError(Problem(code, params, "count"))
            dins = [make_din(fin, year, first + i) for i in range(count)]
            rows = [_din_row(d, drive.id, DinOrigin.PRINTED, DinStatus.ALLOCATED) for d in dins]
            w.insert_many("din", rows)
        self.bus.publish(Topic.DINS)
        new = (DinOrigin.PRINTED, DinStatus.ALLOCATED, 0, None)  # as they were inserted
        return [DinRecord(din, drive.id, *new) for din in dins]

    def record(self, number: str) -> DinRecord:
        return DinRecord.from_row(din_queries.by_number(self.db, number))

    def for_drive(self, drive: Drive) -> list[DinRecord]:
        return [DinRecord.from_row(row) for row in din_queries.for_drive(self.db, drive.id)]

    def printed(self, numbers: list[str]) -> None:
        """Count one more printing of each label set (a reprint prints the same DIN)."""
        self.session.require(*LABEL_ROLES)
        times = Counter(numbers)
        with write_transaction(self.db, self.session.actor) as w:
            rows = din_queries.by_numbers(self.db, list(times))
            for number, count in times.items():
                row = rows[number]
                changes = {"label_prints": row["label_prints"] + count}
                action = "print" if row["label_prints"] == 0 else "reprint"
                w.update_many("din", [(row, changes)], action=action)
            if times:  # the print run itself, named on its drive
                first = rows[numbers[0]]
                note = audit_note(
                    N.LABELS_PRINTED, sets=len(numbers), first=numbers[0], last=numbers[-1]
                )
                w.log(AuditAction.PRINT, "drive", first["drive_id"], note)
        self.bus.publish(Topic.DINS)

    def void(self, number: str, reason: str) -> None:
        """Void a DIN that was never used (a spoilt or lost label); it is never reused."""
        self.void_many([number], reason)

    def void_many(self, numbers: list[str], reason: str) -> None:
        """Void unused DINs (a spoilt sheet, a range never printed) with one reason, all
        or none; they are never reused."""
        self.session.require(*LABEL_ROLES)
        with write_transaction(self.db, self.session.actor) as w:
            void_unused(w, numbers, reason)
        self.bus.publish(Topic.DINS)

    # --- pre-printed rolls ----------------------------------------------------------

    def add_roll(self, drive: Drive, first_scan: str, last_scan: str) -> DinRoll:
        """Register the range of a pre-printed roll (its first and last label)."""
        self.session.require(*LABEL_ROLES)
        fin = self._required_fin()
        first, last = self._parse(first_scan, "first"), self._parse(last_scan, "last")
        if (first.fin, first.year) != (last.fin, last.year) or first.sequence > last.sequence:
            raise UserError(Problem("roll_range", field="last"))
        if first.fin != fin:
            raise UserError(Problem("din_other_facility", {"fin": first.fin, "site": fin}))
        span = din_span(self.db, fin, drive, self.block())
        block_first, block_last = span.first, span.last
        if not block_first <= first.sequence <= last.sequence <= block_last:
            params = {
                "first": f"{first.sequence:06d}",
                "last": f"{last.sequence:06d}",
                "block_first": f"{block_first:06d}",
                "block_last": f"{block_last:06d}",
            }
            code = "roll_outside_center_block" if span.from_center else "roll_outside_block"
            raise UserError(Problem(code, params, "first"))
        with write_transaction(self.db, self.session.actor) as w:
            open_drive(self.db, drive.id)
            span = (first.fin, first.year, first.sequence, last.sequence)
            if din_queries.overlapping_roll(self.db, *span) or din_queries.used_in_range(
                self.db, *span
            ):
                raise UserError(Problem("roll_overlap", field="first"))
            row = w.insert(
                "din_roll",
                {
                    "drive_id": drive.id,
                    "fin": first.fin,
                    "year": first.year,
                    "first_sequence": first.sequence,
                    "last_sequence": last.sequence,
                },
            )
        self.bus.publish(Topic.DINS)
        return DinRoll.from_row(row)

    # --- scanning at the chair ------------------------------------------------------

    def check_scan(self, drive: Drive, text: str, visit_id: str | None = None) -> ScanCheck:
        """A DIN scanned at collection: well formed, right check character, this site's,
        allocated to this drive or in one of its rolls, never used, and not on the bag
        of another donation in the chair (that of ticket ``visit_id`` may hold it)."""
        din = self._parse(text)
        fin = self._required_fin()
        if din.fin != fin:
            raise UserError(Problem("din_other_facility", {"fin": din.fin, "site": fin}, "din"))
        row = din_queries.by_number(self.db, din.number)
        if donation_queries.by_din(self.db, din.number) or (
            row and row["status"] == DinStatus.USED
        ):
            raise UserError(Problem("din_used", {"value": din.number}, "din"))
        chair = started_queries.holding_din(self.db, din.number, StartedStatus.STARTED)
        if chair is not None and chair["visit_id"] != visit_id:
            params = {"value": din.number, "number": ticket_of(chair)}
            raise UserError(Problem("din_in_chair", params, "din"))
        if row is not None:
            if row["status"] == DinStatus.VOIDED:
                raise UserError(Problem("din_voided", {"value": din.number}, "din"))
            if row["drive_id"] != drive.id:
                raise UserError(Problem("din_other_drive", {"value": din.number}, "din"))
            return ScanCheck(din, DinOrigin.PRINTED)
        roll = self._roll_holding(drive, din)
        if roll is None:
            raise UserError(Problem("din_not_allocated", {"value": din.number}, "din"))
        return ScanCheck(din, DinOrigin.ROLL, self._sequence_warnings(roll, din))

    def use(self, w: Writer, drive: Drive, check: ScanCheck, *, blood_drawn: bool = True) -> None:
        """Mark the scanned DIN used, inside the caller's transaction (the donation's);
        voided instead when no blood was drawn, so its labels never go on another bag."""
        status = DinStatus.USED if blood_drawn else DinStatus.VOIDED
        reason = None if blood_drawn else "not collected"
        row = din_queries.by_number(self.db, check.din.number)
        if row is None:  # a label of a pre-printed roll, seen for the first time
            values = {
                **_din_row(check.din, drive.id, DinOrigin.ROLL, status),
                "void_reason": reason,
            }
            w.insert("din", values)
        else:
            changes = {"void_reason": reason} if reason else {}
            DINS.move(w, row, status, changes=changes, action="use")

    def _parse(self, text: str, field: str = "din") -> Din:
        try:
            return parse_scan(text)
        except DinError as error:
            raise UserError(replace(error.problem, field=field)) from None

    def _roll_holding(self, drive: Drive, din: Din) -> dict | None:
        for roll in din_queries.rolls_for_drive(self.db, drive.id):
            if (roll["fin"], roll["year"]) == (din.fin, din.year) and (
                roll["first_sequence"] <= din.sequence <= roll["last_sequence"]
            ):
                return roll
        return None

    def _sequence_warnings(self, roll: dict, din: Din) -> list[Problem]:
        last = din_queries.last_use_in_range(self.db, roll, DinOrigin.ROLL)
        expected = last["sequence"] + 1 if last else roll["first_sequence"]
        if din.sequence == expected:
            return []
        return [Problem("din_out_of_sequence", {"expected": f"{expected:06d}"}, "din")]


def highest_given(db: Database, fin: str, year: int, span: DinSpan) -> int:
    """The highest sequence of ``span`` given out, on a registered roll, or reserved by a
    restore (numbers printed after the backup); ``span.first - 1`` when none is."""
    given = din_queries.highest_sequence(db, fin, year, span.first, span.last)
    return max(given, din_floor(db, fin, year, span.first, span.last))


def _din_row(din: Din, drive_id: str, origin: DinOrigin, status: DinStatus) -> dict:
    return {
        "number": din.number,
        "fin": din.fin,
        "year": din.year,
        "sequence": din.sequence,
        "drive_id": drive_id,
        "origin": origin,
        "status": status,
    }
