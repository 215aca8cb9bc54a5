"""Long work on a worker thread lets go of what it held a slice at a time."""

import weakref

from desktop.core.foundation.shared_interpreter import LET_GO_SLICE, let_go


class Row:
    """Something that can be watched being freed."""


def test_what_is_let_go_is_freed_and_what_is_held_elsewhere_stays():
    rows = [Row() for _ in range(3 * LET_GO_SLICE + 7)]
    kept = rows[5]
    watched = [weakref.ref(row) for row in rows]
    by_id = {i: Row() for i in range(LET_GO_SLICE + 1)}
    watched_too = [weakref.ref(row) for row in by_id.values()]
    ids = {str(i) for i in range(LET_GO_SLICE * 2)}
    let_go(rows, by_id, ids)
    assert rows == [] and by_id == {} and ids == set()
    assert [ref() for ref in watched].count(None) == len(watched) - 1
    assert watched[5]() is kept
    assert all(ref() is None for ref in watched_too)
