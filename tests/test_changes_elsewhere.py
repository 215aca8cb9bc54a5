"""Commits of another connection to the same file (an import in a terminal while the
window is open) are told on the bus, so the screens catch up; the services' own writes
are not told twice."""

from desktop.core.foundation.events import Topic
from tests.backup_fixtures import register_donors, register_elsewhere
from tests.people import everyone


def test_a_change_committed_by_another_program_is_told_once_as_every_topic(services, db_path):
    clerk = everyone(services)
    told: list[Topic] = []
    services.bus.subscribe(told.append)
    assert not services.changes_elsewhere.check()
    register_donors(services, 2)  # the services' own change: told by them, not again
    told.clear()
    assert not services.changes_elsewhere.check()
    assert told == []

    register_elsewhere(db_path, clerk, 3, first=10)  # another program, the same file
    assert services.donors.count() == 5  # the tally others keep is read again
    assert services.changes_elsewhere.check()
    assert set(told) == set(Topic) and len(told) == len(Topic)
    told.clear()
    assert not services.changes_elsewhere.check()  # nothing new since
    assert told == []
