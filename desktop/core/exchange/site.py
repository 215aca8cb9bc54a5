"""This laptop's side of the exchange: the center's public keys, the enrolment file,
a new incarnation by hand."""

import json
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from db import devices as device_queries
from db.records import write_transaction
from desktop.core.domain.audit_notes import AuditNote as N
from desktop.core.domain.audit_notes import audit_note
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.vocabulary import InstallationRole, StaffRole
from desktop.core.exchange import incarnation
from desktop.core.exchange.durable import replace_atomically
from desktop.core.exchange.enrolment import ENROLMENT_FILE, PUBLIC_KEY_FILE, Enrolment
from desktop.core.exchange.keys import (
    device_recipient,
    device_signing_key,
    fingerprint,
    key_id,
    parse_recipient,
    parse_signing_key,
    public_key_file,
)
from desktop.core.foundation.base_service import Service, storage_refusals
from desktop.core.foundation.events import EventBus, Topic
from desktop.core.foundation.session import Session
from desktop.core.foundation.settings import SettingsService
from desktop.core.stations.din_allocation import FIN_KEY

CENTER_RECIPIENT_KEY = "center_age_recipient"
ESCROW_RECIPIENT_KEY = "escrow_age_recipient"
CENTER_SIGNING_KEY = "center_signing_key"
CENTER_FILES = {  # file in the center's folder -> how its key is read
    "center.pub": parse_recipient,
    "escrow.pub": parse_recipient,
    "center.minisign.pub": parse_signing_key,
}


@dataclass(frozen=True)
class CenterKeys:
    """The center's public keys as a site holds them."""

    center_recipient: str
    escrow_recipient: str
    signing_key: str

    def fingerprints(self) -> dict[str, str]:
        """File name -> fingerprint, in the order people compare them."""
        return {
            "center.pub": fingerprint(self.center_recipient),
            "escrow.pub": fingerprint(self.escrow_recipient),
            "center.minisign.pub": fingerprint(self.signing_key),
        }


def read_center_keys(folder: Path) -> CenterKeys:
    """The three public keys ``hmtn center init`` wrote to ``folder``; UserError says
    which file is missing or is not a key."""
    keys = []
    for name, parse in CENTER_FILES.items():
        path = Path(folder) / name
        try:
            keys.append(parse(path.read_text(encoding="utf-8")))
        except FileNotFoundError as error:
            raise UserError(Problem("center_key_missing", {"file": str(path)})) from error
        except (OSError, UnicodeDecodeError, ValueError) as error:
            raise UserError(Problem("center_key_bad", {"file": str(path)})) from error
    if keys[0] == keys[1]:
        raise UserError(Problem("center_key_bad", {"file": str(Path(folder) / "escrow.pub")}))
    return CenterKeys(*keys)


class IdentityService(Service):
    def __init__(
        self, db: Database, bus: EventBus, session: Session, settings: SettingsService
    ) -> None:
        super().__init__(db, bus, session)
        self.settings = settings

    def center_keys(self) -> CenterKeys | None:
        """The center's public keys installed here; None before ``set_center``."""
        values = [
            self.settings.get(key)
            for key in (CENTER_RECIPIENT_KEY, ESCROW_RECIPIENT_KEY, CENTER_SIGNING_KEY)
        ]
        return CenterKeys(*values) if all(values) else None

    @staticmethod
    def read_center_keys(folder: Path) -> CenterKeys:
        return read_center_keys(folder)

    def set_center(self, keys: CenterKeys) -> None:
        """Install the center's public keys (all three or none); the center's own
        database keeps the keys ``init`` made."""
        self.session.require(StaffRole.ADMIN)
        self._refuse_on_center()
        with storage_refusals(), self.all_or_nothing():
            self.settings.set(CENTER_RECIPIENT_KEY, keys.center_recipient)
            self.settings.set(ESCROW_RECIPIENT_KEY, keys.escrow_recipient)
            self.settings.set(CENTER_SIGNING_KEY, keys.signing_key)

    def _refuse_on_center(self) -> None:
        if self.settings.device().role == InstallationRole.CENTER:
            raise UserError(Problem("center_already"))

    def signing_key(self) -> str:
        """This device's public signing key (its key pair is made on first use)."""
        return device_signing_key(self.db)

    def enrolment(self) -> Enrolment:
        """What the enrolment file says about this device; UserError until the site
        code and the FIN are set."""
        self._refuse_on_center()
        device = self.settings.device()
        fin = self.settings.get(FIN_KEY) or ""
        if not device.site_code or not fin:
            raise UserError(Problem("enrolment_needs_setup"))
        desk = self.settings.desk_numbers()
        signing_key = self.signing_key()
        return Enrolment(
            site_code=device.site_code,
            device_id=device.device_id,
            device_name=device.device_name,
            incarnation=device.incarnation,
            epoch=device.epoch,
            desk_letter=desk.letter,
            din_block_first=desk.din_block_first,
            din_block_last=desk.din_block_last,
            fin=fin,
            signing_key=signing_key,
            key_id=key_id(signing_key),
            recipient=device_recipient(self.db),
        )

    def enrol(self, folder: Path) -> Enrolment:
        """Write ``enrolment.json`` and ``device.minisign.pub`` to ``folder`` (refused
        where another device's enrolment lies) and record this device among the known
        ones."""
        self.session.require(StaffRole.ADMIN)
        enrolment = self.enrolment()
        folder = Path(folder)
        _refuse_other_device(folder / ENROLMENT_FILE, enrolment.device_id)
        self._record(enrolment)
        folder.mkdir(parents=True, exist_ok=True)
        _write(folder / PUBLIC_KEY_FILE, public_key_file(enrolment.signing_key))
        _write(folder / ENROLMENT_FILE, enrolment.to_json())
        return enrolment

    def _record(self, e: Enrolment) -> None:
        values = {
            "site_code": e.site_code,
            "device_name": e.device_name,
            "desk_letter": e.desk_letter,
            "fin": e.fin,
            "din_block_first": e.din_block_first,
            "din_block_last": e.din_block_last,
            "signing_key": e.signing_key,
            "key_id": e.key_id,
            "recipient": e.recipient,
        }
        with write_transaction(self.db, self.session.actor) as w:
            if (row := device_queries.get(self.db, e.device_id)) is None:
                w.insert("device", {"id": e.device_id, **values, "enrolled_at": w.now})
            else:
                w.update("device", row["id"], values)
        self.bus.publish(Topic.SETTINGS)

    def new_incarnation(self) -> incarnation.RestoreCheck:
        """Start a new incarnation by hand (after restoring a backup the app could not
        recognise as one); audited. A laptop's: the center's own change numbers stay
        in one epoch, so that its later decisions supersede its earlier ones."""
        self.session.require(StaffRole.ADMIN)
        self._refuse_on_center()
        row = incarnation.new_incarnation(
            self.db, self.session.actor, audit_note(N.INCARNATION_BY_HAND)
        )
        self.bus.publish(Topic.SETTINGS)
        marker = incarnation.read_marker(row["device_id"])
        first = marker.export_number + 1 if marker else 1
        return incarnation.RestoreCheck(True, row["incarnation"], row["epoch"], first)


def _refuse_other_device(path: Path, device_id: str) -> None:
    try:
        other = json.loads(path.read_text(encoding="utf-8")).get("device_id")
    except (OSError, ValueError, AttributeError):
        return  # no enrolment there (or not one: it is replaced)
    if other != device_id:
        raise UserError(Problem("enrolment_other_device", {"file": str(path)}))


def _write(path: Path, text: str) -> None:
    """Replace ``path`` atomically (a stick pulled out leaves the old file or the new)."""
    replace_atomically(path, text.encode("utf-8"))
