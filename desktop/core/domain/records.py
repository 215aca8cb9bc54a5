"""Plain records handed from the core to the screens (no database or Qt types)."""

import datetime as dt
import json
from dataclasses import dataclass, field

from desktop.core.domain.answers import Answers, decode
from desktop.core.domain.dates import from_iso
from desktop.core.domain.desk import DEFAULT_DESK_LETTER, ticket_number
from desktop.core.domain.donor_facts import DonorFacts
from desktop.core.domain.problems import Problem
from desktop.core.domain.vocabulary import DriveStatus, StaffRole


@dataclass(frozen=True)
class Donor:
    id: str
    national_id: str | None
    old_id: str | None
    full_name: str
    birth_date: dt.date
    sex: str
    address: str
    phone: str
    abo: str
    rh: str
    donation_count: int
    last_donation_date: dt.date | None
    last_donation_type: str | None
    deferral_until: dt.date | None
    deferral_permanent: bool
    deferral_reason: str
    rare_blood: bool
    reserve_club: bool
    source: str

    @classmethod
    def from_row(cls, row: dict) -> "Donor":
        return cls(
            id=row["id"],
            national_id=row["national_id"],
            old_id=row["old_id"],
            full_name=row["full_name"],
            birth_date=from_iso(row["birth_date"]),
            sex=row["sex"],
            address=row["address"],
            phone=row["phone"],
            abo=row["abo"],
            rh=row["rh"],
            donation_count=row["donation_count"],
            last_donation_date=from_iso(row["last_donation_date"]),
            last_donation_type=row["last_donation_type"],
            deferral_until=from_iso(row["deferral_until"]),
            deferral_permanent=bool(row["deferral_permanent"]),
            deferral_reason=row["deferral_reason"],
            rare_blood=bool(row["rare_blood"]),
            reserve_club=bool(row["reserve_club"]),
            source=row["source"],
        )

    @property
    def blood_group(self) -> str:
        """ "A+", "O-", "AB", or "" when the group is not known."""
        return f"{self.abo}{self.rh}" if self.abo else ""

    @property
    def facts(self) -> DonorFacts:
        """What eligibility reasons about (the rule set in force decides with it)."""
        return DonorFacts(
            sex=self.sex,
            birth_date=self.birth_date,
            last_donation_date=self.last_donation_date,
            last_donation_type=self.last_donation_type,
            deferral_until=self.deferral_until,
            deferral_permanent=self.deferral_permanent,
            deferral_reason=self.deferral_reason,
        )


@dataclass(frozen=True)
class Drive:
    id: str
    code: str
    drive_date: dt.date
    place_name: str
    province_code: str
    province_name: str
    ward_code: str
    ward_name: str
    street_address: str
    organizer: str
    campaign: str
    campaign_other: str
    target_units: int
    status: str
    checked_in: int = 0

    @classmethod
    def from_row(cls, row: dict) -> "Drive":
        return cls(
            id=row["id"],
            code=row["code"],
            drive_date=from_iso(row["drive_date"]),
            place_name=row["place_name"],
            province_code=row["province_code"],
            province_name=row["province_name"],
            ward_code=row["ward_code"],
            ward_name=row["ward_name"],
            street_address=row["street_address"],
            organizer=row["organizer"],
            campaign=row["campaign"],
            campaign_other=row["campaign_other"],
            target_units=row["target_units"],
            status=row["status"],
            checked_in=row.get("checked_in") or 0,
        )

    @property
    def is_open(self) -> bool:
        return self.status == DriveStatus.OPEN

    @property
    def address(self) -> str:
        parts = (self.street_address, self.ward_name, self.province_name)
        return ", ".join(part for part in parts if part)


@dataclass(frozen=True)
class Visit:
    """A donor's ticket at a drive."""

    id: str
    drive_id: str
    donor_id: str
    queue_no: int
    checked_in_at: str
    status: str
    warnings: list[Problem] = field(default_factory=list)
    queue_letter: str = DEFAULT_DESK_LETTER  # the check-in desk's letter

    @property
    def ticket(self) -> str:
        """The ticket number as shown and printed: ``B12``."""
        return ticket_number(self.queue_letter, self.queue_no)

    @classmethod
    def from_row(cls, row: dict) -> "Visit":
        return cls(
            id=row["id"],
            drive_id=row["drive_id"],
            donor_id=row["donor_id"],
            queue_no=row["queue_no"],
            checked_in_at=row["checked_in_at"],
            status=row["status"],
            warnings=[Problem(w["code"], w["params"]) for w in json.loads(row["warnings"])],
            queue_letter=row["queue_letter"],
        )


@dataclass(frozen=True)
class QueueEntry:
    visit: Visit
    full_name: str
    birth_date: dt.date
    sex: str
    blood_group: str
    donation_count: int
    approved_volume_ml: int | None = None
    decision: str | None = None
    deferral_until: dt.date | None = None
    overridden: bool = False
    questionnaire_recorded: bool = False  # the answers are in, with who and when

    @classmethod
    def from_row(cls, row: dict) -> "QueueEntry":
        """From a visit row joined with its donor (and, if screened, the decision)."""
        return cls(
            visit=Visit.from_row(row),
            full_name=row["full_name"],
            birth_date=from_iso(row["birth_date"]),
            sex=row["sex"],
            blood_group=f"{row['abo']}{row['rh']}" if row["abo"] else "",
            donation_count=row["donation_count"],
            approved_volume_ml=row.get("volume_ml"),
            decision=row.get("decision"),
            deferral_until=from_iso(row.get("deferral_until")),
            overridden=bool(row.get("overridden_rules")),
            questionnaire_recorded=row.get("questionnaire_at") is not None,
        )


@dataclass(frozen=True)
class ScreeningRecord:
    """A visit's screening: the answers, the measurements and the decision, if made."""

    id: str
    visit_id: str
    answers: Answers
    questionnaire_by: str  # name of who recorded the answers
    questionnaire_at: str | None
    weight_kg: float | None
    systolic: int | None
    diastolic: int | None
    pulse: int | None
    pulse_regular: bool | None
    hb_g_l: int | None
    hb_method: str | None
    hbsag: str | None
    temperature_c: float | None
    proposed_decision: str | None
    proposed_volume_ml: int | None
    findings: list[dict]
    decision: str | None
    volume_ml: int | None
    deferral_until: dt.date | None
    deferral_reason: str
    override_reason: str | None
    overridden_rules: list[str]
    doctor_name: str
    rule_set_version: str | None
    decided_at: str | None
    rule_set_sha256: str | None = None  # the content of the rule set, with its version

    @classmethod
    def from_row(cls, row: dict) -> "ScreeningRecord":
        regular = row["pulse_regular"]
        return cls(
            id=row["id"],
            visit_id=row["visit_id"],
            answers=decode(row["questionnaire"]),
            questionnaire_by=row.get("questionnaire_by_name") or "",
            questionnaire_at=row["questionnaire_at"],
            weight_kg=row["weight_kg"],
            systolic=row["systolic"],
            diastolic=row["diastolic"],
            pulse=row["pulse"],
            pulse_regular=None if regular is None else bool(regular),
            hb_g_l=row["hb_g_l"],
            hb_method=row["hb_method"],
            hbsag=row["hbsag"],
            temperature_c=row["temperature_c"],
            proposed_decision=row["proposed_decision"],
            proposed_volume_ml=row["proposed_volume_ml"],
            findings=json.loads(row["reasons"] or "[]"),
            decision=row["decision"],
            volume_ml=row["volume_ml"],
            deferral_until=from_iso(row["deferral_until"]),
            deferral_reason=row.get("deferral_reason") or "",
            override_reason=row["override_reason"],
            overridden_rules=json.loads(row.get("overridden_rules") or "[]"),
            doctor_name=row.get("doctor_name") or "",
            rule_set_version=row["rule_set_version"],
            decided_at=row["decided_at"],
            rule_set_sha256=row.get("rule_set_sha256"),
        )


@dataclass(frozen=True)
class Staff:
    id: str
    full_name: str
    roles: frozenset[StaffRole] = frozenset()  # what they may do (table staff_role)
    active: bool = True  # a person who left is deactivated, never deleted

    @classmethod
    def from_row(cls, row: dict) -> "Staff":
        held = json.loads(row.get("roles") or "[]")
        return cls(
            id=row["id"],
            full_name=row["full_name"],
            roles=frozenset(StaffRole(role) for role in held),
            active=bool(row.get("active", 1)),
        )

    def holds(self, *roles: StaffRole) -> bool:
        return not self.roles.isdisjoint(roles)

    def ordered_roles(self) -> list[StaffRole]:
        """The roles held, in the vocabulary's order (how they are listed)."""
        return [role for role in StaffRole if role in self.roles]
