"""Settings kept in the database: the interface language, this device's identity, the
site's texts (its facility and contact line) and the folder the user last saved or
opened a file in."""

import re
from dataclasses import dataclass

from sqlite_utils import Database

from db import installation
from db import settings as settings_queries
from db import visits as visit_queries
from db.records import Writer, write_transaction
from desktop.core.domain.desk import (
    DEFAULT_DESK_LETTER,
    MAX_DIN_SEQUENCE,
    default_din_block,
    valid_desk_letter,
)
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.text import nfc
from desktop.core.domain.vocabulary import DriveStatus, InstallationRole, StaffRole
from desktop.core.foundation.base_service import ANYONE, Service, storage_refusals
from desktop.core.foundation.events import Topic

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
SITE_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,11}$")
MAX_DEVICE_NAME = 40
LAST_FOLDER_KEY = "last_folder"
FACILITY_KEY = "facility_name"  # on certificates, slips and the end-of-day report
CONTACT_KEY = "center_contact"  # the contact line of the thank-you and deferral slips
# This desk's numbers (desktop.core.domain.desk): its letter, unique within the site,
# and its block of the site's DIN sequence. The enrolment file carries all three.
DESK_LETTER_KEY = "desk_letter"
DIN_BLOCK_FIRST_KEY = "din_block_first"
DIN_BLOCK_LAST_KEY = "din_block_last"
# Where this laptop was: the drive and the station it showed last, where it opens again
# (after a crash too: both are written when they change, not at the close).
LAST_DRIVE_KEY = "last_drive"
LAST_STATION_KEY = "last_station"
# Minutes without a key or a click before the screen locks itself (0: never).
LOCK_MINUTES_KEY = "lock_idle_minutes"
DEFAULT_LOCK_MINUTES = 5
MAX_LOCK_MINUTES = 240
STATIONS = ("checkin", "screening", "collection", "certificates")  # the window's order


@dataclass(frozen=True)
class DeskNumbers:
    """This desk's letter and its block of the DIN sequence (first..last inclusive)."""

    letter: str
    din_block_first: int
    din_block_last: int


@dataclass(frozen=True)
class Device:
    """This installation: its device id (made on first run, never changed), its
    incarnation and epoch (new after a restore), its role (a site's laptop or the
    center), the site's code and the laptop's name."""

    id: str
    device_id: str
    site_code: str
    device_name: str
    incarnation: str
    epoch: int
    role: InstallationRole

    @classmethod
    def from_row(cls, row: dict) -> "Device":
        return cls(
            row["id"],
            row["device_id"],
            row["site_code"],
            row["device_name"],
            row["incarnation"],
            row["epoch"],
            InstallationRole(row["role"]),
        )


def desk_numbers_of(db: Database) -> DeskNumbers:
    """The desk letter and DIN block a database's settings give (``desk_numbers``)."""

    def get(key: str) -> str | None:
        row = settings_queries.setting(db, key)
        return row["value"] if row else None

    letter = (get(DESK_LETTER_KEY) or "").strip().upper()
    letter = letter if valid_desk_letter(letter) else DEFAULT_DESK_LETTER
    block = _parse_block(get(DIN_BLOCK_FIRST_KEY), get(DIN_BLOCK_LAST_KEY))
    return DeskNumbers(letter, *(block or default_din_block(letter)))


class SettingsService(Service):
    def get(self, key: str, default: str | None = None) -> str | None:
        row = settings_queries.setting(self.db, key)
        return row["value"] if row else default

    def set(self, key: str, value: str) -> None:
        """A site setting: the administrator's."""
        self.session.require(StaffRole.ADMIN)
        self._put(key, value)

    def set_preference(self, key: str, value: str) -> None:
        """A desk's preference (the language, a printer, the last folder): anyone
        signed in."""
        self.session.require(*ANYONE)
        self._put(key, value)

    def _put(self, key: str, value: str) -> None:
        with write_transaction(self.db, self.session.actor) as w:
            put_setting(w, key, value)
        self.bus.publish(Topic.SETTINGS)

    @property
    def language(self) -> str:
        value = self.get("language", DEFAULT_LANGUAGE)
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(language)
        self.set_preference("language", language)

    @property
    def facility(self) -> str:
        """The collecting facility's name ("" until set up)."""
        return self.get(FACILITY_KEY) or ""

    @property
    def center_contact(self) -> str:
        return self.get(CONTACT_KEY) or ""

    def set_site_texts(self, facility: str, contact: str) -> None:
        """The facility's name (required) and the slips' contact line, saved together."""
        self.session.require(StaffRole.ADMIN)
        facility, contact = nfc(facility), nfc(contact)
        if not facility:
            raise UserError(Problem("required", field="facility"))
        with self.all_or_nothing():
            self.set(FACILITY_KEY, facility)
            self.set(CONTACT_KEY, contact)

    # --- this desk's numbers --------------------------------------------------------

    def desk_numbers(self) -> DeskNumbers:
        """The desk letter (A until set) and the DIN block (the letter's share until set)."""
        return desk_numbers_of(self.db)

    @property
    def desk_letter(self) -> str:
        return self.desk_numbers().letter

    def desk_problems(self, letter: str, first: str, last: str) -> list[Problem]:
        """What is wrong with a desk letter and DIN block as typed (nothing saved)."""
        letter = letter.strip().upper()
        problems = []
        if not letter:
            problems.append(Problem("required", field="desk_letter"))
        elif not valid_desk_letter(letter):
            problems.append(Problem("desk_letter_format", {"value": letter}, "desk_letter"))
        elif letter != self.desk_letter and (
            code := visit_queries.drive_with_tickets(self.db, DriveStatus.OPEN)
        ):
            params = {"letter": self.desk_letter, "drive": code}
            problems.append(Problem("desk_letter_in_use", params, "desk_letter"))
        for field, text in (("din_block_first", first), ("din_block_last", last)):
            value = text.strip()
            if not value:
                problems.append(Problem("required", field=field))
            elif not value.isdigit() or not 1 <= int(value) <= MAX_DIN_SEQUENCE:
                params = {"value": value, "max": MAX_DIN_SEQUENCE}
                problems.append(Problem("din_block_range", params, field))
        if not problems and int(first) > int(last):
            params = {"first": first.strip(), "last": last.strip()}
            problems.append(Problem("din_block_order", params, "din_block_last"))
        return problems

    def set_desk_numbers(self, letter: str, first: str, last: str) -> DeskNumbers:
        """Save the desk letter and DIN block (all three keys, each only when changed).

        The letter cannot change while an open drive holds tickets: its queue would
        mix two letters, and the new letter may be another desk's already."""
        self.session.require(StaffRole.ADMIN)
        problems = self.desk_problems(letter, first, last)
        if problems:
            raise UserError(*problems)
        values = {
            DESK_LETTER_KEY: letter.strip().upper(),
            DIN_BLOCK_FIRST_KEY: str(int(first)),
            DIN_BLOCK_LAST_KEY: str(int(last)),
        }
        with self.all_or_nothing():
            for key, value in values.items():
                if self.get(key) != value:
                    self.set(key, value)
        return self.desk_numbers()

    @property
    def last_folder(self) -> str:
        """The folder the user last saved or opened a file in (also by printing to a
        file), where the next file dialog starts; "" before the first."""
        return self.get(LAST_FOLDER_KEY) or ""

    def set_last_folder(self, folder: str) -> None:
        if folder and folder != self.last_folder:
            self.set_preference(LAST_FOLDER_KEY, folder)

    @property
    def last_drive_id(self) -> str | None:
        """The drive this laptop showed last (None before the first)."""
        return self.get(LAST_DRIVE_KEY) or None

    @property
    def last_station(self) -> str:
        """The station this laptop showed last (check-in before the first)."""
        station = self.get(LAST_STATION_KEY)
        return station if station in STATIONS else STATIONS[0]

    def remember_place(self, drive_id: str, station: str) -> None:
        """Keep the drive and station shown now (only what changed is written); UserError
        when the database is busy or the disk full (not kept: a convenience)."""
        if station not in STATIONS:
            raise ValueError(station)
        self.session.require(*ANYONE)  # where the laptop was: anyone signed in
        changes = {LAST_DRIVE_KEY: drive_id, LAST_STATION_KEY: station}
        changes = {key: value for key, value in changes.items() if self.get(key) != value}
        if not changes:
            return
        with storage_refusals(), write_transaction(self.db, self.session.actor) as w:
            for key, value in changes.items():
                put_setting(w, key, value)

    def device(self) -> Device:
        return Device.from_row(installation.current(self.db))

    @staticmethod
    def site_code_problems(site_code: str) -> list[Problem]:
        """What is wrong with a site code as typed (nothing saved)."""
        site_code = site_code.strip().upper()
        if not site_code:
            return [Problem("required", field="site_code")]
        if not SITE_CODE.match(site_code):
            return [Problem("site_code_format", {"value": site_code}, "site_code")]
        return []

    def lock_minutes(self) -> int:
        """Minutes of inactivity before the screen locks (0: never)."""
        value = self.get(LOCK_MINUTES_KEY) or ""
        return int(value) if not lock_minutes_problems(value) else DEFAULT_LOCK_MINUTES

    def save_device(
        self,
        site_code: str,
        device_name: str,
        letter: str,
        first: str,
        last: str,
        *,
        lock_minutes: str | None = None,
    ) -> None:
        """The device settings: this laptop's identity, its desk numbers and its idle
        lock, all checked first (every problem reported at once), saved together or not
        at all."""
        self.session.require(StaffRole.ADMIN)
        lock = lock_minutes_problems(lock_minutes) if lock_minutes is not None else []
        desk = self.desk_problems(letter, first, last) + lock
        try:
            with self.all_or_nothing():
                self.update_device(site_code, device_name)
                self.set_desk_numbers(letter, first, last)
                if lock:
                    raise UserError(*lock)
                if lock_minutes is not None:
                    self.set(LOCK_MINUTES_KEY, str(int(lock_minutes)))
        except UserError as error:
            more = [p for p in desk if p not in error.problems]
            raise UserError(*error.problems, *more) from None

    def update_device(self, site_code: str, device_name: str) -> Device:
        """Set the collecting site's code and this laptop's name (e.g. "Bàn tiếp đón 1")."""
        self.session.require(StaffRole.ADMIN)
        problems = self.site_code_problems(site_code)
        site_code = site_code.strip().upper()
        device_name = nfc(device_name)
        if len(device_name) > MAX_DEVICE_NAME:
            problems.append(Problem("too_long", {"max": MAX_DEVICE_NAME}, "device_name"))
        if problems:
            raise UserError(*problems)
        device = self.device()
        with write_transaction(self.db, self.session.actor) as w:
            w.update(
                "installation", device.id, {"site_code": site_code, "device_name": device_name}
            )
        self.bus.publish(Topic.SETTINGS)
        return self.device()


def lock_minutes_problems(text: str) -> list[Problem]:
    """The idle lock's minutes: a whole number from 0 (never) to ``MAX_LOCK_MINUTES``."""
    text = text.strip()
    if not (text.isascii() and text.isdigit() and int(text) <= MAX_LOCK_MINUTES):
        return [Problem("lock_minutes_invalid", {"max": MAX_LOCK_MINUTES}, "lock_minutes")]
    return []


def put_setting(w: Writer, key: str, value: str, note: str | None = None) -> None:
    """Set ``key`` inside the caller's transaction (audited; written only when changed)."""
    row = settings_queries.setting(w.db, key)
    if row is None:
        w.insert("setting", {"key": key, "value": value}, note=note)
    else:
        w.update("setting", row["id"], {"value": value}, note=note)


def _parse_block(first: str | None, last: str | None) -> tuple[int, int] | None:
    """A DIN block as stored, or None when it is missing or not a valid block."""
    if not (first and last and first.isdigit() and last.isdigit()):
        return None
    low, high = int(first), int(last)
    return (low, high) if 1 <= low <= high <= MAX_DIN_SEQUENCE else None
