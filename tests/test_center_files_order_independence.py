"""The state machine of tests/test_center_order_independence.py through real files:
three enrolled laptops check donors in, screen, bleed and correct records; every export
is a sealed file (``ExportService.export``), a lost stick is a deleted file, a file is
delivered twice or everything is exported again; two centers import the files with
``CenterFilesService.import_files``, one in the order they were delivered, the other
shuffled with duplicates: they end the same.

Fewer, shorter examples than the row version (which stays: it explores many more
orders in the same time); this one checks that what the files carry (the export's
selection, ``_base``, the acknowledged mark, sealing and opening) keeps the merge
order-independent.
"""

import datetime as dt
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from desktop.core.exchange.center_files import CenterKey, FileStatus
from desktop.core.exchange.export import ACKNOWLEDGED_KEY
from desktop.core.exchange.sealing import signature_path
from tests.center_files import center_copy, enrol, unlocked_key
from tests.center_sites import Site, center_state
from tests.factories import MALE, cccd_for

pytestmark = pytest.mark.qt  # made_center is made by ``hmtn center init``

PEOPLE = ["Nguyễn Văn An", "Trần Thị Bích", "Lê Văn Cường", "Phạm Thị Dung"]
BIRTHS = [dt.date(1990, 1, 1), dt.date(1992, 2, 2), dt.date(1985, 3, 3), dt.date(1999, 4, 4)]
# (site, FIN, first drive, desk letter): the third laptop shares the first one's FIN, in
# another block (the center refuses to enrol overlapping blocks)
SITES = [("HN01", "A1001", dt.date(2022, 1, 3), "A"), ("HN02", "A1002", dt.date(2022, 1, 10), "A"),
         ("HN03", "A1001", dt.date(2022, 1, 20), "B")]  # fmt: skip
SPACING = dt.timedelta(days=100)  # one laptop's drives: never too soon for its own rules


def file_laptops(made_center: tuple[Path, Path], key: CenterKey) -> type[RuleBasedStateMachine]:
    """The machine, for a center made once per test module and its key unlocked once."""

    class FileLaptops(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.dir = Path(tempfile.mkdtemp(prefix="hmtn-center-files-"))
            self.stick = self.dir / "USB"
            self.stick.mkdir()
            self.centers = [center_copy(made_center, self.dir / f"center-{n}.sqlite3")
                            for n in (1, 2)]  # fmt: skip
            self.sites = []
            for code, fin, day, letter in SITES:
                site = Site(self.dir / f"{code}.sqlite3", code, fin, day, letter=letter)
                enrol(site, self.centers, made_center[1], self.dir / f"enrolment-{code}")
                self.sites.append(site)
            self.drives = [0, 0, 0]
            self.donors: list[dict[int, object]] = [{}, {}, {}]
            self.units: list[list] = [[], [], []]
            self.delivered: list[Path] = []
            for s, site in enumerate(self.sites):  # person 0 is in every site's registry
                donor_id = site.registry_donor(PEOPLE[0], BIRTHS[0], 0, donation_count=5,
                                               last_donation_date="2021-06-01")  # fmt: skip
                self.donors[s][0] = site.services.donors.get(donor_id)

        def _donor(self, s: int, person: int):
            if person not in self.donors[s]:
                birth = BIRTHS[person]
                donor = self.sites[s].register(PEOPLE[person], birth, person,
                                               cccd_for(birth, MALE, person))  # fmt: skip
                self.donors[s][person] = donor
            return self.donors[s][person]

        def _next_drive(self, s: int):
            self.drives[s] += 1
            return self.sites[s].new_drive(SITES[s][2] + self.drives[s] * SPACING)

        @rule(s=st.integers(0, 2), person=st.integers(0, 3), certificate=st.booleans())
        def give_blood(self, s, person, certificate):
            drive = self._next_drive(s)
            unit = self.sites[s].give_blood(self._donor(s, person), drive, certificate=certificate)
            self.units[s].append(unit)

        @rule(s=st.integers(0, 2), person=st.integers(0, 3))
        def defer(self, s, person):
            drive = self._next_drive(s)
            self.sites[s].defer(self._donor(s, person), drive.drive_date + SPACING / 2, drive)

        @precondition(lambda self: any(self.units))
        @rule(data=st.data(), not_collected=st.booleans())
        def correct_a_unit(self, data, not_collected):
            s = data.draw(st.sampled_from([i for i, units in enumerate(self.units) if units]))
            unit = data.draw(st.sampled_from(self.units[s]))
            if not_collected:
                self.sites[s].not_collected_after_all(unit)
                self.units[s].remove(unit)
            else:
                self.sites[s].amend_volume(unit, data.draw(st.sampled_from([250, 350, 430])))

        @rule(s=st.integers(0, 2), lost=st.booleans(), again=st.booleans())
        def export(self, s, lost, again):
            """A file since the acknowledged mark (``again``: of everything once more);
            a lost stick's file is deleted and never acknowledged, so the next export
            carries its records."""
            site = self.sites[s]
            if again:
                site.services.settings.set(ACKNOWLEDGED_KEY, "0")
            result = site.services.exports.export(self.stick)
            if lost:
                result.path.unlink()
                signature_path(result.path).unlink()
            else:
                self.delivered.append(result.path)
                site.mark = max(site.mark, result.seq_to)
            site.services.settings.set(ACKNOWLEDGED_KEY, str(site.mark))

        @rule(data=st.data())
        @precondition(lambda self: self.delivered)
        def deliver_twice(self, data):
            self.delivered.append(data.draw(st.sampled_from(self.delivered)))

        @initialize(random=st.randoms(use_true_random=False))
        def a_first_day_everywhere(self, random):
            """A day at each site (the same person at two of them, a deferral) and the
            order the files arrive in at the second center."""
            self.random = random
            for s, people in enumerate(([0, 1], [0, 3], [2, 3])):
                for person in people:
                    self.give_blood(s, person, certificate=person == 0)
            self.defer(1, 2)
            for s in range(3):
                self.export(s, lost=s == 2, again=False)

        @invariant()
        def numbers_never_reused_on_a_laptop(self):
            for site in self.sites:
                assert site.last_seq() >= site.mark

        def teardown(self):
            try:
                for s in range(3):  # the end of the day: every laptop exports what is due
                    self.export(s, lost=False, again=False)
                in_order = list(self.delivered)
                shuffled = list(in_order)
                self.random.shuffle(shuffled)
                shuffled += self.random.sample(in_order, min(3, len(in_order)))
                first, second = self.centers
                outcomes = first.services.center_files.import_files(in_order, key)
                outcomes += second.services.center_files.import_files(shuffled, key)
                assert FileStatus.REJECTED not in {o.status for o in outcomes}
                assert center_state(first) == center_state(second)
                assert first.query("SELECT count(*) FROM donation")[0][0] > 0
            finally:
                for party in (*self.sites, *self.centers):
                    party.close()
                shutil.rmtree(self.dir, ignore_errors=True)

    return FileLaptops


def test_files_imported_in_any_order_end_as_one_in_order_import(made_center, tmp_path):
    unlocking = center_copy(made_center, tmp_path / "unlock.sqlite3")
    try:
        key = unlocked_key(unlocking)  # once: every copy of the center has the same key
    finally:
        unlocking.close()
    run_state_machine_as_test(
        file_laptops(made_center, key),
        settings=settings(
            max_examples=10,
            stateful_step_count=20,
            derandomize=True,  # the same runs on every CI run
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
