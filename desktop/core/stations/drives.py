"""Drives: creating one, listing them, choosing which one to open at start."""

import datetime as dt
import re
from dataclasses import dataclass

from sqlite_utils import Database

from db import drives as drive_queries
from db import installation
from db.records import write_transaction
from desktop.core.domain import places
from desktop.core.domain.dates import iso, parse_date
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.records import Drive
from desktop.core.domain.text import ADDRESS_MAX, nfc, too_long
from desktop.core.domain.vocabulary import AssignmentStatus, DriveStatus, StaffRole, VisitStatus
from desktop.core.foundation.base_service import Service
from desktop.core.foundation.events import EventBus, Topic
from desktop.core.foundation.session import Session
from desktop.core.foundation.settings import SettingsService

# The national campaigns a drive can belong to (see domain.md), plus "other".
CAMPAIGNS = (
    "le_hoi_xuan_hong",
    "chu_nhat_do",
    "giot_mau_hong_he",
    "ngay_toan_dan_7_4",
    "hanh_trinh_do",
    "ngay_quoc_te_14_6",
    "other",
)
CODE_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,19}$")
MAX_TARGET_UNITS = 5000


@dataclass(frozen=True)
class DriveForm:
    code: str = ""
    drive_date: str = ""  # dd/mm/yyyy as typed, or ISO
    place_name: str = ""
    province_code: str = ""
    ward_code: str = ""
    street_address: str = ""
    organizer: str = ""
    campaign: str = "other"
    campaign_other: str = ""
    target_units: str = ""


def normalize_code(code: str) -> str:
    return code.strip().upper()


def suggest_code(day: dt.date, taken: set[str], desk_letter: str) -> str:
    """A short code for a new drive, ending with this desk's letter so that two laptops
    setting up the same day suggest different codes: ``HM261124B`` (then
    ``HM261124B-2``...)."""
    base = f"HM{day:%y%m%d}{desk_letter}"
    code, n = base, 1
    while code in taken:
        n += 1
        code = f"{base}-{n}"
    return code


class DriveService(Service):
    def __init__(
        self, db: Database, bus: EventBus, session: Session, settings: SettingsService
    ) -> None:
        super().__init__(db, bus, session)
        self.settings = settings

    def all(self) -> list[Drive]:
        rows = drive_queries.all_drives(self.db, VisitStatus.VOIDED)
        return [Drive.from_row(row) for row in rows]

    def get(self, drive_id: str) -> Drive:
        row = drive_queries.get(self.db, drive_id)
        if row is None:
            raise UserError(Problem("drive_not_found", {"code": drive_id}))
        return Drive.from_row(row)

    def by_code(self, code: str) -> Drive:
        row = drive_queries.by_code(self.db, normalize_code(code))
        if row is None:
            raise UserError(Problem("drive_not_found", {"code": code}))
        return Drive.from_row(row)

    def drive_to_open(self, today: dt.date | None = None) -> Drive | None:
        """The drive this laptop showed last while it is open (where it was, after a
        crash too); else the drive in progress, if exactly one is open; otherwise the
        user chooses. A drive the center planned for a later day (a drive package
        brought it) is not under way yet, so it does not count."""
        last = self.settings.last_drive_id
        row = drive_queries.get(self.db, last) if last else None
        if row is not None and row["status"] == DriveStatus.OPEN:
            return Drive.from_row(row)
        today = today or dt.date.today()
        this_device = installation.device_id(self.db)
        in_progress = [
            row for row in drive_queries.in_status(self.db, DriveStatus.OPEN)
            if row["device_id"] == this_device or row["drive_date"] <= iso(today)
        ]  # fmt: skip
        return Drive.from_row(in_progress[0]) if len(in_progress) == 1 else None

    def suggested_for(self, day: dt.date) -> Drive | None:
        """The drive to select for ``day`` when the user chooses: the one the center
        planned for this laptop that day, else an open drive of that day."""
        if (planned := self.planned_for(day)) is not None:
            return planned
        of_the_day = [
            row for row in drive_queries.in_status(self.db, DriveStatus.OPEN)
            if row["drive_date"] == iso(day)
        ]  # fmt: skip
        return Drive.from_row(of_the_day[0]) if of_the_day else None

    def planned_for(self, day: dt.date) -> Drive | None:
        """The open drive the center planned for this laptop on ``day`` (a drive
        package brought it): the one to suggest for that day."""
        row = drive_queries.planned_for(
            self.db, installation.device_id(self.db), iso(day),
            assigned=AssignmentStatus.ASSIGNED, drive_status=DriveStatus.OPEN,
        )  # fmt: skip
        return Drive.from_row(row) if row else None

    def suggested_code(self, day: dt.date) -> str:
        return suggest_code(day, {d.code for d in self.all()}, self.settings.desk_letter)

    def validate(self, form: DriveForm, *, editing: str | None = None) -> list[Problem]:
        """What is wrong with the form; ``editing``: the id of the drive it changes
        (which may keep its own code)."""
        problems = []
        code = normalize_code(form.code)
        if not code:
            problems.append(Problem("required", field="code"))
        elif not CODE_PATTERN.match(code):
            problems.append(Problem("drive_code_format", {"value": form.code}, "code"))
        elif (other := drive_queries.by_code(self.db, code)) is not None and other["id"] != editing:
            problems.append(Problem("drive_code_taken", {"value": code}, "code"))
        if not form.drive_date.strip():
            problems.append(Problem("required", field="drive_date"))
        elif parse_date(form.drive_date) is None:
            problems.append(Problem("date_invalid", {"value": form.drive_date}, "drive_date"))
        for name in ("place_name", "organizer"):
            if not nfc(getattr(form, name)):
                problems.append(Problem("required", field=name))
        problems += _too_long_fields(form)
        if places.province(form.province_code or "0") is None:
            problems.append(Problem("required", field="province_code"))
        elif places.ward(form.ward_code or "0", form.province_code) is None:
            problems.append(Problem("required", field="ward_code"))
        if form.campaign not in CAMPAIGNS:
            problems.append(Problem("required", field="campaign"))
        elif form.campaign == "other" and not nfc(form.campaign_other):
            problems.append(Problem("required", field="campaign_other"))
        target = form.target_units.strip()
        if not target.isdigit() or not 0 < int(target) <= MAX_TARGET_UNITS:
            problems.append(
                Problem("target_units_range", {"max": MAX_TARGET_UNITS}, "target_units")
            )
        return problems

    def create(self, form: DriveForm) -> Drive:
        """A drive made at the site (reception or the administrator)."""
        self.session.require(StaffRole.CLERK, StaffRole.ADMIN)
        return self._create(form)

    def plan(self, form: DriveForm) -> Drive:
        """A drive the center plans for its laptops (a center operator)."""
        self.session.require(StaffRole.CENTER)
        return self._create(form)

    def _create(self, form: DriveForm) -> Drive:
        problems = self.validate(form)
        if problems:
            raise UserError(*problems)
        values = {**drive_values(form), "status": DriveStatus.OPEN}
        with write_transaction(self.db, self.session.actor) as w:
            row = w.insert("drive", values)
        self.bus.publish(Topic.DRIVES)
        return Drive.from_row(row)


def drive_values(form: DriveForm) -> dict:
    """The columns a valid form gives a drive (its status aside)."""
    province = places.province(form.province_code)
    ward = places.ward(form.ward_code, form.province_code)
    return {
        "code": normalize_code(form.code),
        "drive_date": iso(parse_date(form.drive_date)),
        "place_name": nfc(form.place_name),
        "province_code": province.code,
        "province_name": province.name,
        "ward_code": ward.code,
        "ward_name": ward.name,
        "street_address": nfc(form.street_address),
        "organizer": nfc(form.organizer),
        "campaign": form.campaign,
        "campaign_other": nfc(form.campaign_other) if form.campaign == "other" else "",
        "target_units": int(form.target_units.strip()),
    }


def open_drive(db: Database, drive_id: str) -> Drive:
    """The drive as stored now; UserError when it is closed, since closing locks the
    drive's records (check-in, screening, collection, DINs, reconciliation notes)."""
    drive = Drive.from_row(drive_queries.get(db, drive_id))
    if not drive.is_open:
        raise UserError(Problem("drive_closed", {"code": drive.code}))
    return drive


def _too_long_fields(form: DriveForm) -> list[Problem]:
    """The form's text fields hold at most a line of an address each."""
    fields = ("place_name", "organizer", "street_address", "campaign_other")
    found = (too_long(nfc(getattr(form, name)), ADDRESS_MAX, name) for name in fields)
    return [problem for problem in found if problem]
