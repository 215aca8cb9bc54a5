"""The decisions a person takes on the center's lists (quarantined units, conflicts,
people to review), and the record of every file the center was given."""

import datetime as dt

import pytest

from desktop.core.domain.problems import UserError
from desktop.core.domain.vocabulary import RedirectReason
from desktop.core.exchange.center_import import ImportedFile, record_rejected
from desktop.core.exchange.versions import EPOCH_SPAN
from desktop.core.foundation.session import SYSTEM_ACTOR
from tests.center_sites import Center, Site
from tests.factories import MALE, cccd_for

BIRTH = dt.date(1990, 5, 15)


@pytest.fixture
def sites(tmp_path):
    made = []

    def make(code: str, fin: str, day: dt.date = dt.date(2026, 11, 24)) -> Site:
        made.append(Site(tmp_path / f"{code}.sqlite3", code, fin, day))
        return made[-1]

    yield make
    for site in made:
        site.close()


@pytest.fixture
def center(tmp_path):
    center = Center(tmp_path / "center.sqlite3")
    s = center.services
    center.service = s.center
    center.officer = s.staff.add("BS. Nguyễn Thị Lan", "center")
    s.staff.sign_in(center.officer)
    yield center
    center.close()


def two_units_on_one_din(sites, center):
    a, b = sites("HN01", "A1001"), sites("HN02", "A1001")
    a.give_blood(a.register("Phạm Văn Đức", BIRTH, 1))
    b.give_blood(b.register("Trần Thị Mai", dt.date(1995, 2, 3), 2))
    files = [("a", a.export()[0]), ("b", b.export()[0])]
    for name, rows in files:
        center.service.merge(name, rows)
    return files


def test_a_named_person_releases_or_discards_a_quarantined_unit_with_a_reason(sites, center):
    files = two_units_on_one_din(sites, center)
    first, second = center.service.quarantined()
    with pytest.raises(UserError) as refused:
        center.service.release(first["id"], "   ")
    assert [p.code for p in refused.value.problems] == ["required"]
    center.service.release(first["id"], "Đã xác minh nhãn DIN với phiếu gốc")
    center.service.discard(second["id"], "Không xác minh được túi máu")
    decided = center.query(
        "SELECT donation_id, status, decided_by, decision_reason FROM quarantine ORDER BY id"
    )
    assert sorted(decided) == sorted([
        (first["donation_id"], "released", center.officer.id, "Đã xác minh nhãn DIN với phiếu gốc"),
        (second["donation_id"], "discarded", center.officer.id, "Không xác minh được túi máu"),
    ])  # fmt: skip
    assert center.query(
        "SELECT action, actor_name FROM audit_log WHERE table_name = 'quarantine' ORDER BY action"
    ) == [
        ("quarantine_discarded", "BS. Nguyễn Thị Lan"),
        ("quarantine_released", "BS. Nguyễn Thị Lan"),
    ]
    with pytest.raises(UserError) as again:
        center.service.discard(first["id"], "Đổi ý")
    assert [p.code for p in again.value.problems] == ["quarantine_decided"]
    # the same files once more: a decision stands, nothing is listed twice
    for name, rows in files:
        center.service.merge(name, rows)
    assert center.service.quarantined() == []
    assert center.query("SELECT count(*) FROM quarantine") == [(2,)]


def test_a_decision_needs_a_signed_in_person(sites, center):
    two_units_on_one_din(sites, center)
    center.services.session.actor = SYSTEM_ACTOR
    entry = center.service.quarantined()[0]
    with pytest.raises(UserError) as refused:
        center.service.release(entry["id"], "Đã xác minh")
    assert [p.code for p in refused.value.problems] == ["decision_needs_a_person"]


def restored_laptops_change(rows: dict, volume: int) -> dict:
    """What a laptop restored from a backup made of the unit it had exported first: a
    new epoch, based on the unit as the backup held it."""
    unit = dict(rows["donation"][0])
    seq = unit["change_seq"]
    unit.update(volume_ml=volume, change_seq=EPOCH_SPAN + 1, _base=f"{unit['device_id']}:{seq}")
    return {"donation": [unit]}


def test_a_change_lost_by_a_restore_is_a_conflict_a_person_resolves(sites, center):
    a = sites("HN01", "A1001")
    unit = a.give_blood(a.register("Phạm Văn Đức", BIRTH, 1))
    first, a.mark = a.export()
    a.amend_volume(unit, 430)
    second, _ = a.export()
    restored = restored_laptops_change(first, 350)
    for name, rows in (("restored", restored), ("first", first), ("second", second)):
        center.service.merge(name, rows)
    [conflict] = center.service.conflicts()
    assert conflict["table_name"] == "donation" and conflict["record_id"] == unit.id
    assert center.query("SELECT volume_ml FROM donation") == [(430,)]  # the lowest stamp
    assert center.service.merge("restored", restored).counts("donation").unchanged == 1

    chosen = f"{a.device_id}:{EPOCH_SPAN + 1}"
    center.service.resolve_conflict(conflict["id"], chosen, "Phiếu gốc ghi 350 ml")
    assert center.service.conflicts() == []
    own = center.query("SELECT device_id FROM installation")[0][0]
    assert center.query("SELECT volume_ml, device_id FROM donation") == [(350, own)]
    assert center.query(
        "SELECT status, resolved_by, resolution LIKE ? FROM merge_conflict", [f"{own}:%"]
    ) == [("resolved", center.officer.id, 1)]
    # the files again: the person's choice supersedes every head they held
    for name, rows in (("first", first), ("second", second), ("restored", restored)):
        center.service.merge(name, rows)
    assert center.service.conflicts() == []
    assert center.query("SELECT volume_ml FROM donation") == [(350,)]


def test_a_person_review_is_dismissed_or_merged(sites, center):
    a, b = sites("HN01", "A1001", dt.date(2026, 3, 2)), sites("HN02", "A1002")
    without_id = a.register("Phạm Văn Đức", BIRTH, 1)
    a.services.db.execute("UPDATE donor SET national_id = NULL WHERE id = ?", [without_id.id])
    with_id = b.register("Phạm Văn Đức", BIRTH, 0, national_id=cccd_for(BIRTH, MALE, 9))
    a.give_blood(without_id)
    b.give_blood(with_id)
    center.service.merge("a", a.export()[0])
    center.service.merge("b", b.export()[0])
    [review] = center.service.reviews()
    center.service.merge_people(review["id"], "Cùng số điện thoại và địa chỉ, đã gọi xác nhận")
    survivor, other = sorted([without_id.id, with_id.id])
    assert center.query("SELECT from_id, to_id, reason FROM donor_redirect") == [
        (other, survivor, RedirectReason.REVIEWED)
    ]
    assert center.query("SELECT DISTINCT donor_id FROM donation") == [(survivor,)]
    assert center.services.donors.get(survivor).donation_count == 2
    assert center.service.reviews() == []
    with pytest.raises(UserError) as refused:
        center.service.dismiss_review(review["id"], "Hai người khác nhau")
    assert [p.code for p in refused.value.problems] == ["review_not_open"]


def test_a_dismissed_review_stays_dismissed(sites, center):
    a, b = sites("HN01", "A1001"), sites("HN02", "A1002")
    without_id = a.register("Phạm Văn Đức", BIRTH, 1)
    a.services.db.execute("UPDATE donor SET national_id = NULL WHERE id = ?", [without_id.id])
    b.register("Phạm Văn Đức", BIRTH, 2)
    files = [("a", a.export()[0]), ("b", b.export()[0])]
    for name, rows in files:
        center.service.merge(name, rows)
    [review] = center.service.reviews()
    center.service.dismiss_review(review["id"], "Hai người khác nhau: khác quê quán")
    for name, rows in files:
        center.service.merge(name, rows)
    assert center.service.reviews() == []
    assert center.query("SELECT status FROM person_review") == [("dismissed",)]


def test_every_file_is_recorded_and_the_highest_sequence_acknowledged(sites, center):
    a = sites("HN01", "A1001")
    a.give_blood(a.register("Phạm Văn Đức", BIRTH, 1))
    rows, through = a.export()
    file = ImportedFile("HN01-a-00001.hmtn.age", "ab" * 32, a.device_id, "inc-1", 0, 1, 0, through)
    report = center.service.merge(file.file_name, rows, file=file)
    damaged = ImportedFile("HN01-a-00002.hmtn.age", "cd" * 32)
    record_rejected(center.services.db, center.services.session.actor, damaged, "signature_invalid")
    assert center.query(
        "SELECT file_name, status, reason, json_extract(counts, '$.new') FROM center_import"
        " ORDER BY file_name"
    ) == [
        ("HN01-a-00001.hmtn.age", "accepted", None, report.totals.new),
        ("HN01-a-00002.hmtn.age", "rejected", "signature_invalid", None),
    ]
    assert center.service.acknowledged() == {(a.device_id, "inc-1"): through}
