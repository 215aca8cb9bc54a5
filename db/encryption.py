"""A database encrypted in place, or made encrypted, so that a crash at any moment
leaves a file that opens at the old state or at the new one, never a broken one.

The encrypted file is written beside the database (``<name>.encrypting``, or
``<name>.creating`` for a new one), checked, finished by the caller (``prepare``: the
first administrator and the key file are written there) and only then renamed over
the database's name: a rename is atomic. Until then the plain database is held with an
exclusive lock (no other program writes to it meanwhile) and stays as it was; its copy
``<stem>.before-encryption-<stamp><suffix>`` (made through SQLite's backup API) is kept
until the encrypted file has been read back under its own name, then removed.

The copies an upgrade made before (``<stem>.before-upgrade-<stamp><suffix>``, through
the backup API: plain, as the database was) are then encrypted with the same key, each
in the same way (written beside as ``<copy>.encrypting``, checked, renamed over it):
once the encrypted database is verified no plain copy of it remains beside it, and a
conversion killed before they are done leaves them to the next sign-in
(``secure_leftovers``).
"""

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

from db import open_files
from db.connection import (
    BEFORE_UPGRADE,
    BUSY_TIMEOUT_MS,
    DatabaseRefused,
    apply_key,
    is_plain,
    make_private,
    read_only,
    refusal_for,
    sync_folder,
)
from db.driver import sqlite3

BEFORE_ENCRYPTION = ".before-encryption-"
Prepare = Callable[[Path], None]
TAKE_OVER_MS = 2_000  # how long another program may hold the plain database before we give up


def encrypt_database(path: Path, key: bytes, *, prepare: Prepare | None = None) -> None:
    """Encrypt the plain database at ``path`` with ``key``, in place.

    ``prepare(encrypted)`` is called with the encrypted file, verified, before it takes
    the database's name (the caller opens it with ``key`` and closes it again).
    Raises DatabaseRefused (``locked`` while another program has it open).
    """
    path = Path(path)
    if open_files.is_open(path):
        raise DatabaseRefused("already_open", path)
    encrypted = path.with_name(path.name + ".encrypting")
    open_files.remove_database(encrypted)  # what a conversion killed before left
    plain = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    held = open_files.hold(path)
    copy, closed = None, False
    try:
        apply_key(plain, None)
        _hold_exclusively(plain, path)
        copy = _keep_a_copy(plain, path)
        counts = _export(plain, encrypted, key)
        _finish(encrypted, key, prepare, counts)
        for suffix in ("-wal", "-shm"):  # none is in use: the lock is ours
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(encrypted, path)
        sync_folder(path.parent)
    except BaseException as error:
        plain.close()  # the plain database stays as it was; what was made beside goes
        open_files.release(held)
        closed = True
        open_files.remove_database(encrypted)
        if copy is not None:
            open_files.remove_database(copy)
        if isinstance(error, sqlite3.Error):
            raise refusal_for(error, path) from error
        raise
    finally:
        if not closed:
            plain.close()
            open_files.release(held)
    _check(path, key)
    secure_leftovers(path, key)  # this copy, those of conversions killed before, upgrades'


def create_encrypted(path: Path, key: bytes, prepare: Prepare) -> None:
    """Make a new encrypted database at ``path``: ``prepare(new)`` creates it (opened
    with ``key``, then closed) under a name beside, renamed to ``path`` once done."""
    path = Path(path)
    if open_files.is_open(path):
        raise DatabaseRefused("already_open", path)
    new = path.with_name(path.name + ".creating")
    open_files.remove_database(new)
    try:
        _finish(new, key, prepare, None)
    except BaseException:
        open_files.remove_database(new)  # nothing half made stays behind
        raise
    os.replace(new, path)
    sync_folder(path.parent)


def secure_leftovers(path: Path, key: bytes) -> None:
    """Beside the (now encrypted, verified) database at ``path``: the plain copies a
    conversion made removed, those made before an upgrade encrypted with ``key``."""
    remove_leftovers(path)
    encrypt_upgrade_copies(path, key)


def encrypt_upgrade_copies(path: Path, key: bytes) -> list[Path]:
    """Encrypt with ``key``, each in place, the plain copies made before an upgrade of
    the database at ``path`` (a half-made copy of one is removed); returns those
    encrypted."""
    path = Path(path)
    pattern = f"{path.stem}{BEFORE_UPGRADE}*{path.suffix}"
    for partial in path.parent.glob(f"{pattern}.partial"):  # a backup killed half-way
        open_files.remove_database(partial)
    encrypted = []
    for copy in sorted(path.parent.glob(pattern)):
        if is_plain(copy):
            _encrypt_copy(copy, key)
            encrypted.append(copy)
    return encrypted


def _encrypt_copy(copy: Path, key: bytes) -> None:
    """A closed plain copy encrypted in place: written beside, checked, renamed over."""
    encrypted = copy.with_name(copy.name + ".encrypting")
    open_files.remove_database(encrypted)
    plain = sqlite3.connect(str(copy))
    try:
        apply_key(plain, None)
        counts = _export(plain, encrypted, key)
    except BaseException:
        plain.close()
        open_files.remove_database(encrypted)
        raise
    plain.close()
    try:
        _finish(encrypted, key, None, counts)
    except BaseException:
        open_files.remove_database(encrypted)
        raise
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    os.replace(encrypted, copy)
    sync_folder(copy.parent)


def remove_leftovers(path: Path) -> list[Path]:
    """Delete the plain copies a conversion killed after its switch left beside the
    (now encrypted, just opened) database at ``path``; returns them."""
    path = Path(path)
    pattern = f"{path.stem}{BEFORE_ENCRYPTION}*{path.suffix}"
    leftovers = [
        p for p in path.parent.glob(pattern) if not p.name.endswith(tuple(open_files.SIDE_FILES))
    ]
    for leftover in leftovers:
        open_files.remove_database(leftover)
    return leftovers


def _export(plain: sqlite3.Connection, encrypted: Path, key: bytes) -> dict[str, int]:
    """Write the plain database's content to ``encrypted``, keyed with ``key``; returns
    its rows per table, for the check."""
    counts = _counts(plain)
    plain.execute("ATTACH DATABASE ? AS encrypted KEY ?", [str(encrypted), _raw(key)])
    plain.execute("SELECT sqlcipher_export('encrypted')")
    for pragma in ("application_id", "user_version"):  # the export leaves them out
        value = int(plain.execute(f"PRAGMA main.{pragma}").fetchone()[0])
        plain.execute(f"PRAGMA encrypted.{pragma} = {value}")
    plain.execute("DETACH DATABASE encrypted")
    return counts


def _hold_exclusively(plain: sqlite3.Connection, path: Path) -> None:
    """Out of WAL (the file alone holds everything), then locked for this connection
    only until it is closed: nobody writes to the plain database during the change."""
    plain.execute(f"PRAGMA busy_timeout = {TAKE_OVER_MS}")
    mode = plain.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    if mode.lower() != "delete":  # another connection keeps it in WAL
        raise DatabaseRefused("locked", path, f"journal_mode stays {mode}")
    plain.execute("PRAGMA locking_mode = EXCLUSIVE")
    plain.execute("BEGIN EXCLUSIVE")
    plain.execute("COMMIT")


def _keep_a_copy(plain: sqlite3.Connection, path: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    copy = path.with_name(f"{path.stem}{BEFORE_ENCRYPTION}{stamp}{path.suffix}")
    os.close(os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    target = sqlite3.connect(str(copy))
    try:
        plain.backup(target)
    finally:
        target.close()
    make_private(copy)
    return copy


def _finish(new: Path, key: bytes, prepare: Prepare | None, counts: dict[str, int] | None) -> None:
    """Check the new file's rows against the plain database's (``counts``), let the
    caller finish it, and leave it whole in one file (no -wal beside it to lose in the
    rename), the owner's alone."""
    if counts is not None:
        _check(new, key, counts)
    if prepare is not None:
        prepare(new)
    conn = sqlite3.connect(str(new))
    try:
        apply_key(conn, key)
        conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    finally:
        conn.close()
    _check(new, key)
    make_private(new)


def _check(path: Path, key: bytes, counts: dict[str, int] | None = None) -> None:
    """The file opens with ``key``, passes the integrity check and (given ``counts``)
    holds as many rows in each table; DatabaseRefused ``damaged`` otherwise."""
    conn = read_only(path, key)
    try:
        check = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if check != ["ok"]:
            raise DatabaseRefused("damaged", path, "; ".join(check[:5]))
        if counts is not None and _counts(conn) != counts:
            raise DatabaseRefused("damaged", path, "rows differ from the plain database")
    except sqlite3.Error as error:
        raise refusal_for(error, path) from error
    finally:
        conn.close()


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE"
            " 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _raw(key: bytes) -> str:
    return f"x'{key.hex()}'"
