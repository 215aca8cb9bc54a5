"""The donor table written in bulk, inside one write transaction the caller holds (see
desktop.core.registry.bulk): the staged rows of an import removed by their rowid
range, the name index's delete triggers suspended meanwhile, the name index emptied at
once. Every definition comes from the schema itself (``sqlite_master``), so what a
later migration changes is dropped and created again as it then is.
"""

import re
from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database

NAME_INDEX = "donor_name_fts"
# CREATE TRIGGER name [BEFORE|AFTER|INSTEAD OF] DELETE ON ...: what fires on a delete
_DELETE_TRIGGER = re.compile(r"CREATE\s+TRIGGER\s+\S+\s+(\w+\s+)*DELETE\s+ON\s", re.IGNORECASE)


def delete_staged_span(db: Database, batch: int, rowids: tuple[int, int], applied: str) -> int:
    """Remove the staged donors of ``batch``, an import never switched on, within the
    rowid range ``rowids`` (first, last): one statement, the rows side by side."""
    return db.execute(
        "DELETE FROM donor WHERE rowid BETWEEN ? AND ? AND staged_import = ?"
        " AND staged_import NOT IN (SELECT batch FROM registry_import WHERE status = ?)",
        [*rowids, batch, applied],
    ).rowcount


@contextmanager
def name_index_deletes_suspended(db: Database) -> Iterator[None]:
    """The triggers taking a deleted donor's name out of the name index dropped for the
    block (whose caller puts the name index right itself) and created again after from
    their own SQL."""
    triggers = [
        (name, sql)
        for name, sql in db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'donor'"
        ).fetchall()
        if _DELETE_TRIGGER.match(sql) and NAME_INDEX in sql
    ]
    for name, _sql in triggers:
        db.execute(f'DROP TRIGGER "{name}"')
    yield
    for _name, sql in triggers:
        db.execute(sql)


def empty_name_index(db: Database) -> None:
    """Drop the name index and create it again, empty, from its own SQL (its pages freed
    at once: deleting its rows takes each one's words out of it one at a time);
    ``db.donors.rebuild_name_index`` fills it again."""
    sql = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [NAME_INDEX]
    ).fetchone()[0]
    db.execute(f"DROP TABLE {NAME_INDEX}")
    db.execute(sql)
