"""Row identifiers and timestamps.

Ids are time-ordered UUIDv7, so rows made on many laptops never collide and sort by
age. Timestamps are UTC, ISO 8601 with microseconds and a ``Z``.
"""

import datetime as dt

import uuid6


def new_id() -> str:
    return str(uuid6.uuid7())


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")
