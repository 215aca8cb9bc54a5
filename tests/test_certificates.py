"""The certificate desk: planning, the register, reprints, voids and the QR's code."""

import datetime as dt
import io

import pypdfium2
import pytest
import zxingcpp

from db.driver import sqlite3
from desktop.cli import main
from desktop.core.domain.problems import UserError
from desktop.core.domain.vocabulary import StaffRole
from desktop.core.eligibility.measurements import MeasurementForm
from desktop.core.exchange.keys import device_signing_key, key_id
from desktop.core.foundation.secrets import certificate_key
from desktop.core.jobs.certificates import CertificateJob, render_certificates
from desktop.core.stations import certificate_signature as signature
from desktop.core.stations.certificate_serials import next_serial
from desktop.core.stations.collection import DonationForm
from desktop.core.stations.screening import DoctorDecision
from tests.factories import FEMALE, MALE, fail_writes
from tests.people import acting, everyone_person, open_signed_in, person
from tests.signin import credentials, give_roles, secure

HEALTHY = MeasurementForm(
    weight_kg="62", systolic="120", diastolic="80", pulse="72", hb_g_l="138", hbsag="negative"
)


@pytest.fixture
def donate(services, drive, donors):
    """Donors bled at the drive (by the test person holding every role, who stays
    signed in); the certificate desk's person is on the staff (``services.desk``)."""
    services.dins.set_fin("A9999")
    services.certificates.set_texts(
        "Viện Huyết học - Truyền máu Trung ương", "Đường dây nóng: 1900 0000"
    )
    stations = everyone_person(services)
    services.desk = person(services, "Phạm Thu Trang", StaffRole.CERTIFICATE)

    def donate(name="Đỗ Thị Ngọc Diễm", sex=FEMALE, outcome="complete", volume="350"):
        with acting(services, stations):
            donor = donors.register(name, dt.date(1994, 6, 1), sex)
            visit = services.checkin.check_in(drive, donor).visit
            services.screening.save_questionnaire(visit.id, {})
            services.screening.decide(visit.id, HEALTHY, DoctorDecision("accept", 350))
            din = services.dins.allocate(drive, 1)[0].din
            return services.collection.record(
                visit.id,
                DonationForm(din=din.barcode_data, volume_ml=volume, started="09:00",
                             ended="09:07", bag_type="triple", outcome=outcome),
            )  # fmt: skip

    return donate


def codes(error: UserError) -> list[str]:
    return [p.code for p in error.problems]


def issue(services, drive, donation_ids, mode, first_serial=None) -> list[str]:
    """Certificates printed and confirmed, as the desk does once the pages are out."""
    return CertificateJob.issue(
        services.certificates, drive, donation_ids, mode, first_serial
    ).commit()


def test_blank_certificates_get_site_serials_and_enter_the_register(services, drive, donate):
    first, second = donate(), donate("Lê Đức Tựu", MALE)
    services.staff.sign_in(services.desk)  # the certificate desk prints them
    planned = services.certificates.plan(drive, [first.id, second.id], "blank")
    assert [p.serial for p in planned] == ["HMTN-A26-000001", "HMTN-A26-000002"]
    assert planned[0].data.full_name == "Đỗ Thị Ngọc Diễm"
    assert planned[0].data.ordinal == 1 and planned[0].data.volume_ml == 350
    assert services.certificates.entries(drive)[0].pending  # planning records nothing
    issue(services, drive, [first.id, second.id], "blank")
    row1, row2 = services.certificates.register(drive)
    assert row2.serial == "HMTN-A26-000002"
    assert (row1.serial, row1.printed_by, row1.status, row1.din) == (
        "HMTN-A26-000001", "Phạm Thu Trang", "issued", first.din,
    )  # fmt: skip
    assert not any(e.pending for e in services.certificates.entries(drive))
    third = donate("Nguyễn Văn An", MALE)
    assert services.certificates.plan(drive, [third.id], "blank")[0].serial == "HMTN-A26-000003"


def test_only_a_complete_donation_gets_a_certificate(services, drive, donate):
    partial = donate(outcome="incomplete", volume="150")
    with pytest.raises(UserError) as refused:
        services.certificates.plan(drive, [partial.id], "blank")
    assert codes(refused.value) == ["certificate_not_complete"]


def test_a_serial_is_refused_the_second_time(services, drive, donate):
    first, second = donate(), donate("Lê Đức Tựu", MALE)
    issue(services, drive, [first.id], "overlay", "ab 0012345")
    assert services.certificates.register(drive)[0].serial == "AB 0012345"
    with pytest.raises(UserError) as refused:
        services.certificates.plan(drive, [second.id], "overlay", "AB 0012345")
    assert codes(refused.value) == ["serial_used"]
    with pytest.raises(UserError) as refused:
        services.certificates.plan(drive, [first.id], "overlay", "AB 0012346")
    assert codes(refused.value) == ["certificate_exists"]


def test_a_stack_of_forms_has_consecutive_serials(services, drive, donate):
    ids = [donate(name, MALE).id for name in ("Trần Văn Bình", "Lê Văn Cường", "Vũ Văn Dũng")]
    planned = services.certificates.plan(drive, ids, "overlay", "AB 0099")
    assert [p.serial for p in planned] == ["AB 0099", "AB 0100", "AB 0101"]
    assert next_serial("AB0999") == "AB1000" and next_serial("ABC") is None


def test_void_and_reprint_are_audited_and_the_serial_stays_used(services, drive, donate):
    unit = donate()
    [certificate_id] = issue(services, drive, [unit.id], "blank")
    again = services.certificates.reprint_data(certificate_id)
    assert again.serial == "HMTN-A26-000001"
    services.certificates.reprinted(certificate_id)
    assert services.certificates.register(drive)[0].print_count == 2
    with pytest.raises(UserError):
        services.certificates.void(certificate_id, " ")
    services.certificates.void(certificate_id, "In lệch, giấy bị kẹt")
    assert services.certificates.entries(drive)[0].pending  # a new one may be issued
    new = services.certificates.plan(drive, [unit.id], "blank")
    assert new[0].serial == "HMTN-A26-000002"  # the voided serial is never reused
    actions = [
        row["action"]
        for row in services.db.query(
            "SELECT action FROM audit_log WHERE record_id = ? ORDER BY change_seq", [certificate_id]
        )
    ]
    assert actions == ["reserve", "issue", "reprint", "void"]
    with pytest.raises(UserError):
        services.certificates.reprint_data(certificate_id)


def test_the_qr_decodes_and_its_signature_verifies_with_the_devices_key(services, drive, donate):
    unit = donate()
    [planned] = services.certificates.plan(drive, [unit.id], "blank")
    buffer = io.BytesIO()
    render_certificates([planned], "blank", buffer)
    document = pypdfium2.PdfDocument(buffer.getvalue())
    [code] = [
        c
        for c in zxingcpp.read_barcodes(document[0].render(scale=300 / 72).to_pil())
        if c.format == zxingcpp.BarcodeFormat.QRCode
    ]
    document.close()
    assert code.text == planned.data.qr_payload
    qr = signature.parse(code.text)
    site = services.settings.device().site_code
    assert qr.fields == signature.SignedFields(
        site, planned.serial, unit.din, 350, drive.drive_date, "Đỗ Thị Ngọc Diễm"
    )
    device_key = device_signing_key(services.db)
    assert qr.key_id == key_id(device_key)  # the key id as the stock minisign prints it
    assert signature.signature_valid(qr, device_key)
    forged = signature.parse(code.text.replace(planned.serial, "HMTN-A26-999999"))
    assert not signature.signature_valid(forged, device_key)
    # only what the front prints: no birth date, ID number or address
    [(national_id, address)] = services.db.execute(
        "SELECT d.national_id, d.address FROM donor d JOIN donation n ON n.donor_id = d.id"
        " WHERE n.id = ?",
        [unit.id],
    ).fetchall()
    for private in (national_id, address, "1994-06-01", "01/06/1994"):
        assert not private or private not in code.text
    # reserved, the register keeps the signature as the certificate's integrity code
    [reserved] = services.certificates.reserve(drive, [unit.id], "blank")
    stored = services.db.execute("SELECT integrity_code FROM certificate").fetchone()[0]
    assert reserved.data.qr_payload == code.text
    assert code.text.endswith("|" + stored)


def test_the_certificate_key_is_a_secret_the_audit_trail_never_sees(services, drive, donate):
    unit = donate()
    audited = services.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    services.certificates.plan(drive, [unit.id], "blank")  # reads the key
    assert services.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audited
    key = certificate_key(services.db).hex()
    trail = " ".join(str(v) for row in services.db.execute("SELECT * FROM audit_log") for v in row)
    assert key not in trail
    assert services.settings.get("certificate_key") is None


def test_overlay_offsets_are_saved_per_printer(services):
    services.certificates.set_overlay_offset("HP LaserJet P1102", 2.5, -1.0)
    assert services.certificates.overlay_offset("HP LaserJet P1102") == (2.5, -1.0)
    assert services.certificates.overlay_offset("Canon LBP2900") == (0.0, 0.0)
    with pytest.raises(UserError):
        services.certificates.set_overlay_offset("Canon LBP2900", 25, 0)


def test_the_register_exports_as_csv(services, drive, donate, tmp_path):
    unit = donate()
    issue(services, drive, [unit.id], "blank")
    path = tmp_path / "so-cap-giay.csv"
    assert services.certificates.export_register(drive, path) == 1
    text = path.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("serial,issued_at,full_name")
    assert "HMTN-A26-000001" in text and "Đỗ Thị Ngọc Diễm" in text


@pytest.mark.qt  # hmtn prints through Qt's translators
def test_the_command_line_prints_and_records_unless_preview(
    services, drive, donate, db_path, tmp_path, capsys
):
    donate(), donate("Lê Đức Tựu", MALE)
    services.close()
    secure(db_path)  # a command opens it signed in
    give_roles(secure(db_path), "certificate")  # the administrator works the desk too
    out = tmp_path / "gcn.pdf"
    base = ["certificates", "print", "--db", str(db_path), "--drive", drive.code, "--out", str(out),
            *credentials(tmp_path)]  # fmt: skip
    assert main([*base, "--mode", "blank", "--preview"]) == 0
    assert "Chỉ xem trước" in capsys.readouterr().out
    assert main([*base, "--mode", "overlay", "--first-serial", "AB 0001"]) == 0
    assert "2 giấy chứng nhận (2 trang), số AB 0001 đến AB 0002" in capsys.readouterr().out
    assert main([*base, "--mode", "overlay", "--first-serial", "AB 0001"]) == 0
    assert "Không có giấy chứng nhận nào cần in." in capsys.readouterr().out
    assert main([*base, "--mode", "overlay", "--all", "--first-serial", "AB 0009"]) == 2
    assert main([*base, "--mode", "blank", "--all"]) == 0
    assert "2 giấy chứng nhận (4 trang)" in capsys.readouterr().out


def test_the_desks_paper_and_destination_are_kept_on_the_laptop(db_path, services):
    certificates = services.certificates
    assert (certificates.paper, certificates.destination) == ("overlay", "print")
    certificates.set_paper("blank")
    certificates.set_destination("pdf")
    with pytest.raises(ValueError):
        certificates.set_destination("fax")
    services.close()
    restarted = open_signed_in(db_path, create=False)
    try:
        assert (restarted.certificates.paper, restarted.certificates.destination) == (
            "blank", "pdf",
        )  # fmt: skip
    finally:
        restarted.close()


def test_the_facility_and_the_contact_are_saved_together_or_not_at_all(services):
    fail_writes(services.db, "setting", "NEW.key = 'center_contact'")
    with pytest.raises(sqlite3.IntegrityError):
        services.certificates.set_texts("Viện Huyết học", "Đường dây nóng 1900 0000")
    assert (services.certificates.facility, services.certificates.center_contact) == ("", "")
