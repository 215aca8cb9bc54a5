"""Every kind of event is in the audit trail with who, when, the record, the old and
new values and the reason where one is required (sign-in events are written by the
sign-in flow, backups by the backup service, through the same ``Writer.log``)."""

import datetime as dt
import json

import pytest

from db.audit_verify import verify
from desktop.core.domain.audit_notes import parse_note
from desktop.core.domain.vocabulary import AuditAction, CertificateMode, StaffRole
from desktop.core.jobs.certificates import CertificateJob
from desktop.core.jobs.labels import LabelJob
from desktop.core.stations.donors import DonorForm
from tests.exchange_fixtures import new_center_keys
from tests.factories import MALE, cccd_for, registry_row, write_registry
from tests.people import sign_in_as


@pytest.fixture
def admin(services):
    # one person doing every kind of thing, so that each entry names the same person
    return sign_in_as(services, *StaffRole, name="Nguyễn Thị Lan")


def entries(services, action: str, **where) -> list[dict]:
    sql = "SELECT * FROM audit_log WHERE action = ?"
    params: list = [action]
    for column, value in where.items():
        sql += f" AND {column} = ?"
        params.append(value)
    return list(services.db.query(sql + " ORDER BY chain_seq", params))


def by_admin(entry: dict, admin) -> bool:
    return entry["actor_id"] == admin.id and entry["actor_name"] == "Nguyễn Thị Lan" and entry["at"]


def test_each_kind_of_event_has_its_entry(services, drive, donors, admin, tmp_path):
    # a record created: its values
    form = DonorForm(national_id=cccd_for(dt.date(1990, 1, 1), MALE, 7), full_name="Trần Văn Bình",
                     birth_date="01/01/1990", sex=MALE, phone="")  # fmt: skip
    donor = services.donors.register(form, not_a_duplicate=True)  # by the person signed in
    (created,) = entries(services, AuditAction.INSERT, table_name="donor", record_id=donor.id)
    assert by_admin(created, admin) and json.loads(created["new_values"])["full_name"] == (
        "Trần Văn Bình"
    )
    # a record changed and voided, with the reason: old and new values
    visit = services.checkin.check_in(drive, donor).visit
    services.checkin.void_ticket(visit.id, "Nhập nhầm người")
    (voided,) = entries(services, AuditAction.VOID, table_name="visit", record_id=visit.id)
    assert by_admin(voided, admin) and voided["note"] == "Nhập nhầm người"
    assert json.loads(voided["old_values"])["status"] == "waiting_screening"
    assert json.loads(voided["new_values"])["status"] == "voided"
    # a print run of labels, one of certificates
    services.dins.set_fin("A1234")
    job = LabelJob.new(services.dins, drive, 3, "50x25", tubes=1)
    job.render(tmp_path / "labels.pdf")
    job.commit()
    (labels,) = entries(services, AuditAction.PRINT, table_name="drive", record_id=drive.id)
    assert by_admin(labels, admin) and parse_note(labels["note"])[1]["sets"] == "3"
    services.certificates.set_texts("Bệnh viện Bạch Mai", "")
    unit = _a_unit(services, drive, donors)
    certificates = CertificateJob.issue(services.certificates, drive, [unit], CertificateMode.BLANK)
    certificates.render(tmp_path / "certificates.pdf")
    certificates.commit()
    (printed,) = entries(services, AuditAction.PRINT, table_name="certificate")
    serial = services.db.execute("SELECT serial FROM certificate").fetchone()[0]
    assert by_admin(printed, admin) and parse_note(printed["note"])[1]["issued"] == serial
    # a rule set installed
    services.rules.store.restore_default(services.rules.shipped_identity())
    (rules,) = entries(services, AuditAction.RULE_SET_INSTALL)
    assert by_admin(rules, admin) and rules["record_id"] == services.rules.current.version
    # an import (the center's registry)
    row = registry_row()
    services.registry.import_file(write_registry(tmp_path / "registry.csv", [row]))
    (imported,) = entries(services, AuditAction.REGISTRY_IMPORT, record_id="*")
    assert by_admin(imported, admin) and "registry.csv" in imported["note"]
    # an export for the center
    services.settings.update_device("TTHH-HN", "Bàn tiếp đón 1")
    new_center_keys().install(services)
    stick = tmp_path / "USB"
    stick.mkdir()
    result = services.exports.export(stick)
    (exported,) = entries(services, AuditAction.EXPORT, table_name="export_log")
    assert by_admin(exported, admin) and result.path.name in exported["note"]
    assert result.sha256 in exported["note"]
    # and all of it chained, every action a known one
    assert verify(services.db).ok
    written = {a for (a,) in services.db.execute("SELECT DISTINCT action FROM audit_log")}
    assert written <= {str(a) for a in AuditAction}


def _a_unit(services, drive, donors) -> str:
    from desktop.core.domain.vocabulary import ScreeningDecision
    from desktop.core.stations.screening import DoctorDecision
    from tests.test_collection import HEALTHY, form

    donor = donors.register(name="Lê Thị Cúc")
    visit = services.checkin.check_in(drive, donor).visit
    choice = DoctorDecision(ScreeningDecision.ACCEPT, 450)
    services.screening.decide(visit.id, HEALTHY, choice, answers={})  # the admin: every role
    din = services.dins.allocate(drive, 1)[0].din
    return services.collection.record(visit.id, form(din.barcode_data)).id


def test_every_action_written_is_a_known_one(services, drive, donors, admin):
    donors.register(name="Phạm Văn Đức")
    written = {a for (a,) in services.db.execute("SELECT DISTINCT action FROM audit_log")}
    assert written <= {str(a) for a in AuditAction}
