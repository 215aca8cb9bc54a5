"""One vocabulary and one owner of each state machine: the schema agrees with the enums,
and a move either carries its consequences for the other records or is refused."""

import datetime as dt
import re

import pytest

from db.connection import open_database
from desktop.core.domain.problems import UserError
from desktop.core.domain.vocabulary import (
    AssignmentStatus,
    BlockKind,
    BlockStatus,
    CenterImportStatus,
    CertificateMode,
    CertificateStatus,
    ConflictStatus,
    DeviceStatus,
    DinOrigin,
    DinStatus,
    DonationOutcome,
    DonationType,
    DriveStatus,
    FlagKind,
    HbsagResult,
    HoldReason,
    ImportStatus,
    InstallationRole,
    LabConflictKind,
    LabConflictStatus,
    LabResultStatus,
    LabValue,
    NoticeStatus,
    NotifyMethod,
    QuarantineReason,
    QuarantineStatus,
    RecordSource,
    RedirectReason,
    ReserveBasis,
    ReservedKind,
    ReviewStatus,
    ScreeningDecision,
    Sex,
    StaffRole,
    StartedStatus,
    VisitStatus,
)
from desktop.core.foundation.staff import LEGACY_ROLES
from desktop.core.jobs.certificates import CertificateJob
from desktop.core.lifecycle.machines import MACHINES
from desktop.core.stations.screening import DoctorDecision
from tests.factories import MALE
from tests.test_collection import FIN, HEALTHY, codes, form
from tests.test_collection import staff as staff_fixture

staff = staff_fixture  # a doctor and a nurse

SCHEMA_ENUMS = {
    ("visit", "status"): VisitStatus,
    ("donation", "outcome"): DonationOutcome,
    ("started_donation", "status"): StartedStatus,
    ("donation", "donation_type"): DonationType,
    ("donor", "last_donation_type"): DonationType,
    ("donor", "registry_last_donation_type"): DonationType,
    ("donor", "sex"): Sex,
    ("donor", "source"): RecordSource,
    ("din", "status"): DinStatus,
    ("din", "origin"): DinOrigin,
    ("certificate", "status"): CertificateStatus,
    ("certificate", "mode"): CertificateMode,
    ("drive", "status"): DriveStatus,
    ("staff_role", "role"): StaffRole,
    ("screening", "decision"): ScreeningDecision,
    ("screening", "hbsag"): HbsagResult,
    ("registry_import", "status"): ImportStatus,
    ("installation", "role"): InstallationRole,
    ("device", "status"): DeviceStatus,
    ("merge_conflict", "status"): ConflictStatus,
    ("quarantine", "reason"): QuarantineReason,
    ("quarantine", "status"): QuarantineStatus,
    ("person_review", "status"): ReviewStatus,
    ("donor_redirect", "reason"): RedirectReason,
    ("merge_hold", "reason"): HoldReason,
    ("merge_flag", "kind"): FlagKind,
    ("center_import", "status"): CenterImportStatus,
    ("drive_assignment", "status"): AssignmentStatus,
    ("number_block", "kind"): BlockKind,
    ("number_block", "status"): BlockStatus,
    ("lab_result", "hbsag"): LabValue,
    ("lab_result", "anti_hcv"): LabValue,
    ("lab_result", "anti_hiv"): LabValue,
    ("lab_result", "syphilis"): LabValue,
    ("lab_result", "nat"): LabValue,
    ("lab_result", "status"): LabResultStatus,
    ("lab_conflict", "kind"): LabConflictKind,
    ("lab_conflict", "status"): LabConflictStatus,
    ("lab_notice", "status"): NoticeStatus,
    ("lab_notice", "method"): NotifyMethod,
    ("reserved_number", "kind"): ReservedKind,
    ("reserved_number", "basis"): ReserveBasis,
}


def check_list(sql: str, column: str) -> set[str]:
    """The values a ``CHECK (column IN (...))`` of a CREATE TABLE statement allows."""
    match = re.search(rf"\b{column}\b[^,]*?CHECK \({column} IN \(([^)]*)\)\)", sql, re.S)
    assert match, f"no CHECK list for {column}"
    return set(re.findall(r"'([^']*)'", match.group(1)))


def test_the_schemas_check_lists_are_the_enums(tmp_path):
    db = open_database(tmp_path / "schema.sqlite3")
    tables = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"))
    for (table, column), enum in SCHEMA_ENUMS.items():
        assert check_list(tables[table], column) == {m.value for m in enum}, (table, column)
    db.close()


def test_the_frozen_staff_role_column_keeps_the_roles_it_had(tmp_path):
    """``staff.role`` (one role a person, before ``staff_role``) is no longer read; its
    CHECK list stays the five roles it always allowed (db.schema m0022)."""
    db = open_database(tmp_path / "schema.sqlite3")
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'staff'").fetchone()[0]
    assert check_list(sql, "role") == {str(role) for role in LEGACY_ROLES}
    assert set(LEGACY_ROLES) == set(StaffRole) - {StaffRole.CENTER}
    db.close()


def test_every_machine_knows_every_state_and_moves_only_between_them():
    for machine in MACHINES:
        assert set(machine.moves) == set(machine.states), machine.table
        for targets in machine.moves.values():
            assert targets <= set(machine.states), machine.table


@pytest.fixture
def given_blood(services, drive, donors, staff):
    """A donor with an earlier donation accepted, bled (450 ml, complete) and given a
    certificate on blank paper; returns (visit, donation, certificate id)."""
    services.dins.set_fin(FIN)
    services.certificates.set_texts("Bệnh viện Bạch Mai", "")
    donor = donors.register("Phạm Văn Đức", dt.date(1990, 5, 15), MALE)
    earlier = dt.date(2026, 3, 2)
    services.db.execute(
        "UPDATE donor SET last_donation_date = ?1, donation_count = 3,"
        " registry_last_donation_date = ?1, registry_donation_count = 3 WHERE id = ?2",
        [earlier.isoformat(), donor.id],  # the history the registry gave
    )
    donor = services.donors.get(donor.id)
    visit = services.checkin.check_in(drive, donor).visit
    choice = DoctorDecision(ScreeningDecision.ACCEPT, 450)
    services.screening.decide(visit.id, HEALTHY, choice, answers={})
    din = services.dins.allocate(drive, 1)[0].din
    unit = services.collection.record(visit.id, form(din.barcode_data))
    [certificate_id] = CertificateJob.issue(
        services.certificates, drive, [unit.id], CertificateMode.BLANK
    ).commit()
    return visit, unit, certificate_id


def certificate_status(services, certificate_id: str) -> str:
    return services.db.execute(
        "SELECT status, void_reason FROM certificate WHERE id = ?", [certificate_id]
    ).fetchone()


def test_not_collected_after_all_carries_every_consequence(services, drive, given_blood):
    visit, unit, certificate_id = given_blood
    donor = services.donors.get(visit.donor_id)
    assert (donor.donation_count, donor.last_donation_date) == (4, drive.drive_date)
    reason = "Túi bị vỡ, không lấy được máu"
    services.reconciliation.amend_donation(
        unit.id, {"outcome": DonationOutcome.NOT_COLLECTED, "volume_ml": "450"}, reason
    )
    amended = services.collection.donation(unit.id)
    assert (amended.outcome, amended.volume_ml) == (DonationOutcome.NOT_COLLECTED, None)
    assert services.dins.record(unit.din).status == DinStatus.VOIDED
    assert services.dins.record(unit.din).void_reason == reason
    assert certificate_status(services, certificate_id) == (CertificateStatus.VOIDED, reason)
    ticket = services.db.execute("SELECT status FROM visit WHERE id = ?", [visit.id]).fetchone()
    assert ticket[0] == VisitStatus.NOT_COLLECTED
    donor = services.donors.get(visit.donor_id)
    assert (donor.donation_count, donor.last_donation_date) == (3, dt.date(2026, 3, 2))


def test_out_of_complete_voids_the_certificate_but_keeps_the_unit(services, given_blood):
    visit, unit, certificate_id = given_blood
    services.reconciliation.amend_donation(
        unit.id, {"outcome": DonationOutcome.INCOMPLETE, "volume_ml": "200"}, "Chỉ được 200 ml"
    )
    assert certificate_status(services, certificate_id)[0] == CertificateStatus.VOIDED
    assert services.dins.record(unit.din).status == DinStatus.USED
    assert services.donors.get(visit.donor_id).donation_count == 3


def test_a_unit_with_blood_in_it_needs_a_volume(services, given_blood):
    _visit, unit, certificate_id = given_blood
    with pytest.raises(UserError) as refused:
        services.reconciliation.amend_donation(unit.id, {"volume_ml": ""}, "Xoá thể tích")
    assert codes(refused.value) == ["required"]
    assert services.collection.donation(unit.id).volume_ml == 450
    assert certificate_status(services, certificate_id)[0] == CertificateStatus.ISSUED


def test_not_collected_is_final(services, given_blood):
    _visit, unit, _certificate = given_blood
    services.reconciliation.amend_donation(
        unit.id, {"outcome": DonationOutcome.NOT_COLLECTED}, "Không lấy được máu"
    )
    with pytest.raises(UserError) as refused:
        services.reconciliation.amend_donation(
            unit.id, {"outcome": DonationOutcome.COMPLETE, "volume_ml": "450"}, "Nhầm"
        )
    assert codes(refused.value) == ["outcome_not_amendable"]
    assert services.collection.donation(unit.id).outcome == DonationOutcome.NOT_COLLECTED


def test_a_unit_recorded_as_not_collected_voids_the_scanned_din(services, drive, donors, staff):
    services.dins.set_fin(FIN)
    donor = donors.register("Lê Văn Tám", dt.date(1988, 1, 9), MALE)
    visit = services.checkin.check_in(drive, donor).visit
    choice = DoctorDecision(ScreeningDecision.ACCEPT, 350)
    services.screening.decide(visit.id, HEALTHY, choice, answers={})
    din = services.dins.allocate(drive, 1)[0].din
    empty = form(din.barcode_data, outcome="not_collected", volume_ml="")
    services.collection.record(visit.id, empty)
    assert services.dins.record(din.number).status == DinStatus.VOIDED
    assert services.donors.get(donor.id).last_donation_date is None


def test_a_ticket_issued_by_mistake_is_voided_and_the_donor_checked_in_again(
    services, drive, donors
):
    donor = donors.register("Nguyễn Văn Nam", dt.date(1995, 7, 1), MALE)
    first = services.checkin.check_in(drive, donor).visit
    with pytest.raises(UserError):
        services.checkin.void_ticket(first.id, "  ")
    services.checkin.void_ticket(first.id, "Nhầm người: chọn sai kết quả tìm kiếm")
    assert services.checkin.waiting_for_screening(drive) == []
    assert VisitStatus.VOIDED not in services.checkin.counts(drive)
    again = services.checkin.check_in(drive, donor)
    assert again.created and again.visit.queue_no == first.queue_no + 1
    with pytest.raises(UserError) as refused:
        services.checkin.void_ticket(first.id, "Lần nữa")
    assert codes(refused.value) == ["ticket_not_voidable"]


def test_the_reason_a_donor_left_is_not_a_void(services, drive, donors):
    donor = donors.register("Trần Thị Mai", dt.date(1993, 2, 2), "F")
    visit = services.checkin.check_in(drive, donor).visit
    services.reconciliation.mark_left(visit.id, "Bận việc, xin về")
    row = services.db.execute(
        "SELECT status, left_reason, void_reason FROM visit WHERE id = ?", [visit.id]
    ).fetchone()
    assert tuple(row) == (VisitStatus.LEFT, "Bận việc, xin về", None)
