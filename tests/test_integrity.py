"""The database file at open: a fast check whatever its size (the start of a national
registry's laptop must not wait minutes), the whole file checked in the background
once a day; damage deep in a large table passes the first, never the second."""

import datetime as dt
import struct

import pytest

from db import connection
from db.connection import DatabaseRefused, open_database
from desktop.core.foundation.integrity import LAST_FULL_CHECK_KEY
from desktop.core.foundation.progress import Cancelled, Progress
from desktop.core.services import open_services
from tests.people import everyone
from tests.test_registry_import import rows_for, write_registry

DONORS = connection.SMALL_TABLE_ROWS + 500  # the donor table too large to check at open


def registry_database(folder, db_path, donors: int = DONORS):
    services = open_services(db_path)
    everyone(services)
    services.registry.import_file(write_registry(folder / "registry.csv", rows_for(donors)))
    services.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    services.close()


def damage_deep_in_an_index(db_path, index: str = "donor_name_birth") -> int:
    """Scramble the header of the last child of ``index``'s root page (a plain file:
    its pages read as SQLite lays them out): the root and the first leaf stay sound."""
    db = open_database(db_path)
    root, page_size = db.execute(
        "SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_master"
        " WHERE name = ?",
        [index],
    ).fetchone()
    db.close()
    data = bytearray(db_path.read_bytes())
    start = (root - 1) * page_size
    assert data[start] == 0x02  # an interior index page: it has children
    last_child = struct.unpack(">I", data[start + 8 : start + 12])[0]
    offset = (last_child - 1) * page_size
    data[offset : offset + 64] = b"\xff" * 64
    db_path.write_bytes(bytes(data))
    return last_child


@pytest.fixture
def damaged(tmp_path, db_path):
    registry_database(tmp_path, db_path)
    damage_deep_in_an_index(db_path)
    return db_path


def test_a_file_damaged_deep_in_a_large_index_opens_and_the_full_check_finds_it(damaged):
    services = open_services(damaged, create=False)  # the fast check lets it open
    try:
        everyone(services)
        assert services.integrity.due()
        report = services.integrity.check(Progress())
        assert not report.ok and report.damage
        services.integrity.record(report)
        assert services.integrity.due()  # damage is never kept as checked
    finally:
        services.close()


def test_a_sound_file_is_checked_once_a_day(services):
    assert services.integrity.due()
    report = services.integrity.check(Progress())
    assert report.ok
    services.integrity.record(report)
    assert services.settings.get(LAST_FULL_CHECK_KEY) == dt.date.today().isoformat()
    assert not services.integrity.due()
    services.integrity.today = lambda: dt.date.today() + dt.timedelta(days=1)
    assert services.integrity.due()


def test_a_cancelled_full_check_stops(services):
    with pytest.raises(Cancelled):
        services.integrity.check(Progress(cancel_requested=lambda: True))


def test_a_small_table_damaged_anywhere_is_refused_at_open(tmp_path, db_path):
    """A small table (staff, drives, settings, a site's first donors) is checked whole
    at open, its indexes with it."""
    registry_database(tmp_path, db_path, donors=connection.SMALL_TABLE_ROWS // 4)
    damage_deep_in_an_index(db_path)
    with pytest.raises(DatabaseRefused) as refused:
        open_database(db_path)
    assert refused.value.reason == "damaged"


def test_an_index_it_cannot_read_directly_never_refuses_a_sound_file(tmp_path, db_path):
    """An index whose condition the check cannot restate (here one added by hand, its
    last WHERE inside a comment) is left to the full check."""
    registry_database(tmp_path, db_path)
    db = open_database(db_path)
    db.execute("CREATE INDEX odd ON donor (phone) WHERE phone <> '' /* WHERE */")
    db.close()
    open_database(db_path).close()
