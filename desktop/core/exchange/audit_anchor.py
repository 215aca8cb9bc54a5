"""The center's anchor of each laptop's audit chain, and the check that a file's audit
trail continues it.

Every export names its device's chain head (``audit_chain`` in the manifest: the place
the file's entries start after, the last place and its hash). The center keeps, per
device, the last place and hash it checked (``audit_anchor``): outside the laptop, so
a laptop whose trail was edited, cut or rewritten, even with every hash recomputed,
no longer matches it. A file's entries of its device must go on from the anchor
place by place, each linking to the one before (db.audit_chain), up to the head its
manifest names. A break or gap is reported with the file (the import's report and
the imports tab), never hidden: the file is still merged, and the anchor moves to
its head so that the next file is checked from there. A file older than the anchor
(files arrive in any order) is checked against the entry the center holds at its head.

A laptop restored from a backup starts a new incarnation, and its chain a new epoch
that goes on from the backup's last entry, before the anchor: the entries after it are
gone from the laptop. When the file comes from a new incarnation and the new epoch's
first entry continues an entry the center holds of that device, the check says so
plainly (``restore``: from which place, and the anchor it had reached, kept with the
import) instead of raising the alarm; a chain that starts again without a new
incarnation, or from an entry the center never had, is still reported as restarted.
"""

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from db.audit_chain import CANONICAL_COLUMNS, GENESIS, is_epoch_start, link
from db.origins import EPOCH_SPAN
from desktop.core.domain.device_names import short_device_id
from desktop.core.domain.problems import Problem


@dataclass(frozen=True)
class ChainCheck:
    """What the check of one file found: the entries checked and the first problem."""

    device_id: str
    checked: int
    problem: Problem | None
    restore: Problem | None = None  # a restored laptop's chain going on from a held entry

    def stored(self) -> str:
        """As ``center_import.audit_chain`` keeps it."""
        return json.dumps({"device": self.device_id, "checked": self.checked,
                           "problem": _as_json(self.problem),
                           "restore": _as_json(self.restore)}, ensure_ascii=False)  # fmt: skip


def _as_json(problem: Problem | None) -> dict | None:
    return None if problem is None else {"code": problem.code, "params": problem.params}


def stored_problem(stored: str | None, part: str = "problem") -> Problem | None:
    """The problem a ``center_import.audit_chain`` value records (None: intact, or not
    checked); ``part="restore"``: the restore it recognised."""
    if not stored:
        return None
    try:
        problem = json.loads(stored).get(part)
        return None if not problem else Problem(problem["code"], problem.get("params") or {})
    except (ValueError, AttributeError, KeyError, TypeError):
        return None


def check_file(
    db: Database, head: Any, rows: list[dict], *, incarnation: str | None, export_number: Any
) -> ChainCheck | None:
    """Check a file's audit entries against the anchor of its device and move the anchor
    to its head (see the module docstring); None for a file without a chain head (a
    laptop of an earlier version)."""
    if not isinstance(head, dict) or not isinstance(head.get("device_id"), str):
        return None
    device = head["device_id"]
    head_seq, head_hash = head.get("chain_seq") or 0, head.get("chain_hash")
    anchor = db.execute(
        "SELECT chain_seq, chain_hash, incarnation FROM audit_anchor WHERE device_id = ?", [device]
    ).fetchone()
    mine = sorted(
        (r for r in rows if r.get("chain_device") == device and type(r.get("chain_seq")) is int),
        key=lambda r: r["chain_seq"],
    )
    if anchor is not None and head_seq <= anchor[0]:
        problem = _older_file(db, device, head_seq, head_hash, anchor)
        return ChainCheck(device, len(mine), problem)
    restored = anchor is not None and incarnation is not None and incarnation != anchor[2]
    held = _HeldEntries(db, device, mine) if restored else None
    problem, restore = _walk(device, anchor, mine, head_seq, head_hash, held=held)
    db.execute(
        "INSERT INTO audit_anchor (device_id, chain_seq, chain_hash, incarnation, export_number,"
        " updated_at) VALUES (?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"
        " ON CONFLICT (device_id) DO UPDATE SET chain_seq = excluded.chain_seq,"
        " chain_hash = excluded.chain_hash, incarnation = excluded.incarnation,"
        " export_number = excluded.export_number, updated_at = excluded.updated_at",
        [device, head_seq, head_hash or GENESIS, incarnation, export_number],
    )
    return ChainCheck(device, len(mine), problem, restore)


class _HeldEntries:
    """The entries of a device the center holds (and the file's own from before its new
    epoch): which one a restored copy's new epoch goes on from."""

    def __init__(self, db: Database, device: str, mine: list[dict]) -> None:
        self.db, self.device, self.mine = db, device, mine

    def continued(self, row: dict) -> int | None:
        """The place of the entry ``row`` (a new epoch's first) links to; None: none held."""
        values = [row.get(column) for column in CANONICAL_COLUMNS]
        before = [(r["chain_seq"], r.get("chain_hash")) for r in self.mine
                  if r["chain_seq"] < row["chain_seq"]]  # fmt: skip
        held = self.db.execute(
            "SELECT chain_seq, chain_hash FROM audit_log WHERE chain_device = ? AND chain_seq < ?"
            " ORDER BY chain_seq DESC",
            [self.device, row["chain_seq"]],
        )
        for place, digest in (*reversed(before), *held):
            if digest and link(digest, values) == row.get("chain_hash"):
                return place
        return None


def _walk(
    device: str,
    anchor: tuple | None,
    mine: list[dict],
    head_seq: int,
    head_hash: str | None,
    *,
    held: _HeldEntries | None,
) -> tuple[Problem | None, Problem | None]:
    """The first problem of the file's entries from the anchor on, and the restore they
    show (``held``: the file comes from a new incarnation of the device)."""
    position, previous = (anchor[0], anchor[1]) if anchor is not None else (None, None)
    restore = None
    for row in mine:
        place = row["chain_seq"]
        if position is not None and place < position:
            continue  # held already: the center had it from an earlier file
        if position is not None and place == position:
            if row.get("chain_hash") != previous:
                return _problem("audit_chain_fork", device, place), restore
            continue
        if position is None:
            expected = GENESIS if place == 1 else None
        elif place == position + 1 or (
            is_epoch_start(place) and place // EPOCH_SPAN > position // EPOCH_SPAN
        ):
            expected = previous
        else:
            return _problem("audit_chain_gap", device, place - 1, expected=position + 1), restore
        values = [row.get(column) for column in CANONICAL_COLUMNS]
        if expected is not None and link(expected, values) != row.get("chain_hash"):
            if not is_epoch_start(place):
                return _problem("audit_chain_altered", device, place, at=row.get("at")), restore
            went_back = held.continued(row) if held is not None and restore is None else None
            if went_back is None:
                return _problem("audit_chain_restarted", device, place, at=row.get("at")), restore
            restore = _problem("audit_chain_restored", device, went_back, expected=position,
                               at=row.get("at"))  # fmt: skip
            restore.params["lost"] = _place(went_back + 1)  # the first entry the laptop lost
            restore.params["anchor_hash"] = previous or ""
        position, previous = place, row.get("chain_hash")
    if head_seq and (position != head_seq or previous != head_hash):
        if position is not None and position < head_seq and not mine:
            return _problem("audit_chain_gap", device, head_seq, expected=position + 1), restore
        problem = _problem("audit_chain_head_mismatch", device, position, expected=head_seq)
        return problem, restore
    return None, restore


def _older_file(
    db: Database, device: str, head_seq: int, head_hash: str | None, anchor: tuple
) -> Problem | None:
    """A file whose head the center passed already: its head must be the entry held."""
    if head_seq == anchor[0]:
        held = anchor[1]
    else:
        row = db.execute(
            "SELECT chain_hash FROM audit_log WHERE chain_device = ? AND chain_seq = ?",
            [device, head_seq],
        ).fetchone()
        held = row[0] if row else None
    if head_seq and held is not None and held != head_hash:
        return _problem("audit_chain_fork", device, head_seq)
    return None


def _problem(
    code: str, device: str, position: int | None, *, expected: int | None = None, at: Any = None
) -> Problem:
    return Problem(
        code,
        {
            "device": short_device_id(device),
            "position": _place(position),
            "expected": _place(expected),
            "at": str(at or "")[:19].replace("T", " "),
            "entry": "",
        },
    )


def _place(position: int | None) -> str:
    if position is None:
        return ""
    epoch, n = divmod(position, EPOCH_SPAN)
    return f"{n}" if epoch == 0 else f"{epoch}.{n}"
