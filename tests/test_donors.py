"""Finding donors from the one check-in field, and registering new ones."""

import datetime as dt

import pytest

from desktop.core.domain.problems import UserError
from desktop.core.stations.donors import DonorForm, PossibleDuplicate
from desktop.core.stations.lookup import QueryKind
from tests.factories import FEMALE, MALE, cccd_for, qr_for, registry_row, write_registry
from tests.people import EVERYONE_NAME


@pytest.fixture
def people(donors):
    return {
        "duc": donors.register("Đặng Văn Đức", dt.date(1992, 10, 15), MALE, "0912345678"),
        "anh": donors.register("Nguyễn Thị Hồng Ánh", dt.date(1999, 4, 2), FEMALE, "0987000111"),
        "hong": donors.register("Nguyễn Thị Hồng", dt.date(1980, 1, 1), FEMALE),
        "an": donors.register("Nguyễn Văn An", dt.date(1990, 1, 1), MALE),
        "anh2": donors.register("Nguyễn Văn Anh", dt.date(1991, 1, 1), MALE),
        "khoa": donors.register("Trần Đăng Khoa", dt.date(1988, 8, 8), MALE),
    }


def names(services, text):
    return [d.full_name for d in services.donors.lookup(text).donors]


def test_name_search_ignores_case_diacritics_and_d_stroke(services, people):
    assert names(services, "dang van duc") == ["Đặng Văn Đức"]
    assert names(services, "DANG VAN DUC") == ["Đặng Văn Đức"]
    assert names(services, "Đặng văn đức") == ["Đặng Văn Đức"]
    assert set(names(services, "nguyen thi hong")) == {"Nguyễn Thị Hồng", "Nguyễn Thị Hồng Ánh"}


def test_names_starting_with_the_query_come_first(services, people):
    assert names(services, "nguyen van an")[:2] == ["Nguyễn Văn An", "Nguyễn Văn Anh"]
    # "dang" is a family name and also a middle name (Trần Đăng Khoa)
    assert names(services, "dang") == ["Đặng Văn Đức", "Trần Đăng Khoa"]


def test_words_in_any_order(services, people):
    assert names(services, "duc dang") == ["Đặng Văn Đức"]


def test_find_by_cccd_phone_and_birth_date(services, people):
    duc = people["duc"]
    result = services.donors.lookup(duc.national_id)
    assert result.exact == duc
    assert names(services, duc.national_id[:6]) == ["Đặng Văn Đức"]
    assert names(services, "0912 345 678") == ["Đặng Văn Đức"]
    assert names(services, "+84 987 000 111") == ["Nguyễn Thị Hồng Ánh"]
    assert names(services, "15/10/1992") == ["Đặng Văn Đức"]
    assert names(services, "15101992") == ["Đặng Văn Đức"]
    assert services.donors.lookup("31/02/1992").query.kind is QueryKind.EMPTY


def test_too_little_typed_finds_nothing(services, people):
    for text in ("", " ", "n", "09"):
        assert services.donors.lookup(text).donors == []


def test_scanning_a_known_card_opens_the_donor(services, people):
    duc = people["duc"]
    qr = qr_for(duc.national_id, "ĐẶNG VĂN ĐỨC", duc.birth_date, MALE) + "\r\n"
    result = services.donors.lookup(qr)
    assert result.query.kind is QueryKind.CARD
    assert result.exact == duc


def test_scanning_an_unknown_card_gives_its_data_for_the_new_donor_form(services, people):
    birth = dt.date(2001, 6, 1)
    qr = qr_for(cccd_for(birth, FEMALE, 42), "PHAN THỊ NGỌC LAN", birth, FEMALE, old_id=None)
    result = services.donors.lookup(qr + "\t")
    assert result.exact is None
    form = DonorForm.from_card(result.card)
    assert (form.full_name, form.birth_date, form.sex) == ("Phan Thị Ngọc Lan", "01/06/2001", "F")
    assert services.donors.validate(form) == []


def test_scanning_the_card_of_a_donor_known_by_old_cmnd(services, tmp_path):
    row = registry_row(national_id="", old_id="123456789")
    services.registry.import_file(write_registry(tmp_path / "r.csv", [row]))
    birth = dt.date(1990, 5, 17)
    national_id = cccd_for(birth, FEMALE, 77)
    result = services.donors.lookup(
        qr_for(national_id, "Nguyễn Thị Hồng Ánh", birth, FEMALE, old_id="123456789")
    )
    assert result.exact is not None
    assert result.exact.national_id == national_id
    assert services.donors.count() == 1


def test_a_card_scan_on_a_busy_database_says_so_and_changes_nothing(services, tmp_path):
    """The record would learn the card's CCCD, but another program holds the database."""
    from db.connection import connect

    row = registry_row(national_id="", old_id="123456789")
    services.registry.import_file(write_registry(tmp_path / "r.csv", [row]))
    birth = dt.date(1990, 5, 17)
    qr = qr_for(cccd_for(birth, FEMALE, 77), "Nguyễn Thị Hồng Ánh", birth, FEMALE,
                old_id="123456789")  # fmt: skip
    other = connect(services.path)
    other.execute("BEGIN IMMEDIATE")
    services.db.execute("PRAGMA busy_timeout = 50")
    try:
        result = services.donors.lookup(qr)
    finally:
        other.rollback()
        other.close()
    assert [p.code for p in result.problems] == ["database_busy"]
    assert result.exact is None and result.card is None
    assert services.donors.lookup("123456789").donors[0].national_id is None


def test_new_donor_validation_names_each_field(services):
    form = DonorForm(
        national_id="001190123456",  # female digit for a man
        old_id="12345",
        full_name="",
        birth_date="30/02/1990",
        sex="",
        phone="0241234567",
    )
    problems = {(p.field, p.code) for p in services.donors.validate(form)}
    assert problems == {
        ("old_id", "old_id_format"),
        ("full_name", "required"),
        ("birth_date", "date_invalid"),
        ("sex", "required"),
        ("phone", "phone_format"),
    }
    with pytest.raises(UserError):
        services.donors.register(form)
    assert services.donors.count() == 0


def test_cccd_is_checked_against_birth_date_and_sex(services):
    form = DonorForm(
        national_id="001190123456",
        full_name="Nguyễn Văn An",
        birth_date="01/01/1990",
        sex=MALE,
    )
    assert [p.code for p in services.donors.validate(form)] == ["cccd_sex_century"]


def test_a_new_donor_needs_a_cccd_or_an_old_cmnd(services):
    form = DonorForm(full_name="Nguyễn Văn An", birth_date="01/01/1990", sex=MALE)
    assert [(p.field, p.code) for p in services.donors.validate(form)] == [
        ("national_id", "id_required")
    ]
    assert services.donors.validate(DonorForm(**{**form.__dict__, "old_id": "012345678"})) == []


def test_the_same_cccd_never_makes_a_second_donor(services, people):
    duc = people["duc"]
    form = DonorForm(
        national_id=duc.national_id, full_name="Đặng Văn Đức", birth_date="15/10/1992", sex=MALE
    )
    with pytest.raises(UserError) as error:
        services.donors.register(form, not_a_duplicate=True)
    problem = error.value.problems[0]
    assert (problem.code, problem.field, problem.params["donor_id"]) == (
        "id_registered", "national_id", duc.id,
    )  # fmt: skip
    assert services.donors.count() == 6


def test_same_name_and_birth_date_without_a_matching_id_warns(services, tmp_path):
    # The registry knows this donor by the old CMND only.
    row = registry_row(national_id="", old_id="123456789", full_name="Đặng Văn Đức",
                       birth_date="15/10/1992", sex="Nam")  # fmt: skip
    services.registry.import_file(write_registry(tmp_path / "r.csv", [row]))
    known = services.donors.lookup("123456789").exact
    form = DonorForm(
        national_id=cccd_for(dt.date(1992, 10, 15), MALE, 999),
        full_name="đặng văn đức",
        birth_date="15/10/1992",
        sex=MALE,
    )
    with pytest.raises(PossibleDuplicate) as duplicate:
        services.donors.register(form)
    assert duplicate.value.donors == [known]
    # The clerk confirms it is the same person: the record learns the CCCD.
    same = services.donors.adopt_ids(known, form)
    assert (same.id, same.national_id, same.old_id) == (known.id, form.national_id, "123456789")
    assert services.donors.count() == 1


def test_the_clerk_may_still_register_a_namesake(services, people):
    form = DonorForm(full_name="Đặng Văn Đức", birth_date="15/10/1992", sex=MALE,
                     old_id="987654321")  # fmt: skip
    with pytest.raises(PossibleDuplicate):
        services.donors.register(form)
    twin = services.donors.register(form, not_a_duplicate=True)
    assert twin.id != people["duc"].id


def test_two_different_cccd_numbers_are_two_people(services, people):
    form = DonorForm(
        national_id=cccd_for(dt.date(1992, 10, 15), MALE, 999),
        full_name="Đặng Văn Đức",
        birth_date="15/10/1992",
        sex=MALE,
    )
    namesake = services.donors.register(form)  # no duplicate question
    assert namesake.id != people["duc"].id


def test_a_chip_card_with_a_twelve_digit_old_cmnd(services, people):
    duc = people["duc"]
    qr = qr_for(duc.national_id, "ĐẶNG VĂN ĐỨC", duc.birth_date, MALE, old_id="012345678901")
    result = services.donors.lookup(qr + "\r")
    assert result.exact == duc
    assert result.card.old_id == "012345678901"


def test_a_garbled_card_number_is_refused(services, people):
    birth = dt.date(1990, 1, 1)
    qr = qr_for("001190123456", "NGUYỄN VĂN AN", birth, MALE)  # 4th digit says female
    result = services.donors.lookup(qr)
    assert [p.code for p in result.problems] == ["cccd_sex_century"]
    assert result.card is None and result.exact is None


def test_registration_is_audited_in_the_operators_name(services, people):
    entry = services.db.execute(
        "SELECT actor_name, action FROM audit_log WHERE record_id = ?", [people["duc"].id]
    ).fetchone()
    assert entry == (EVERYONE_NAME, "insert")  # the person signed in
