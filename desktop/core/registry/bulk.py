"""Writing most of the donor table in ONE write transaction, the table's own indexes
dropped and created again after: a laptop's first registry staged
(``staging.Staging._stage_bulk``), and the same rows removed again if that import does
not go through (``remove_stage``).

Row by row, each index takes a random insert or delete for every row, in b-trees far
larger than the page cache; ``CREATE INDEX`` sorts instead. Kill-safe because SQLite's
DDL is transactional: a crash or a kill at any moment rolls it all back, and the file
opens with every index and every row as before. The write lock is held throughout
(minutes at 10 M rows), so the import marks itself first (``registry_imports.mark_bulk``,
committed before the lock is taken): a write at the desk meanwhile is refused at once
with ``registry_loading`` rather than waiting out its busy timeout.

Removing a stage this way (``remove_abandoned`` takes this path for at least
``BULK_FROM_ROWS`` staged rows, more than the donors that stay), the rows go by their
rowid range, ``DELETE_ROWS`` at a time. The name index's delete trigger would still
take each row's words out of the full-text index one at a time: it is suspended (its
SQL read from the schema and run again after), and the name index dropped, created
again from its own SQL and filled from the donors that stay, who are fewer (1 M rows
beside 2,000 donors: 4.1 s in all, against 7.2 s deleting each slice's range from the
name index by one statement, and 8.7 s with the trigger). 1 M abandoned rows went in
4.0 s (137 MB at the peak) instead of 124 to 144 s in chunks of ``REMOVE_CHUNK``
through every index (189 MB); 10 M in 47 s (137 MB) instead of about 38 minutes
(4,360 rows a second in chunks, measured for 5 minutes; 212 MB)
(``benchmarks/registry_remove.py``).
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlite_utils import Database

from db import donor_bulk
from db import donors as donor_queries
from db import registry_imports as import_queries
from db.connection import pragma_for_block
from db.records import Actor, Writer, write_transaction
from desktop.core.domain.vocabulary import ImportStatus

# Rows deleted by one statement: each keeps the original of every page it changes in its
# statement journal (in memory: SQLCipher's temporary data is), about 600 bytes a row.
DELETE_ROWS = 50_000


@contextmanager
def bulk_transaction(db: Database, actor: Actor, import_id: str) -> Iterator[Writer]:
    """One write transaction of minutes for the import ``import_id``, said first: its
    mark is committed by a transaction of its own, and cleared in this one (the others
    see it go when this one commits, or when the next import abandons it after a
    crash: ``remove_abandoned``)."""
    with write_transaction(db, actor) as w:
        import_queries.mark_bulk(db, import_id, w.now)
    with write_transaction(db, actor) as w:
        import_queries.mark_bulk(db, import_id, None)
        yield w


def _nothing(_built: int, _count: int) -> None:
    pass


@contextmanager
def donor_indexes_dropped(
    db: Database, built: Callable[[int, int], None] = _nothing
) -> Iterator[None]:
    """The donor table's own indexes (``own_indexes``: one a later migration adds too)
    dropped for the block, inside the caller's transaction, and created again from
    their SQL when it ends; ``built(done, count)`` after each one. If the block raises,
    nothing is created: the caller's transaction rolls back, and the indexes with it."""
    indexes = donor_queries.own_indexes(db)
    for name, _sql in indexes:
        donor_queries.drop_index(db, name)
    yield
    for done, (_name, sql) in enumerate(indexes, start=1):
        db.execute(sql)
        built(done, len(indexes))


def remove_stage(db: Database, actor: Actor, leftover: dict) -> None:
    """Remove the rows an abandoned import (``leftover``, its registry_import row) staged,
    in one transaction (see the module docstring)."""
    first, last = leftover["first_rowid"] or 0, leftover["last_rowid"] or 0
    removed = 0
    with _freed_pages_not_overwritten(db), bulk_transaction(db, actor, leftover["id"]):
        with donor_indexes_dropped(db), donor_bulk.name_index_deletes_suspended(db):
            for low in range(first, last + 1, DELETE_ROWS):
                span = (low, min(low + DELETE_ROWS - 1, last))
                removed += donor_bulk.delete_staged_span(
                    db, leftover["batch"], span, ImportStatus.APPLIED
                )
            donor_bulk.empty_name_index(db)
            donor_queries.rebuild_name_index(db)
        import_queries.record_removed(db, leftover["id"], removed)


@contextmanager
def _freed_pages_not_overwritten(db: Database) -> Iterator[None]:
    """SQLCipher overwrites every page it frees (``secure_delete``), and each statement
    keeps the original of every page it writes in its statement journal, in memory:
    dropping an index or the name index of millions of rows would hold all of its
    pages at once (the name index's content table alone about 120 MB per million
    donors). ``FAST`` still clears what is deleted from the pages that are written
    anyway; the freed pages stay as they were (encrypted with the rest of the file)
    until they are used again."""
    with pragma_for_block(db, "secure_delete", "FAST"):
        yield
