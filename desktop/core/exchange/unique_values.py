"""Unique values (a DIN, a certificate serial, a drive code, a drive's ticket number)
that two records carry.

Whichever record arrived first, neither keeps the value: it is moved aside in every
row that carries it (NULL where the column allows it, else ``<value>#<id8>``, which
cannot collide) and listed in ``merge_hold``; the units involved are quarantined. A
value is held once any versions of two records carried it, so the result depends only
on what the center received, never on the order.
"""

from collections.abc import Mapping

# table -> the unique columns held aside when two records carry one value
HELD_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "drive": ("code",),
    "din": ("number",),
    "donation": ("din",),
    "certificate": ("serial",),
    "started_donation": ("din",),  # one bag in a chair at a time
    "visit": ("ticket",),  # a drive's queue number (a laptop restored without its later life)
}
# Keys made of several columns (a ticket is its drive, desk letter and number): the
# name they are held under, their columns, and the column that carries the mark aside.
COMPOSITE: Mapping[tuple[str, str], tuple[tuple[str, ...], str]] = {
    ("visit", "ticket"): (("drive_id", "queue_letter", "queue_no"), "queue_no"),
}
# Natural keys that name one thing wherever it was recorded (a rule set is its version:
# every laptop holds the shipped one under its own id): the lowest id keeps the value,
# the others' rows carry it aside; nothing is held or quarantined.
SHARED_COLUMNS: Mapping[str, tuple[str, ...]] = {"rule_set": ("version",)}
NULLABLE = {("donation", "din"), ("started_donation", "din")}
# Columns moved aside with a held one, because a unique index covers them together
# (a DIN's number is its FIN, year and sequence).
MOVED_WITH = {("din", "number"): ("fin",)}


def key_value(table: str, column: str, content: dict) -> str | None:
    """The value of the unique ``column`` (or composite key) a row or version carries."""
    if (composite := COMPOSITE.get((table, column))) is not None:
        values = [content.get(part) for part in composite[0]]
        return "|".join(map(str, values)) if None not in values else None
    value = content.get(column)
    return None if value in (None, "") else str(value)


def key_values(table: str, record_id: str, content: dict) -> list[tuple[str, str, str, str]]:
    """The (table, column, value, record) keys a version of this table carries."""
    found = []
    for column in (*HELD_COLUMNS.get(table, ()), *SHARED_COLUMNS.get(table, ())):
        if (value := key_value(table, column, content)) is not None:
            found.append((table, column, value, record_id))
    return found


def gives_up_values(table: str, row: dict) -> bool:
    """Whether a row carries one of its unique values aside (NULL or ``#``)."""
    for column in (*HELD_COLUMNS.get(table, ()), *SHARED_COLUMNS.get(table, ())):
        carrier = COMPOSITE[(table, column)][1] if (table, column) in COMPOSITE else column
        if row.get(carrier) is None or "#" in str(row.get(carrier)):
            return True
    return False


def set_aside(table: str, row: dict, held_values: Mapping[str, set[str]]) -> dict:
    """The row with every held value of its unique columns moved aside (for a shared
    column, ``held_values`` are the values another record keeps)."""
    changed = dict(row)
    suffix = "#" + row["id"][-8:]
    for column in (*HELD_COLUMNS.get(table, ()), *SHARED_COLUMNS.get(table, ())):
        value = key_value(table, column, row)
        if value is None or value not in held_values.get(column, set()):
            continue
        if (composite := COMPOSITE.get((table, column))) is not None:
            carrier = composite[1]  # e.g. a ticket's number: ``12#89abcdef``
            changed[carrier] = f"{row[carrier]}{suffix}"
            continue
        changed[column] = None if (table, column) in NULLABLE else f"{value}{suffix}"
        for other in MOVED_WITH.get((table, column), ()):
            if changed.get(other) is not None:
                changed[other] = f"{changed[other]}{suffix}"
    return changed
