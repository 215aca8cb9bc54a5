"""The screening service: answers, measurements, the doctor's decision and its effects."""

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.domain.answers import Answer
from desktop.core.domain.problems import UserError
from desktop.core.domain.vocabulary import ScreeningDecision, StaffRole
from desktop.core.eligibility.measurements import MeasurementForm
from desktop.core.stations.screening import DoctorDecision
from tests.factories import FEMALE, MALE
from tests.people import acting, everyone_person, person, sign_in_as

HEALTHY = MeasurementForm(
    weight_kg="62", systolic="120", diastolic="80", pulse="72", hb_g_l="138", hbsag="negative"
)


@pytest.fixture
def doctor(services):
    """The screening doctor, signed in: the decisions are theirs."""
    doctor = person(services, "BS. Trần Thị Hoa", StaffRole.DOCTOR)
    services.staff.sign_in(doctor)
    return doctor


@pytest.fixture
def ticket(services, drive, donors):
    donor = donors.register("Phạm Văn Đức", dt.date(1990, 5, 15), MALE)
    return services.checkin.check_in(drive, donor).visit


def codes(problems_error: UserError) -> list[str]:
    return [p.code for p in problems_error.problems]


def audit(services, table, record_id):
    return list(
        services.db.query(
            "SELECT * FROM audit_log WHERE table_name = ? AND record_id = ? ORDER BY change_seq",
            [table, record_id],
        )
    )


def test_answers_are_stored_with_who_answered_and_when(services, ticket, doctor):
    record = services.screening.save_questionnaire(
        ticket.id, {"tattoo": Answer(True, dt.date(2026, 9, 1)), "fever": Answer(False)}
    )
    assert record.answers["tattoo"] == Answer(True, dt.date(2026, 9, 1))
    assert record.answers["hiv"] == Answer(False)  # every item asked is stored, "no" too
    assert "pregnant" not in record.answers  # women-only items are not asked of men
    assert record.questionnaire_by == "BS. Trần Thị Hoa"
    assert record.questionnaire_at.startswith("20")


def test_an_event_date_after_the_drive_is_refused_and_nothing_is_saved(services, ticket, doctor):
    with pytest.raises(UserError) as refused:
        services.screening.save_questionnaire(
            ticket.id, {"tattoo": Answer(True, dt.date(2026, 12, 1))}
        )
    assert [(p.code, p.field) for p in refused.value.problems] == [("event_in_future", "tattoo")]
    assert services.screening.record(ticket.id) is None


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("weight_kg", "4", "implausible"),
        ("weight_kg", "400", "implausible"),
        ("weight_kg", "sáu mươi", "not_a_number"),
        ("systolic", "70", "systolic_not_above_diastolic"),
        ("pulse", "72.5", "not_a_number"),
        ("hb_g_l", "13.5", "not_a_number"),  # g/dL typed instead of g/L
    ],
)
def test_impossible_measurements_are_refused_by_field(services, ticket, doctor, field, value, code):
    services.screening.save_questionnaire(ticket.id, {})
    form = MeasurementForm(**{**HEALTHY.__dict__, field: value})
    with pytest.raises(UserError) as refused:
        services.screening.decide(ticket.id, form, DoctorDecision(ScreeningDecision.ACCEPT, 450))
    assert code in codes(refused.value)
    assert services.screening.record(ticket.id).decision is None
    assert services.checkin.waiting_for_screening(services.drives.get(ticket.drive_id))


def test_a_decimal_comma_is_read(services, ticket, doctor):
    services.screening.save_questionnaire(ticket.id, {})
    form = MeasurementForm(**{**HEALTHY.__dict__, "weight_kg": "47,5"})
    proposal = services.screening.evaluate(ticket.id, form)
    assert proposal.measurements.weight_kg == 47.5
    assert proposal.decision.volume_ml == 350


def test_accepting_moves_the_donor_to_collection_with_the_volume(services, drive, ticket, doctor):
    services.screening.save_questionnaire(ticket.id, {})
    record = services.screening.decide(
        ticket.id, HEALTHY, DoctorDecision(ScreeningDecision.ACCEPT, 450)
    )
    assert (record.decision, record.volume_ml, record.doctor_name) == (
        ScreeningDecision.ACCEPT,
        450,
        "BS. Trần Thị Hoa",
    )
    assert record.rule_set_version == services.screening.rules.version
    assert services.checkin.waiting_for_screening(drive) == []
    [entry] = services.collection.queue(drive)
    assert (entry.full_name, entry.approved_volume_ml) == ("Phạm Văn Đức", 450)


def test_the_doctor_may_lower_the_volume_without_a_reason(services, drive, ticket, doctor):
    services.screening.save_questionnaire(ticket.id, {})
    record = services.screening.decide(
        ticket.id, HEALTHY, DoctorDecision(ScreeningDecision.ACCEPT, 250)
    )
    assert (record.volume_ml, record.override_reason, record.overridden_rules) == (250, None, [])


def test_a_decision_needs_the_questionnaire_and_a_doctor(services, ticket, doctor):
    with pytest.raises(UserError) as refused:
        services.screening.decide(ticket.id, HEALTHY, DoctorDecision(ScreeningDecision.ACCEPT, 450))
    assert codes(refused.value) == ["questionnaire_missing"]
    services.screening.save_questionnaire(ticket.id, {})
    sign_in_as(services, StaffRole.CLERK)  # reception records answers, never decides
    with pytest.raises(UserError) as refused:
        services.screening.decide(ticket.id, HEALTHY, DoctorDecision(ScreeningDecision.ACCEPT, 450))
    assert codes(refused.value) == ["role_required"]
    assert services.screening.record(ticket.id).decision is None


def test_the_decision_carries_the_doctor_signed_in(services, ticket, doctor):
    services.screening.save_questionnaire(ticket.id, {})
    record = services.screening.decide(ticket.id, HEALTHY, DoctorDecision("accept", 450))
    assert record.doctor_name == "BS. Trần Thị Hoa"
    row = services.db.execute(
        "SELECT doctor_id FROM screening WHERE visit_id = ?", [ticket.id]
    ).fetchone()
    assert row[0] == doctor.id


def test_an_override_needs_a_reason_and_is_audited(services, drive, ticket, doctor):
    services.screening.save_questionnaire(ticket.id, {"antibiotics": Answer(True, None)})
    assert (
        services.screening.evaluate(ticket.id, HEALTHY).decision.outcome
        == ScreeningDecision.DEFER_TEMPORARY
    )
    with pytest.raises(UserError) as refused:
        services.screening.decide(ticket.id, HEALTHY, DoctorDecision(ScreeningDecision.ACCEPT, 350))
    assert codes(refused.value) == ["override_reason_required"]
    assert services.screening.record(ticket.id).decision is None

    reason = "Chỉ dùng kháng sinh bôi ngoài da"
    record = services.screening.decide(
        ticket.id, HEALTHY, DoctorDecision(ScreeningDecision.ACCEPT, 350, reason=reason)
    )
    assert (record.decision, record.override_reason) == (ScreeningDecision.ACCEPT, reason)
    assert record.overridden_rules == ["q.antibiotics"]
    assert record.proposed_decision == ScreeningDecision.DEFER_TEMPORARY
    entries = audit(services, "screening", record.id)
    assert entries[-1]["actor_name"] == "BS. Trần Thị Hoa"
    assert "q.antibiotics" in entries[-1]["note"] and reason in entries[-1]["note"]
    assert json.loads(entries[-1]["new_values"])["override_reason"] == reason


def test_an_override_reason_of_nothing_visible_is_no_reason(services, ticket, doctor):
    services.screening.save_questionnaire(ticket.id, {"antibiotics": Answer(True, None)})
    invisible = "\u200b\u202e\ufeff"  # stored cleaned, it would be an empty reason
    with pytest.raises(UserError) as refused:
        services.screening.decide(
            ticket.id, HEALTHY, DoctorDecision(ScreeningDecision.ACCEPT, 350, reason=invisible),
        )  # fmt: skip
    assert codes(refused.value) == ["override_reason_required"]
    assert services.screening.record(ticket.id).decision is None


def test_accepting_above_the_proposed_volume_is_an_override(services, ticket, doctor):
    services.screening.save_questionnaire(ticket.id, {})
    low_hb = MeasurementForm(**{**HEALTHY.__dict__, "hb_g_l": "122"})
    with pytest.raises(UserError) as refused:
        services.screening.decide(ticket.id, low_hb, DoctorDecision(ScreeningDecision.ACCEPT, 450))
    assert codes(refused.value) == ["override_reason_required"]


def test_a_dated_deferral_reaches_the_donor_and_the_next_check_in(services, drive, ticket, doctor):
    services.screening.save_questionnaire(ticket.id, {"tattoo": Answer(True, dt.date(2026, 9, 1))})
    record = services.screening.decide(
        ticket.id, HEALTHY, DoctorDecision(ScreeningDecision.DEFER_TEMPORARY)
    )
    assert (record.decision, record.deferral_until) == (
        ScreeningDecision.DEFER_TEMPORARY,
        dt.date(2027, 3, 1),
    )
    donor = services.donors.get(ticket.donor_id)
    assert (donor.deferral_until, donor.deferral_reason) == (dt.date(2027, 3, 1), "q.tattoo")
    later = services.drives.get(drive.id)
    warnings = services.checkin.assess(donor, later).warnings
    assert [w.code for w in warnings] == ["deferred_until"]


def test_a_permanent_deferral_marks_the_donor(services, ticket, doctor):
    services.screening.save_questionnaire(ticket.id, {"hepatitis_c": Answer(True)})
    services.screening.decide(ticket.id, HEALTHY, DoctorDecision(ScreeningDecision.DEFER_PERMANENT))
    donor = services.donors.get(ticket.donor_id)
    assert donor.deferral_permanent and donor.deferral_reason == "q.hepatitis_c"


def test_deferring_an_eligible_donor_needs_a_reason(services, ticket, doctor):
    services.screening.save_questionnaire(ticket.id, {})
    until = dt.date(2026, 12, 8)
    with pytest.raises(UserError) as refused:
        services.screening.decide(
            ticket.id,
            HEALTHY,
            DoctorDecision(ScreeningDecision.DEFER_TEMPORARY, until=until),
        )
    assert codes(refused.value) == ["deferral_reason_required"]
    services.screening.decide(
        ticket.id,
        HEALTHY,
        DoctorDecision(ScreeningDecision.DEFER_TEMPORARY, until=until, reason="Mất ngủ, mệt mỏi"),
    )
    donor = services.donors.get(ticket.donor_id)
    assert (donor.deferral_until, donor.deferral_reason) == (until, "doctor")


def test_a_deferral_for_the_day_only_leaves_the_donor_record(services, ticket, doctor):
    services.screening.save_questionnaire(ticket.id, {})
    high = MeasurementForm(**{**HEALTHY.__dict__, "systolic": "175", "diastolic": "105"})
    record = services.screening.decide(
        ticket.id, high, DoctorDecision(ScreeningDecision.DEFER_TEMPORARY)
    )
    assert (record.decision, record.deferral_until) == (ScreeningDecision.DEFER_TEMPORARY, None)
    donor = services.donors.get(ticket.donor_id)
    assert (donor.deferral_until, donor.deferral_permanent) == (None, False)


def test_a_decided_ticket_is_not_decided_twice_but_can_be_reopened(services, drive, ticket, doctor):
    services.screening.save_questionnaire(ticket.id, {"tattoo": Answer(True, dt.date(2026, 9, 1))})
    services.screening.decide(ticket.id, HEALTHY, DoctorDecision(ScreeningDecision.DEFER_TEMPORARY))
    with pytest.raises(UserError) as refused:
        services.screening.decide(ticket.id, HEALTHY, DoctorDecision(ScreeningDecision.ACCEPT, 450))
    assert codes(refused.value) == ["already_screened"]
    with pytest.raises(UserError):
        services.screening.save_questionnaire(ticket.id, {})

    services.screening.reopen(ticket.id, "Nhầm ngày xăm: năm 2025")
    donor = services.donors.get(ticket.donor_id)
    assert (donor.deferral_until, donor.deferral_reason) == (None, "")
    assert [e.visit.id for e in services.checkin.waiting_for_screening(drive)] == [ticket.id]
    services.screening.save_questionnaire(ticket.id, {"tattoo": Answer(True, dt.date(2025, 9, 1))})
    record = services.screening.decide(
        ticket.id, HEALTHY, DoctorDecision(ScreeningDecision.ACCEPT, 450)
    )
    assert record.decision == ScreeningDecision.ACCEPT
    assert any(e["action"] == "reopen" for e in audit(services, "visit", ticket.id))


def test_women_are_asked_the_women_only_items(services, drive, donors, doctor):
    woman = donors.register("Đặng Thị Thu", dt.date(1995, 3, 10), FEMALE)
    with acting(services, everyone_person(services)):  # at reception
        visit = services.checkin.check_in(drive, woman).visit
    services.screening.save_questionnaire(visit.id, {"nursing": Answer(True, dt.date(2026, 6, 1))})
    proposal = services.screening.evaluate(visit.id, HEALTHY).decision
    assert (proposal.outcome, proposal.until) == (
        ScreeningDecision.DEFER_TEMPORARY,
        dt.date(2027, 6, 1),
    )


def test_an_installed_rule_set_is_used_and_recorded(services, ticket, doctor, tmp_path):
    from desktop.core.eligibility.harness import DEFAULT_CASES
    from desktop.core.eligibility.ruleset import DEFAULT_RULE_SET

    text = DEFAULT_RULE_SET.read_text(encoding="utf-8")
    text = text.replace("systolic_max = 160", "systolic_max = 140").replace(
        'version = "VN-TT26-2013/2026.1"', 'version = "HN-2027/1"'
    )
    path = tmp_path / "hn.toml"
    path.write_text(text, encoding="utf-8")
    healthy = "healthy,M,1990-05-15,2026-11-24,62,140,120,80,72,neg,,,,accept,450,-"
    cases = tmp_path / "hn-cases.csv"
    cases.write_text(DEFAULT_CASES.read_text(encoding="utf-8").splitlines()[0] + "\n" + healthy)
    with acting(services, everyone_person(services)):  # the administrator installs it
        assert services.rules.install_file(path).installed
    services.screening.save_questionnaire(ticket.id, {})
    form = MeasurementForm(**{**HEALTHY.__dict__, "systolic": "150"})
    record = services.screening.decide(
        ticket.id, form, DoctorDecision(ScreeningDecision.DEFER_TEMPORARY)
    )
    assert (record.proposed_decision, record.rule_set_version) == (
        ScreeningDecision.DEFER_TEMPORARY,
        "HN-2027/1",
    )


# --- property: nothing breaks a rule without a written override -------------------------

choices = st.builds(
    DoctorDecision,
    outcome=st.sampled_from(
        [
            ScreeningDecision.ACCEPT,
            ScreeningDecision.DEFER_TEMPORARY,
            ScreeningDecision.DEFER_PERMANENT,
        ]
    ),
    volume_ml=st.sampled_from([250, 350, 450]),
    reason=st.sampled_from(["", "  ", "Bác sĩ đã khám lại"]),
)
forms = st.builds(
    MeasurementForm,
    weight_kg=st.sampled_from(["41", "44", "47", "62", ""]),
    systolic=st.sampled_from(["85", "120", "165"]),
    diastolic=st.sampled_from(["55", "80"]),
    pulse=st.sampled_from(["45", "72", "105"]),
    hb_g_l=st.sampled_from(["118", "122", "130", ""]),
    hbsag=st.sampled_from(["negative", "positive", "not_done", None]),
)
questionnaires = st.dictionaries(
    st.sampled_from(["tattoo", "hiv", "fever", "vaccination", "donated_before"]),
    st.builds(Answer, st.booleans(), st.none() | st.just(dt.date(2026, 10, 1))),
    max_size=2,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(choice=choices, form=forms, answers=questionnaires)
def test_no_stored_acceptance_breaks_a_rule_without_a_written_override(
    services, drive, donors, doctor, choice, form, answers
):
    donor = donors.register(birth=dt.date(1990, 5, 15))
    with acting(services, everyone_person(services)):  # at reception
        visit = services.checkin.check_in(drive, donor).visit
    services.screening.save_questionnaire(visit.id, answers)
    try:
        services.screening.decide(visit.id, form, choice)
    except UserError:
        assert services.screening.record(visit.id).decision is None
        return
    record = services.screening.record(visit.id)
    if record.decision == ScreeningDecision.ACCEPT:
        failed = [f for f in record.findings if f["effect"] != "limit"]
        above = record.volume_ml > (record.proposed_volume_ml or 0)
        if failed or above:
            assert record.override_reason and record.override_reason.strip()
            assert record.overridden_rules


def test_nothing_recorded_is_never_read_as_no_to_every_item(services, ticket, doctor):
    """Ticks on a form nobody recorded are a draft: the proposal stays "not complete"
    and accepting is refused until the answers are recorded, with who and when."""
    proposal = services.screening.evaluate(ticket.id, HEALTHY, answers={}).decision
    assert proposal.outcome == "incomplete"
    assert [f.rule for f in proposal.failed] == ["questionnaire_missing"]
    accept = DoctorDecision(ScreeningDecision.ACCEPT, 450)
    with pytest.raises(UserError) as refused:
        services.screening.decide(ticket.id, HEALTHY, accept)
    assert codes(refused.value) == ["questionnaire_missing"]
    assert services.screening.record(ticket.id) is None

    services.screening.save_questionnaire(ticket.id, {})
    assert services.screening.evaluate(ticket.id, HEALTHY).decision.outcome == "accept"
    record = services.screening.decide(ticket.id, HEALTHY, accept)
    assert (record.decision, record.questionnaire_by) == ("accept", "BS. Trần Thị Hoa")


def test_a_donor_may_be_deferred_before_the_questionnaire(services, ticket, doctor):
    high = MeasurementForm(**{**HEALTHY.__dict__, "systolic": "175", "diastolic": "105"})
    record = services.screening.decide(
        ticket.id, high, DoctorDecision(ScreeningDecision.DEFER_TEMPORARY)
    )
    assert (record.decision, record.deferral_reason) == ("defer_temporary", "systolic")
    assert (record.answers, record.questionnaire_at) == ({}, None)
