"""The center's merge across sites: one person behind two records, and the safety
re-checks that put a unit in quarantine, whatever order the files arrive in."""

import datetime as dt
import json

import pytest

from desktop.core.domain.vocabulary import QuarantineReason
from tests.center_sites import Center, Site, center_state, with_baseline
from tests.factories import MALE, cccd_for

BIRTH = dt.date(1990, 5, 15)
CCCD = cccd_for(BIRTH, MALE, 7)


@pytest.fixture
def sites(tmp_path):
    made = []

    def make(code: str, fin: str, day: dt.date) -> Site:
        made.append(Site(tmp_path / f"{code}.sqlite3", code, fin, day))
        return made[-1]

    yield make
    for site in made:
        site.close()


@pytest.fixture
def centers(tmp_path):
    """Two centers, to receive the same files in two orders."""
    pair = (Center(tmp_path / "center1.sqlite3"), Center(tmp_path / "center2.sqlite3"))
    yield pair
    for center in pair:
        center.close()


def both_orders(centers, files: list[tuple[str, dict]]) -> Center:
    """The files merged into the first center in order, into the second reversed; the
    two centers end the same. Returns the first."""
    first, second = centers
    for name, rows in files:
        first.merge(name, rows)
    for name, rows in reversed(files):
        second.merge(name, rows)
    assert center_state(first) == center_state(second)
    for center in centers:  # every reference whole once every file arrived
        assert center.query("PRAGMA foreign_key_check") == []
    return first


def quarantine(center: Center) -> list[tuple]:
    return center.query("SELECT donation_id, reason, status FROM quarantine ORDER BY 1, 2")


def test_the_same_cccd_at_two_sites_is_one_person_with_both_histories(sites, centers):
    a = sites("HN01", "A1001", dt.date(2026, 3, 2))
    b = sites("HN02", "A1002", dt.date(2026, 11, 24))
    at_a = a.register("Phạm Văn Đức", BIRTH, 0, national_id=CCCD)
    at_b = b.register("Phạm Văn Đức", BIRTH, 0, national_id=CCCD)
    first_unit, second_unit = a.give_blood(at_a), b.give_blood(at_b)
    center = both_orders(centers, [("a", a.export()[0]), ("b", b.export()[0])])
    survivor, other = sorted([at_a.id, at_b.id])
    assert center.query("SELECT from_id, to_id, reason FROM donor_redirect") == [
        (other, survivor, "same_national_id")
    ]
    units = center.query("SELECT id, donor_id FROM donation ORDER BY id")
    assert units == sorted([(first_unit.id, survivor), (second_unit.id, survivor)])
    visits = center.query("SELECT DISTINCT donor_id FROM visit")
    assert visits == [(survivor,)]
    person = center.services.donors.get(survivor)
    assert (person.national_id, person.donation_count, person.last_donation_date) == (
        CCCD, 2, dt.date(2026, 11, 24),
    )  # fmt: skip
    assert center.services.donors.get(other).national_id is None  # the survivor's now
    # what each site sent is kept as it came
    sent = center.query(
        "SELECT json_extract(content, '$.national_id') FROM record_version WHERE record_id = ?",
        [other],
    )
    assert sent == [(CCCD,)]
    assert center.query(
        "SELECT note FROM audit_log WHERE action = 'merge_person' AND record_id = ?", [other]
    )
    assert quarantine(center) == []  # eight months apart


def test_the_same_name_and_birth_date_without_a_cccd_is_only_a_review(sites, centers):
    a = sites("HN01", "A1001", dt.date(2026, 3, 2))
    b = sites("HN02", "A1002", dt.date(2026, 11, 24))
    at_a = a.register("Phạm Văn Đức", BIRTH, 0, national_id=CCCD)
    a.services.db.execute("UPDATE donor SET national_id = NULL WHERE id = ?", [at_a.id])
    at_b = b.register("Phạm Văn Đức", BIRTH, 0, national_id=CCCD)
    a.give_blood(at_a)
    b.give_blood(at_b)
    center = both_orders(centers, [("a", a.export()[0]), ("b", b.export()[0])])
    assert center.query("SELECT donor_a, donor_b, status FROM person_review") == [
        (*sorted([at_a.id, at_b.id]), "open")
    ]
    assert center.query("SELECT count(*) FROM donor_redirect") == [(0,)]


def test_a_donation_inside_another_sites_interval_is_quarantined(sites, centers):
    a = sites("HN01", "A1001", dt.date(2026, 10, 20))
    b = sites("HN02", "A1002", dt.date(2026, 11, 24))  # 35 days later: too soon
    earlier = a.give_blood(a.register("Phạm Văn Đức", BIRTH, 0, national_id=CCCD))
    later = b.give_blood(b.register("Phạm Văn Đức", BIRTH, 0, national_id=CCCD))
    center = both_orders(centers, [("a", a.export()[0]), ("b", b.export()[0])])
    assert quarantine(center) == [(later.id, QuarantineReason.WITHIN_INTERVAL, "held")]
    [(params,)] = center.query("SELECT params FROM quarantine")
    assert json.loads(params)["other_donation"] == earlier.id


def test_a_din_seen_twice_puts_both_units_in_quarantine(sites, centers):
    a = sites("HN01", "A1001", dt.date(2026, 11, 24))
    b = sites("HN02", "A1001", dt.date(2026, 11, 24))  # the same FIN: the same first DIN
    one = a.give_blood(a.register("Phạm Văn Đức", BIRTH, 1))
    two = b.give_blood(b.register("Trần Thị Mai", dt.date(1995, 2, 3), 2))
    assert one.din == two.din
    center = both_orders(centers, [("a", a.export()[0]), ("b", b.export()[0])])
    assert quarantine(center) == sorted(
        [(one.id, QuarantineReason.DIN_TWICE, "held"), (two.id, QuarantineReason.DIN_TWICE, "held")]
    )
    assert center.query("SELECT din FROM donation") == [(None,), (None,)]
    held = center.query("SELECT table_name, column_name, value FROM merge_hold ORDER BY 1, 2")
    assert held == [("din", "number", one.din)] * 2 + [("donation", "din", one.din)] * 2
    numbers = center.query("SELECT number FROM din ORDER BY id")
    assert all(number.startswith(one.din + "#") for (number,) in numbers)


def test_a_deferral_at_another_site_before_the_donation_quarantines_the_unit(sites, centers):
    a = sites("HN01", "A1001", dt.date(2026, 11, 20))
    b = sites("HN02", "A1002", dt.date(2026, 11, 24))
    a.defer(a.register("Phạm Văn Đức", BIRTH, 0, national_id=CCCD), until=dt.date(2027, 1, 1))
    unit = b.give_blood(b.register("Phạm Văn Đức", BIRTH, 0, national_id=CCCD))
    center = both_orders(centers, [("a", a.export()[0]), ("b", b.export()[0])])
    assert quarantine(center) == [(unit.id, QuarantineReason.DEFERRED_ELSEWHERE, "held")]


def test_a_unit_no_longer_collected_leaves_quarantine_in_any_order(sites, centers):
    a = sites("HN01", "A1001", dt.date(2026, 10, 20))
    b = sites("HN02", "A1002", dt.date(2026, 11, 24))
    earlier = a.give_blood(a.register("Phạm Văn Đức", BIRTH, 0, national_id=CCCD))
    b.give_blood(b.register("Phạm Văn Đức", BIRTH, 0, national_id=CCCD))
    first_export, through = a.export()
    a.mark = through
    a.not_collected_after_all(earlier)
    center = both_orders(
        centers, [("a1", first_export), ("b", b.export()[0]), ("a2", a.export()[0])]
    )
    assert quarantine(center) == []


def registry_record(center: Center, **values) -> str:
    """The center's registry record of the person (its own id, stamped registry:0)."""
    donor_id = "00000000-0000-7000-8000-000000000001"  # made long before any laptop's
    center.services.db.table("donor").insert({
        "id": donor_id, "created_at": "2025-01-05T01:00:00.000000Z",
        "updated_at": "2025-01-05T01:00:00.000000Z", "device_id": "registry", "change_seq": 0,
        "national_id": CCCD, "full_name": "Phạm Văn Đức", "name_folded": "pham van duc",
        "birth_date": BIRTH.isoformat(), "sex": MALE, "source": "registry",
        **with_baseline(values),
    })  # fmt: skip
    return donor_id


def test_a_registry_deferral_in_force_quarantines_a_unit_and_counts_start_from_the_registry(
    sites, centers
):
    """The laptop's doctor accepted against the registry's deferral; the center's own
    registry record of the person is the same person, and its count the baseline."""
    deferred = {"donation_count": 5, "last_donation_date": "2026-01-10",
                "deferral_until": "2027-01-01"}  # fmt: skip
    a = sites("HN01", "A1001", dt.date(2026, 11, 24))
    at_site = a.registry_donor("Phạm Văn Đức", BIRTH, 7, **deferred)
    why = "Bác sĩ đã xem giấy xác nhận khỏi bệnh"
    unit = a.give_blood(a.services.donors.get(at_site), override=why)
    for center in centers:
        at_center = registry_record(center, **deferred)
    center = both_orders(centers, [("a", a.export()[0])])
    assert quarantine(center) == [(unit.id, QuarantineReason.DEFERRED_REGISTRY, "held")]
    assert center.query("SELECT from_id, to_id FROM donor_redirect") == [(at_site, at_center)]
    person = center.services.donors.get(at_center)
    assert (person.national_id, person.donation_count, person.last_donation_date) == (
        CCCD, 6, dt.date(2026, 11, 24),
    )  # fmt: skip


def test_clocks_are_flagged_never_followed(sites, centers):
    a = sites("HN01", "A1001", dt.date(2026, 11, 24))
    unit = a.give_blood(a.register("Phạm Văn Đức", BIRTH, 1))
    rows, _ = a.export()
    [donation] = rows["donation"]
    donation["started_at"] = "2026-11-20T02:05:00Z"  # four days before the drive
    donation["ended_at"] = "2099-01-01T02:13:00Z"  # a laptop clock decades ahead
    center = both_orders(centers, [("a", rows)])
    assert center.query("SELECT record_id, kind FROM merge_flag ORDER BY kind") == [
        (unit.id, "future_timestamp"), (unit.id, "outside_drive_day"),
    ]  # fmt: skip
    assert center.query("SELECT started_at FROM donation") == [("2026-11-20T02:05:00Z",)]


def test_a_drive_code_used_on_two_laptops_is_held_not_merged(sites, centers):
    a = sites("HN01", "A1001", dt.date(2026, 11, 24))
    b = sites("HN02", "A1002", dt.date(2026, 11, 25))
    one = a.new_drive(dt.date(2026, 12, 1), "HM261201")
    two = b.new_drive(dt.date(2026, 12, 1), "HM261201")
    center = both_orders(centers, [("a", a.export()[0]), ("b", b.export()[0])])
    shared = "SELECT id, code FROM drive WHERE id IN (?, ?) ORDER BY id"
    codes = center.query(shared, [one.id, two.id])
    assert codes == sorted(
        [(one.id, f"HM261201#{one.id[-8:]}"), (two.id, f"HM261201#{two.id[-8:]}")]
    )
    assert center.query("SELECT count(*) FROM merge_hold WHERE table_name = 'drive'") == [(2,)]
