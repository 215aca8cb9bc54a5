"""Two laptops of one site at one drive, each with its own database file (they do not
talk to each other), hand out queue tickets, DINs, certificate serials and drive codes
that never collide: desk A and desk B."""

import datetime as dt
import io
from pathlib import Path

import pytest

from desktop.core.domain import places
from desktop.core.eligibility.measurements import MeasurementForm
from desktop.core.jobs.certificates import CertificateJob
from desktop.core.services import Services
from desktop.core.stations.collection import DonationForm
from desktop.core.stations.drives import DriveForm
from desktop.core.stations.screening import DoctorDecision
from desktop.core.stations.site_setup import SiteSetupForm
from tests.factories import FEMALE, MALE, DonorFactory
from tests.people import open_signed_in

HEALTHY = MeasurementForm(
    weight_kg="62", systolic="120", diastolic="80", pulse="72", hb_g_l="138", hbsag="negative"
)
DRIVE_DAY = dt.date(2026, 11, 24)
NAMES = ("Phạm Văn Đức", "Lê Thị Hoa", "Trần Minh Khoa")


def laptop(path: Path, letter: str) -> Services:
    """A laptop set up at first run as the site's desk ``letter`` (its default block)."""
    services = open_signed_in(path)
    first, last = {"A": ("1", "38461"), "B": ("38462", "76922")}[letter]
    services.setup.save(
        SiteSetupForm(
            facility="Bệnh viện Bạch Mai", site_code="BVBM", fin="A9999", desk_letter=letter,
            din_block_first=first, din_block_last=last,
            doctor="BS. Trần Thị Hoa", nurse="Lê Thị Hồng",
        )
    )  # fmt: skip
    return services


def work_the_drive(services: Services, donors: int = 3) -> dict[str, list[str]]:
    """A morning at the drive on one laptop: the drive made with the suggested code,
    donors checked in, accepted, labels printed, units recorded, certificates printed
    on blank paper. What numbers it handed out."""
    hanoi = places.province("1")
    ward = next(w for w in places.wards(hanoi.code) if w.name == "Phường Láng")
    code = services.drives.suggested_code(DRIVE_DAY)
    drive = services.drives.create(
        DriveForm(
            code=code, drive_date=DRIVE_DAY.strftime("%d/%m/%Y"),
            place_name="Trường THPT Chu Văn An", province_code=hanoi.code, ward_code=ward.code,
            organizer="Hội Chữ thập đỏ quận", campaign="chu_nhat_do", target_units="250",
        )
    )  # fmt: skip
    factory = DonorFactory(services)
    tickets, donation_ids = [], []
    dins = services.dins.allocate(drive, donors)
    for i in range(donors):
        donor = factory.register(NAMES[i], dt.date(1990, 1, 1 + i), (MALE, FEMALE)[i % 2])
        visit = services.checkin.check_in(drive, donor).visit
        tickets.append(visit.ticket)
        services.screening.save_questionnaire(visit.id, {})
        services.screening.decide(visit.id, HEALTHY, DoctorDecision("accept", 350))
        form = DonationForm(
            din=dins[i].din.barcode_data, volume_ml="350", started="09:00", ended="09:07",
            bag_type="triple", outcome="complete",
        )  # fmt: skip
        donation_ids.append(services.collection.record(visit.id, form).id)
    job = CertificateJob.issue(services.certificates, drive, donation_ids, "blank")
    job.render(io.BytesIO())
    job.commit()
    serials = [entry.serial for entry in services.certificates.entries(drive)]
    return {
        "tickets": tickets,
        "dins": [record.din.number for record in services.dins.for_drive(drive)],
        "serials": serials,
        "codes": [code],
    }


@pytest.fixture
def laptops(tmp_path: Path):
    a, b = laptop(tmp_path / "desk-a.sqlite3", "A"), laptop(tmp_path / "desk-b.sqlite3", "B")
    yield a, b
    a.close()
    b.close()


def test_two_laptops_at_one_drive_never_give_the_same_number(laptops):
    desk_a, desk_b = laptops
    a, b = work_the_drive(desk_a), work_the_drive(desk_b)
    assert a["tickets"] == ["A1", "A2", "A3"] and b["tickets"] == ["B1", "B2", "B3"]
    assert a["dins"] == ["A999926000001", "A999926000002", "A999926000003"]
    assert b["dins"] == ["A999926038462", "A999926038463", "A999926038464"]
    assert a["serials"] == ["BVBM-A26-000001", "BVBM-A26-000002", "BVBM-A26-000003"]
    assert b["serials"] == ["BVBM-B26-000001", "BVBM-B26-000002", "BVBM-B26-000003"]
    assert (a["codes"], b["codes"]) == (["HM261124A"], ["HM261124B"])
    for kind in a:
        assert not set(a[kind]) & set(b[kind]), kind


def test_the_ticket_letter_is_stored_on_the_visit_and_unique_per_letter(laptops):
    """At the center both desks' tickets of one drive sit in one table: A1 and B1 are
    two tickets, a second A1 is refused by the schema itself."""
    desk_a, desk_b = laptops
    work_the_drive(desk_a, donors=1)
    work_the_drive(desk_b, donors=1)
    row_b = next(desk_b.db.query("SELECT * FROM visit"))
    drive_a = next(desk_a.db.query("SELECT id FROM drive"))["id"]
    donor_a = next(desk_a.db.query("SELECT id FROM donor"))["id"]
    moved = {**row_b, "id": "from-desk-b", "drive_id": drive_a, "donor_id": donor_a,
             "status": "voided", "checked_in_by": None}  # fmt: skip
    desk_a.db["visit"].insert(moved)  # B1 beside A1 at the same drive
    letters = [(r["queue_letter"], r["queue_no"]) for r in desk_a.db.query("SELECT * FROM visit")]
    assert sorted(letters) == [("A", 1), ("B", 1)]
    with pytest.raises(Exception, match="UNIQUE"):
        desk_a.db["visit"].insert({**moved, "id": "another-b1"})
