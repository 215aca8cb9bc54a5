"""The automatic backups' disk budget: the rotation within a quarter of the disk, a
backup never leaving less than max(2 GiB, 5 %) free, room made from the oldest backups
but never the last one. Real files; the large ones sparse (their size without the disk
space), the disk's size and free space given as the budget's parameter."""

import os
from pathlib import Path

import pytest

from db import backup_copy, installation
from desktop.core.backups import budget, rotation
from desktop.core.backups.budget import GIB, DiskSpace
from desktop.core.backups.rotation import BackupReason
from desktop.core.domain.audit_notes import AuditNote, parse_note
from desktop.core.domain.problems import UserError
from desktop.core.foundation.progress import Cancelled, Progress
from tests.backup_fixtures import register_donors, sign_in_admin

DISK = DiskSpace(total=40 * GIB, free=30 * GIB)  # rotation <= 10 GiB, keep 2 GiB free


def sparse_backup(where: Path, stamp: str, reason: str, size: int) -> Path:
    """A rotation file of ``size`` bytes that takes no disk space."""
    where.mkdir(parents=True, exist_ok=True)
    path = where / f"{stamp}-{reason}.sqlite3"
    with path.open("wb") as file:  # a file of the test's own, never a database
        file.truncate(size)
    return path


def names(where: Path) -> list[str]:
    return sorted(p.name for p in where.iterdir())


def test_the_budget_rules_follow_the_disk_size():
    small, large = DiskSpace(total=100 * GIB, free=0), DiskSpace(total=1000 * GIB, free=0)
    assert (small.rotation_limit, small.keep_free) == (25 * GIB, 5 * GIB)  # 5 % over 2 GiB
    assert (large.rotation_limit, large.keep_free) == (250 * GIB, 50 * GIB)
    assert DiskSpace(total=20 * GIB, free=0).keep_free == 2 * GIB  # the floor
    measured = DiskSpace.of(Path("/nonexistent/below/root"))  # its nearest existing parent
    assert measured.total > 0 and 0 <= measured.free <= measured.total


def test_room_is_made_from_the_oldest_keeping_the_newest_of_each_reason(tmp_path):
    closing = sparse_backup(tmp_path, "20261201-080000", "drive-close", 2 * GIB)  # the oldest
    periodic = [sparse_backup(tmp_path, f"20261201-09{m}00", "periodic", 2 * GIB)
                for m in ("00", "15", "30")]  # fmt: skip
    # 8 GiB kept, 3 GiB more needed: 1 GiB over the 10 GiB limit, one backup must go
    assert budget.make_room(tmp_path, 3 * GIB, DISK)
    assert not periodic[0].exists()  # the oldest that is not the newest of its reason
    assert closing.exists() and periodic[1].exists() and periodic[2].exists()


def test_room_is_made_for_the_free_space_the_desk_needs(tmp_path):
    older = sparse_backup(tmp_path, "20261201-090000", "periodic", GIB)
    newer = sparse_backup(tmp_path, "20261201-091500", "periodic", GIB)
    nearly_full = DiskSpace(total=40 * GIB, free=4 * GIB)  # 2 GiB must stay free
    assert budget.make_room(tmp_path, 2 * GIB + 1, nearly_full)
    assert not older.exists() and newer.exists()


def test_the_last_backup_is_never_removed_to_make_room(tmp_path):
    older = sparse_backup(tmp_path, "20261201-090000", "exit", 4 * GIB)
    newer = sparse_backup(tmp_path, "20261201-091500", "periodic", 4 * GIB)
    # 7 GiB needed: only removing both would make room under the 10 GiB limit
    assert not budget.make_room(tmp_path, 7 * GIB, DISK)
    assert older.exists() and newer.exists()  # nothing removed for a backup not made
    assert budget.make_room(tmp_path, 6 * GIB, DISK)
    assert not older.exists() and newer.exists()


def test_a_backup_larger_than_a_quarter_of_the_disk_never_fits(tmp_path):
    assert not budget.make_room(tmp_path, 10 * GIB + 1, DISK)
    assert budget.make_room(tmp_path, 10 * GIB, DISK)


def test_after_a_backup_the_rotation_is_brought_within_its_limit_but_never_the_new_one(tmp_path):
    old = sparse_backup(tmp_path, "20261201-090000", "manual", 6 * GIB)
    new = sparse_backup(tmp_path, "20261201-100000", "periodic", 11 * GIB)  # the disk shrank
    removed = budget.prune(tmp_path, DISK, keep=new)
    assert removed == [old] and not old.exists() and new.exists()


def test_a_copy_cut_short_is_no_backup_and_its_leftover_is_removed(tmp_path):
    kept = sparse_backup(tmp_path, "20261201-090000", "periodic", GIB)
    leftover = tmp_path / "20261201-091500-periodic.sqlite3.partial"
    leftover.write_bytes(b"half a copy")  # the laptop was switched off during the copy
    (tmp_path / (leftover.name + "-journal")).write_bytes(b"journal")
    assert [b.path for b in rotation.listed(tmp_path)] == [kept]
    assert budget.make_room(tmp_path, GIB, DISK)
    assert names(tmp_path) == [kept.name]


# --- through the service: the disk measured, or given ---------------------------------


def no_room(services, where: Path) -> DiskSpace:
    """The real disk as it is, with less free than the budget keeps (by more than the
    test's small backups take)."""
    real = DiskSpace.of(where)
    return DiskSpace(total=real.total, free=real.keep_free - 100_000_000)


def skip_notes(services) -> list:
    rows = services.db.execute("SELECT note FROM audit_log WHERE action = 'backup' ORDER BY id")
    return [parse_note(row[0]) for row in rows]


def test_a_backup_with_no_room_is_refused_in_words_and_audited_once_in_a_row(services):
    sign_in_admin(services)
    register_donors(services, 3)
    made = services.backups.back_up(BackupReason.PERIODIC)
    services.backups.disk_space = lambda where: no_room(services, where)
    register_donors(services, 1, first=4)
    with pytest.raises(UserError) as refused:
        services.backups.back_up(BackupReason.MANUAL)
    [problem] = refused.value.problems
    size = backup_copy.copy_size(services.db.conn)
    assert problem.code == "backup_no_room"
    assert problem.params["needed"] == size and problem.params["folder"] == str(made.path.parent)
    with pytest.raises(UserError):
        services.backups.back_up(BackupReason.PERIODIC)  # 15 minutes later: still no room
    assert [b.path for b in services.backups.backups()] == [made.path]  # the last one kept
    assert names(made.path.parent) == [made.path.name]
    skipped = [params for code, params in skip_notes(services) if code is AuditNote.BACKUP_SKIPPED]
    assert skipped == [{"reason": "manual", "needed": str(size),
                        "free": str(no_room(services, made.path.parent).free)}]  # fmt: skip

    services.backups.disk_space = DiskSpace.of  # space was freed
    again = services.backups.back_up(BackupReason.PERIODIC)
    assert again is not None and again.path.exists()
    services.backups.disk_space = lambda where: no_room(services, where)
    register_donors(services, 1, first=5)
    with pytest.raises(UserError):
        services.backups.back_up(BackupReason.PERIODIC)
    codes = [code for code, _ in skip_notes(services)]
    assert codes == [AuditNote.BACKUP_MADE, AuditNote.BACKUP_SKIPPED, AuditNote.BACKUP_MADE,
                     AuditNote.BACKUP_SKIPPED]  # fmt: skip


def test_an_older_backup_gives_way_when_the_disk_is_short(services):
    register_donors(services, 3)
    first = services.backups.back_up(BackupReason.PERIODIC)
    register_donors(services, 1, first=4)
    second = services.backups.back_up(BackupReason.PERIODIC)
    register_donors(services, 1, first=5)
    size = backup_copy.copy_size(services.db.conn)
    real = DiskSpace.of(first.path.parent)
    # room for one more backup only once the oldest is gone
    services.backups.disk_space = lambda where: DiskSpace(real.total, real.keep_free + size - 1)
    third = services.backups.back_up(BackupReason.EXIT)
    assert [b.path for b in services.backups.backups()] == [third.path, second.path]
    assert not first.path.exists()


def test_a_backup_stopped_midway_leaves_no_file_and_no_partial_copy(services):
    sign_in_admin(services)
    register_donors(services, 3)

    def stop(*_step: object) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        services.backups.back_up(BackupReason.MANUAL, Progress(stop))
    where = rotation.folder(installation.device_id(services.db))
    assert os.listdir(where) == []
