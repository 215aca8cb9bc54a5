"""Who may do what, checked by the core for every write: each write refused to a person
holding every other role (the problem names the roles it needs, and nothing is written:
no row, no audit entry) and done for a person holding only one of them."""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from desktop.core.domain import places
from desktop.core.domain.problems import UserError
from desktop.core.domain.vocabulary import CertificateMode, DiscrepancyKind, StaffRole
from desktop.core.stations.collection import DonationForm
from desktop.core.stations.donors import DonorForm
from desktop.core.stations.drives import DriveForm
from desktop.core.stations.screening import DoctorDecision
from tests.factories import MALE, cccd_for
from tests.people import person, sign_in_as
from tests.test_collection import FIN, HEALTHY

ADMIN, CLERK, DOCTOR = StaffRole.ADMIN, StaffRole.CLERK, StaffRole.DOCTOR
NURSE, CERTIFICATE, CENTER = StaffRole.NURSE, StaffRole.CERTIFICATE, StaffRole.CENTER
END_OF_DAY = (CERTIFICATE, ADMIN)


@dataclass
class Scene:
    """A drive with a donor waiting, one accepted (bled with a unit and a certificate
    reserved), and a spare DIN: every station's write has something to act on."""

    services: object
    drive: object
    waiting: object
    accepted: object
    unit: object  # its certificate reserved
    unit_without: object  # no certificate yet
    certificate_id: str
    spare_din: object
    fresh_donor: object  # not checked in
    nurse: object


@pytest.fixture
def scene(services, drive, donors) -> Scene:
    services.dins.set_fin(FIN)
    services.certificates.set_texts("Bệnh viện Bạch Mai", "")
    waiting = services.checkin.check_in(drive, donors.register("Lê Văn Tâm")).visit
    accepted = services.checkin.check_in(drive, donors.register("Phạm Văn Đức")).visit
    services.screening.save_questionnaire(accepted.id, {})
    services.screening.decide(accepted.id, HEALTHY, DoctorDecision("accept", 450))
    dins = services.dins.allocate(drive, 3)
    units = []
    for name, din in (("Võ Thị Sáu", dins[0]), ("Trần Thị Lụa", dins[2])):
        bled = services.checkin.check_in(drive, donors.register(name, sex="F")).visit
        services.screening.save_questionnaire(bled.id, {})
        services.screening.decide(bled.id, HEALTHY, DoctorDecision("accept", 350))
        form = DonationForm(din=din.din.barcode_data, bag_type="triple", volume_ml="350",
                            started="09:05", ended="09:12")  # fmt: skip
        units.append(services.collection.record(bled.id, form))
    [reserved] = services.certificates.reserve(drive, [units[0].id], CertificateMode.BLANK)
    fresh = donors.register("Đỗ Văn Hùng")
    nurse = person(services, "Lê Thị Hồng", NURSE)
    return Scene(services, drive, waiting, accepted, units[0], units[1],
                 reserved.certificate_id, dins[1], fresh, nurse)  # fmt: skip


def drive_form(code: str = "HM261125") -> DriveForm:
    hanoi = places.province("1")
    ward = next(w for w in places.wards(hanoi.code) if w.name == "Phường Láng")
    return DriveForm(
        code=code,
        drive_date="25/11/2026",
        place_name="Trường THPT Lê Quý Đôn",
        province_code=hanoi.code,
        ward_code=ward.code,
        organizer="Đoàn trường",
        campaign="chu_nhat_do",
        target_units="100",
    )


# (name, roles that may, the write)
WRITES: list[tuple[str, tuple[StaffRole, ...], Callable[[Scene], object]]] = [
    # administrator: staff, settings, site set-up, numbers, rule sets
    ("add staff", (ADMIN,), lambda s: s.services.staff.add("Lê Thị Hồng", ["nurse"])),
    (
        "correct staff",
        (ADMIN,),
        lambda s: s.services.staff.update(s.nurse.id, "Lê Thị Hồng", ["nurse", "certificate"]),
    ),
    ("deactivate staff", (ADMIN,), lambda s: s.services.staff.set_active(s.nurse.id, False)),
    ("a site setting", (ADMIN,), lambda s: s.services.settings.set("contact", "0912")),
    ("the FIN", (ADMIN,), lambda s: s.services.dins.set_fin("A9998")),
    ("the facility", (ADMIN,), lambda s: s.services.certificates.set_texts("BV", "")),
    (
        "the desk numbers",
        (ADMIN,),
        lambda s: s.services.settings.set_desk_numbers("A", "1", "99999"),
    ),
    ("this laptop's name", (ADMIN,), lambda s: s.services.settings.update_device("HN01", "Bàn 2")),
    ("collection limits", (ADMIN,), lambda s: s.services.collection.set_limits("4", "16")),
    ("the shipped rule set", (ADMIN,), lambda s: s.services.rules.restore_default()),
    # reception
    ("create a drive", (CLERK, ADMIN), lambda s: s.services.drives.create(drive_form())),
    (
        "register a donor",
        (CLERK,),
        lambda s: s.services.donors.register(
            DonorForm(
                national_id=cccd_for(dt.date(1990, 1, 1), MALE, 99),
                full_name="Ngô Văn Bảy",
                birth_date="01/01/1990",
                sex=MALE,
            ),
            not_a_duplicate=True,
        ),
    ),
    ("check in", (CLERK,), lambda s: s.services.checkin.check_in(s.drive, s.fresh_donor)),
    (
        "void a ticket",
        (CLERK,),
        lambda s: s.services.checkin.void_ticket(s.waiting.id, "Nhầm người"),
    ),
    # the doctor
    (
        "the questionnaire",
        (DOCTOR, CLERK),
        lambda s: s.services.screening.save_questionnaire(s.waiting.id, {}),
    ),
    (
        "a decision",
        (DOCTOR,),
        lambda s: s.services.screening.decide(
            s.waiting.id, HEALTHY, DoctorDecision("defer_temporary", reason="Sốt")
        ),
    ),
    (
        "reopen a decision",
        (DOCTOR,),
        lambda s: s.services.screening.reopen(s.accepted.id, "Thông tin mới"),
    ),
    # the nurse
    ("DINs", (NURSE,), lambda s: s.services.dins.allocate(s.drive, 2)),
    ("labels printed", (NURSE,), lambda s: s.services.dins.printed([s.spare_din.din.number])),
    ("void a DIN", (NURSE,), lambda s: s.services.dins.void(s.spare_din.din.number, "Hỏng")),
    (
        "start in the chair",
        (NURSE,),
        lambda s: s.services.collection.start(s.accepted.id, started="09:30"),
    ),
    (
        "record a unit",
        (NURSE,),
        lambda s: s.services.collection.record(
            s.accepted.id,
            DonationForm(
                din=s.spare_din.din.barcode_data, volume_ml="450", started="09:30", ended="09:37"
            ),
        ),
    ),
    # the certificate desk, and the end of the day with the administrator
    (
        "reserve certificates",
        (CERTIFICATE,),
        lambda s: s.services.certificates.reserve(
            s.drive, [s.unit_without.id], CertificateMode.BLANK
        ),
    ),
    (
        "issue certificates",
        (CERTIFICATE,),
        lambda s: s.services.certificates.confirm([s.certificate_id]),
    ),
    (
        "void a certificate",
        (CERTIFICATE,),
        lambda s: s.services.certificates.void(s.certificate_id, "Hỏng phôi"),
    ),
    (
        "explain a discrepancy",
        END_OF_DAY,
        lambda s: s.services.reconciliation.explain(
            s.drive, DiscrepancyKind.WAITING, "Người hiến bỏ về"
        ),
    ),
    (
        "a donor left",
        (CLERK, DOCTOR, NURSE, *END_OF_DAY),
        lambda s: s.services.reconciliation.mark_left(s.waiting.id, "Bỏ về"),
    ),
    (
        "amend a unit",
        (NURSE, *END_OF_DAY),
        lambda s: s.services.reconciliation.amend_donation(
            s.unit.id, {"volume_ml": "340"}, "Cân lại túi"
        ),
    ),
]

# Writes refused before anything is read (what they need is not in the scene).
REFUSED_FIRST: list[tuple[str, tuple[StaffRole, ...], Callable[[Scene], object]]] = [
    ("registry import", (ADMIN,), lambda s: s.services.registry.import_file("/no/file.csv")),
    (
        "install a package",
        (ADMIN,),
        lambda s: s.services.package_installer.install_file("/no/package.hmtn.age"),
    ),
    ("the center's keys", (ADMIN,), lambda s: s.services.identity.set_center(None)),
    ("enrol the laptop", (ADMIN,), lambda s: s.services.identity.enrol("/no/folder")),
    ("a new incarnation", (ADMIN,), lambda s: s.services.identity.new_incarnation()),
    ("the site set-up", (ADMIN,), lambda s: s.services.setup.save(None)),
    ("export", (ADMIN, CLERK), lambda s: s.services.exports.export("/no/folder")),
    ("make a center", (ADMIN,), lambda s: s.services.center_keys.init("/no", "", "")),
    ("enrol a device", (ADMIN, CENTER), lambda s: s.services.center_keys.add_device("/no")),
    ("revoke a device", (ADMIN, CENTER), lambda s: s.services.center_keys.revoke("x", "y")),
    ("import at the center", (CENTER,), lambda s: s.services.center_files.import_files([], None)),
    ("merge at the center", (CENTER,), lambda s: s.services.center.merge("f", {})),
    ("release a unit", (CENTER,), lambda s: s.services.center.release("x", "y")),
    ("discard a unit", (CENTER,), lambda s: s.services.center.discard("x", "y")),
    ("resolve a conflict", (CENTER,), lambda s: s.services.center.resolve_conflict("x", "y", "z")),
    ("dismiss a review", (CENTER,), lambda s: s.services.center.dismiss_review("x", "y")),
    ("merge two people", (CENTER,), lambda s: s.services.center.merge_people("x", "y")),
    ("plan a drive", (CENTER,), lambda s: s.services.planning.plan(drive_form(), [])),
    ("assign a device", (CENTER,), lambda s: s.services.planning.assign("x", "y")),
    ("edit a plan", (CENTER,), lambda s: s.services.planning.edit("x", drive_form())),
    ("withdraw a device", (CENTER,), lambda s: s.services.planning.withdraw("x", "y", "z")),
    ("a device's desk letter", (CENTER,), lambda s: s.services.planning.set_desk_letter("x", "B")),
    ("resize a block", (CENTER,), lambda s: s.services.planning.resize_block("x", 10)),
    (
        "hand out serials",
        (CENTER,),
        lambda s: s.services.planning.allocate_serials("x", "GCN", 6, 1, 10),
    ),
    ("withdraw a block", (CENTER,), lambda s: s.services.planning.withdraw_block("x", "y")),
    ("write a package", (CENTER,), lambda s: s.services.packages.write("x", "/no", None)),
    ("lab results", (CENTER,), lambda s: s.services.lab.import_files([])),
    ("a lab decision", (CENTER,), lambda s: s.services.lab.decide("x", "kept", "y")),
    (
        "a donor told",
        (CENTER,),
        lambda s: s.services.lab.mark_notified("x", "phone", "01/12/2026", ""),
    ),
]


def footprint(services) -> dict[str, int]:
    """How many rows every table holds (the audit trail among them)."""
    tables = [row[0] for row in services.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE '%fts%'")]  # fmt: skip
    return {t: services.db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def refused(scene: Scene, allowed: tuple[StaffRole, ...], write: Callable) -> None:
    """Refused to a person holding every other role: the problem names ``allowed``, and
    no table (nor the audit trail) changed."""
    services = scene.services
    others = [role for role in StaffRole if role not in allowed]
    sign_in_as(services, *others)
    before = footprint(services)
    with pytest.raises(UserError) as error:
        write(scene)
    [problem] = error.value.problems
    assert (problem.code, problem.params) == ("role_required", {"roles": list(allowed)})
    assert footprint(services) == before


@pytest.mark.parametrize(("allowed", "write"), [w[1:] for w in WRITES],
                         ids=[w[0] for w in WRITES])  # fmt: skip
def test_a_write_is_refused_without_its_role_and_done_with_it(scene, allowed, write):
    refused(scene, allowed, write)
    for role in allowed:  # each role that may, alone
        sign_in_as(scene.services, role)
        before = footprint(scene.services)
        write(scene)
        assert footprint(scene.services) != before, role  # it did write
        return


@pytest.mark.parametrize(("allowed", "write"), [w[1:] for w in REFUSED_FIRST],
                         ids=[w[0] for w in REFUSED_FIRST])  # fmt: skip
def test_a_write_is_refused_before_anything_else_without_its_role(scene, allowed, write):
    refused(scene, allowed, write)


def test_nobody_signed_in_writes_nothing_not_even_a_preference(services):
    services.session.sign_out()
    before = footprint(services)
    with pytest.raises(UserError) as error:
        services.settings.set_language("en")
    assert error.value.problems[0].code == "role_required"
    assert footprint(services) == before


def test_a_preference_is_anyones(services):
    sign_in_as(services, CERTIFICATE)
    services.settings.set_language("en")
    services.certificates.set_paper(CertificateMode.BLANK)
    assert services.settings.language == "en"
