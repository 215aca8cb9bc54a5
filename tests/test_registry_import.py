"""Importing the center's registry: all or nothing, and nothing local is ever lost."""

import datetime as dt
import hashlib
import io

import pytest

from desktop.core.foundation.progress import Cancelled, Progress
from desktop.core.registry.reader import COLUMNS
from desktop.core.stations.donors import DonorForm
from tests.factories import FEMALE, MALE, cccd_for, registry_row, write_registry
from tests.people import EVERYONE_NAME


def donor_count(services) -> int:
    return services.donors.count()


def database_digest(services) -> str:
    rows = services.db.execute("SELECT * FROM donor ORDER BY id").fetchall()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def rows_for(n: int, start: int = 1) -> list[dict[str, str]]:
    birth = dt.date(1988, 3, 9)
    return [
        registry_row(
            national_id=cccd_for(birth, MALE, start + i),
            full_name=f"Trần Văn {name}",
            birth_date="09/03/1988",
            sex="Nam",
            phone=f"09123{start + i:05d}",
        )
        for i, name in zip(
            range(n), ["Bình", "Cường", "Dũng", "Đạt", "Giang", "Hải"] * n, strict=False
        )
    ]


def test_a_good_file_is_imported(services, tmp_path):
    path = write_registry(tmp_path / "registry.csv", [registry_row(), *rows_for(5)])
    report = services.registry.import_file(path)
    assert report.ok
    assert (report.rows, report.inserted, report.updated) == (6, 6, 0)
    donor = services.donors.lookup(registry_row()["national_id"]).exact
    assert donor.full_name == "Nguyễn Thị Hồng Ánh"
    assert donor.birth_date == dt.date(1990, 5, 17)
    assert donor.sex == FEMALE
    assert donor.blood_group == "O+"
    assert donor.donation_count == 3
    assert donor.last_donation_date == dt.date(2026, 3, 1)
    assert donor.reserve_club
    assert donor.source == "registry"


def test_the_import_is_recorded_in_the_audit_trail(services, tmp_path):
    path = write_registry(tmp_path / "registry.csv", rows_for(3))
    services.registry.import_file(path)
    entry = services.db.execute(
        "SELECT actor_name, note FROM audit_log WHERE action = 'registry_import'"
    ).fetchone()
    assert entry[0] == EVERYONE_NAME  # the person signed in
    assert "registry.csv" in entry[1]
    assert hashlib.sha256(path.read_bytes()).hexdigest() in entry[1]


def test_an_import_is_its_starters_when_the_screen_locks_while_it_runs(services, tmp_path):
    """The import goes on in the background while the desk is locked (nobody signed in),
    and what it writes stays in the name of the person who started it."""
    from desktop.core import access

    path = write_registry(tmp_path / "registry.csv", rows_for(3))
    locked = Progress(lambda *_: access.lock(services))
    assert services.registry.import_file(path, locked).ok
    assert services.locked is not None and services.session.actor.staff_id is None
    actors = services.db.execute(
        "SELECT DISTINCT actor_name FROM audit_log WHERE action != 'lock'"
        " AND (table_name IN ('donor', 'registry_import') OR action = 'registry_import')"
    ).fetchall()
    assert actors == [(EVERYONE_NAME,)]


def test_excel_style_files_are_accepted(services, tmp_path):
    """UTF-8 with a byte order mark and semicolons, as Excel saves "CSV UTF-8"."""
    path = tmp_path / "registry.csv"
    row = registry_row(sex="nữ", abo="ab", rh="Rh-", rare_blood="có", birth_date="1990-05-17")
    lines = [";".join(COLUMNS), ";".join(row[c] for c in COLUMNS)]
    path.write_bytes("\ufeff".encode() + "\r\n".join(lines).encode())
    report = services.registry.import_file(path)
    assert report.ok, report.errors
    donor = services.donors.lookup(row["national_id"]).exact
    assert (donor.blood_group, donor.rare_blood, donor.sex) == ("AB-", True, FEMALE)


def test_wrong_columns_are_reported_and_nothing_imported(services, tmp_path):
    columns = [c for c in COLUMNS if c != "birth_date"] + ["ngay_sinh"]
    path = write_registry(tmp_path / "registry.csv", rows_for(3), columns)
    report = services.registry.import_file(path)
    assert not report.ok
    assert {(e.line, e.problem.code, e.column) for e in report.errors} == {
        (1, "column_missing", "birth_date"),
        (1, "column_unknown", "ngay_sinh"),
    }
    assert donor_count(services) == 0


def test_every_bad_line_is_reported_and_the_registry_stays_as_it_was(services, tmp_path):
    services.registry.import_file(write_registry(tmp_path / "first.csv", rows_for(4)))
    before = database_digest(services)
    good = rows_for(3, start=50)
    bad = [
        *good,
        registry_row(national_id=cccd_for(dt.date(1990, 1, 1), MALE, 7), birth_date="31/02/1990"),
        registry_row(national_id="12345"),  # not a CCCD
        registry_row(national_id="001190000001", birth_date="01/01/1990", sex="Nam"),
        good[0],  # the same national ID twice
        registry_row(national_id="", old_id="", full_name="Không có số"),
    ]
    report = services.registry.import_file(write_registry(tmp_path / "bad.csv", bad))
    assert not report.ok
    found = {(e.line, e.problem.code) for e in report.errors}
    assert (5, "date_invalid") in found
    assert (6, "cccd_format") in found
    assert (7, "cccd_sex_century") in found
    assert (8, "duplicate_id") in found
    assert (9, "id_required") in found
    duplicate = next(e for e in report.errors if e.problem.code == "duplicate_id")
    assert duplicate.problem.params["first_line"] == 2
    assert database_digest(services) == before


def test_line_numbers_count_quoted_multi_line_cells(services, tmp_path):
    rows = rows_for(2)
    rows[0]["address"] = "Số 1\nĐường 2"
    rows[1]["birth_date"] = "not a date"
    report = services.registry.import_file(write_registry(tmp_path / "r.csv", rows))
    assert [(e.line, e.problem.code) for e in report.errors] == [(4, "date_invalid")]


def test_reimport_updates_donors_by_national_id(services, tmp_path):
    services.registry.import_file(
        write_registry(tmp_path / "v1.csv", [registry_row(), *rows_for(2)])
    )
    newer = registry_row(
        phone="0987654321",
        donation_count="4",
        last_donation_date="2026-09-01",
        deferral_until="2026-12-15",
        deferral_reason="Huyết sắc tố thấp",
    )
    report = services.registry.import_file(
        write_registry(tmp_path / "v2.csv", [newer, *rows_for(2)])
    )
    assert (report.inserted, report.updated, report.unchanged) == (0, 1, 2)
    assert donor_count(services) == 3
    donor = services.donors.lookup(newer["national_id"]).exact
    assert donor.phone == "0987654321"
    assert donor.donation_count == 4
    assert donor.last_donation_date == dt.date(2026, 9, 1)
    assert donor.deferral_until == dt.date(2026, 12, 15)
    update = services.db.execute(
        "SELECT old_values, new_values FROM audit_log WHERE action = 'registry_import'"
        " AND record_id = ?",
        [donor.id],
    ).fetchone()
    assert '"0912345678"' in update[0] and '"0987654321"' in update[1]


def test_local_records_made_at_drives_are_never_lost(services, drive, donors, tmp_path):
    services.registry.import_file(write_registry(tmp_path / "v1.csv", [registry_row()]))
    from_registry = services.donors.lookup(registry_row()["national_id"]).exact
    walk_in = donors.register("Phạm Minh Tuấn", dt.date(1995, 7, 7), MALE, phone="0901234567")
    services.checkin.check_in(drive, from_registry)
    services.checkin.check_in(drive, walk_in)
    # The center's next registry knows neither the walk-in nor today's visit, and has an
    # older last donation than the one recorded at the drive.
    stale = registry_row(phone="", last_donation_date="2025-01-01", donation_count="2")
    report = services.registry.import_file(write_registry(tmp_path / "v2.csv", [stale]))
    assert report.ok
    assert services.donors.get(walk_in.id).full_name == "Phạm Minh Tuấn"
    again = services.donors.get(from_registry.id)
    assert again.phone == "0912345678"  # an empty cell never blanks what we have
    assert again.last_donation_date == dt.date(2026, 3, 1)  # history never goes backwards
    assert again.donation_count == 3
    assert len(services.checkin.waiting_for_screening(drive)) == 2


def test_a_walk_in_later_found_in_the_registry_keeps_its_record(services, donors, tmp_path):
    walk_in = donors.register("Phạm Minh Tuấn", dt.date(1995, 7, 7), MALE, phone="0901234567")
    row = registry_row(
        national_id=walk_in.national_id,
        full_name="PHAM MINH TUAN",  # the center typed it without accents
        birth_date="07/07/1995",
        sex="Nam",
        phone="0977777777",
        abo="B",
    )
    report = services.registry.import_file(write_registry(tmp_path / "r.csv", [row]))
    assert (report.inserted, report.updated) == (0, 1)
    donor = services.donors.get(walk_in.id)
    assert donor.full_name == "Phạm Minh Tuấn"  # typed at the drive: kept
    assert donor.phone == "0901234567"
    assert donor.blood_group == "B+"  # new knowledge from the center: taken


def test_a_donor_known_by_old_cmnd_gets_the_new_number(services, tmp_path):
    old_only = registry_row(national_id="", old_id="012345678")
    services.registry.import_file(write_registry(tmp_path / "v1.csv", [old_only]))
    with_cccd = registry_row(old_id="012345678")
    report = services.registry.import_file(write_registry(tmp_path / "v2.csv", [with_cccd]))
    assert (report.inserted, report.updated) == (0, 1)
    assert services.donors.count() == 1
    assert services.donors.lookup(with_cccd["national_id"]).exact is not None


def test_a_deferral_recorded_here_yields_only_to_a_stricter_one(services, donors, tmp_path):
    walk_in = donors.register("Lê Thị Mai", dt.date(1992, 2, 2), FEMALE)
    from db.records import write_transaction

    with write_transaction(services.db, services.session.actor) as w:  # as screening will
        w.update(
            "donor",
            walk_in.id,
            {
                "deferral_until": "2027-01-10",
                "deferral_reason": "Hb thấp",
                "local_changed_at": w.now,
            },
        )
    base = {
        "national_id": walk_in.national_id,
        "full_name": "Lê Thị Mai",
        "birth_date": "02/02/1992",
    }
    lifted = registry_row(**base)
    services.registry.import_file(write_registry(tmp_path / "a.csv", [lifted]))
    assert services.donors.get(walk_in.id).deferral_until == dt.date(2027, 1, 10)
    permanent = registry_row(**base, deferral_permanent="1", deferral_reason="HBsAg dương tính")
    services.registry.import_file(write_registry(tmp_path / "b.csv", [permanent]))
    assert services.donors.get(walk_in.id).deferral_permanent


def test_cancelling_changes_nothing(services, tmp_path):
    services.registry.import_file(write_registry(tmp_path / "first.csv", rows_for(2)))
    before = database_digest(services)
    path = write_registry(tmp_path / "big.csv", rows_for(12_000, start=1000))
    calls = []

    def cancel_while_saving() -> bool:
        calls.append(1)
        return len(calls) > 3  # past the checking, into the saving

    with pytest.raises(Cancelled):
        services.registry.import_file(path, Progress(cancel_requested=cancel_while_saving))
    assert database_digest(services) == before
    assert services.db.execute("SELECT count(*) FROM donor_name_fts").fetchone()[0] == 2


def test_names_imported_in_bulk_are_searchable(services, donors, tmp_path):
    services.registry.import_file(
        write_registry(tmp_path / "r.csv", [registry_row(), *rows_for(3)])
    )
    found = services.donors.lookup("hong anh").donors
    assert [d.full_name for d in found] == ["Nguyễn Thị Hồng Ánh"]
    # names registered one by one afterwards are indexed again as they are written
    donors.register("Đỗ Hồng Ánh", dt.date(1999, 9, 9), FEMALE)
    assert len(services.donors.lookup("hong anh").donors) == 2


def test_an_empty_cell_never_lifts_a_deferral_or_clears_a_flag(services, tmp_path):
    strict = registry_row(deferral_permanent="1", deferral_reason="HIV", rare_blood="1")
    services.registry.import_file(write_registry(tmp_path / "a.csv", [strict]))
    silent = registry_row(deferral_permanent="", deferral_reason="", rare_blood="",
                          reserve_club="")  # fmt: skip
    report = services.registry.import_file(write_registry(tmp_path / "b.csv", [silent]))
    assert report.ok and report.permanent_deferrals_lifted == 0
    donor = services.donors.lookup(strict["national_id"]).exact
    assert (donor.deferral_permanent, donor.deferral_reason) == (True, "HIV")
    assert donor.rare_blood and donor.reserve_club


def test_an_explicit_zero_lifts_and_the_report_counts_it(services, tmp_path):
    strict = registry_row(deferral_permanent="1", deferral_reason="HBsAg dương tính")
    services.registry.import_file(write_registry(tmp_path / "a.csv", [strict]))
    lifted = registry_row(deferral_permanent="0", deferral_reason="", rare_blood="0")
    report = services.registry.import_file(write_registry(tmp_path / "b.csv", [lifted]))
    assert report.permanent_deferrals_lifted == 1
    donor = services.donors.lookup(strict["national_id"]).exact
    assert not donor.deferral_permanent
    assert not donor.rare_blood


def test_old_cmnd_matches_a_donor_who_has_since_shown_a_cccd(services, tmp_path):
    """Known by old CMND, then scanned a chip card at a drive: one donor, not two."""
    old_only = registry_row(national_id="", old_id="123456789", last_donation_date="")
    services.registry.import_file(write_registry(tmp_path / "a.csv", [old_only]))
    birth = dt.date(1990, 5, 17)
    national_id = cccd_for(birth, FEMALE, 77)
    from tests.factories import qr_for

    services.donors.lookup(qr_for(national_id, "Nguyễn Thị Hồng Ánh", birth, FEMALE,
                                  old_id="123456789"))  # fmt: skip
    newer = registry_row(national_id="", old_id="123456789", last_donation_date="2026-05-01")
    report = services.registry.import_file(write_registry(tmp_path / "b.csv", [newer]))
    assert (report.inserted, report.updated) == (0, 1)
    assert services.donors.count() == 1
    donor = services.donors.lookup(national_id).exact
    assert donor.last_donation_date == dt.date(2026, 5, 1)


def test_lines_that_cannot_be_matched_beyond_doubt_refuse_the_file(services, donors, tmp_path):
    birth = dt.date(1980, 1, 1)
    first = donors.register("Vũ Văn Hải", birth, MALE)
    services.donors.adopt_ids(first, DonorForm(old_id="111111111"))
    second = donors.register("Vũ Văn Hà", birth, MALE)
    services.donors.adopt_ids(second, DonorForm(old_id="222222222"))
    before = database_digest(services)
    rows = [
        # the old CMND of the first donor with a CCCD that is not theirs
        registry_row(national_id=cccd_for(birth, MALE, 9), old_id="111111111",
                     birth_date="01/01/1980", sex="Nam"),
        # two lines about the second donor
        registry_row(national_id=second.national_id, full_name="Vũ Văn Hà",
                     birth_date="01/01/1980", sex="Nam"),
        registry_row(national_id="", old_id="222222222", full_name="Vũ Văn Hà",
                     birth_date="01/01/1980", sex="Nam"),
    ]  # fmt: skip
    report = services.registry.import_file(write_registry(tmp_path / "r.csv", rows))
    assert not report.ok
    assert [(e.line, e.problem.code) for e in report.errors] == [
        (2, "identity_conflict"),
        (4, "same_donor_twice"),
    ]
    assert database_digest(services) == before


def test_the_centers_donor_id_matches_and_corrects_the_numbers(services, donors, tmp_path):
    """A record the center got from this laptop comes back with a corrected CCCD."""
    birth = dt.date(1995, 7, 7)
    typo = cccd_for(birth, MALE, 1234)
    walk_in = donors.register("Phạm Minh Tuấn", birth, MALE, national_id=typo)
    corrected = cccd_for(birth, MALE, 4321)
    row = registry_row(donor_id=walk_in.id, national_id=corrected, full_name="Phạm Minh Tuấn",
                       birth_date="07/07/1995", sex="Nam")  # fmt: skip
    columns = [*COLUMNS, "donor_id"]
    report = services.registry.import_file(write_registry(tmp_path / "r.csv", [row], columns))
    assert (report.inserted, report.updated) == (0, 1), report.errors
    assert services.donors.get(walk_in.id).national_id == corrected
    assert services.donors.count() == 1


def test_a_cancel_at_the_very_end_still_changes_nothing(services, tmp_path):
    path = write_registry(tmp_path / "r.csv", rows_for(3))
    calls = []

    def cancel_at_the_end() -> bool:
        calls.append(1)
        return len(calls) > 1  # the only batch passes; the check before commit cancels

    with pytest.raises(Cancelled):
        services.registry.import_file(path, Progress(cancel_requested=cancel_at_the_end))
    assert services.donors.count() == 0


def test_what_the_switch_callback_writes_goes_in_with_the_registry(services, tmp_path):
    """A drive package installs its registry through the same import and writes the rest
    of the package in the switch's own transaction (``on_switch``)."""
    path = write_registry(tmp_path / "registry.csv", rows_for(3))
    seen_in_switch = []

    def on_switch(w) -> None:
        # the new donors are visible inside the transaction, not yet outside it
        seen_in_switch.append(w.db.execute("SELECT count(*) FROM donor_visible").fetchone()[0])
        w.insert("setting", {"key": "written_in_the_switch", "value": "1"})

    report = services.registry.import_file(path, on_switch=on_switch)
    assert report.ok and report.inserted == 3
    assert seen_in_switch == [3]
    assert services.settings.get("written_in_the_switch") == "1"


def test_a_switch_callback_that_fails_leaves_the_registry_as_it_was(services, tmp_path):
    from desktop.core.domain.problems import Problem, UserError

    services.registry.import_file(write_registry(tmp_path / "first.csv", rows_for(2)))
    before = database_digest(services)
    changed = [{**row, "phone": "0988000111"} for row in rows_for(2)]
    path = write_registry(tmp_path / "second.csv", [*changed, *rows_for(3, start=50)])

    def on_switch(w) -> None:
        w.insert("setting", {"key": "written_in_the_switch", "value": "1"})
        raise UserError(Problem("drive_code_taken", {"value": "HM1"}))

    with pytest.raises(UserError):
        services.registry.import_file(path, on_switch=on_switch)
    assert database_digest(services) == before  # no staged donor left, no update made
    assert services.settings.get("written_in_the_switch") is None
    assert services.db.execute("SELECT count(*) FROM donor_name_fts").fetchone()[0] == 2


def test_the_lines_read_are_plain_values_the_garbage_collector_never_walks(tmp_path):
    """A million lines are held while they are matched and staged: rows holding only
    strings, numbers and None are not tracked by Python's collector, whose full passes
    over a million tracked rows stop every thread (the desk's too) for a second or more."""
    import gc

    from desktop.core.registry.reader import read_registry

    lines = [
        registry_row(),  # whole blood, stated
        registry_row(national_id=cccd_for(dt.date(1988, 3, 9), MALE, 7), sex="Nam",
                     full_name="Lê Văn Tám", birth_date="09/03/1988",
                     last_donation_type="Hồng cầu"),  # an alias of the donation type
        registry_row(national_id="", old_id="123456789", sex="male",
                     last_donation_type=""),  # no type: whole blood is assumed
    ]  # fmt: skip
    parsed = read_registry(write_registry(tmp_path / "registry.csv", lines))
    assert not parsed.errors
    assert [(row["sex"], row["last_donation_type"]) for row in parsed.rows] == [
        ("F", "whole_blood"), ("M", "rbc_apheresis"), ("M", "whole_blood"),
    ]  # fmt: skip
    assert not any(gc.is_tracked(row) for row in parsed.rows)


def test_a_registry_is_read_a_megabyte_at_a_time(tmp_path, monkeypatch):
    """Each read of the file lets the interpreter go and takes it back: 8 KB reads (the
    text layer's default) came so often that the desk's thread, waiting for the
    interpreter while a worker read a registry, seldom got it for hundreds of ms."""
    from desktop.core.registry import reader

    lines = rows_for(15_000)
    path = write_registry(tmp_path / "registry.csv", lines)
    sizes = []
    buffered = io.BufferedReader

    class Counted(io.RawIOBase):
        """The file's reads, each one's size noted."""

        def __init__(self, raw):
            self.raw = raw

        def readable(self):
            return True

        def readinto(self, buffer):
            sizes.append(len(buffer))
            return self.raw.readinto(buffer)

    monkeypatch.setattr(reader.io, "BufferedReader", lambda raw, size: buffered(Counted(raw), size))
    parsed = reader.read_registry(path)
    assert len(parsed.rows) == 15_000
    assert path.stat().st_size > 2 * reader.READ_BYTES
    assert min(sizes) >= reader.READ_BYTES
    assert len(sizes) <= path.stat().st_size // reader.READ_BYTES + 2
