"""This laptop's desk letter and DIN block: the settings, the refusals, the ticket
numbers as typed, and the migration that gives every ticket a letter."""

import datetime as dt

import pytest
from sqlite_utils import Database

from db.connection import APPLICATION_ID, open_database
from db.driver import sqlite3
from db.schema import m0013_numbers_queue_letter, migrations
from desktop.core.domain.desk import default_din_block, parse_ticket_number
from desktop.core.domain.isbt128 import make_din
from desktop.core.domain.problems import UserError
from desktop.core.foundation.settings import (
    DESK_LETTER_KEY,
    DIN_BLOCK_FIRST_KEY,
    DIN_BLOCK_LAST_KEY,
)
from desktop.core.stations.lookup import QueryKind
from tests.factories import MALE


def codes(error: UserError) -> list[tuple[str, str | None]]:
    return [(p.code, p.field) for p in error.problems]


def test_the_letter_gives_the_block_until_one_is_set(services):
    numbers = services.settings.desk_numbers()
    assert (numbers.letter, numbers.din_block_first, numbers.din_block_last) == ("A", 1, 38461)
    assert default_din_block("B") == (38462, 76922)
    assert default_din_block("Z") == (961_526, 999_986)  # 26 blocks fit in 999,999
    saved = services.settings.set_desk_numbers(" b ", "38462", "076922")
    assert (saved.letter, saved.din_block_first, saved.din_block_last) == ("B", 38462, 76922)
    # The enrolment reads the three keys through the settings service.
    stored = [services.settings.get(k) for k in (DESK_LETTER_KEY, DIN_BLOCK_FIRST_KEY,
                                                  DIN_BLOCK_LAST_KEY)]  # fmt: skip
    assert stored == ["B", "38462", "76922"]


@pytest.mark.parametrize(
    ("letter", "first", "last", "expected"),
    [
        ("", "1", "2", [("required", "desk_letter")]),
        ("Ă", "1", "2", [("desk_letter_format", "desk_letter")]),
        ("AB", "1", "2", [("desk_letter_format", "desk_letter")]),
        ("C", "0", "1000000", [("din_block_range", "din_block_first"),
                               ("din_block_range", "din_block_last")]),
        ("C", "", "x", [("required", "din_block_first"), ("din_block_range", "din_block_last")]),
        ("C", "500", "499", [("din_block_order", "din_block_last")]),
    ],
)  # fmt: skip
def test_a_wrong_letter_or_block_is_refused_and_nothing_is_saved(
    services, letter, first, last, expected
):
    with pytest.raises(UserError) as refused:
        services.settings.set_desk_numbers(letter, first, last)
    assert codes(refused.value) == expected
    assert services.settings.get(DESK_LETTER_KEY) is None


def test_the_letter_cannot_change_while_an_open_drive_holds_tickets(services, drive, donors):
    services.checkin.check_in(drive, donors.register())
    with pytest.raises(UserError) as refused:
        services.settings.set_desk_numbers("B", "38462", "76922")
    problem = refused.value.problems[0]
    assert (problem.code, problem.params) == ("desk_letter_in_use",
                                               {"letter": "A", "drive": "HM261124"})  # fmt: skip
    # The block may change (a new block from the center when this one runs out) ...
    services.settings.set_desk_numbers("A", "900000", "909999")
    assert services.dins.block() == (900000, 909999)
    # ... and the letter once the drive is closed.
    services.db.execute("UPDATE drive SET status = 'closed'")
    assert services.settings.set_desk_numbers("B", "38462", "76922").letter == "B"


def test_label_sets_come_only_from_this_laptops_block(services, drive):
    services.dins.set_fin("A9999")
    services.settings.set_desk_numbers("C", "76923", "76927")
    first = services.dins.allocate(drive, 3)
    assert [r.din.sequence for r in first] == [76923, 76924, 76925]
    assert services.dins.block_left(drive) == 2
    with pytest.raises(UserError) as refused:
        services.dins.allocate(drive, 3)
    problem = refused.value.problems[0]
    assert problem.code == "din_block_used_up"
    assert problem.params == {"fin": "A9999", "year": "26", "first": "076923",
                              "last": "076927", "left": 2, "count": 3}  # fmt: skip
    assert len(services.dins.for_drive(drive)) == 3  # nothing allocated by the refusal
    assert [r.din.sequence for r in services.dins.allocate(drive, 2)] == [76926, 76927]


def test_numbers_below_the_block_do_not_move_it(services, drive):
    """A DIN another block gave (a roll used before the block was set) is not a reason
    to skip into or past this block."""
    services.dins.set_fin("A9999")
    services.settings.set_desk_numbers("B", "38462", "76922")
    services.db["din"].insert({"id": "x", "created_at": "", "updated_at": "", "device_id": "d",
                               "change_seq": 0, "number": make_din("A9999", 26, 90000).number,
                               "fin": "A9999", "year": 26, "sequence": 90000,
                               "drive_id": drive.id, "origin": "roll"})  # fmt: skip
    assert [r.din.sequence for r in services.dins.allocate(drive, 1)] == [38462]


def test_a_roll_must_lie_in_this_laptops_block(services, drive):
    services.dins.set_fin("A9999")
    services.settings.set_desk_numbers("B", "38462", "76922")
    inside = (make_din("A9999", 26, 40000), make_din("A9999", 26, 40099))
    services.dins.add_roll(drive, inside[0].barcode_data, inside[1].barcode_data)
    straddling = (make_din("A9999", 26, 76900), make_din("A9999", 26, 77000))
    with pytest.raises(UserError) as refused:
        services.dins.add_roll(drive, straddling[0].barcode_data, straddling[1].barcode_data)
    problem = refused.value.problems[0]
    assert (problem.code, problem.field) == ("roll_outside_block", "first")
    assert problem.params == {"first": "076900", "last": "077000", "block_first": "038462",
                              "block_last": "076922"}  # fmt: skip
    # Printed label sets then start after the roll registered in the block.
    assert services.dins.allocate(drive, 1)[0].din.sequence == 40100


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("B12", ("B", 12)), ("b12", ("B", 12)), (" b 012 ", ("B", 12)), ("12", ("C", 12)),
     ("Z999999", ("Z", 999999)), ("", None), ("B", None), ("B0", None), ("BB12", None),
     ("Đ12", None), ("12B", None), ("B1234567", None)],
)  # fmt: skip
def test_a_ticket_number_is_read_as_typed_or_scanned(typed, expected):
    assert parse_ticket_number(typed, "C") == expected


def test_check_in_gives_the_desks_letter(services, drive, donors):
    services.settings.set_desk_numbers("D", "115384", "153845")
    visits = [
        services.checkin.check_in(drive, donors.register(name, dt.date(1990, 1, 1), MALE)).visit
        for name in ("Phạm Văn Đức", "Trần Minh Khoa")
    ]
    assert [v.ticket for v in visits] == ["D1", "D2"]
    waiting = services.checkin.waiting_for_screening(drive)
    assert [e.visit.ticket for e in waiting] == ["D1", "D2"]


# --- the migration ------------------------------------------------------------------

STAMP = "'2026-11-24T09:00:00Z', '2026-11-24T09:00:00Z', 'dev', 1"


def _old_database(path) -> None:
    """A database as the previous version left it: a drive, two tickets (numbers 1 and
    2), a screening and a donation of the first and the second in the chair."""
    db = Database(sqlite3.connect(path))
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA foreign_keys = ON")
    migrations.apply(db, stop_before="m0013_numbers_queue_letter")
    db.execute(f"INSERT INTO drive (id, created_at, updated_at, device_id, change_seq, code,"
               f" drive_date, place_name, province_code, province_name, ward_code, ward_name,"
               f" organizer, campaign, target_units) VALUES ('dr', {STAMP}, 'HM1', '2026-11-24',"
               f" 'x', '1', 'x', '1', 'x', 'x', 'x', 1)")  # fmt: skip
    for donor in ("d1", "d2"):
        db.execute(f"INSERT INTO donor (id, created_at, updated_at, device_id, change_seq,"
                   f" full_name, name_folded, birth_date, sex, source) VALUES ('{donor}', {STAMP},"
                   f" 'A', 'a', '1990-01-01', 'M', 'drive')")  # fmt: skip
    for number, donor in ((1, "d1"), (2, "d2")):
        db.execute(f"INSERT INTO visit (id, created_at, updated_at, device_id, change_seq,"
                   f" drive_id, donor_id, queue_no, checked_in_at, status, left_reason)"
                   f" VALUES ('v{number}', {STAMP}, 'dr', '{donor}', {number},"
                   f" '2026-11-24T09:0{number}:00Z', 'accepted', NULL)")  # fmt: skip
    db.execute(f"INSERT INTO screening (id, created_at, updated_at, device_id, change_seq,"
               f" visit_id, decision) VALUES ('s1', {STAMP}, 'v1', 'accept')")  # fmt: skip
    db.execute(f"INSERT INTO donation (id, created_at, updated_at, device_id, change_seq,"
               f" visit_id, donor_id) VALUES ('n1', {STAMP}, 'v1', 'd1')")  # fmt: skip
    db.execute(f"INSERT INTO started_donation (id, created_at, updated_at, device_id,"
               f" change_seq, visit_id, drive_id) VALUES ('c2', {STAMP}, 'v2', 'dr')")  # fmt: skip
    db.conn.commit()
    db.close()


def test_the_migration_gives_every_old_ticket_letter_a_keeping_every_row(tmp_path):
    path = tmp_path / "old.sqlite3"
    _old_database(path)
    before = sqlite3.connect(path)
    visits = before.execute("SELECT * FROM visit ORDER BY id").fetchall()
    others = {t: before.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
              for t in ("screening", "donation", "started_donation")}  # fmt: skip
    before.close()

    db = open_database(path)  # upgrades, after a backup
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    rows = db.execute("SELECT * FROM visit ORDER BY id").fetchall()
    assert [row[:-1] for row in rows] == visits and [row[-1] for row in rows] == ["A", "A"]
    for table, content in others.items():
        assert db.execute(f"SELECT * FROM {table} ORDER BY id").fetchall() == content
        parents = {r[2] for r in db.execute(f"PRAGMA foreign_key_list('{table}')")}
        assert "visit" in parents  # the references still name the (new) visit table
    indexes = {row[1] for row in db.execute("PRAGMA index_list('visit')")}
    assert {"visit_one_per_drive", "visit_donor", "visit_drive_status"} <= indexes
    insert = ("INSERT INTO visit (id, created_at, updated_at, device_id, change_seq, drive_id,"
              f" donor_id, queue_no, queue_letter, checked_in_at, status) VALUES (?, {STAMP}, 'dr',"
              " 'd1', 1, ?, 'x', 'voided')")  # fmt: skip
    db.execute(insert, ["b1", "B"])  # desk B's number 1 beside desk A's
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        db.execute(insert, ["a1-again", "A"])
    with pytest.raises(sqlite3.IntegrityError):  # a reference to no ticket is still refused
        db.execute(f"INSERT INTO screening (id, created_at, updated_at, device_id, change_seq,"
                   f" visit_id) VALUES ('s9', {STAMP}, 'no-such-visit')")  # fmt: skip
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        db.execute(insert, ["lower", "b"])
    m0013_numbers_queue_letter(db)  # run again (a crash before it was recorded): nothing
    assert db.execute("SELECT count(*) FROM visit").fetchone()[0] == 3
    db.close()


def test_a_migration_that_meets_a_dangling_reference_changes_nothing(tmp_path):
    """The foreign key check runs before the commit: a rebuild that would leave a
    reference to no ticket is rolled back whole, and foreign keys are on again."""
    path = tmp_path / "old.sqlite3"
    _old_database(path)
    db = Database(sqlite3.connect(path))
    db.execute(
        f"INSERT INTO screening (id, created_at, updated_at, device_id, change_seq,"
        f" visit_id) VALUES ('s9', {STAMP}, 'gone')"
    )  # fmt: skip (foreign keys off)
    db.conn.commit()
    db.execute("PRAGMA foreign_keys = ON")
    with pytest.raises(RuntimeError, match="visit rebuild"):
        m0013_numbers_queue_letter(db)
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    columns = [row[1] for row in db.execute("PRAGMA table_info('visit')")]
    assert "queue_letter" not in columns
    assert db.execute("SELECT count(*) FROM visit").fetchone()[0] == 2
    assert not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'visit_new'").fetchall()
    db.close()


def test_a_ticket_number_typed_at_check_in_finds_its_ticket(services, drive, donors):
    services.settings.set_desk_numbers("B", "38462", "76922")
    donor = donors.register()
    visit = services.checkin.check_in(drive, donor).visit
    for typed in ("B1", "b1", " b 1 ", "1", "01"):
        assert services.donors.lookup(typed).query.kind is QueryKind.TICKET
        assert services.checkin.find_ticket(drive, typed) == visit
    for typed, shown in (("A1", "A1"), ("2", "B2"), ("b0", "b0")):
        with pytest.raises(UserError) as refused:
            services.checkin.find_ticket(drive, typed)
        problem = refused.value.problems[0]
        assert (problem.code, problem.params) == ("ticket_not_found", {"number": shown})
    # From three digits on, a plain number is an ID or a phone, as before.
    assert services.donors.lookup("123").query.kind is QueryKind.DIGITS
