"""Checking the audit trail's hash chain (see db.audit_chain for its canonical form).

``verify`` reads the whole trail once, chain by chain in position order, and reports
the first broken or missing link: an entry whose content no longer gives its hash
(edited), a position missing (deleted), two entries at one position, an entry outside
every chain (inserted), or this installation's chain ending before or after the head
it recorded (its last entries deleted, entries added behind the application's back).
Each entry is checked against the hash stored on the entry before it, so an edit is
pinned to the entry edited.
"""

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from sqlite_utils import Database

from db.audit_chain import CANONICAL_COLUMNS, GENESIS, is_epoch_start, link
from db.origins import EPOCH_SPAN

PROGRESS_EVERY = 10_000  # entries between two looks at the cancel request


class ChainBreak(StrEnum):
    """Why a link is broken."""

    ALTERED = "altered"  # the entry's content does not give its hash: changed afterwards
    MISSING = "missing"  # positions before this entry are missing: entries deleted
    DUPLICATE = "duplicate"  # a second entry at a position: one was slipped in
    UNCHAINED = "unchained"  # an entry in no chain: added outside the application
    TRUNCATED = "truncated"  # the chain ends before its recorded head: last entries deleted
    BEYOND_HEAD = "beyond_head"  # entries after the recorded head: added afterwards
    RESTARTED = "restarted"  # a new epoch that does not continue the entries held


@dataclass(frozen=True)
class BrokenLink:
    """The first broken or missing link: which entry (None when the chain's end is
    missing) of which device's chain, at which position, and why."""

    why: ChainBreak
    device_id: str | None
    position: int | None
    entry_id: str | None = None
    rowid: int | None = None
    at: str | None = None
    expected: int | None = None  # the position that should have come (missing, truncated)


@dataclass(frozen=True)
class ChainReport:
    """What ``verify`` found: entries checked, those received before the chain existed
    (not checkable), how many links are broken and the first of them."""

    checked: int
    unchecked: int
    broken: int
    first: BrokenLink | None
    devices: int

    @property
    def ok(self) -> bool:
        return self.first is None


@dataclass
class _Chain:
    device: str | None
    own: bool
    position: int | None = None
    hash: str | None = None


class _Check:
    def __init__(self, own_device: str | None) -> None:
        self.own_device = own_device
        self.checked = self.unchecked = self.broken = 0
        self.first: BrokenLink | None = None
        self.devices: set[str] = set()

    def fail(self, link_: BrokenLink) -> None:
        self.broken += 1
        if self.first is None:
            self.first = link_

    def entry(self, chain: _Chain, rowid: int, values: list, stored: str | None) -> None:
        position = values[-1]
        if chain.device is None or (position is None and chain.own):
            self.fail(_at(ChainBreak.UNCHAINED, chain.device, None, rowid, values))
            return
        if position is None:
            self.unchecked += 1
            return
        self.checked += 1
        previous = self._previous(chain, position, rowid, values)
        if previous is not None and link(previous, values) != stored:
            restarted = not chain.own and is_epoch_start(position) and chain.position is not None
            why = ChainBreak.RESTARTED if restarted else ChainBreak.ALTERED
            self.fail(_at(why, chain.device, position, rowid, values))
        chain.position, chain.hash = position, stored

    def _previous(self, chain: _Chain, position: int, rowid: int, values: list) -> str | None:
        """The hash this entry must follow (None: it cannot be checked, the first held
        entry of another device's chain past its start)."""
        last = chain.position
        if last is None:
            self.devices.add(chain.device or "")
            if position == 1:
                return GENESIS
            if chain.own:
                self.fail(
                    _at(ChainBreak.MISSING, chain.device, position, rowid, values, expected=1)
                )
            return None
        if position == last:
            self.fail(_at(ChainBreak.DUPLICATE, chain.device, position, rowid, values))
        elif position != last + 1 and not (
            is_epoch_start(position) and position // EPOCH_SPAN > last // EPOCH_SPAN
        ):
            self.fail(
                _at(ChainBreak.MISSING, chain.device, position, rowid, values, expected=last + 1)
            )
        return chain.hash

    def end_of_own(self, chain: _Chain, head_position: int, head_hash: str | None) -> None:
        """This installation's chain must end at the head it recorded."""
        last = chain.position or 0
        if last < head_position:
            self.fail(BrokenLink(ChainBreak.TRUNCATED, chain.device, head_position,
                                 expected=last + 1))  # fmt: skip
        elif last > head_position:
            self.fail(BrokenLink(ChainBreak.BEYOND_HEAD, chain.device, last))
        elif last and chain.hash != head_hash:
            self.fail(BrokenLink(ChainBreak.ALTERED, chain.device, last))


def _at(
    why: ChainBreak,
    device: str | None,
    position: int | None,
    rowid: int,
    values: list,
    *,
    expected: int | None = None,
) -> BrokenLink:
    """A broken link at an entry (its id and time are its first two columns)."""
    return BrokenLink(why, device, position, values[0], rowid, values[1], expected)


def verify(db: Database, progress: Callable[[int], None] | None = None) -> ChainReport:
    """Check every chain of the trail (see the module docstring). ``progress`` is told
    how many entries were read, now and then (it may raise to stop the check)."""
    own = db.execute(
        "SELECT device_id, audit_chain_seq, audit_chain_hash FROM installation"
    ).fetchone()
    own_device, head_position, head_hash = own if own else (None, 0, None)
    check = _Check(own_device)
    columns = ", ".join(CANONICAL_COLUMNS)
    cursor = db.execute(
        f"SELECT rowid, {columns}, chain_hash FROM audit_log"
        " ORDER BY chain_device, chain_seq, rowid"
    )
    chain: _Chain | None = None
    own_seen = False
    for read, (rowid, *values, stored) in enumerate(cursor, start=1):
        device = values[-2]
        if chain is None or device != chain.device:
            if chain is not None and chain.own:
                check.end_of_own(chain, head_position, head_hash)
            chain = _Chain(device, device is not None and device == own_device)
            own_seen = own_seen or chain.own
        check.entry(chain, rowid, values, stored)
        if progress is not None and read % PROGRESS_EVERY == 0:
            progress(read)
    if chain is not None and chain.own:
        check.end_of_own(chain, head_position, head_hash)
    if own is not None and not own_seen:
        check.end_of_own(_Chain(own_device, True), head_position, head_hash)
    return ChainReport(
        check.checked, check.unchecked, check.broken, check.first, len(check.devices)
    )
