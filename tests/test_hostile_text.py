"""Hostile text at every entry point: control and invisible format characters cleaned
(one place: desktop.core.domain.text), lengths held to the paper forms, and no CSV cell
that a spreadsheet would run as a formula."""

import csv
import datetime as dt
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.domain.card_qr import parse_card_qr
from desktop.core.domain.problems import UserError
from desktop.core.domain.text import (
    ADDRESS_MAX,
    NAME_MAX,
    REASON_MAX,
    clean_block,
    clean_line,
    from_spreadsheet,
    spreadsheet_safe,
)
from desktop.core.jobs.certificates import CertificateJob
from desktop.core.stations.donors import DonorForm
from desktop.core.stations.drives import DriveForm
from tests.factories import FEMALE, MALE, cccd_for, qr_for, registry_row, write_registry
from tests.test_certificates import donate  # noqa: F401  (the fixture)

SEEDED = settings(max_examples=300, derandomize=True, deadline=None)
SERVICE = settings(max_examples=40, derandomize=True, deadline=None,
                   suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
HOSTILE = "\x00\u202e\u202d\u200b\u200c\u200d\ufeff\u00ad\u2028\u2029\t\r\n\x1b\x7f\u0085"
UNSEEN = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}
# Names as the forms take them, with hostile characters sprinkled in.
VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạếềểễệốồổỗộớờởỡợứừửữựíìỉĩịýỳỷỹỵ"
name_text = st.text(alphabet=VIETNAMESE + VIETNAMESE.upper() + " " + HOSTILE, min_size=1,
                    max_size=60)  # fmt: skip


def assert_clean(text: str, *, lines: bool = False) -> None:
    for char in text:
        if lines and char == "\n":
            continue
        assert unicodedata.category(char) not in UNSEEN, repr(text)
        assert not (unicodedata.category(char) == "Zs" and char != " "), repr(text)
    assert text == unicodedata.normalize("NFC", text)
    assert "  " not in text and text == text.strip(), repr(text)


@SEEDED
@given(st.text())
def test_a_cleaned_line_has_nothing_unseen_and_cleaning_twice_changes_nothing(text):
    cleaned = clean_line(text)
    assert_clean(cleaned)
    assert clean_line(cleaned) == cleaned


@SEEDED
@given(st.text())
def test_a_cleaned_note_keeps_only_its_line_breaks(text):
    cleaned = clean_block(text)
    assert_clean(cleaned, lines=True)
    assert "\n\n\n" not in cleaned
    assert clean_block(cleaned) == cleaned


def test_the_hostile_characters_of_the_issue():
    assert clean_line("Nguy\u200bễn\u00a0Văn\u202e An\x00") == "Nguyễn Văn An"
    assert clean_line("Lê\tThị\r\nHoa\u2028") == "Lê Thị Hoa"
    assert clean_line("\ufeffTrần") == "Trần"


@SEEDED
@given(st.text())
def test_no_cell_is_written_as_a_formula_and_it_reads_back_the_same(text):
    cell = spreadsheet_safe(text)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert from_spreadsheet(cell) == text
    assert spreadsheet_safe(350) == 350  # numbers stay numbers


@SERVICE
@given(name=name_text, address=st.text(max_size=250))
def test_the_new_donor_form_stores_clean_text_or_refuses(services, name, address):
    serial = services.db.execute("SELECT count(*) FROM donor").fetchone()[0] + 1
    birth = dt.date(1990, 1, 1)
    form = DonorForm(national_id=cccd_for(birth, MALE, serial), full_name=name,
                     birth_date="01/01/1990", sex=MALE, address=address)  # fmt: skip
    try:
        donor = services.donors.register(form, not_a_duplicate=True)
    except UserError as error:
        assert {p.code for p in error.problems} <= {"required", "name_invalid", "too_long"}
        return
    assert_clean(donor.full_name)
    assert_clean(donor.address)
    assert len(donor.full_name) <= NAME_MAX and len(donor.address) <= ADDRESS_MAX


@SEEDED
@given(name=name_text, address=st.text(alphabet=VIETNAMESE + " ,0123456789" + HOSTILE))
def test_a_card_scan_is_cleaned(name, address):
    birth = dt.date(1990, 1, 1)
    qr = qr_for(cccd_for(birth, FEMALE, 7), name.replace("|", ""), birth, FEMALE,
                address=address.replace("|", ""))  # fmt: skip
    try:
        card = parse_card_qr(qr)
    except UserError as error:
        assert {p.code for p in error.problems} <= {"qr_name", "qr_field_count"}
        return
    assert_clean(card.full_name)
    assert_clean(card.address)


def test_a_registry_file_is_cleaned_and_held_to_the_form_lengths(services, tmp_path):
    hostile = registry_row(full_name="Nguy\u200bễn Thị\u202e Hồng\x00 Ánh",
                           address="Số 3\tLê Lợi\u2028Thanh Hóa",
                           deferral_reason="\ufeffHb thấp")  # fmt: skip
    report = services.registry.import_file(write_registry(tmp_path / "r.csv", [hostile]))
    assert report.ok, report.errors
    donor = services.donors.lookup(hostile["national_id"]).exact
    assert donor.full_name == "Nguyễn Thị Hồng Ánh"
    assert donor.address == "Số 3 Lê Lợi Thanh Hóa"
    assert services.donors.lookup("nguyen thi hong anh").donors == [donor]
    too_long = registry_row(national_id=cccd_for(dt.date(1990, 5, 17), FEMALE, 2),
                            full_name="Nguyễn " * 20, address="Số 1 " * 50,
                            deferral_reason="x" * (REASON_MAX + 1))  # fmt: skip
    report = services.registry.import_file(write_registry(tmp_path / "long.csv", [too_long]))
    assert sorted(e.column for e in report.errors) == ["address", "deferral_reason", "full_name"]
    assert {e.problem.code for e in report.errors} == {"too_long"}


def test_drive_and_staff_forms_are_cleaned(services):
    from desktop.core.domain import places

    hanoi = places.province("1")
    drive = services.drives.create(
        DriveForm(code="HM1", drive_date="24/11/2026", place_name="Trường\u202e THPT\x00",
                  province_code=hanoi.code, ward_code=places.wards(hanoi.code)[0].code,
                  organizer="Hội\u200b Chữ thập đỏ", campaign="chu_nhat_do", target_units="9")
    )  # fmt: skip
    assert (drive.place_name, drive.organizer) == ("Trường THPT", "Hội Chữ thập đỏ")
    staff = services.staff.add("BS.\u00a0Trần\u200d Văn\tMinh", "doctor")
    assert staff.full_name == "BS. Trần Văn Minh"
    with pytest.raises(UserError) as refused:
        services.staff.add("Trần " * 30, "doctor")
    assert refused.value.problems[0].code == "too_long"


def test_reasons_are_cleaned_and_held_to_their_length(services, drive, donors):
    visit = services.checkin.check_in(drive, donors.register()).visit
    with pytest.raises(UserError) as refused:
        services.checkin.void_ticket(visit.id, "x" * (REASON_MAX + 1))
    assert refused.value.problems[0].code == "too_long"
    with pytest.raises(UserError):
        services.checkin.void_ticket(visit.id, "\u200b\u202e\x00")  # nothing visible
    services.checkin.void_ticket(visit.id, "Nhầm\u202e người\x00")
    stored = services.db.execute("SELECT void_reason FROM visit").fetchone()[0]
    assert stored == "Nhầm người"


def test_the_register_csv_runs_no_formula(services, drive, donate, tmp_path):  # noqa: F811
    unit = donate()
    [certificate_id] = CertificateJob.issue(
        services.certificates, drive, [unit.id], "blank"
    ).commit()
    services.certificates.void(certificate_id, '=HYPERLINK("http://x","bấm")')
    path = tmp_path / "so-cap.csv"
    services.certificates.export_register(drive, path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][-1] == '\'=HYPERLINK("http://x","bấm")'
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_the_check_in_field_explains_what_no_donor_can_have(services):
    assert [p.code for p in services.donors.lookup("0010900123456").problems] == ["too_many_digits"]
    assert [p.code for p in services.donors.lookup("Nguyễn|Văn An").problems] == ["qr_not_card"]
    assert services.donors.lookup("001090012345").problems == []  # 12 digits: searched


def test_a_phone_field_full_of_text_is_too_long_not_echoed(services):
    form = DonorForm(national_id=cccd_for(dt.date(1990, 1, 1), MALE, 5), full_name="Lê Văn An",
                     birth_date="01/01/1990", sex=MALE, phone="0912 345 678 " * 100)  # fmt: skip
    problems = services.donors.validate(form)
    assert [(p.code, p.field) for p in problems] == [("too_long", "phone")]
