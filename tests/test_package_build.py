"""The center builds a laptop's drive package from what it holds: laptops check donors
in, screen and bleed them and export; the center imports the files, plans a drive and
writes the package, which the laptop opens. The registry carries every person once,
the center's counters, deferrals only as reason categories, the plan of this laptop
alone and the acknowledgement of what the center received."""

import datetime as dt
import json
from dataclasses import dataclass, field

import pytest

from db.connection import connect
from db.records import write_transaction
from db.stamps import new_id
from desktop.core.domain.answers import Answer
from desktop.core.domain.problems import UserError
from desktop.core.domain.vocabulary import ScreeningDecision
from desktop.core.exchange.package_build import snapshot
from desktop.core.exchange.package_file import (
    REGISTRY_COLUMNS,
    RegistryPartWriter,
    open_package,
    site_keys,
)
from desktop.core.exchange.package_registry import (
    RegistryTally,
    deferral_category,
    registry_lines,
)
from desktop.core.exchange.packages import PackageService
from desktop.core.foundation.progress import Cancelled, Progress
from desktop.core.registry.reader import read_registry
from desktop.core.stations.screening import DoctorDecision
from tests.center_cli import PASSPHRASE
from tests.center_files import center_copy, enrol, unlocked_key
from tests.center_sites import DRIVE_DATE, Site, drive_form
from tests.factories import MALE, cccd_for
from tests.test_collection import HEALTHY

pytestmark = pytest.mark.qt  # the center is made by hmtn center init (Qt's translators)
TODAY = dt.date(2026, 12, 1)
BORN = dt.date(1990, 5, 15)


@dataclass
class Lab:
    deferred: dict = field(default_factory=dict)
    groups: dict = field(default_factory=dict)


def defer_with(site: Site, donor, outcome: str, answers: dict, until=None):
    s = site.services
    visit = s.checkin.check_in(site.drive, s.donors.get(donor.id)).visit
    s.screening.decide(visit.id, HEALTHY, DoctorDecision(outcome, until=until), answers=answers)


@pytest.fixture
def world(made_center, tmp_path):
    """Two laptops of one site (desks A and B) enrolled at a center. Desk A: An gives
    blood, Bình is deferred for good (HIV answered yes), Cường until a date for a
    tattoo; desk B: Dũng and Em give blood and An registers again (the same CCCD)
    and is deferred by the doctor until a later date. Both export; the center imports."""
    center = center_copy(made_center, tmp_path / "center.sqlite3")
    a = Site(tmp_path / "a.sqlite3", "HN01", "A1234", letter="A")
    b = Site(tmp_path / "b.sqlite3", "HN01", "A1234", letter="B")
    enrol(a, [center], made_center[1], tmp_path / "enrol-a")
    enrol(b, [center], made_center[1], tmp_path / "enrol-b")
    an = a.register("Nguyễn Văn An", BORN, 1)
    a.give_blood(an)
    defer_with(a, a.register("Trần Văn Bình", BORN, 2), ScreeningDecision.DEFER_PERMANENT,
               {"hiv": Answer(True)})  # fmt: skip
    tattoo = Answer(True, dt.date(2026, 10, 1))
    defer_with(a, a.register("Lê Văn Cường", BORN, 3), ScreeningDecision.DEFER_TEMPORARY,
               {"tattoo": tattoo}, until=dt.date(2027, 4, 1))  # fmt: skip
    b.give_blood(b.register("Phạm Văn Dũng", BORN, 4))
    b.give_blood(b.register("Hoàng Văn Em", BORN, 5))
    b.defer(b.register("Nguyễn Văn An", BORN, 1), dt.date(2027, 6, 1))
    stick = tmp_path / "usb"
    stick.mkdir()
    files = [site.services.exports.export(stick).path for site in (a, b)]
    key = unlocked_key(center)
    outcomes = center.services.center_files.import_files(files, key)
    assert [o.status for o in outcomes] == ["accepted", "accepted"]
    yield center, a, b, stick
    for place in (center, a, b):
        place.close()


def lines_of(db, lab=None, today=TODAY) -> tuple[list[list[str]], RegistryTally]:
    tally = RegistryTally()
    with snapshot(db):
        lines = [line for batch in registry_lines(db, lab, today=today, tally=tally)
                 for line in batch]  # fmt: skip
    return lines, tally


def by_name(lines: list[list[str]]) -> dict[str, list[str]]:
    return {line[3]: line for line in lines}


def test_every_person_once_with_the_centers_counters_and_only_categories(world):
    center, *_ = world
    lines, tally = lines_of(center.services.db)
    people = by_name(lines)
    assert sorted(people) == ["Hoàng Văn Em", "Lê Văn Cường", "Nguyễn Văn An",
                              "Phạm Văn Dũng", "Trần Văn Bình"]  # fmt: skip
    assert tally.persons == 5 and tally.merged_records == 1
    an = people["Nguyễn Văn An"]
    survivor = center.query("SELECT to_id FROM donor_redirect")[0][0]
    assert an[0] == survivor  # the surviving record of the two
    # the donation at desk A counted; the doctor's deferral at desk B, on the other
    # record, is the person's
    assert (an[10], an[11], an[12]) == ("1", DRIVE_DATE.isoformat(), "whole_blood")
    assert (an[13], an[14], an[15]) == ("2027-06-01", "", "center.doctor")
    binh, cuong = people["Trần Văn Bình"], people["Lê Văn Cường"]
    assert (binh[13], binh[14], binh[15]) == ("", "1", "center.marker")  # q.hiv never leaves
    assert (cuong[13], cuong[14], cuong[15]) == ("2027-04-01", "", "center.history")
    assert people["Phạm Văn Dũng"][13:16] == ["", "", ""]
    stored = {r[0] for r in center.query("SELECT deferral_reason FROM donor")}
    assert {"q.hiv", "q.tattoo", "doctor"} <= stored  # what the center holds ...
    assert not any(cell in ("q.hiv", "q.tattoo", "doctor") for line in lines for cell in line)
    assert tally.by_category == {"center.marker": 1, "center.history": 1, "center.doctor": 1}


def test_a_deferral_that_is_over_travels_no_more(world):
    center, *_ = world
    lines, tally = lines_of(center.services.db, today=dt.date(2027, 5, 1))
    people = by_name(lines)
    assert people["Lê Văn Cường"][13:16] == ["", "", ""]  # until 1/4/2027: over
    assert people["Nguyễn Văn An"][13:16] == ["2027-06-01", "", "center.doctor"]
    assert tally.deferred_until == 1 and tally.deferred_permanently == 1


def test_lab_facts_defer_for_good_and_give_the_group(world):
    center, *_ = world
    db = center.services.db
    dung = next(i for (i,) in center.query("SELECT id FROM donor WHERE full_name LIKE 'Phạm%'"))
    lab = Lab(deferred={dung: dt.date(2026, 11, 30)}, groups={dung: ("AB", "-")})
    people = by_name(lines_of(db, lab)[0])
    assert people["Phạm Văn Dũng"][8:10] == ["AB", "-"]
    assert people["Phạm Văn Dũng"][13:16] == ["", "1", "center.marker"]
    assert people["Hoàng Văn Em"][13:16] == ["", "", ""]


def test_lines_the_reader_would_refuse_are_mended_or_left_out(world, tmp_path):
    """Records a laptop could never write but a center may come to hold: an old CMND
    two people carry, a CCCD that disagrees with the birth date, a donation dated after
    today (a laptop's wrong clock), a name on two lines, no number at all."""
    center, *_ = world
    db = center.services.db
    base = dict(next(db.query("SELECT * FROM donor WHERE full_name LIKE 'Hoàng%'")))
    odd = [
        {"national_id": cccd_for(BORN, MALE, 50), "old_id": "012345678",
         "full_name": "Đỗ Văn Giang"},
        {"national_id": None, "old_id": "012345678", "full_name": "Vũ Văn Hạnh"},
        {"national_id": "001190000099", "old_id": "123456789", "full_name": "Bùi Văn Khoa"},
        {"national_id": None, "old_id": None, "full_name": "Ngô Văn Lâm",
         "deferral_permanent": 1, "deferral_reason": "q.hiv"},
        {"national_id": None, "old_id": "987654321", "full_name": "Đinh Văn Minh\nHà Nội",
         "last_donation_date": "2026-12-05", "donation_count": 2},
    ]  # fmt: skip
    with write_transaction(db, center.services.session.actor):
        for values in odd:
            db.table("donor").insert({**base, "id": new_id(), **values})
    lines, tally = lines_of(db)
    people = by_name(lines)
    # the old CMND two people carry goes on neither line: Giang keeps his CCCD, Hạnh
    # is left with no number, like Lâm: both left out (counted, to be put right)
    assert people["Đỗ Văn Giang"][1:3] == [cccd_for(BORN, MALE, 50), ""]
    assert "Vũ Văn Hạnh" not in people and "Ngô Văn Lâm" not in people
    assert people["Bùi Văn Khoa"][1:3] == ["", "123456789"]  # its 4th digit says female
    assert people["Đinh Văn Minh Hà Nội"][11] == TODAY.isoformat()
    assert (tally.numbers_withheld, tally.left_out, tally.dates_capped) == (3, 2, 1)
    assert tally.left_out_deferred == 1  # Lâm's deferral reaches no laptop: said, not hidden
    # the site's reader takes every line: one line per person, none refused
    writer = RegistryPartWriter(tmp_path)
    writer.write_rows(lines)
    facts = writer.close()
    text = (tmp_path / "registry.csv").read_text(encoding="utf-8")
    assert text.splitlines()[0] == ",".join(REGISTRY_COLUMNS)
    assert len(text.splitlines()) == facts["records"] + 1 == len(lines) + 1
    read = read_registry(tmp_path / "registry.csv", today=TODAY)
    assert read.errors == [] and len(read.rows) == len(lines)


def test_the_package_opens_at_its_laptop_with_its_plan_and_acknowledgement(
    world, tmp_path, monkeypatch
):
    center, a, b, stick = world
    services = center.services
    planned = plan_drive(center, a.device_id, b.device_id)
    signer = services.packages.unlock(PASSPHRASE)
    written = services.packages.write(a.device_id, stick, signer, today=TODAY)
    assert written.path.name == f"HN01-{a.device_id[-8:]}-package-00001.hmtn.age"
    assert written.signature_path.exists()
    with open_package(written.path, site_keys(a.services.db), tmp_path) as contents:
        registry = read_registry(contents.registry_path, today=TODAY)
        assert registry.errors == [] and len(registry.rows) == 5
        assert [d["id"] for d in contents.drives] == [planned["carried"]]
        assert contents.drives[0]["code"] == "HM270110"
        assert {x["for_device"] for x in contents.assignments} == {a.device_id, b.device_id}
        kinds = sorted((blk["kind"], blk["first"], blk["status"]) for blk in contents.blocks)
        # the withdrawn block of the drive travels too: the laptop stops using it
        assert kinds == [("din", 1, "withdrawn"), ("din", 961539, "active"),
                         ("serial", 12001, "active")]  # fmt: skip
        assert contents.desk_letter == "A"
        ack = contents.acknowledgements
        exported = a.services.db.execute("SELECT seq_to FROM export_log").fetchone()[0]
        assert [(x.through_seq, x.export_number) for x in ack] == [(exported, 1)]
        assert ack[0].exported_at.endswith("Z") and ack[0].epoch == 0
        assert contents.rule_set.version == services.rules.current.version
    row = center.query("SELECT number, sha256, counts, made_by FROM package_log")
    assert [(r[0], r[1]) for r in row] == [(1, written.sha256)]
    counts = json.loads(row[0][2])
    assert (counts["persons"], counts["drives"], counts["blocks"]) == (5, 1, 2)
    assert counts["withdrawn_blocks"] == 1
    again = services.packages.write(a.device_id, stick, signer, today=TODAY)
    assert again.number == 2 and again.path.name.endswith("-package-00002.hmtn.age")


def plan_drive(center, device: str, other: str) -> dict:
    """What the planning service will write (H1): a drive from today on for both
    laptops, a past and a closed one, blocks and a serial run."""
    s = center.services
    carried = s.drives.create(drive_form("HM270110", dt.date(2027, 1, 10)))
    past = s.drives.create(drive_form("HM261120", dt.date(2026, 11, 20)))
    closed = s.drives.create(drive_form("HM270111", dt.date(2027, 1, 11)))
    s.db.execute("UPDATE drive SET status = 'closed' WHERE id = ?", [closed.id])
    with write_transaction(s.db, s.session.actor) as w:
        for drive in (carried, past, closed):
            for d in (device, other):
                w.insert("drive_assignment", {"drive_id": drive.id, "for_device": d})
        block = {"kind": "din", "for_device": device, "fin": "A1234", "year": 2027}
        w.insert("number_block", {**block, "drive_id": carried.id, "first": 961539,
                                  "last": 961913})  # fmt: skip
        w.insert("number_block", {**block, "drive_id": past.id, "first": 961914, "last": 962000})
        w.insert("number_block", {**block, "drive_id": carried.id, "first": 1, "last": 9,
                                  "status": "withdrawn"})  # fmt: skip
        w.insert("number_block", {"kind": "serial", "for_device": device, "prefix": "AA",
                                  "width": 7, "first": 12001, "last": 12500})  # fmt: skip
    return {"carried": carried.id}


def test_refused_devices_folders_and_a_cancel_leave_nothing(world, tmp_path):
    center, a, b, stick = world
    packages = center.services.packages
    signer = packages.unlock(PASSPHRASE)
    with pytest.raises(UserError) as refused:
        packages.write(a.device_id, tmp_path / "no-stick", signer)
    assert refused.value.problems[0].code == "package_folder_missing"
    center.services.db.execute("UPDATE device SET recipient = '' WHERE id = ?", [a.device_id])
    with pytest.raises(UserError) as refused:
        packages.write(a.device_id, stick, signer)
    assert refused.value.problems[0].code == "package_no_recipient"
    center.services.center_keys.revoke(a.device_id, "Máy bị mất")
    with pytest.raises(UserError) as refused:
        packages.write(a.device_id, stick, signer)
    assert refused.value.problems[0].code == "package_device_revoked"
    with pytest.raises(UserError) as refused:
        packages.unlock("not the passphrase")
    assert refused.value.problems[0].code == "passphrase_wrong"

    asked = []

    def cancel_after_first() -> bool:
        asked.append(1)
        return len(asked) > 2

    with pytest.raises(Cancelled):
        packages.write(b.device_id, stick, signer, Progress(cancel_requested=cancel_after_first))
    assert not [p for p in stick.iterdir() if "package" in p.name]
    assert center.query("SELECT count(*) FROM package_log") == [(0,)]
    # a file of the name already there: left as it is, the number not used again
    name = f"HN01-{b.device_id[-8:]}-package-00001.hmtn.age"
    (stick / name).write_bytes(b"kept")
    with pytest.raises(UserError) as refused:
        packages.write(b.device_id, stick, signer)
    assert refused.value.problems[0].code == "package_file_exists"
    assert (stick / name).read_bytes() == b"kept"
    assert packages.write(b.device_id, stick, signer).number == 2


def test_a_cancel_asked_while_the_package_is_sealed_comes_too_late(world):
    """Once the package is being written, its number taken, a cancel is not honoured:
    it is written and said to be, never "cancelled" with the files on the stick."""
    center, a, _b, stick = world
    packages = center.services.packages
    sealing = []
    progress = Progress(lambda phase, done, total: sealing.append(phase == "seal"),
                        lambda: any(sealing))  # fmt: skip
    written = packages.write(a.device_id, stick, packages.unlock(PASSPHRASE), progress)
    assert any(sealing) and written.path.exists() and written.signature_path.exists()
    logged = center.query("SELECT number, sha256 FROM package_log")
    assert logged == [(1, written.sha256)]


def test_the_overview_says_which_packages_are_out_of_date(world, tmp_path):
    center, a, b, stick = world
    packages = center.services.packages
    plan_drive(center, a.device_id, b.device_id)
    before = {d.id: d for d in packages.overview(TODAY)}
    assert before[a.device_id].coming_drives == 1  # as its package: not the closed one
    assert before[a.device_id].last_number is None and before[a.device_id].out_of_date
    signer = packages.unlock(PASSPHRASE)
    packages.write(a.device_id, stick, signer, today=TODAY)
    packages.write(b.device_id, stick, signer, today=TODAY)
    now = {d.id: d for d in packages.overview(TODAY)}
    assert (now[a.device_id].last_number, now[a.device_id].changes) == (1, [])
    assert not now[a.device_id].out_of_date
    # a new export arrives: both packages are out of date (the registry changed)
    a.give_blood(a.register("Đặng Văn Phúc", BORN, 9))
    again = a.services.exports.export(stick).path
    center.services.center_files.import_files([again], unlocked_key(center))
    later = {d.id: d for d in packages.overview(TODAY)}
    assert "imports" in later[a.device_id].changes and later[b.device_id].out_of_date


@pytest.mark.parametrize(
    "reason, permanent, category",
    [("q.hiv", True, "center.marker"), ("q.hepatitis_b", True, "center.marker"),
     ("hbsag", True, "center.marker"), ("age_max", True, "center.marker"),
     ("Viêm gan B (xét nghiệm)", True, "center.marker"), ("doctor", True, "center.doctor"),
     ("q.tattoo", False, "center.history"), ("hb", False, "center.screening"),
     ("systolic", False, "center.screening"), ("temperature", False, "center.screening"),
     ("doctor", False, "center.doctor"), ("interval", False, "center.other"),
     ("Tạm hoãn do thiếu máu", False, "center.other"), ("center.marker", True, "center.marker"),
     ("center.history", False, "center.history")],
)  # fmt: skip
def test_each_reason_travels_as_its_category(reason, permanent, category):
    assert deferral_category(reason, permanent) == category


def test_the_lab_facts_the_service_is_given_reach_the_package(world, tmp_path):
    """Read on the package's own connection and snapshot (the lab results' wiring)."""
    center, a, _b, stick = world
    s = center.services
    an = next(i for (i,) in center.query("SELECT to_id FROM donor_redirect"))
    lab = Lab(deferred={an: dt.date(2026, 11, 30)}, groups={an: ("B", "+")})
    seen = []

    def lab_facts(db):
        seen.append(db is not s.db)
        return lab

    packages = PackageService(
        s.db, s.bus, s.session, lambda: connect(s.path, s.database_key), lab_facts
    )
    written = packages.write(a.device_id, stick, packages.unlock(PASSPHRASE), today=TODAY)
    assert seen == [True]
    with open_package(written.path, site_keys(a.services.db), tmp_path) as contents:
        line = next(r for r in read_registry(contents.registry_path, today=TODAY).rows
                    if r["id"] == an)  # fmt: skip
    assert (line["abo"], line["rh"], line["deferral_permanent"]) == ("B", "+", 1)
    assert line["deferral_reason"] == "center.marker" and line["deferral_until"] is None


def test_a_person_merged_by_review_carries_the_cccd_of_any_of_their_records(world):
    """Two records a person at the center made one person (the same name and birth date,
    one without a CCCD): the surviving record has none, the other has one. The line
    carries it, so the laptop that holds the other record finds it by its CCCD and the
    person's deferral reaches it (without it, that laptop would get a second record
    of the person, and its own record would stay without the deferral)."""
    center, *_ = world
    db = center.services.db
    base = dict(next(db.query("SELECT * FROM donor WHERE full_name LIKE 'Hoàng%'")))
    survivor, other = new_id(), new_id()  # UUIDv7: the survivor is the earlier
    cccd = cccd_for(BORN, MALE, 60)
    with write_transaction(db, center.services.session.actor):
        db.table("donor").insert({**base, "id": survivor, "national_id": None,
                                  "old_id": "111222333", "full_name": "Lý Văn Phúc",
                                  "deferral_permanent": 1, "deferral_reason": "q.hiv"})  # fmt: skip
        db.table("donor").insert({**base, "id": other, "national_id": cccd, "old_id": None,
                                  "full_name": "Lý Văn Phúc"})  # fmt: skip
        db.execute(
            "INSERT INTO donor_redirect (from_id, to_id, reason, created_at) VALUES (?, ?, ?, ?)",
            [other, survivor, "reviewed", "2026-11-30T00:00:00Z"],
        )
    phuc = by_name(lines_of(db)[0])["Lý Văn Phúc"]
    assert phuc[0] == survivor
    assert phuc[1:3] == [cccd, "111222333"]
    assert phuc[14:16] == ["1", "center.marker"]


def test_the_centers_imports_and_packages_are_their_starters_when_the_screen_locks(world, tmp_path):
    """A site's file imported, then a package written, each while the center's screen
    locks: both go on, and every entry they write names the person who started them."""
    from tests.long_work import actors_since, audit_mark, locking

    center, a, _b, stick = world
    services = center.services
    starter = services.session.actor.name
    a.give_blood(a.register("Đỗ Thị Giang", BORN, 6))
    later = a.services.exports.export(stick).path
    key = unlocked_key(center)
    mark = audit_mark(services)
    [outcome] = services.center_files.import_files([later], key, locking(services))
    assert outcome.status == "accepted" and services.locked is not None
    services.staff.sign_in(services.locked)  # unlocked (tests/ui: the lock screen)
    services.locked = None
    signer = services.packages.unlock(PASSPHRASE)
    written = services.packages.write(a.device_id, stick, signer, locking(services), today=TODAY)
    assert written.path.exists() and services.locked is not None
    assert actors_since(services, mark) == {starter}
