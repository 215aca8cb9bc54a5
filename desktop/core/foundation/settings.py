"""Settings kept in the database: the interface language, this device's identity, the
site's texts (its facility and contact line) and the folder the user last saved or
opened a file in."""

import re
from dataclasses import dataclass

from db import installation
from db import settings as settings_queries
from db.records import write_transaction
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.text import nfc
from desktop.core.domain.vocabulary import InstallationRole
from desktop.core.foundation.base_service import Service
from desktop.core.foundation.events import Topic

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
SITE_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,11}$")
MAX_DEVICE_NAME = 40
LAST_FOLDER_KEY = "last_folder"
FACILITY_KEY = "facility_name"  # on certificates, slips and the end-of-day report
CONTACT_KEY = "center_contact"  # the contact line of the thank-you and deferral slips


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


class SettingsService(Service):
    def get(self, key: str, default: str | None = None) -> str | None:
        row = settings_queries.setting(self.db, key)
        return row["value"] if row else default

    def set(self, key: str, value: str) -> None:
        with write_transaction(self.db, self.session.actor) as w:
            row = settings_queries.setting(self.db, key)
            if row is None:
                w.insert("setting", {"key": key, "value": value})
            else:
                w.update("setting", row["id"], {"value": value})
        self.bus.publish(Topic.SETTINGS)

    @property
    def language(self) -> str:
        value = self.get("language", DEFAULT_LANGUAGE)
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(language)
        self.set("language", language)

    @property
    def facility(self) -> str:
        """The collecting facility's name ("" until set up)."""
        return self.get(FACILITY_KEY) or ""

    @property
    def center_contact(self) -> str:
        return self.get(CONTACT_KEY) or ""

    def set_site_texts(self, facility: str, contact: str) -> None:
        """The facility's name (required) and the slips' contact line, saved together."""
        facility, contact = nfc(facility), nfc(contact)
        if not facility:
            raise UserError(Problem("required", field="facility"))
        with self.all_or_nothing():
            self.set(FACILITY_KEY, facility)
            self.set(CONTACT_KEY, contact)

    @property
    def last_folder(self) -> str:
        """The folder the user last saved or opened a file in (also by printing to a
        file), where the next file dialog starts; "" before the first."""
        return self.get(LAST_FOLDER_KEY) or ""

    def set_last_folder(self, folder: str) -> None:
        if folder and folder != self.last_folder:
            self.set(LAST_FOLDER_KEY, folder)

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

    def update_device(self, site_code: str, device_name: str) -> Device:
        """Set the collecting site's code and this laptop's name (e.g. "Bàn tiếp đón 1")."""
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
