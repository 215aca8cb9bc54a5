"""The automatic backups kept in the user data folder, in rotation.

``<data dir>/backups/<device id>/<YYYYMMDD-HHMMSS>-<reason>.sqlite3`` (local time), with
the database's key file beside it as ``<same name>.keys`` when the database has one.
Kept: the newest ``KEEP[reason]`` of each reason, within the disk budget (``budget``);
older ones are removed after each new backup (they are closed files of our own, never a
live database). A backup is written as ``<name>.partial`` and renamed once complete: a
copy cut short (the laptop switched off) is never taken for a backup, and its leftover
is removed before the next one.
"""

import contextlib
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop.core.exchange.incarnation import data_dir

SUFFIX = ".sqlite3"
KEY_SUFFIX = ".keys"
PARTIAL_SUFFIX = ".partial"
STAMP = "%Y%m%d-%H%M%S"


class BackupReason(StrEnum):
    PERIODIC = "periodic"  # every N minutes while the app runs
    DRIVE_CLOSE = "drive-close"
    EXIT = "exit"
    MANUAL = "manual"  # "Back up now", ``hmtn backup``


KEEP = {
    BackupReason.PERIODIC: 8,  # two hours at the default 15 minutes
    BackupReason.DRIVE_CLOSE: 10,
    BackupReason.EXIT: 10,
    BackupReason.MANUAL: 10,
}
_NAME = re.compile(r"^(\d{8}-\d{6})(?:-(\d+))?-([a-z-]+)\.sqlite3$")


@dataclass(frozen=True)
class Backup:
    """One backup file of the rotation."""

    path: Path
    made_at: dt.datetime
    reason: BackupReason
    size: int
    number: int = 1  # the second backup of the same second is 2

    @property
    def key_file(self) -> Path:
        return key_file_of(self.path)


def key_file_of(path: Path) -> Path:
    return path.with_name(path.name + KEY_SUFFIX)


def partial_of(path: Path) -> Path:
    """Where ``path`` is written until it is complete."""
    return path.with_name(path.name + PARTIAL_SUFFIX)


def remove_partial(where: Path) -> int:
    """Remove what copies cut short left in ``where`` (and their journals); returns
    the bytes freed."""
    freed = 0
    try:
        leftovers = [p for p in where.iterdir() if SUFFIX + PARTIAL_SUFFIX in p.name]
    except OSError:
        return 0
    for path in leftovers:
        with contextlib.suppress(OSError):
            freed += path.stat().st_size
            path.unlink()
    return freed


def remove(backup: Backup) -> None:
    for path in (backup.path, backup.key_file):
        path.unlink(missing_ok=True)


def folder(device_id: str, base: Path | None = None) -> Path:
    return data_dir(base) / "backups" / device_id


def new_path(where: Path, reason: BackupReason, now: dt.datetime | None = None) -> Path:
    """A name after every other of the same second (the second one gets ``-2``, the
    third ``-3``...: the order of the names is the order of the backups)."""
    stamp = (now or dt.datetime.now()).strftime(STAMP)
    taken = [b.number for b in listed(where) if b.made_at.strftime(STAMP) == stamp]
    number = max(taken, default=0) + 1
    middle = stamp if number == 1 else f"{stamp}-{number}"
    return where / f"{middle}-{reason}{SUFFIX}"


def listed(where: Path) -> list[Backup]:
    """The backups in ``where``, newest first (files of other names are ignored)."""
    backups = []
    try:
        entries = list(where.iterdir())
    except OSError:  # no backup made yet
        return []
    for path in entries:
        match = _NAME.match(path.name)
        if not match or not path.is_file():
            continue
        try:
            reason = BackupReason(match.group(3))
            made_at = dt.datetime.strptime(match.group(1), STAMP)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        backups.append(Backup(path, made_at, reason, size, int(match.group(2) or 1)))
    return sorted(backups, key=lambda b: (b.made_at, b.number), reverse=True)


def prune(where: Path) -> list[Path]:
    """Remove the backups beyond ``KEEP`` of each reason; returns what was removed."""
    removed = []
    seen: dict[BackupReason, int] = {}
    for backup in listed(where):
        seen[backup.reason] = seen.get(backup.reason, 0) + 1
        if seen[backup.reason] > KEEP[backup.reason]:
            remove(backup)
            removed.append(backup.path)
    return removed
