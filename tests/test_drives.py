"""Drive set-up and which drive opens at start."""

import datetime as dt

from desktop.core.domain import places
from desktop.core.stations.drives import DriveForm, suggest_code


def form(**values) -> DriveForm:
    hue = next(p for p in places.provinces() if p.name.endswith("Huế"))
    ward = places.wards(hue.code)[0]
    base = {
        "code": "HUE-0704",
        "drive_date": "07/04/2027",
        "place_name": "Nhà văn hóa",
        "province_code": hue.code,
        "ward_code": ward.code,
        "organizer": "Hội Chữ thập đỏ",
        "campaign": "ngay_toan_dan_7_4",
        "target_units": "120",
    }
    base.update(values)
    return DriveForm(**base)


def test_create_a_drive(services):
    drive = services.drives.create(form(code="hue-0704", place_name="  Nhà  văn hóa "))
    assert drive.code == "HUE-0704"
    assert drive.drive_date == dt.date(2027, 4, 7)
    assert drive.place_name == "Nhà văn hóa"
    assert drive.province_name.endswith("Huế")
    assert drive.is_open
    assert services.drives.by_code("hue-0704") == drive


def test_every_field_is_checked(services):
    problems = services.drives.validate(
        form(code="mã có dấu", drive_date="32/01/2027", place_name="", province_code="",
             organizer=" ", campaign="other", campaign_other="", target_units="0")
    )  # fmt: skip
    assert {(p.field, p.code) for p in problems} == {
        ("code", "drive_code_format"),
        ("drive_date", "date_invalid"),
        ("place_name", "required"),
        ("province_code", "required"),
        ("organizer", "required"),
        ("campaign_other", "required"),
        ("target_units", "target_units_range"),
    }


def test_the_ward_must_belong_to_the_province(services):
    other = next(p for p in places.provinces() if p.code != form().province_code)
    problems = services.drives.validate(form(ward_code=places.wards(other.code)[0].code))
    assert [(p.field, p.code) for p in problems] == [("ward_code", "required")]


def test_codes_are_unique(services):
    services.drives.create(form())
    assert [p.code for p in services.drives.validate(form(code="Hue-0704"))] == ["drive_code_taken"]


def test_suggested_codes():
    assert suggest_code(dt.date(2026, 11, 24), set(), "A") == "HM261124A"
    assert suggest_code(dt.date(2026, 11, 24), {"HM261124A"}, "A") == "HM261124A-2"
    # Desk B suggests its own code: two laptops setting up the same day never clash.
    assert suggest_code(dt.date(2026, 11, 24), {"HM261124A"}, "B") == "HM261124B"


def test_the_one_drive_in_progress_opens_by_itself(services):
    assert services.drives.drive_to_open() is None
    first = services.drives.create(form())
    assert services.drives.drive_to_open() == first
    services.drives.create(form(code="HUE-2"))
    assert services.drives.drive_to_open() is None  # two open drives: the user chooses
