"""Many rows set aside, to go into a table by one statement (``Writer.insert_prepared``).

SQLite runs each INSERT of an ``executemany`` as a statement of its own. Into a table
with a trigger (the donor table keeps its name index by triggers) each such statement
keeps a statement journal: every page it is about to change, copied first, so that it
can be undone alone. A row of the donor table touches seven indexes, so a million
registry rows copied tens of gigabytes that way. Rows set aside here go into the table
by one ``INSERT ... SELECT``: one statement, each page it changes copied once.

They wait in a temporary table of the connection: private to it, and written without
the database's write lock, so preparing them costs the other connections nothing.
"""

from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from sqlite_utils import Database

from db.stamps import new_id


class PreparedRows:
    """Rows for ``table`` (every one with the same ``columns``, ``id`` among them: a
    missing id is made here), set aside on the connection ``db``."""

    def __init__(self, db: Database, table: str, columns: Sequence[str]) -> None:
        self.db = db
        self.table = table
        self.columns = tuple(columns) if "id" in columns else ("id", *columns)
        self.name = f"prepared_{table}"
        self.count = 0
        names = ", ".join(f'"{c}"' for c in self.columns)
        self.db.execute(f'DROP TABLE IF EXISTS temp."{self.name}"')
        self.db.execute(f'CREATE TEMP TABLE "{self.name}" ({names})')

    def put(self, rows: Sequence[dict[str, Any]]) -> None:
        """Set ``rows`` aside instead of those set aside before. Outside a write
        transaction this takes no lock on the database: only the temporary table is
        written."""
        conn = self.db.conn
        outer = conn.in_transaction
        if not outer:
            conn.execute("BEGIN")  # deferred: it never touches the database itself
        try:
            conn.execute(f'DELETE FROM temp."{self.name}"')
            rest = _values_of(self.columns[1:])
            conn.executemany(
                f'INSERT INTO temp."{self.name}" VALUES ({", ".join("?" * len(self.columns))})',
                ((row.get("id") or new_id(), *rest(row)) for row in rows),
            )
            if not outer:
                conn.execute("COMMIT")
        except BaseException:
            if not outer:
                conn.rollback()
            raise
        self.count = len(rows)

    def drop(self) -> None:
        self.db.execute(f'DROP TABLE IF EXISTS temp."{self.name}"')
        self.count = 0


def _values_of(columns: Sequence[str]) -> Callable[[dict[str, Any]], tuple]:
    """A row's values of ``columns``, as a tuple (itemgetter's one value is no tuple)."""
    if len(columns) <= 1:
        return lambda row: tuple(row[column] for column in columns)
    return itemgetter(*columns)
