"""How much of the disk the automatic backups may take.

A national registry makes the database about 640 MB at 1 M donors and 6.3 GB at 10 M:
the rotation's 38 copies (``rotation.KEEP``) would take more than a laptop's disk. So
besides ``KEEP`` per reason, two rules, from the filesystem that holds the rotation:

* the rotation's files together take at most a quarter of the disk's size
  (``ROTATION_SHARE``): the rest is the system's, the database's own (and its growth,
  its WAL) and the user's;
* a backup is never made if it would leave less than ``max(2 GiB, 5 % of the disk)``
  free (``keep_free``): a full disk stops the desk's own saves, which matter more than
  one more copy.

Before a copy, room is made by removing older backups of the rotation (the oldest
first, the newest of each reason last), but never the last one: a copy that fails
midway must still leave one complete backup. If even that does not make room, the
backup is not made.
"""

import shutil
from dataclasses import dataclass
from pathlib import Path

from desktop.core.backups import rotation
from desktop.core.backups.rotation import Backup

GIB = 1 << 30
ROTATION_SHARE = 4  # the rotation: at most 1/4 of the disk
FREE_FLOOR = 2 * GIB  # a backup leaves at least this free...
FREE_SHARE = 20  # ...and at least 1/20 (5 %) of the disk


@dataclass(frozen=True)
class DiskSpace:
    """The size of the filesystem that holds the rotation and what is free on it."""

    total: int
    free: int

    @classmethod
    def of(cls, folder: Path) -> "DiskSpace":
        """Measured now (``shutil.disk_usage``) at ``folder`` or its nearest existing
        parent; ``free`` is what an ordinary user may still write."""
        where = Path(folder)
        while not where.exists() and where.parent != where:
            where = where.parent
        usage = shutil.disk_usage(where)
        return cls(total=usage.total, free=usage.free)

    @property
    def rotation_limit(self) -> int:
        return self.total // ROTATION_SHARE

    @property
    def keep_free(self) -> int:
        return max(FREE_FLOOR, self.total // FREE_SHARE)


def removal_order(backups: list[Backup]) -> list[Backup]:
    """The order in which backups give way for room: the oldest first, except that the
    newest of each reason go last (oldest of them first). ``backups``: newest first."""
    newest_of_reason: dict[str, Backup] = {}
    for backup in backups:
        newest_of_reason.setdefault(backup.reason, backup)
    heads = set(map(id, newest_of_reason.values()))
    oldest_first = list(reversed(backups))
    return [b for b in oldest_first if id(b) not in heads] + [
        b for b in oldest_first if id(b) in heads
    ]


def to_remove_for(backups: list[Backup], needed: int, space: DiskSpace) -> list[Backup] | None:
    """The backups to remove so that a new one of ``needed`` bytes fits the budget,
    fewest first in ``removal_order``, never the newest one; None when even that does
    not make room (``backups``: the rotation now, newest first)."""
    order = removal_order(backups)[: max(0, len(backups) - 1)]
    kept_size = sum(b.size for b in backups)
    freed = 0
    for count in range(len(order) + 1):
        if count:
            freed += order[count - 1].size
        if fits(needed, kept_size - freed, space.free + freed, space):
            return order[:count]
    return None


def fits(needed: int, rotation_size: int, free: int, space: DiskSpace) -> bool:
    """Whether a new backup of ``needed`` bytes fits beside a rotation of
    ``rotation_size`` bytes with ``free`` bytes free on the disk."""
    return rotation_size + needed <= space.rotation_limit and free - needed >= space.keep_free


def over_limit(backups: list[Backup], space: DiskSpace, keep: Path) -> list[Backup]:
    """The backups to remove for the rotation to be within its limit again, never
    ``keep`` (the backup just made)."""
    size = sum(b.size for b in backups)
    removed = []
    for backup in removal_order(backups):
        if size <= space.rotation_limit:
            break
        if backup.path != keep:
            removed.append(backup)
            size -= backup.size
    return removed


def make_room(where: Path, needed: int, space: DiskSpace) -> bool:
    """Remove older backups of ``where`` (and copies cut short) until a new one of
    ``needed`` bytes fits ``space``'s budget; False, with nothing removed but the
    leftovers, when it cannot fit."""
    freed = rotation.remove_partial(where)
    space = DiskSpace(space.total, space.free + freed)
    removed = to_remove_for(rotation.listed(where), needed, space)
    if removed is None:
        return False
    for backup in removed:
        rotation.remove(backup)
    return True


def prune(where: Path, space: DiskSpace, keep: Path) -> list[Path]:
    """After a new backup ``keep``: ``KEEP`` per reason, then the rotation's limit."""
    removed = rotation.prune(where)
    for backup in over_limit(rotation.listed(where), space, keep):
        rotation.remove(backup)
        removed.append(backup.path)
    return removed
