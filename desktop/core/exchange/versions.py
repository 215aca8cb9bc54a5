"""The center's version algebra: which received version of a record is its row.

Pure (no database). A version is a record's content as one device stamped it, with the
stamps it was based on. The versions no other version supersedes are the heads; the
row is the head with the lowest stamp, and heads that differ in substance are a
conflict for a person. Everything here depends only on the *set* of versions, never on
the order they arrived in, so importing files in any order, twice, or late, ends in the
same rows.
"""

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from db.origins import EPOCH_SPAN

REGISTRY_DEVICE = "registry"
BOOKKEEPING = ("created_at", "updated_at", "device_id", "change_seq")
# Values the center recomputes from the records it holds, never merged as values.
DERIVED_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "donor": ("donation_count", "last_donation_date", "last_donation_type"),
}


@dataclass(frozen=True, order=True)
class Stamp:
    """Who wrote a version: a device and that device's change sequence number."""

    device_id: str
    change_seq: int

    @property
    def epoch(self) -> int:
        return self.change_seq // EPOCH_SPAN

    @property
    def is_registry(self) -> bool:
        return self.device_id == REGISTRY_DEVICE

    def __str__(self) -> str:
        return f"{self.device_id}:{self.change_seq}"

    @classmethod
    def parse(cls, text: str) -> "Stamp":
        """``"<device>:<seq>"`` as an export's ``_base`` carries it; ValueError otherwise."""
        device_id, _, seq = text.rpartition(":")
        if not device_id or not seq.isdigit():
            raise ValueError(f"not a stamp: {text!r}")
        return cls(device_id, int(seq))


@dataclass(frozen=True, order=True)
class Version:
    """One received version of a record. ``substance`` hashes what a person would call
    its content (no bookkeeping, no recomputed counters): heads that agree in substance
    are no conflict."""

    stamp: Stamp
    content_sha: str
    bases: tuple[Stamp, ...] = ()
    substance: str = ""


def supersedes(v: Version, w: Version) -> bool:
    """Whether ``v`` replaces ``w``: a later change of the same device and epoch, a
    change based on ``w`` (or on a later change of ``w``'s device and epoch), or any
    device's change of what the registry sent. A restored laptop's new epoch replaces
    its old one only through a base, so a change the restore lost conflicts."""
    if v.stamp == w.stamp:
        return False
    if w.stamp.is_registry:
        return not v.stamp.is_registry
    if v.stamp.device_id == w.stamp.device_id and v.stamp.epoch == w.stamp.epoch:
        return v.stamp.change_seq > w.stamp.change_seq
    return any(
        base.device_id == w.stamp.device_id
        and base.epoch == w.stamp.epoch
        and base.change_seq >= w.stamp.change_seq
        for base in v.bases
    )


def heads(versions: Iterable[Version]) -> tuple[Version, ...]:
    """The versions no other version supersedes, sorted by stamp (then content). Bases
    that supersede each other in a circle (only a forged file makes them) leave every
    version a head: a conflict for a person, never a silent choice."""
    unique = sorted(set(versions))
    found = tuple(w for w in unique if not any(supersedes(v, w) for v in unique))
    return found or tuple(unique)


def chosen(heads_: Iterable[Version]) -> Version:
    """The head that gives the row: the lowest (device, change_seq), then content."""
    return min(heads_)


@dataclass(frozen=True)
class Resolution:
    row: Version
    heads: tuple[Version, ...]

    @property
    def conflict(self) -> bool:
        """Heads that differ in substance, unless all of them are the registry's (the
        center's own data: its copies are no one's concurrent change)."""
        if all(h.stamp.is_registry for h in self.heads):
            return False
        return len({h.substance or h.content_sha for h in self.heads}) > 1


def resolve(versions: Iterable[Version]) -> Resolution:
    """The row and the heads of a non-empty set of versions."""
    found = heads(versions)
    if not found:
        raise ValueError("no versions")
    return Resolution(chosen(found), found)


def canonical_json(values: Mapping[str, Any]) -> str:
    return json.dumps(values, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def content_sha(content: Mapping[str, Any]) -> str:
    """SHA-256 of a row as received (every column, canonical JSON)."""
    return stored_content(content)[1]


def stored_content(content: Mapping[str, Any]) -> tuple[str, str]:
    """A row as the center stores it (canonical JSON) and that text's SHA-256."""
    text = canonical_json(content)
    return text, hashlib.sha256(text.encode()).hexdigest()


def version_row(
    table: str,
    content: Mapping[str, Any],
    stamp: Stamp,
    bases: Sequence[str],
    *,
    source: str,
    received_at: str,
) -> dict[str, Any]:
    """A row of ``record_version``: a version of ``content`` (a record as received)."""
    text, sha = stored_content(content)
    return {
        "table_name": table,
        "record_id": content["id"],
        "device_id": stamp.device_id,
        "change_seq": stamp.change_seq,
        "epoch": stamp.epoch,
        "bases": json.dumps(list(bases)),
        "content_sha": sha,
        "content": text,
        "source": source,
        "received_at": received_at,
    }


def substance_sha(table: str, content: Mapping[str, Any]) -> str:
    """SHA-256 of what two heads must agree on not to conflict."""
    left_out = {*BOOKKEEPING, *DERIVED_COLUMNS.get(table, ())}
    return content_sha({k: v for k, v in content.items() if k not in left_out})
