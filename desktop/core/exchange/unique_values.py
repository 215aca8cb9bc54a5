"""Unique values (a DIN, a certificate serial, a drive code) that two records carry.

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
}
# Natural keys that name one thing wherever it was recorded (a rule set is its version:
# every laptop holds the shipped one under its own id): the lowest id keeps the value,
# the others' rows carry it aside; nothing is held or quarantined.
SHARED_COLUMNS: Mapping[str, tuple[str, ...]] = {"rule_set": ("version",)}
NULLABLE = {("donation", "din"), ("started_donation", "din")}
# Columns moved aside with a held one, because a unique index covers them together
# (a DIN's number is its FIN, year and sequence).
MOVED_WITH = {("din", "number"): ("fin",)}


def key_values(table: str, record_id: str, content: dict) -> list[tuple[str, str, str, str]]:
    """The (table, column, value, record) keys a version of this table carries."""
    return [
        (table, column, str(content[column]), record_id)
        for column in (*HELD_COLUMNS.get(table, ()), *SHARED_COLUMNS.get(table, ()))
        if content.get(column) not in (None, "")
    ]


def set_aside(table: str, row: dict, held_values: Mapping[str, set[str]]) -> dict:
    """The row with every held value of its unique columns moved aside (for a shared
    column, ``held_values`` are the values another record keeps)."""
    changed = dict(row)
    suffix = "#" + row["id"][-8:]
    for column in (*HELD_COLUMNS.get(table, ()), *SHARED_COLUMNS.get(table, ())):
        value = row.get(column)
        if value is None or str(value) not in held_values.get(column, set()):
            continue
        changed[column] = None if (table, column) in NULLABLE else f"{value}{suffix}"
        for other in MOVED_WITH.get((table, column), ()):
            if changed.get(other) is not None:
                changed[other] = f"{changed[other]}{suffix}"
    return changed
