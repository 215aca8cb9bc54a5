"""Audited writes: every row written is stamped and logged in the same transaction.

Services open a ``write_transaction`` and write through its ``Writer``. The writer
gives new rows a UUIDv7, stamps created/updated times, this device's id and the next
value of the device's change sequence, and appends one ``audit_log`` row per record
with who did it and the values before and after, linked into this installation's hash
chain (db.audit_chain). Nothing is ever deleted: records are voided or corrected
through ``update`` with a note.
"""

import json
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from db import audit_chain, installation, registry_imports
from db.driver import sqlite3
from db.origins import Origin, stamp_of
from db.stamps import new_id, utc_now

BOOKKEEPING = ("id", "created_at", "updated_at", "device_id", "change_seq")
LOCK_POLL_S = 0.001


@dataclass(frozen=True)
class Actor:
    """Who is doing the write: a staff member (or the application itself, staff_id None)."""

    staff_id: str | None
    name: str


class RecordNotFound(LookupError):
    pass


class StorageFailure(Exception):
    """A write the storage refused (see ``storage_failure``); nothing was written.
    Carries SQLite's result code, as ``sqlite3.Error`` does."""

    def __init__(self, message: str, sqlite_errorcode: int | None = None) -> None:
        super().__init__(message)
        self.sqlite_errorcode = sqlite_errorcode


class DatabaseBusy(StorageFailure):
    """Another program held the database for longer than the busy timeout (a registry
    import from the command line, say); nothing was written."""


class RegistryLoading(DatabaseBusy):
    """The write lock is held by a laptop's first registry being stored in bulk (one
    transaction of minutes, ``db.registry_imports.bulk_running``): said at once rather
    than after the busy timeout; nothing was written."""


class DiskFull(StorageFailure):
    """The disk (or the database's size limit) is full; nothing was written."""


BUSY_CODES = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})
_FAILURE_FOR_CODE = {
    sqlite3.SQLITE_BUSY: DatabaseBusy,
    sqlite3.SQLITE_LOCKED: DatabaseBusy,
    sqlite3.SQLITE_FULL: DiskFull,
}


# SQLite's own wording of a result code, for the errors raised without one (the
# driver's backup() does so: a backup onto a full disk would otherwise be "unreadable").
_CODE_FOR_MESSAGE = {"database or disk is full": sqlite3.SQLITE_FULL}


def primary_code(error: BaseException) -> int:
    """SQLite's primary result code of an error (the low byte of its extended code);
    0 for an error that carries none."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None and isinstance(error, sqlite3.Error):
        code = _CODE_FOR_MESSAGE.get(str(error))
    return (code or 0) & 0xFF


def storage_failure(error: BaseException) -> StorageFailure | None:
    """The storage's refusal an error means (the database held by another program, a
    full disk), itself if it is one already; None for any other error."""
    if isinstance(error, StorageFailure):
        return error
    code = primary_code(error)
    kind = _FAILURE_FOR_CODE.get(code)
    if kind is None or not isinstance(error, sqlite3.OperationalError):
        return None
    return kind(str(error), getattr(error, "sqlite_errorcode", None) or code)


def _json(values: dict[str, Any] | None) -> str | None:
    if values is None:
        return None
    return json.dumps(values, ensure_ascii=False, default=str, separators=(",", ":"))


class Writer:
    """Writes rows and their audit entries inside one open transaction."""

    def __init__(self, db: Database, actor: Actor, device_id: str) -> None:
        self.db = db
        self.actor = actor
        self.device_id = device_id
        self.now = utc_now()

    def reserve_seqs(self, count: int = 1) -> int:
        """Reserve ``count`` change sequence numbers; returns the first."""
        return installation.reserve_seqs(self.db, count)

    def insert(
        self,
        table: str,
        values: dict[str, Any],
        *,
        note: str | None = None,
        action: str = "insert",
    ) -> dict:
        """Insert one row (id made unless given) and audit it; returns the stored row."""
        row = self.insert_many(table, [values], note=note, action=action)[0]
        return self.get(table, row["id"])

    def insert_many(
        self,
        table: str,
        rows: Iterable[dict[str, Any]],
        *,
        note: str | None = None,
        action: str = "insert",
        audit_each: bool = True,
        received: Origin | None = None,
    ) -> list[dict[str, Any]]:
        """Insert rows; returns the values written (column defaults not included).

        Each row gets its own audit entry unless ``audit_each`` is False: a bulk load
        from a file then records one entry for the whole load (``log``) naming the file
        and its checksum.
        Rows ``received`` from elsewhere (the center's registry) carry that origin
        stamp instead of this device's: they are no local change (db.origins).
        """
        rows = list(rows)
        if not rows:
            return []
        if received is not None:
            stamped = [self._stamped_new(values, received.change_seq, received) for values in rows]
        else:
            first = self.reserve_seqs(len(rows))
            stamped = [self._stamped_new(values, first + i) for i, values in enumerate(rows)]
        self._insert_rows(table, stamped)
        if audit_each:
            self._audit_rows(
                self._audit_entry(
                    action,
                    table,
                    record_id=row["id"],
                    before=None,
                    after=values,
                    note=note,
                    seq=row["change_seq"],
                    device_id=row["device_id"],
                )
                for row, values in zip(stamped, rows, strict=True)
            )
        return stamped

    def update(
        self,
        table: str,
        record_id: str,
        changes: dict[str, Any],
        *,
        note: str | None = None,
        action: str = "update",
    ) -> dict:
        """Change the given columns of one row; audits old and new values of what changed.

        Returns the row as it now is. Unchanged values are neither written nor logged.
        """
        old = self.get(table, record_id)
        return self._apply_update(table, old, changes, note, action) or old

    def update_many(
        self,
        table: str,
        updates: Iterable[tuple[dict[str, Any], dict[str, Any]]],
        *,
        note: str | None = None,
        action: str = "update",
        received: Origin | None = None,
    ) -> int:
        """Apply ``(old_row, changes)`` pairs already read by the caller; for imports.

        Returns how many rows changed. Each changed row gets its own audit entry.
        Changes ``received`` from elsewhere stamp a row with that origin when it holds
        only what came from there (it carries the same origin); a row whose content a
        device wrote (this one, or one whose version was merged here) becomes a new
        version of this device mixing both, so no device's change is ever hidden
        behind a received stamp.
        """
        return sum(
            self._apply_update(table, old, changes, note, action, received=received) is not None
            for old, changes in updates
        )

    def _apply_update(
        self,
        table: str,
        old: dict,
        changes: dict[str, Any],
        note: str | None,
        action: str,
        *,
        received: Origin | None = None,
    ) -> dict | None:
        diff = {key: value for key, value in changes.items() if old.get(key) != value}
        if not diff:
            return None
        if received is not None and old["device_id"] == received.device_id:
            device_id, seq = received.device_id, received.change_seq
        else:
            device_id, seq = self.device_id, self.reserve_seqs()
        stamped = {**diff, "updated_at": self.now, "device_id": device_id, "change_seq": seq}
        assignments = ", ".join(f'"{column}" = ?' for column in stamped)
        self.db.conn.execute(
            f'UPDATE "{table}" SET {assignments} WHERE id = ?', [*stamped.values(), old["id"]]
        )
        before = {key: old.get(key) for key in diff}
        self._audit_rows(
            [
                self._audit_entry(
                    action,
                    table,
                    record_id=old["id"],
                    before=before,
                    after=diff,
                    note=note,
                    seq=seq,
                    device_id=device_id,
                    base=stamp_of(old["device_id"], old["change_seq"]),
                )
            ]
        )
        return {**old, **stamped}

    def get(self, table: str, record_id: str) -> dict:
        row = next(self.db.query(f'SELECT * FROM "{table}" WHERE id = ?', [record_id]), None)
        if row is None:
            raise RecordNotFound(f"{table} {record_id}")
        return row

    def log(self, action: str, table: str, record_id: str, note: str) -> None:
        """An audit entry for an event that changes no row by itself (an import, a
        print run, a sign-in: ``AuditAction`` values)."""
        seq = self.reserve_seqs()
        self._audit_rows(
            [
                self._audit_entry(
                    action, table, record_id=record_id, before=None, after=None, note=note, seq=seq
                )
            ]
        )

    def _stamped_new(
        self, values: dict[str, Any], seq: int, received: Origin | None = None
    ) -> dict[str, Any]:
        return {
            "id": values.get("id") or new_id(),
            "created_at": self.now,
            "updated_at": self.now,
            "device_id": received.device_id if received else self.device_id,
            "change_seq": seq,
            **{key: value for key, value in values.items() if key not in BOOKKEEPING},
        }

    def _insert_rows(self, table: str, rows: list[dict[str, Any]]) -> None:
        columns = list(rows[0])
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        self.db.conn.executemany(
            f'INSERT INTO "{table}" ({names}) VALUES ({marks})',
            ([row[c] for c in columns] for row in rows),
        )

    def _audit_entry(
        self,
        action: str,
        table: str,
        *,
        record_id: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
        note: str | None,
        seq: int,
        device_id: str | None = None,
        base: str | None = None,
    ) -> tuple:
        """One audit row. It carries the stamp it gave the row (``device_id`` and
        ``seq``; this device's unless received) and the row's stamp before (``base``)."""
        if after is not None:
            after = {k: v for k, v in after.items() if k not in BOOKKEEPING}
        return (
            new_id(),
            self.now,
            device_id or self.device_id,
            seq,
            self.actor.staff_id,
            self.actor.name,
            action,
            table,
            record_id,
            _json(before),
            _json(after),
            note,
            base,
        )

    def _audit_rows(self, entries: Iterable[tuple]) -> None:
        """Append entries to the trail, each linked into this installation's hash chain
        (db.audit_chain: one read of the chain's head for the whole batch)."""
        rows = audit_chain.chained(self.db, entries)
        if not rows:
            return
        columns = (*audit_chain.CANONICAL_COLUMNS, "chain_hash")
        self.db.conn.executemany(
            f"INSERT INTO audit_log ({', '.join(columns)})"
            f" VALUES ({', '.join('?' for _ in columns)})",
            rows,
        )


@contextmanager
def write_transaction(db: Database, actor: Actor) -> Iterator[Writer]:
    """One transaction for one user action: commits all of it or, on error, none of it.

    A database held by another connection past the busy timeout raises DatabaseBusy, a
    full disk DiskFull: both mean nothing was written. Inside another write
    transaction it is a savepoint of that one.
    """
    try:
        if db.conn.in_transaction:
            with db.atomic():
                yield Writer(db, actor, installation.device_id(db))
            return
        _begin_immediate(db)
        try:
            writer = Writer(db, actor, installation.device_id(db))
            yield writer
            db.conn.execute("COMMIT")
        except BaseException:
            db.conn.rollback()  # a no-op if the error already ended the transaction
            raise
    except sqlite3.OperationalError as error:
        if (failure := storage_failure(error)) is not None:
            raise failure from error
        raise


def _begin_immediate(db: Database) -> None:
    """Take the write lock, trying every millisecond up to the connection's busy timeout.

    SQLite's own busy handler sleeps longer and longer between tries (up to 100 ms), so
    against a writer that works in short transactions back to back (a registry import)
    it keeps missing the short gaps between them; trying often catches the first gap.
    """
    timeout_ms = db.execute("PRAGMA busy_timeout").fetchone()[0]
    deadline = time.monotonic() + timeout_ms / 1000
    db.execute("PRAGMA busy_timeout = 0")
    try:
        while True:
            try:
                db.conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as error:
                if primary_code(error) not in BUSY_CODES:
                    raise
                if registry_imports.bulk_running(db):  # minutes: no use waiting
                    raise RegistryLoading(str(error), primary_code(error)) from error
                if time.monotonic() >= deadline:
                    raise
                time.sleep(LOCK_POLL_S)
    finally:
        db.execute(f"PRAGMA busy_timeout = {timeout_ms}")
