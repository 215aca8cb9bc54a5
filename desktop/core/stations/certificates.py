"""The certificate desk: issuing, reprinting and voiding certificates, and the register.

Issuing is three steps, so that a serial is never given twice whatever fails on the
way: ``reserve`` checks the donations, takes their serials and enters them in the
register as *reserved*, in one transaction, before anything is printed; once the pages
are printed (or saved) ``confirm`` issues them; a batch that never reached the printer
is ``abandon``-ed: its reservations are voided with the reason. A reservation left by a
crash stays in the register as "reserved, never confirmed" until someone voids it.
``plan`` gives the same pages without writing anything (a preview). A voided
certificate keeps its serial.
"""

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import minisign
from sqlite_utils import Database

from db import certificates as certificate_queries
from db import donors as donor_queries
from db import drives as drive_queries
from db.records import Writer, write_transaction
from desktop.core.domain.audit_notes import AuditNote as N
from desktop.core.domain.audit_notes import audit_note
from desktop.core.domain.dates import from_iso
from desktop.core.domain.desk import ticket_of
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.records import Drive
from desktop.core.domain.text import REASON_MAX, clean_line, required_reason
from desktop.core.domain.vocabulary import (
    AuditAction,
    CertificateMode,
    CertificateStatus,
    DonationOutcome,
    DonationType,
    StaffRole,
)
from desktop.core.eligibility.provider import RuleSetProvider
from desktop.core.foundation.base_service import Service
from desktop.core.foundation.events import EventBus, Topic
from desktop.core.foundation.secrets import device_secret_key
from desktop.core.foundation.session import Session
from desktop.core.foundation.settings import SettingsService
from desktop.core.lifecycle.machines import CERTIFICATE_IN_FORCE, CERTIFICATES
from desktop.core.stations.certificate_register import register_rows, write_register_csv
from desktop.core.stations.certificate_serials import (
    serials_for,
)
from desktop.core.stations.certificate_signature import SEPARATOR, SignedFields, qr_text
from desktop.core.stations.din_allocation import DESTINATIONS
from printing.certificate_data import CertificateData

if TYPE_CHECKING:  # they load reportlab: imported where they are made
    from printing.register import RegisterRow
    from printing.slip import SlipData

OFFSET_PREFIX = "overlay_offset:"
MAX_OFFSET_MM = 20.0


PAPER_KEY = "certificate_paper"
DEFAULT_PAPER = CertificateMode.OVERLAY  # the nationally printed forms are the normal case
DESTINATION_KEY = "certificate_destination"


@dataclass(frozen=True)
class CertificateEntry:
    """A complete donation of the drive and its certificate in force (reserved or
    issued), if any."""

    donation_id: str
    ticket: str  # B12
    full_name: str
    din: str
    volume_ml: int
    certificate_id: str | None
    serial: str | None
    mode: str | None
    print_count: int
    status: CertificateStatus | None = None

    @property
    def pending(self) -> bool:
        return self.certificate_id is None

    @property
    def reserved(self) -> bool:
        """Its serial was reserved but its printing never confirmed."""
        return self.status == CertificateStatus.RESERVED


@dataclass(frozen=True)
class Planned:
    """A certificate ready to print: only planned (``certificate_id`` None) or reserved
    in the register under that id."""

    donation_id: str
    serial: str
    mode: str
    ordinal: int
    code: str
    data: CertificateData
    certificate_id: str | None = None


class CertificateService(Service):
    def __init__(
        self,
        db: Database,
        bus: EventBus,
        session: Session,
        settings: SettingsService,
        rules: RuleSetProvider,
    ) -> None:
        super().__init__(db, bus, session)
        self.settings = settings
        self.rules = rules

    # --- settings ---------------------------------------------------------------------

    @property
    def facility(self) -> str:
        return self.settings.facility

    @property
    def center_contact(self) -> str:
        return self.settings.center_contact

    def set_texts(self, facility: str, contact: str) -> None:
        """The collecting facility's name and the contact line on the thank-you slip."""
        self.session.require(StaffRole.ADMIN)
        self.settings.set_site_texts(facility, contact)

    def overlay_offset(self, printer: str) -> tuple[float, float]:
        value = self.settings.get(OFFSET_PREFIX + printer)
        if not value:
            return (0.0, 0.0)
        x, y = value.split(",")
        return (float(x), float(y))

    def set_overlay_offset(self, printer: str, x_mm: float, y_mm: float) -> None:
        """Where the values land on the forms in this printer, saved per printer."""
        if max(abs(x_mm), abs(y_mm)) > MAX_OFFSET_MM:
            raise UserError(Problem("offset_range", {"max": MAX_OFFSET_MM}, "offset"))
        self.settings.set_preference(OFFSET_PREFIX + printer, f"{x_mm:g},{y_mm:g}")

    @property
    def paper(self) -> CertificateMode:
        """The paper last chosen at the desk (pre-printed forms unless chosen)."""
        value = self.settings.get(PAPER_KEY)
        return CertificateMode(value) if value in frozenset(CertificateMode) else DEFAULT_PAPER

    def set_paper(self, mode: str) -> None:
        if mode != self.paper:
            self.settings.set_preference(PAPER_KEY, CertificateMode(mode))

    @property
    def destination(self) -> str:
        """Where the desk's pages went last: "print" (the printer, unless chosen) or "pdf"."""
        value = self.settings.get(DESTINATION_KEY)
        return value if value in DESTINATIONS else DESTINATIONS[0]

    def set_destination(self, destination: str) -> None:
        if destination not in DESTINATIONS:
            raise ValueError(destination)
        if destination != self.destination:
            self.settings.set_preference(DESTINATION_KEY, destination)

    def _secret(self) -> minisign.SecretKey:
        """This device's signing key: it signs the certificates' QR (HMTN2)."""
        return device_secret_key(self.db)

    # --- the drive's certificates -----------------------------------------------------

    def entries(self, drive: Drive) -> list[CertificateEntry]:
        return [
            CertificateEntry(
                donation_id=row["donation_id"],
                ticket=ticket_of(row),
                full_name=row["full_name"],
                din=row["din"] or "",
                volume_ml=row["volume_ml"] or 0,
                certificate_id=row["certificate_id"],
                serial=row["serial"],
                mode=row["mode"],
                print_count=row["print_count"] or 0,
                status=CertificateStatus(row["certificate_status"])
                if row["certificate_status"]
                else None,
            )
            for row in certificate_queries.donations_with_certificate(
                self.db, drive.id, DonationOutcome.COMPLETE, CERTIFICATE_IN_FORCE
            )
        ]

    def plan(
        self,
        drive: Drive,
        donation_ids: list[str],
        mode: str,
        first_serial: str | None = None,
    ) -> list[Planned]:
        """The certificates to print for these donations, checked; nothing is written.

        Blank paper gets the site's next serials; pre-printed forms are a stack with
        consecutive serials starting at ``first_serial``."""
        if mode not in frozenset(CertificateMode):
            raise ValueError(mode)
        if not donation_ids:
            return []
        facility = self.facility
        if not facility:
            raise UserError(Problem("facility_missing"))
        rows = [self._donation(drive, donation_id) for donation_id in donation_ids]
        donors = donor_queries.by_ids(self.db, [row["donor_id"] for row in rows])
        serials = serials_for(
            self.db, mode, len(rows), first_serial, drive, desk_letter=self.settings.desk_letter
        )
        key = self._secret()
        return [
            self._planned(
                drive, row, donors[row["donor_id"]], serial, mode, key=key, facility=facility
            )
            for row, serial in zip(rows, serials, strict=True)
        ]

    def reserve(
        self,
        drive: Drive,
        donation_ids: list[str],
        mode: str,
        first_serial: str | None = None,
    ) -> list[Planned]:
        """Plan these certificates and enter them in the register as reserved, all in one
        transaction, before anything is printed: their serials are taken for good."""
        self.session.require(StaffRole.CERTIFICATE)
        with write_transaction(self.db, self.session.actor) as w:
            planned = self.plan(drive, donation_ids, mode, first_serial)
            reserved = []
            for item in planned:
                self._check_free(item.donation_id, item.serial)
                row = w.insert(
                    "certificate",
                    {
                        "donation_id": item.donation_id,
                        "serial": item.serial,
                        "mode": item.mode,
                        "status": CertificateStatus.RESERVED,
                        "printed_by": self.session.actor.staff_id,
                        "print_count": 0,
                        "ordinal": item.ordinal,
                        "integrity_code": item.code,
                    },
                    action="reserve",
                )
                reserved.append(replace(item, certificate_id=row["id"]))
        self.bus.publish(Topic.CERTIFICATES)
        return reserved

    def confirm(self, certificate_ids: Sequence[str], reprinted: Sequence[str] = ()) -> None:
        """The pages came out: issue the reserved certificates and count one more
        printing of the ``reprinted`` ones, all or none."""
        self.session.require(StaffRole.CERTIFICATE)
        refusal = Problem("certificate_not_reserved")
        with write_transaction(self.db, self.session.actor) as w:
            serials = {"issued": [], "reprinted": []}
            for certificate_id in reprinted:
                row = w.get("certificate", certificate_id)
                changes = {"print_count": row["print_count"] + 1}
                w.update("certificate", certificate_id, changes, action="reprint")
                serials["reprinted"].append(row["serial"])
            for certificate_id in certificate_ids:
                row = w.get("certificate", certificate_id)
                serials["issued"].append(row["serial"])
                changes = {
                    "printed_at": w.now,
                    "printed_by": self.session.actor.staff_id,
                    "print_count": 1,
                }
                CERTIFICATES.move(
                    w, row, CertificateStatus.ISSUED, refusal=refusal, changes=changes,
                    action="issue",
                )  # fmt: skip
            if certificate_ids or reprinted:  # the print run itself
                listed = {kind: ", ".join(numbers) for kind, numbers in serials.items()}
                note = audit_note(N.CERTIFICATES_PRINTED, **listed)
                w.log(AuditAction.PRINT, "certificate", "*", note)
        self.bus.publish(Topic.CERTIFICATES)

    def abandon(self, certificate_ids: Sequence[str], reason: str) -> int:
        """The batch never reached the printer: void those of its certificates still
        reserved, with the reason (their serials stay used); how many were voided."""
        self.session.require(StaffRole.CERTIFICATE)
        with write_transaction(self.db, self.session.actor) as w:
            # The reason is the app's own (an error, a cancel): cleaned and cut to length,
            # never refused.
            voided = void_reserved(w, certificate_ids, clean_line(reason)[:REASON_MAX] or "-")
        self.bus.publish(Topic.CERTIFICATES)
        return voided

    def reserved(self, drive: Drive) -> list[dict]:
        """The drive's certificates reserved and never confirmed (a crash, a lost job)."""
        return certificate_queries.in_status_for_drive(
            self.db, drive.id, CertificateStatus.RESERVED
        )

    def reprint_data(self, certificate_id: str) -> Planned:
        """The same certificate again (same serial), e.g. after a paper jam."""
        row = certificate_queries.get(self.db, certificate_id)
        if row is None or row["status"] != CertificateStatus.ISSUED:
            raise UserError(Problem("certificate_not_reprintable"))
        donation = certificate_queries.donation(self.db, row["donation_id"])
        drive = Drive.from_row(drive_queries.get(self.db, donation["drive_id"]))
        donor = donor_queries.get(self.db, donation["donor_id"])
        return self._planned(
            drive, donation, donor, row["serial"], row["mode"],
            key=self._secret(), facility=self.facility, ordinal=row["ordinal"],
        )  # fmt: skip

    def reprinted(self, certificate_id: str) -> None:
        self.confirm([], [certificate_id])

    def void(self, certificate_id: str, reason: str) -> None:
        """Void a certificate (spoilt form, wrong data, a reservation never printed);
        its serial stays used."""
        self.void_many([certificate_id], reason)

    def void_many(self, certificate_ids: list[str], reason: str) -> None:
        """Void several certificates with one reason, all or none."""
        self.session.require(StaffRole.CERTIFICATE)
        reason = required_reason(reason)
        refusal = Problem("certificate_not_reprintable")
        with write_transaction(self.db, self.session.actor) as w:
            for certificate_id in certificate_ids:
                row = w.get("certificate", certificate_id)
                changes = {"void_reason": reason}
                CERTIFICATES.move(
                    w, row, CertificateStatus.VOIDED, refusal=refusal, changes=changes,
                    action="void",
                )  # fmt: skip
        self.bus.publish(Topic.CERTIFICATES)

    # --- register and slips -----------------------------------------------------------

    def register(self, drive: Drive) -> "list[RegisterRow]":
        return register_rows(self.db, drive)

    def export_register(self, drive: Drive, path: str | Path) -> int:
        """The register as CSV for the center; returns the rows written."""
        return write_register_csv(self.register(drive), path)

    def slips(self, drive: Drive, donation_ids: list[str]) -> "list[SlipData]":
        from printing.slip import SlipData  # noqa: PLC0415 - reportlab, loaded when printing

        next_eligible = self.rules.current.next_eligible(drive.drive_date, DonationType.WHOLE_BLOOD)
        contact = self.center_contact
        rows = [self._donation(drive, donation_id) for donation_id in donation_ids]
        donors = donor_queries.by_ids(self.db, [row["donor_id"] for row in rows])
        return [
            SlipData(
                full_name=donors[row["donor_id"]]["full_name"],
                volume_ml=row["volume_ml"] or 0,
                donation_date=drive.drive_date,
                next_eligible=next_eligible,
                center_contact=contact,
                ordinal=donors[row["donor_id"]]["donation_count"],
            )
            for row in rows
        ]

    # --- helpers ----------------------------------------------------------------------

    def _donation(self, drive: Drive, donation_id: str) -> dict:
        row = certificate_queries.donation(self.db, donation_id)
        if row is None or row["drive_id"] != drive.id:
            raise UserError(Problem("donation_not_found"))
        if row["outcome"] != DonationOutcome.COMPLETE:
            raise UserError(Problem("certificate_not_complete", {"number": ticket_of(row)}))
        return row

    def _check_free(self, donation_id: str, serial: str) -> None:
        if certificate_queries.by_serial(self.db, serial):
            raise UserError(Problem("serial_used", {"value": serial}, "serial"))
        if self._in_force(donation_id):
            raise UserError(Problem("certificate_exists"))

    def _in_force(self, donation_id: str) -> dict | None:
        return certificate_queries.in_force_for(self.db, donation_id, CERTIFICATE_IN_FORCE)

    def _planned(
        self,
        drive: Drive,
        donation: dict,
        donor: dict,
        serial: str,
        mode: str,
        *,
        key: minisign.SecretKey,
        facility: str,
        ordinal: int | None = None,
    ) -> Planned:
        existing = self._in_force(donation["id"])
        if existing is not None and existing["serial"] != serial:
            raise UserError(Problem("certificate_exists", {"serial": existing["serial"]}))
        ordinal = ordinal or max(donor["donation_count"], 1)
        fields = SignedFields(
            site_code=self.settings.device().site_code or "",
            serial=serial,
            din=donation["din"] or "",
            volume_ml=donation["volume_ml"] or 0,
            donation_date=drive.drive_date,
            full_name=donor["full_name"],
        )
        payload = qr_text(key, fields)
        code = payload.rpartition(SEPARATOR)[2]  # the signature, kept in the register
        data = CertificateData(
            serial=serial,
            full_name=donor["full_name"],
            birth_date=from_iso(donor["birth_date"]),
            id_number=donor["national_id"] or donor["old_id"] or "",
            address=donor["address"],
            volume_ml=donation["volume_ml"] or 0,
            donation_date=drive.drive_date,
            ordinal=ordinal,
            drive_place=", ".join(p for p in (drive.place_name, drive.address) if p),
            organizer=drive.organizer,
            facility=facility,
            qr_payload=payload,
            issue_place=drive.province_name.removeprefix("Thành phố ").removeprefix("Tỉnh "),
        )
        return Planned(donation["id"], serial, mode, ordinal, code, data)


def void_reserved(w: Writer, certificate_ids: Sequence[str], reason: str) -> int:
    """Void those of these certificates still reserved (never confirmed printed), inside
    the caller's transaction; how many were voided."""
    voided = 0
    for certificate_id in certificate_ids:
        row = w.get("certificate", certificate_id)
        if row["status"] == CertificateStatus.RESERVED:
            CERTIFICATES.move(
                w, row, CertificateStatus.VOIDED, changes={"void_reason": reason}, note=reason,
                action="abandon",
            )  # fmt: skip
            voided += 1
    return voided
