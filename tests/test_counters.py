"""A donor's counters: derived from the registry's baseline and the donations held, by
one rule that the site's recording, its amendments and the center's recompute share."""

import contextlib
import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.records import write_transaction
from desktop.core.domain import places
from desktop.core.domain.problems import UserError
from desktop.core.domain.vocabulary import DonationOutcome
from desktop.core.lifecycle.counters import History, donor_counters, recompute_counters
from desktop.core.stations.collection import DonationForm
from desktop.core.stations.drives import DriveForm
from tests.factories import registry_row, write_registry
from tests.people import open_signed_in

COMPLETE, INCOMPLETE, NOT_COLLECTED = (
    DonationOutcome.COMPLETE,
    DonationOutcome.INCOMPLETE,
    DonationOutcome.NOT_COLLECTED,
)
FIN = "A9999"
BASELINE_DATE = dt.date(2026, 3, 1)


def test_the_rule_counts_complete_donations_after_the_baseline_once():
    baseline = History(3, "2026-03-01", "whole_blood")
    held = [
        ("2026-03-01", "whole_blood", COMPLETE),  # the registry's last one: counted there
        ("2026-06-02", "plasma", INCOMPLETE),  # a last donation, not a count
        ("2026-09-03", None, NOT_COLLECTED),  # nothing
    ]
    assert donor_counters(baseline, held) == History(3, "2026-06-02", "plasma")
    held.append(("2026-10-04", None, COMPLETE))
    assert donor_counters(baseline, held) == History(4, "2026-10-04", "whole_blood")
    assert donor_counters(History(0, None, None), []) == History(0, None, None)


class Site:
    """A site database with a registry donor (count 3, last 01/03/2026) who gives blood
    at drives, one drive a month after that, and whose units get amended."""

    def __init__(self, folder: Path) -> None:
        self.services = open_signed_in(folder / "site.sqlite3")
        services = self.services
        nurse = services.staff.add("Lê Thị Hồng", "nurse")
        self.nurse_id = nurse.id
        services.dins.set_fin(FIN)
        row = registry_row()
        services.registry.import_file(write_registry(folder / "registry.csv", [row]))
        self.donor_id = services.donors.lookup(row["national_id"]).exact.id
        self.donations: list[tuple[str, str]] = []  # (donation id, drive date ISO)
        self.hanoi = places.province("1")
        self.ward = next(iter(places.wards(self.hanoi.code)))

    def donate(self, month: int, outcome: str) -> None:
        day = BASELINE_DATE + dt.timedelta(days=14 + 30 * month)
        drive = self.services.drives.create(
            DriveForm(code=f"HM{day:%y%m%d}", drive_date=day.strftime("%d/%m/%Y"),
                      place_name="Trường THPT", province_code=self.hanoi.code,
                      ward_code=self.ward.code, organizer="Hội", campaign="chu_nhat_do",
                      target_units="10")
        )  # fmt: skip
        donor = self.services.donors.get(self.donor_id)
        visit = self.services.checkin.check_in(drive, donor).visit
        # Screening is not what is tested: the doctor's acceptance, as it is stored.
        with write_transaction(self.services.db, self.services.session.actor) as w:
            w.update("visit", visit.id, {"status": "accepted"})
        din = self.services.dins.allocate(drive, 1)[0].din
        drawn = outcome != NOT_COLLECTED
        form = DonationForm(
            din=din.barcode_data,
            bag_type="triple",
            bag_lot="L1",
            volume_ml="450" if drawn else "",
            started="09:05",
            ended="09:13",
            outcome=outcome,
        )
        unit = self.services.collection.record(visit.id, form)
        self.donations.append((unit.id, day.isoformat()))

    def amend(self, which: int, outcome: str) -> None:
        donation_id, _day = self.donations[which % len(self.donations)]
        changes = {"outcome": outcome}
        if outcome != NOT_COLLECTED:
            changes["volume_ml"] = "450"
        # A move the rules refuse (not collected cannot become collected) changes nothing.
        with contextlib.suppress(UserError):
            self.services.reconciliation.amend_donation(donation_id, changes, "Ghi nhầm")

    def expected(self) -> tuple[int, str | None]:
        """The donor's history as a person would count it from the units."""
        outcomes = dict(
            self.services.db.execute(
                "SELECT id, outcome FROM donation WHERE donor_id = ?", [self.donor_id]
            ).fetchall()
        )
        count, last = 3, BASELINE_DATE.isoformat()
        for donation_id, day in self.donations:
            if outcomes[donation_id] == COMPLETE:
                count += 1
            if outcomes[donation_id] in (COMPLETE, INCOMPLETE):
                last = max(last, day)
        return count, last

    def stored(self) -> tuple[int, str | None]:
        donor = self.services.donors.get(self.donor_id)
        return donor.donation_count, donor.last_donation_date.isoformat()


operations = st.lists(
    st.one_of(
        st.tuples(st.just("donate"), st.sampled_from([COMPLETE, INCOMPLETE, NOT_COLLECTED])),
        st.tuples(
            st.just("amend"),
            st.integers(0, 5),
            st.sampled_from([COMPLETE, INCOMPLETE, NOT_COLLECTED]),
        ),
    ),
    min_size=1,
    max_size=8,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(operations)
def test_any_donations_and_amendments_leave_the_counters_recomputable(steps):
    with tempfile.TemporaryDirectory() as folder:
        site = Site(Path(folder))
        try:
            month = 1
            for step in steps:
                if step[0] == "donate":
                    site.donate(month, step[1])
                    month += 1
                elif site.donations:
                    site.amend(step[1], step[2])
                assert site.stored() == site.expected()
            db = site.services.db
            with write_transaction(db, site.services.session.actor):
                assert recompute_counters(db, [site.donor_id]) == 0  # nothing to correct
        finally:
            site.services.close()


def test_the_center_recomputes_counters_from_the_records_it_holds(tmp_path):
    """Counters stored wrong (as a merge of absolute values would leave them) are put
    right from the baseline and the donations held, without a new stamp."""
    site = Site(tmp_path)
    try:
        site.donate(1, COMPLETE)
        site.donate(2, INCOMPLETE)
        db = site.services.db
        db.execute("UPDATE donor SET donation_count = 9, last_donation_date = NULL")
        before = db.execute(
            "SELECT device_id, change_seq FROM donor WHERE id = ?", [site.donor_id]
        ).fetchone()
        with write_transaction(db, site.services.session.actor):
            assert recompute_counters(db, [site.donor_id, "0190-no-such-donor"]) == 1
        assert site.stored() == site.expected() == (4, "2026-05-14")
        after = db.execute(
            "SELECT device_id, change_seq FROM donor WHERE id = ?", [site.donor_id]
        ).fetchone()
        assert after == before
    finally:
        site.services.close()


def test_a_registry_that_learned_of_a_donation_does_not_count_it_twice(tmp_path):
    """The center's registry comes back with the donation made here (count 4, last on
    the drive's date): still 4. A later one from elsewhere adds to what is held here."""
    site = Site(tmp_path)
    try:
        site.donate(1, COMPLETE)
        _id, day = site.donations[0]
        assert site.stored() == (4, day)
        row = registry_row(donation_count="4", last_donation_date=day)
        site.services.registry.import_file(write_registry(tmp_path / "r2.csv", [row]))
        assert site.stored()[0] == 4
        later = registry_row(donation_count="6", last_donation_date="2026-11-01")
        site.services.registry.import_file(write_registry(tmp_path / "r3.csv", [later]))
        assert site.stored() == (6, "2026-11-01")
    finally:
        site.services.close()
