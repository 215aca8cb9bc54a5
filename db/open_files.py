"""The database files this process holds open through SQLite, known by file identity.

POSIX advisory locks belong to a process and a file, not to a descriptor: closing *any*
descriptor of a file drops every lock the process holds on it. SQLite guards its own
descriptors, but a plain ``open()``/``close()`` of a live database (or of its -wal or
-shm file) from Python silently drops SQLite's locks; another process may then
checkpoint and delete the WAL under this one, and the transactions committed to it are
lost. So this process opens each database once, and never opens one of these files
other than through SQLite. Identity is (st_dev, st_ino) from ``os.stat``, which never
opens the file and sees through other spellings of the path (links, ``..``, case).
"""

import os
import threading
from pathlib import Path

SIDE_FILES = ("-wal", "-shm", "-journal")
SQLITE_HEADER = b"SQLite format 3\x00"

Identity = tuple[int, int]

_lock = threading.Lock()
_open: dict[Identity, tuple[Path, int]] = {}  # identity -> (path, connections open)


def identity(path: str | Path) -> Identity | None:
    """(st_dev, st_ino) of the file at ``path``, or None if there is none."""
    try:
        status = os.stat(path)
    except (OSError, ValueError):  # ValueError: a NUL in the path
        return None
    return status.st_dev, status.st_ino


def hold(path: str | Path) -> Identity | None:
    """Count one more SQLite connection of this process to the database at ``path``."""
    key = identity(path)
    if key is not None:
        with _lock:
            _, count = _open.get(key, (Path(path), 0))
            _open[key] = (Path(path), count + 1)
    return key


def release(key: Identity | None) -> None:
    """One connection counted by ``hold`` was closed."""
    if key is None:
        return
    with _lock:
        path, count = _open.get(key, (Path(), 1))
        if count <= 1:
            _open.pop(key, None)
        else:
            _open[key] = (path, count - 1)


def is_open(path: str | Path) -> bool:
    """True when this process already has the database at ``path`` open."""
    key = identity(path)
    with _lock:
        return key is not None and key in _open


def belongs_to_open_database(path: str | Path) -> bool:
    """True when ``path`` is a database this process has open, or one of its -wal, -shm
    or -journal files, whatever the spelling of the path. Decided without opening it."""
    key = identity(path)
    if key is None:
        return False
    with _lock:
        if key in _open:
            return True
        databases = [database for database, _ in _open.values()]
    return any(identity(f"{db}{suffix}") == key for db in databases for suffix in SIDE_FILES)


def remove_database(path: str | Path) -> None:
    """Delete a database file nobody uses any more (a demo half built, a benchmark's)
    with its -wal, -shm and -journal files: a journal left beside a new file of that
    name would be played into it. Refused for a database this process has open."""
    if belongs_to_open_database(path):
        raise RuntimeError(f"{path} is a live database: never delete it")
    for suffix in ("", *SIDE_FILES):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def has_sqlite_header(path: str | Path) -> bool:
    """True when the file starts like an SQLite database.

    Only for files that ``belongs_to_open_database`` has ruled out: reading opens and
    closes the file, which would drop this process's locks on a live database.
    """
    if belongs_to_open_database(path):
        raise RuntimeError(f"{path} is a live database: never open it outside SQLite")
    with open(path, "rb") as f:
        return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
