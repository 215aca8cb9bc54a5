"""Staff are edited and deactivated, never deleted; a deactivated person is chosen nowhere."""

import json

import pytest

from desktop.core.domain.problems import UserError


def codes(error: pytest.ExceptionInfo[UserError]) -> list[str]:
    return [p.code for p in error.value.problems]


def test_adding_someone_leaves_the_operator_as_it_was(services):
    before = services.session.actor
    services.staff.add("Lê Thị Hồng", "nurse")
    assert services.session.actor == before


def test_a_name_and_role_are_corrected_with_the_old_values_in_the_audit(services):
    nurse = services.staff.add("Le Thi Hong", "nurse")
    updated = services.staff.update(nurse.id, "  Lê Thị Hồng ", "doctor")
    assert (updated.full_name, updated.role) == ("Lê Thị Hồng", "doctor")
    old = services.db.execute(
        "SELECT old_values FROM audit_log WHERE record_id = ? AND action = 'update'", [nurse.id]
    ).fetchone()[0]
    assert json.loads(old) == {"full_name": "Le Thi Hong", "role": "nurse"}


def test_a_bad_correction_changes_nothing(services):
    nurse = services.staff.add("Lê Thị Hồng", "nurse")
    with pytest.raises(UserError) as refused:
        services.staff.update(nurse.id, " ", "surgeon")
    assert codes(refused) == ["required", "required"]
    assert services.staff.get(nurse.id) == nurse


def test_the_operators_new_name_signs_the_next_writes(services):
    clerk = services.staff.add("Nguyen Thi Lan", "clerk")
    services.staff.sign_in(clerk)
    services.staff.update(clerk.id, "Nguyễn Thị Lan", "clerk")
    assert services.session.actor.name == "Nguyễn Thị Lan"


def test_a_deactivated_person_is_neither_operator_doctor_nor_phlebotomist(services):
    doctor = services.staff.add("BS. Trần Văn Minh", "doctor")
    nurse = services.staff.add("Lê Thị Hồng", "nurse")
    services.staff.set_active(doctor.id, False)
    services.staff.set_active(nurse.id, False)
    assert doctor.id not in [s.id for s in services.staff.active()]
    assert services.screening.doctors() == []
    assert services.collection.phlebotomists() == []
    with pytest.raises(UserError) as refused:
        services.staff.sign_in(nurse)
    assert codes(refused) == ["staff_inactive"]
    everyone = services.staff.everyone()
    assert [s.active for s in everyone] == [True, False, False]  # never deleted
    assert services.db.execute("SELECT count(*) FROM staff").fetchone()[0] == 3
    services.staff.set_active(nurse.id, True)
    assert [s.id for s in services.collection.phlebotomists()] == [nurse.id]


def test_the_operator_cannot_deactivate_themselves(services):
    clerk = services.staff.add("Nguyễn Thị Lan", "clerk")
    services.staff.sign_in(clerk)
    with pytest.raises(UserError) as refused:
        services.staff.set_active(clerk.id, False)
    assert codes(refused) == ["staff_is_operator"]
    assert services.staff.get(clerk.id).active
