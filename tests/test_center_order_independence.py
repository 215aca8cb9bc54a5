"""Three laptops at three sites check donors in, screen, bleed, print certificates and
correct records; they export (files get lost, exported again, delivered twice) and the
center merges the files in any order: it ends as one in-order import leaves it."""

import datetime as dt
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from tests.center_sites import Center, Site, center_state
from tests.factories import MALE, cccd_for

PEOPLE = ["Nguyễn Văn An", "Trần Thị Bích", "Lê Văn Cường", "Phạm Thị Dung"]
BIRTHS = [dt.date(1990, 1, 1), dt.date(1992, 2, 2), dt.date(1985, 3, 3), dt.date(1999, 4, 4)]
# the third laptop shares the first one's FIN: their DINs collide
SITES = [("HN01", "A1001", dt.date(2022, 1, 3)), ("HN02", "A1002", dt.date(2022, 1, 10)),
         ("HN03", "A1001", dt.date(2022, 1, 20))]  # fmt: skip
SPACING = dt.timedelta(days=100)  # one laptop's drives: never too soon for its own rules


class Laptops(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="hmtn-center-"))
        self.sites = [Site(self.dir / f"{code}.sqlite3", code, fin, day)
                      for code, fin, day in SITES]  # fmt: skip
        self.drives = [0, 0, 0]
        self.donors: list[dict[int, object]] = [{}, {}, {}]
        self.units: list[list] = [[], [], []]
        self.delivered: list[tuple[str, dict]] = []
        self.exports = [0, 0, 0]
        # person 0 is in the registry every site loaded (each under its own id)
        for site in self.sites:
            donor_id = site.registry_donor(PEOPLE[0], BIRTHS[0], 0, donation_count=5,
                                           last_donation_date="2021-06-01")  # fmt: skip
            self.donors[self.sites.index(site)][0] = site.services.donors.get(donor_id)

    def _donor(self, s: int, person: int):
        if person not in self.donors[s]:
            national_id = None if person == 3 and s == 1 else cccd_for(BIRTHS[person], MALE, person)
            donor = self.sites[s].register(PEOPLE[person], BIRTHS[person], person, national_id)
            if national_id is None:  # a record without a CCCD: only a review at the center
                self.sites[s].services.db.execute(
                    "UPDATE donor SET national_id = NULL WHERE id = ?", [donor.id]
                )
            self.donors[s][person] = donor
        return self.donors[s][person]

    def _next_drive(self, s: int):
        site = self.sites[s]
        self.drives[s] += 1
        return site.new_drive(SITES[s][2] + self.drives[s] * SPACING)

    @rule(s=st.integers(0, 2), person=st.integers(0, 3), certificate=st.booleans())
    def give_blood(self, s, person, certificate):
        drive = self._next_drive(s)
        unit = self.sites[s].give_blood(self._donor(s, person), drive, certificate=certificate)
        self.units[s].append(unit)

    @rule(s=st.integers(0, 2), person=st.integers(0, 3))
    def defer(self, s, person):
        drive = self._next_drive(s)
        until = drive.drive_date + SPACING / 2  # over before this laptop's next drive
        self.sites[s].defer(self._donor(s, person), until, drive)

    @precondition(lambda self: any(self.units))
    @rule(data=st.data(), not_collected=st.booleans())
    def correct_a_unit(self, data, not_collected):
        s = data.draw(st.sampled_from([i for i, units in enumerate(self.units) if units]))
        unit = data.draw(st.sampled_from(self.units[s]))
        if not_collected:
            self.sites[s].not_collected_after_all(unit)
            self.units[s].remove(unit)  # final: nothing more to correct
        else:
            self.sites[s].amend_volume(unit, data.draw(st.sampled_from([250, 350, 430])))

    @rule(s=st.integers(0, 2), lost=st.booleans(), again=st.booleans())
    def export(self, s, lost, again):
        """An export since the acknowledged mark (or of everything again); a lost
        stick is never acknowledged, so the next export carries its records."""
        site = self.sites[s]
        rows, through = site.export(0 if again else None)
        self.exports[s] += 1
        if not lost:
            self.delivered.append((f"{site.code}-{self.exports[s]:05d}", rows))
            site.mark = max(site.mark, through)

    @initialize(random=st.randoms(use_true_random=False))
    def a_first_day_everywhere(self, random):
        """Every example starts from a day at each site (the same person at two of
        them, a DIN that collides, a deferral) and draws the order files arrive in."""
        self.random = random
        for s, people in enumerate(([0, 1], [0, 3], [2, 3])):
            for person in people:
                self.give_blood(s, person, certificate=person == 0)
        self.defer(1, 2)
        for s in range(3):
            self.export(s, lost=s == 2, again=False)

    def _compare(self, in_order) -> None:
        """One center merges the files in the order they were delivered, another in a
        shuffled order with some delivered twice: they end the same."""
        other_order = list(in_order)
        self.random.shuffle(other_order)
        other_order += self.random.sample(in_order, min(3, len(in_order)))
        first = Center(self.dir / "one.sqlite3")
        second = Center(self.dir / "two.sqlite3")
        try:
            for name, rows in in_order:
                first.merge(name, rows)
            for name, rows in other_order:
                second.merge(name, rows)
            assert center_state(first) == center_state(second)
        finally:
            first.close()
            second.close()

    @invariant()
    def numbers_never_reused_on_a_laptop(self):
        for site in self.sites:
            assert site.last_seq() >= site.mark

    def teardown(self):
        try:
            for s in range(3):  # the end of the day: every laptop exports what is due
                self.export(s, lost=False, again=False)
            self._compare(self.delivered)
        finally:
            for site in self.sites:
                site.close()
            shutil.rmtree(self.dir, ignore_errors=True)


Laptops.TestCase.settings = settings(
    max_examples=8,
    stateful_step_count=15,
    derandomize=True,  # the same runs on every CI run
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestCenterConvergence = Laptops.TestCase
