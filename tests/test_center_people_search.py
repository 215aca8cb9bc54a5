"""The center's registry: people found as check-in finds them, each person once however
many sites registered them, with every donation the center holds for them."""

import datetime as dt

from desktop.core.domain.vocabulary import DonationOutcome
from tests.center_sites import Center, Site
from tests.factories import MALE, cccd_for, qr_for

BIRTH = dt.date(1990, 5, 15)
CCCD = cccd_for(BIRTH, MALE, 7)


def test_a_person_registered_at_two_sites_is_found_once_with_both_donations(tmp_path):
    a = Site(tmp_path / "HN01.sqlite3", "HN01", "A1001", dt.date(2026, 3, 2))
    b = Site(tmp_path / "HN02.sqlite3", "HN02", "A1002", dt.date(2026, 11, 24))
    center = Center(tmp_path / "center.sqlite3")
    try:
        at_a = a.register("Phạm Văn Đức", BIRTH, 0, national_id=CCCD)
        at_b = b.register("Phạm Văn Đức", BIRTH, 0, national_id=CCCD)
        a.give_blood(at_a)
        b.give_blood(at_b)
        other = a.register("Phạm Văn Đông", dt.date(1991, 1, 2), 3)
        for name, site in (("a", a), ("b", b)):
            center.merge(name, site.export()[0])
        views = center.services.center_views
        survivor = min(at_a.id, at_b.id)

        queries = [CCCD, CCCD[:6], "pham van duc", "Phạm Văn Đức", "15/05/1990",
                   qr_for(CCCD, "Phạm Văn Đức", BIRTH, MALE)]  # fmt: skip
        for query in queries:
            found = views.people(query)
            assert [p.id for p in found.people] == [survivor], query
        [person] = views.people(CCCD).people
        assert (person.donor.donation_count, person.records) == (2, 2)
        assert person.donor.last_donation_date == dt.date(2026, 11, 24)
        assert person.sites == [] and sorted(person.devices) == sorted([a.device_id, b.device_id])
        assert [p.donor.full_name for p in views.people("pham van").people] == [
            "Phạm Văn Đông", "Phạm Văn Đức",
        ]  # fmt: skip
        assert views.people("pham van dong").people[0].id == other.id

        donations = views.donations(max(at_a.id, at_b.id))  # the merged-away record too
        assert [(d.date, d.drive_code, d.outcome, d.quarantine) for d in donations] == [
            (dt.date(2026, 11, 24), "HMHN02261124", DonationOutcome.COMPLETE, []),
            (dt.date(2026, 3, 2), "HMHN01260302", DonationOutcome.COMPLETE, []),
        ]
        assert all(d.din and d.volume_ml for d in donations)

        assert views.people("1234567890123").problems[0].code == "too_many_digits"
        assert views.people("B12").people == [] and views.people("").people == []
    finally:
        for closing in (a, b, center):
            closing.close()


def test_a_person_the_registry_gave_is_seen_in_the_registry_not_on_a_laptop(tmp_path):
    a = Site(tmp_path / "HN01.sqlite3", "HN01", "A1001", dt.date(2026, 11, 24))
    center = Center(tmp_path / "center.sqlite3")
    try:
        from_registry = a.registry_donor("Phạm Văn Đức", BIRTH, 7, donation_count=3)
        a.services.checkin.check_in(a.drive, a.services.donors.get(from_registry))
        center.merge("a", a.export()[0])  # the ticket's donor travels as the registry gave it
        [person] = center.services.center_views.people(CCCD).people
        assert person.in_registry and person.devices == []  # registry:0 is no laptop
        assert person.donor.donation_count == 3
    finally:
        for closing in (a, center):
            closing.close()
