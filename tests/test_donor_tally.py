"""The donor count the status bar shows is kept as donors are stored and removed (the
``tally`` triggers), not counted over the table at each change: after every kind of
write it still equals the donors anyone can see, counted row by row."""

import datetime as dt

import pytest

from desktop.core.backups.rotation import BackupReason
from desktop.core.foundation.progress import Cancelled, Progress
from desktop.core.services import open_services
from tests.backup_fixtures import register_donors, sign_in_admin
from tests.center_sites import Center, Site
from tests.factories import MALE
from tests.test_registry_import import rows_for, write_registry


def seen(services) -> int:
    """The truth, the slow way: every visible donor counted."""
    return services.db.execute("SELECT count(*) FROM donor_visible").fetchone()[0]


def assert_counted(services, expected: int) -> None:
    assert services.donors.count() == seen(services) == expected


def test_registering_and_registry_imports_keep_the_count(services, donors, tmp_path):
    assert_counted(services, 0)
    donors.register("Phạm Minh Tuấn", dt.date(1995, 7, 7), MALE)
    assert_counted(services, 1)
    services.registry.import_file(write_registry(tmp_path / "a.csv", rows_for(30)))
    assert_counted(services, 31)
    # re-imported: the same people updated, nobody added
    services.registry.import_file(write_registry(tmp_path / "b.csv", rows_for(30)))
    assert_counted(services, 31)
    big = write_registry(tmp_path / "big.csv", rows_for(12_000, start=1000))
    calls = []

    def cancel_while_saving() -> bool:
        calls.append(1)
        return len(calls) > 3  # past the checking, into the saving: rows staged

    with pytest.raises(Cancelled):
        services.registry.import_file(big, Progress(cancel_requested=cancel_while_saving))
    assert_counted(services, 31)
    stored = services.db.execute("SELECT count(*) FROM donor").fetchone()[0]
    tallied = services.db.execute("SELECT value FROM tally WHERE name = 'donors'").fetchone()[0]
    assert tallied == stored  # the abandoned rows removed, and untallied with them


def test_a_merge_at_the_center_keeps_the_count(tmp_path):
    site = Site(tmp_path / "a.sqlite3", "HN01", "A1001")
    center = Center(tmp_path / "center.sqlite3")
    try:
        for serial, name in enumerate(("Phạm Văn Đức", "Lê Thị Mai", "Trần Văn An"), 1):
            site.register(name, dt.date(1990, 5, serial), serial)
        rows, _ = site.export()
        center.merge("HN01-a-00001.hmtn.age", rows)
        assert_counted(center.services, 3)
        center.merge("HN01-a-00001.hmtn.age", rows)  # again: nothing new
        assert_counted(center.services, 3)
    finally:
        site.close()
        center.close()


def test_a_restore_brings_the_backups_count(services, db_path):
    sign_in_admin(services)
    register_donors(services, 2)
    made = services.backups.back_up(BackupReason.MANUAL)
    register_donors(services, 3, first=10)
    assert_counted(services, 5)
    checked = services.backups.check(made.path)
    restorer = services.backups.restorer()
    services.close()
    restorer.run(checked)
    reopened = open_services(db_path, create=False)
    try:
        assert_counted(reopened, 2)
    finally:
        reopened.close()
