"""One person behind several donor records at the center.

The same CCCD carried by two donor records (registered at two sites, or at two desks)
makes them one person: the survivor is the lowest id (a UUIDv7: the earliest made), the
others are redirected to it, and rows that refer to them are written with the
survivor's id (their versions keep what was received). Which records are one person
depends only on the CCCDs the center ever received, so it cannot depend on order.
The same folded name and birth date where one of them has no CCCD is only a review.
"""

from collections.abc import Iterable, Sequence

from sqlite_utils import Database

from db import merge as merge_queries
from db import merge_lists

NATIONAL_ID = "national_id"
NAME_BIRTH = "name_birth"  # folded name and birth date of any version
NAME_BIRTH_NO_ID = "name_birth_no_id"  # ... of a version without a CCCD


def person_keys(record_id: str, content: dict) -> list[tuple[str, str, str, str]]:
    """The keys a donor version carries for finding the same person."""
    keys = []
    if content.get(NATIONAL_ID):
        keys.append(("donor", NATIONAL_ID, content[NATIONAL_ID], record_id))
    name_birth = f"{content.get('name_folded', '')}|{content.get('birth_date', '')}"
    keys.append(("donor", NAME_BIRTH, name_birth, record_id))
    if not content.get(NATIONAL_ID):
        keys.append(("donor", NAME_BIRTH_NO_ID, name_birth, record_id))
    return keys


def roots(db: Database, donor_ids: Iterable[str]) -> dict[str, str]:
    """Each donor's surviving record (itself when it is not redirected)."""
    ids = list(dict.fromkeys(donor_ids))
    found = merge_lists.redirects_from(db, ids)
    return {donor_id: found.get(donor_id, donor_id) for donor_id in ids}


def members(db: Database, root_ids: Sequence[str]) -> dict[str, set[str]]:
    """Each survivor with every record redirected to it."""
    found = merge_lists.redirected_to(db, root_ids)
    return {root: {root, *found.get(root, ())} for root in root_ids}


def link(db: Database, a: str, b: str, reason: str, now: str) -> tuple[str, str] | None:
    """Make ``a`` and ``b`` one person; returns (the old survivor, the survivor) when
    something changed."""
    found = roots(db, [a, b])
    first, second = found[a], found[b]
    if first == second:
        return None
    survivor, old = min(first, second), max(first, second)
    merge_lists.redirect(db, old, survivor, reason, now)
    return old, survivor


def link_same_national_ids(
    db: Database, donor_ids: Sequence[str], reason: str, now: str
) -> list[tuple[str, str]]:
    """Link every donor that ever carried a CCCD one of ``donor_ids`` carried."""
    carried = merge_queries.keys_of(db, "donor", NATIONAL_ID, donor_ids)
    values = sorted({value for found in carried.values() for value in found})
    merged = []
    for _value, holders in sorted(merge_queries.holders(db, "donor", NATIONAL_ID, values).items()):
        first, *others = sorted(holders)
        for other in others:
            if (change := link(db, first, other, reason, now)) is not None:
                merged.append(change)
    return merged


def review_pairs(db: Database, donor_ids: Sequence[str]) -> set[tuple[str, str, str]]:
    """(donor, donor, "name|birth") pairs to review: the same folded name and birth
    date on two records where one of them was received without a CCCD."""
    pairs: set[tuple[str, str, str]] = set()
    for mine, theirs in ((NAME_BIRTH_NO_ID, NAME_BIRTH), (NAME_BIRTH, NAME_BIRTH_NO_ID)):
        carried = merge_queries.keys_of(db, "donor", mine, donor_ids)
        values = sorted({value for found in carried.values() for value in found})
        holders = merge_queries.holders(db, "donor", theirs, values)
        for donor_id, found in carried.items():
            for value in found:
                for other in holders.get(value, ()):
                    if other != donor_id:
                        pair = sorted((donor_id, other))
                        pairs.add((pair[0], pair[1], value))
    return pairs
