"""Staff hold several roles and are edited and deactivated, never deleted; a role taken
away stays on record, inactive; the laptop always keeps an administrator."""

import json

import pytest

from db.connection import open_database
from db.staff import role_id
from desktop.core.domain.problems import UserError
from desktop.core.domain.vocabulary import StaffRole
from tests.people import EVERYONE_NAME, sign_in_as


def codes(error: pytest.ExceptionInfo[UserError]) -> list[str]:
    return [p.code for p in error.value.problems]


def role_rows(services, staff_id: str) -> dict[str, int]:
    return dict(
        services.db.execute(
            "SELECT role, active FROM staff_role WHERE staff_id = ?", [staff_id]
        ).fetchall()
    )


def test_adding_someone_leaves_the_person_signed_in_as_it_was(services):
    before = services.session.actor
    services.staff.add("Lê Thị Hồng", "nurse")
    assert services.session.actor == before


def test_a_person_holds_several_roles_each_a_row_of_its_own(services):
    hong = services.staff.add("Lê Thị Hồng", [StaffRole.NURSE, StaffRole.CERTIFICATE])
    assert hong.roles == {StaffRole.NURSE, StaffRole.CERTIFICATE}
    assert hong.ordered_roles() == [StaffRole.NURSE, StaffRole.CERTIFICATE]
    assert role_rows(services, hong.id) == {"nurse": 1, "certificate": 1}
    ids = [row[0] for row in services.db.execute(
        "SELECT id FROM staff_role WHERE staff_id = ? ORDER BY role", [hong.id])]  # fmt: skip
    assert ids == [role_id(hong.id, "certificate"), role_id(hong.id, "nurse")]


def test_a_role_taken_away_stays_on_record_inactive_and_comes_back(services):
    hong = services.staff.add("Lê Thị Hồng", [StaffRole.NURSE, StaffRole.CERTIFICATE])
    services.staff.update(hong.id, hong.full_name, [StaffRole.NURSE])
    assert services.staff.get(hong.id).roles == {StaffRole.NURSE}
    assert role_rows(services, hong.id) == {"nurse": 1, "certificate": 0}
    services.staff.update(hong.id, hong.full_name, [StaffRole.NURSE, StaffRole.CERTIFICATE])
    assert role_rows(services, hong.id) == {"nurse": 1, "certificate": 1}
    actions = services.db.execute(
        "SELECT action, old_values, new_values FROM audit_log WHERE table_name = 'staff_role'"
        " AND record_id = ? ORDER BY change_seq", [role_id(hong.id, "certificate")],
    ).fetchall()  # fmt: skip
    assert [(a, json.loads(o or "null"), json.loads(n)) for a, o, n in actions][1:] == [
        ("update", {"active": 1}, {"active": 0}),
        ("update", {"active": 0}, {"active": 1}),
    ]


def test_a_name_is_corrected_with_the_old_value_in_the_audit(services):
    nurse = services.staff.add("Le Thi Hong", "nurse")
    updated = services.staff.update(nurse.id, "  Lê Thị Hồng ", ["doctor"])
    assert (updated.full_name, updated.roles) == ("Lê Thị Hồng", {StaffRole.DOCTOR})
    old = services.db.execute(
        "SELECT old_values FROM audit_log WHERE record_id = ? AND action = 'update'", [nurse.id]
    ).fetchone()[0]
    assert json.loads(old)["full_name"] == "Le Thi Hong"


def test_a_bad_correction_changes_nothing(services):
    nurse = services.staff.add("Lê Thị Hồng", "nurse")
    with pytest.raises(UserError) as refused:
        services.staff.update(nurse.id, " ", ["surgeon"])
    assert codes(refused) == ["required", "required"]
    with pytest.raises(UserError) as refused:
        services.staff.update(nurse.id, "Lê Thị Hồng", [])
    assert codes(refused) == ["required"]
    assert services.staff.get(nurse.id) == nurse


def test_the_new_name_and_roles_of_the_person_signed_in_apply_at_once(services):
    me = services.staff.get(services.session.actor.staff_id)
    services.staff.update(me.id, "Nguyễn Văn Tất Cả", [StaffRole.ADMIN, StaffRole.CLERK])
    assert services.session.actor.name == "Nguyễn Văn Tất Cả"
    assert services.session.roles == {StaffRole.ADMIN, StaffRole.CLERK}


def test_a_deactivated_person_is_not_among_the_active_and_cannot_sign_in(services):
    doctor = services.staff.add("BS. Trần Văn Minh", "doctor")
    nurse = services.staff.add("Lê Thị Hồng", "nurse")
    services.staff.set_active(doctor.id, False)
    services.staff.set_active(nurse.id, False)
    assert doctor.id not in [s.id for s in services.staff.active()]
    assert services.staff.holders(StaffRole.DOCTOR, StaffRole.NURSE) == [
        services.staff.get(services.session.actor.staff_id)
    ]
    with pytest.raises(UserError) as refused:
        services.staff.sign_in(nurse)
    assert codes(refused) == ["staff_inactive"]
    everyone = services.staff.everyone()
    assert [s.active for s in everyone] == [True, False, False]  # never deleted
    assert services.db.execute("SELECT count(*) FROM staff").fetchone()[0] == 3


def test_signing_in_puts_the_persons_roles_on_the_session(services):
    hong = services.staff.add("Lê Thị Hồng", [StaffRole.NURSE, StaffRole.CERTIFICATE])
    services.staff.sign_in(hong)
    assert services.session.actor.staff_id == hong.id
    assert services.session.roles == {StaffRole.NURSE, StaffRole.CERTIFICATE}
    assert services.session.holds(StaffRole.NURSE)
    assert not services.session.holds(StaffRole.DOCTOR)


def test_the_person_signed_in_cannot_deactivate_themselves(services):
    admin = sign_in_as(services, StaffRole.ADMIN)
    with pytest.raises(UserError) as refused:
        services.staff.set_active(admin.id, False)
    assert codes(refused) == ["staff_is_operator"]
    assert services.staff.get(admin.id).active


def test_the_last_administrator_keeps_the_role_and_stays_active(services):
    me = services.staff.get(services.session.actor.staff_id)
    other = services.staff.add("Quản trị Lê Văn An", [StaffRole.ADMIN])
    services.staff.update(other.id, other.full_name, [StaffRole.CLERK])  # one is left
    with pytest.raises(UserError) as refused:
        services.staff.update(me.id, me.full_name, [StaffRole.CLERK])
    assert codes(refused) == ["last_administrator"]
    assert StaffRole.ADMIN in services.staff.get(me.id).roles
    services.staff.update(other.id, other.full_name, [StaffRole.ADMIN])
    services.staff.update(me.id, me.full_name, [StaffRole.CLERK])  # another one is left
    assert services.staff.get(me.id).roles == {StaffRole.CLERK}


def test_opening_a_database_signs_nobody_in(services):
    from desktop.core.services import open_services

    services.close()
    again = open_services(services.path)
    try:
        assert again.session.actor.staff_id is None
        assert again.session.roles == frozenset()
        assert [s.full_name for s in again.staff.active()] == [EVERYONE_NAME]  # nobody made
    finally:
        again.close()


def test_the_migration_gives_each_person_their_role_as_their_first_row(tmp_path):
    """A database from before several roles: each person's role becomes their role row,
    stamped as their staff row is (the site and the center derive the same row)."""
    from db import schema

    path = tmp_path / "old.sqlite3"
    db = open_database(path)
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm0022_staff_roles'")
    db.execute("DROP TABLE staff_role")
    db.execute(
        "INSERT INTO staff (id, created_at, updated_at, device_id, change_seq, full_name, role)"
        " VALUES ('s1', 'c', 'u', 'dev', 7, 'BS. Minh', 'doctor')"
    )
    db.conn.commit()
    schema.migrations.apply(db)
    row = db.execute("SELECT * FROM staff_role").fetchone()
    columns = [c[0] for c in db.execute("SELECT * FROM staff_role").description]
    assert dict(zip(columns, row, strict=True)) == {
        "id": role_id("s1", "doctor"), "created_at": "c", "updated_at": "u",
        "device_id": "dev", "change_seq": 7, "staff_id": "s1", "role": "doctor", "active": 1,
    }  # fmt: skip
    db.close()


def test_at_a_center_its_own_staff_become_center_operators(tmp_path):
    """Upgrading a center's database: the people it made itself operate the center; the
    staff its sites sent do not."""
    from db import schema

    db = open_database(tmp_path / "center.sqlite3")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm0022_staff_roles'")
    db.execute("DROP TABLE staff_role")
    db.execute("UPDATE installation SET role = 'center'")
    here = db.execute("SELECT device_id FROM installation").fetchone()[0]
    for staff_id, device in (("own", here), ("site", "a-laptop")):
        db.execute(
            "INSERT INTO staff (id, created_at, updated_at, device_id, change_seq, full_name,"
            " role) VALUES (?, 'c', 'u', ?, 1, 'Quản trị viên', 'admin')",
            [staff_id, device],
        )
    db.conn.commit()
    schema.migrations.apply(db)
    held = db.execute("SELECT staff_id, role FROM staff_role ORDER BY staff_id, role").fetchall()
    assert held == [("own", "admin"), ("own", "center"), ("site", "admin")]
    db.close()
