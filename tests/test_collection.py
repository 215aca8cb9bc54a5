"""DIN allocation and scanning, recording donations, and the end-of-day close."""

import datetime as dt

import pytest

from desktop.core.domain.isbt128 import make_din
from desktop.core.domain.problems import UserError
from desktop.core.domain.vocabulary import StaffRole
from desktop.core.eligibility.measurements import MeasurementForm
from desktop.core.stations.collection import DonationForm, ReactionForm
from desktop.core.stations.screening import DoctorDecision
from tests.factories import MALE
from tests.people import acting, everyone_person, person

FIN = "A9999"
HEALTHY = MeasurementForm(
    weight_kg="62", systolic="120", diastolic="80", pulse="72", hb_g_l="138", hbsag="negative"
)


@pytest.fixture
def staff(services):
    """A doctor and a nurse (the test person holding every role stays signed in)."""
    doctor = person(services, "BS. Trần Thị Hoa", StaffRole.DOCTOR)
    nurse = person(services, "Lê Thị Hồng", StaffRole.NURSE)
    return {"doctor": doctor, "nurse": nurse}


@pytest.fixture
def accepted(services, drive, donors, staff):
    """Check in, screen and accept a donor; returns the ticket."""

    def accept(name="Phạm Văn Đức", volume=450):
        with acting(services, everyone_person(services)):  # reception, then the doctor
            donor = donors.register(name, dt.date(1990, 5, 15), MALE)
            visit = services.checkin.check_in(drive, donor).visit
            services.screening.save_questionnaire(visit.id, {})
        with acting(services, staff["doctor"]):
            services.screening.decide(visit.id, HEALTHY, DoctorDecision("accept", volume))
        return visit

    with acting(services, everyone_person(services)):
        services.dins.set_fin(FIN)
    return accept


def codes(error: UserError) -> list[str]:
    return [p.code for p in error.problems]


def form(din: str, **changes) -> DonationForm:
    values = {
        "din": din, "bag_type": "triple", "bag_lot": "L2611", "volume_ml": "450",
        "started": "09:05", "ended": "09:13",
    }  # fmt: skip
    return DonationForm(**{**values, **changes})


def test_allocation_follows_the_site_sequence_and_never_reuses(services, drive, accepted):
    first = services.dins.allocate(drive, 3)
    assert [r.din.number for r in first] == ["A999926000001", "A999926000002", "A999926000003"]
    services.dins.void("A999926000003", "Nhãn bị hỏng khi in")
    again = services.dins.allocate(drive, 2)
    assert [r.din.sequence for r in again] == [4, 5]  # a voided number is not given again
    assert services.dins.record("A999926000003").status == "voided"


def test_a_complete_donation_is_recorded_with_the_donor_history(services, drive, accepted, staff):
    visit = accepted()
    din = services.dins.allocate(drive, 1)[0].din
    unit = services.collection.record(visit.id, form(din.barcode_data))
    assert (unit.din, unit.outcome, unit.volume_ml, round(unit.minutes)) == (
        din.number, "complete", 450, 8,
    )  # fmt: skip
    assert services.dins.record(din.number).status == "used"
    donor = services.donors.get(visit.donor_id)
    assert (donor.donation_count, donor.last_donation_date, donor.last_donation_type) == (
        1, drive.drive_date, "whole_blood",
    )  # fmt: skip
    assert services.collection.queue(drive) == []
    assert services.checkin.counts(drive) == {"donated": 1}


def test_scans_are_refused_with_a_reason(services, drive, accepted, staff):
    visit, other = accepted(), accepted("Lê Văn Tâm")
    din = services.dins.allocate(drive, 1)[0].din
    wrong_check = din.number + ("A" if din.check != "A" else "B")
    out_of_range = make_din(FIN, 26, 500).barcode_data
    other_site = make_din("B1234", 26, 1).barcode_data
    for text, code in (
        (wrong_check, "din_check"),
        (out_of_range, "din_not_allocated"),
        (other_site, "din_other_facility"),
        ("A99992600000", "din_format"),
    ):
        with pytest.raises(UserError) as refused:
            services.collection.check_din(drive, text)
        assert codes(refused.value) == [code], text
    services.collection.record(visit.id, form(din.barcode_data))
    with pytest.raises(UserError) as refused:
        services.collection.record(other.id, form(din.barcode_data))
    assert codes(refused.value) == ["din_used"]
    assert services.collection.queue(drive)[0].visit.id == other.id  # nothing written


def test_an_incomplete_donation_with_a_vasovagal_reaction(services, drive, accepted, staff):
    visit = accepted()
    din = services.dins.allocate(drive, 1)[0].din
    reaction = ReactionForm(
        "vasovagal_immediate_loc", "moderate", "09:10", "Nằm đầu thấp, uống nước", True
    )
    unit = services.collection.record(
        visit.id,
        form(din.number + din.check, outcome="incomplete", volume_ml="180",
             reaction=reaction),
    )  # fmt: skip
    got = (unit.outcome, unit.volume_ml, unit.reaction, unit.reaction_severity, unit.left_well)
    assert got == (
        "incomplete", 180, "vasovagal_immediate_loc", "moderate", True,
    )  # fmt: skip
    donor = services.donors.get(visit.donor_id)
    assert donor.donation_count == 0  # only a complete donation counts
    assert donor.last_donation_date == drive.drive_date  # but blood was drawn: the wait runs


def test_a_form_with_mistakes_is_refused_whole(services, drive, accepted, staff):
    visit = accepted()
    din = services.dins.allocate(drive, 1)[0].din
    bad = form(din.barcode_data, volume_ml="4500", started="9:70", ended="",
               reaction=ReactionForm("haematoma", "mild", "soon"))  # fmt: skip
    with pytest.raises(UserError) as refused:
        services.collection.record(visit.id, bad)
    assert {(p.code, p.field) for p in refused.value.problems} == {
        ("implausible", "volume"), ("time_invalid", "started"), ("required", "ended"),
        ("time_invalid", "reaction_at"),
    }  # fmt: skip
    assert services.dins.record(din.number).status == "allocated"


def test_not_collected_needs_no_unit(services, drive, accepted, staff):
    visit = accepted()
    unit = services.collection.record(
        visit.id,
        DonationForm(outcome="not_collected", note="Không tìm được ven"),
    )  # fmt: skip
    assert (unit.outcome, unit.din, unit.volume_ml) == ("not_collected", None, None)
    assert services.checkin.counts(drive) == {"not_collected": 1}
    assert services.donors.get(visit.donor_id).last_donation_date is None


def test_pre_printed_rolls_check_range_and_sequence(services, drive, accepted, staff):
    first, second, third = accepted(), accepted("Lê Văn Tâm"), accepted("Võ Thị Sáu")
    start, end = make_din(FIN, 26, 101), make_din(FIN, 26, 150)
    services.dins.add_roll(drive, start.barcode_data, end.barcode_data)
    assert services.collection.check_din(drive, start.barcode_data).warnings == []
    services.collection.record(first.id, form(start.barcode_data))
    skipped = make_din(FIN, 26, 105)
    check = services.collection.check_din(drive, skipped.barcode_data)
    assert [(w.code, w.params) for w in check.warnings] == [
        ("din_out_of_sequence", {"expected": "000102"})
    ]
    services.collection.record(second.id, form(skipped.barcode_data))
    with pytest.raises(UserError) as refused:
        services.collection.check_din(drive, make_din(FIN, 26, 151).barcode_data)
    assert codes(refused.value) == ["din_not_allocated"]
    with pytest.raises(UserError) as refused:
        services.dins.add_roll(drive, make_din(FIN, 26, 140).barcode_data,
                               make_din(FIN, 26, 160).barcode_data)  # fmt: skip
    assert codes(refused.value) == ["roll_overlap"]
    assert services.dins.allocate(drive, 1)[0].din.sequence == 151  # after the roll
    assert third.id in {e.visit.id for e in services.collection.queue(drive)}


def test_the_drive_closes_only_with_every_discrepancy_explained(services, drive, accepted, staff):
    given, gone = accepted(), accepted("Lê Văn Tâm")
    dins = services.dins.allocate(drive, 3)
    services.collection.record(given.id, form(dins[0].din.barcode_data))
    summary = services.reconciliation.summary(drive)
    assert (summary.checked_in, summary.accepted, summary.complete, summary.accepted_no_unit) == (
        2, 2, 1, 1,
    )  # fmt: skip
    assert (summary.dins_allocated, summary.dins_used, summary.dins_printed) == (3, 1, 0)
    assert (summary.dins_never_printed, summary.dins_unaccounted) == (2, 0)  # not "printed"
    assert {d.kind for d in summary.unexplained} == {"accepted_no_unit", "unused_dins"}
    with pytest.raises(UserError) as refused:
        services.reconciliation.close(drive)
    assert codes(refused.value) == ["unexplained_discrepancies"]

    services.reconciliation.explain(drive, "accepted_no_unit", "Người hiến bỏ về vì bận việc")
    services.dins.void(dins[1].din.number, "Nhãn in thừa, đã hủy")
    # The note on unused DINs must cover the DINs as they are now (one, not two).
    services.reconciliation.explain(drive, "unused_dins", "Nhãn thừa, đã hủy cuối ngày")
    assert services.reconciliation.summary(drive).unexplained == []
    services.reconciliation.close(drive)
    assert services.drives.get(drive.id).status == "closed"

    with pytest.raises(UserError) as refused:
        services.collection.record(gone.id, form(dins[2].din.barcode_data))
    assert codes(refused.value) == ["drive_closed"]
    with pytest.raises(UserError):
        services.dins.allocate(drive, 1)


def test_a_note_covers_only_the_items_it_was_written_for(services, drive, accepted):
    services.dins.allocate(drive, 2)
    services.reconciliation.explain(drive, "unused_dins", "Để dành cho đợt sau")
    assert services.reconciliation.summary(drive).unexplained == []
    services.dins.allocate(drive, 1)
    [still] = services.reconciliation.summary(drive).unexplained
    assert still.kind == "unused_dins" and len(still.keys) == 3
    assert still.items == (f"{FIN} 26 000001–000003 (3)",)  # one run of numbers


def test_a_correction_after_closing_is_an_audited_amendment(services, drive, accepted, staff):
    visit = accepted()
    din = services.dins.allocate(drive, 1)[0].din
    unit = services.collection.record(visit.id, form(din.barcode_data))
    services.reconciliation.close(drive)
    services.reconciliation.amend_donation(unit.id, {"volume_ml": "430"}, "Cân lại túi: 430 ml")
    assert services.collection.donation(unit.id).volume_ml == 430
    entry = next(
        services.db.query(
            "SELECT * FROM audit_log WHERE record_id = ? AND action = 'amend'", [unit.id]
        )
    )
    assert entry["note"] == "Cân lại túi: 430 ml" and '"volume_ml":450' in entry["old_values"]
    with pytest.raises(UserError):
        services.reconciliation.amend_donation(unit.id, {"volume_ml": "420"}, " ")


def test_a_donor_who_left_is_no_longer_a_discrepancy(services, drive, accepted):
    visit = accepted()
    with pytest.raises(UserError):
        services.reconciliation.mark_left(visit.id, "  ")
    services.reconciliation.mark_left(visit.id, "Bận việc, xin về trước")
    summary = services.reconciliation.summary(drive)
    assert (summary.left, summary.accepted_no_unit, summary.discrepancies) == (1, 0, [])
    assert (summary.screened, summary.accepted) == (1, 1)  # the decision still counts
    assert services.collection.queue(drive) == []


def test_an_amendment_out_of_complete_moves_the_donor_count(services, drive, accepted, staff):
    visit = accepted()
    din = services.dins.allocate(drive, 1)[0].din
    unit = services.collection.record(visit.id, form(din.barcode_data))
    assert services.donors.get(visit.donor_id).donation_count == 1
    services.reconciliation.amend_donation(
        unit.id, {"outcome": "incomplete", "volume_ml": "200"}, "Túi chỉ được 200 ml"
    )
    assert services.donors.get(visit.donor_id).donation_count == 0
    with pytest.raises(UserError) as refused:
        services.reconciliation.amend_donation(unit.id, {"volume_ml": "4500"}, "Gõ nhầm")
    assert codes(refused.value) == ["implausible"]


def test_an_amendment_takes_the_volume_as_typed_and_nothing_but_volume_and_outcome(
    services, drive, accepted, staff
):
    visit = accepted()
    din = services.dins.allocate(drive, 1)[0].din
    unit = services.collection.record(visit.id, form(din.barcode_data))
    services.reconciliation.amend_donation(unit.id, {"volume_ml": " 430 "}, "Cân lại túi")
    assert services.collection.donation(unit.id).volume_ml == 430
    for typed in ("4 30", "bốn trăm", "0", "-5"):
        with pytest.raises(UserError) as refused:
            services.reconciliation.amend_donation(unit.id, {"volume_ml": typed}, "Gõ nhầm")
        assert [(p.code, p.field) for p in refused.value.problems] == [("implausible", "volume")]
    with pytest.raises(UserError) as refused:  # every field that is wrong, at once
        services.reconciliation.amend_donation(unit.id, {"volume_ml": "abc"}, " ")
    assert [p.field for p in refused.value.problems] == ["reason", "volume"]
    for unchecked in ({"bag_lot": "=cmd"}, {"note": "x" * 100_000}, {"reaction": "none"}):
        with pytest.raises(ValueError):
            services.reconciliation.amend_donation(unit.id, unchecked, "Sửa")
    assert services.collection.donation(unit.id).volume_ml == 430


def test_the_unit_carries_the_nurse_signed_in_and_no_one_else_records_it(
    services, drive, accepted, staff
):
    """The phlebotomist is the nurse signed in (no one else's name can be given); the
    doctor, not a nurse, is refused and nothing of the unit is written."""
    visit = accepted()
    din = services.dins.allocate(drive, 1)[0].din
    audit = services.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with acting(services, staff["doctor"]), pytest.raises(UserError) as refused:
        services.collection.record(visit.id, form(din.barcode_data))
    assert codes(refused.value) == ["role_required"]
    assert refused.value.problems[0].params == {"roles": ["nurse"]}
    assert services.collection.donations(drive) == []
    assert services.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit
    with acting(services, staff["nurse"]):
        unit = services.collection.record(visit.id, form(din.barcode_data))
    assert unit.phlebotomist == "Lê Thị Hồng"
    row = services.db.execute(
        "SELECT phlebotomist_id FROM donation WHERE id = ?", [unit.id]
    ).fetchone()
    assert row[0] == staff["nurse"].id
