"""One state machine per kind of record: its states, its allowed moves, and the one
function that moves a record (checked, audited, inside the caller's transaction)."""

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from db.records import Writer
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.vocabulary import (
    CertificateStatus,
    DinStatus,
    DonationOutcome,
    DriveStatus,
    ImportStatus,
    StartedStatus,
    VisitStatus,
)


@dataclass(frozen=True)
class StateMachine:
    """The states of ``table.column`` and the moves allowed between them."""

    table: str
    column: str
    states: type[StrEnum]
    moves: Mapping[StrEnum, frozenset[StrEnum]]

    def allows(self, current: str, target: str) -> bool:
        return target in self.moves.get(self.states(current), frozenset())

    def move(
        self,
        w: Writer,
        row: dict,
        target: StrEnum,
        *,
        refusal: Problem | None = None,
        changes: dict | None = None,
        note: str | None = None,
        action: str = "update",
    ) -> dict:
        """Move ``row`` to ``target`` with any other ``changes``; UserError (``refusal``,
        or a generic one) when the move is not allowed. Returns the row as it now is."""
        current = row[self.column]
        if not self.allows(current, target):
            params = {"record": self.table, "from": current, "to": target}
            raise UserError(refusal or Problem("move_not_allowed", params))
        values = {self.column: target, **(changes or {})}
        return w.update(self.table, row["id"], values, note=note, action=action)


def _moves(table: dict[StrEnum, tuple[StrEnum, ...]]) -> dict[StrEnum, frozenset[StrEnum]]:
    return {state: frozenset(targets) for state, targets in table.items()}


V = VisitStatus
VISITS = StateMachine(
    "visit",
    "status",
    VisitStatus,
    _moves({
        V.WAITING_SCREENING: (V.ACCEPTED, V.DEFERRED, V.LEFT, V.VOIDED),
        V.ACCEPTED: (V.DONATED, V.NOT_COLLECTED, V.LEFT, V.WAITING_SCREENING),
        V.DEFERRED: (V.WAITING_SCREENING,),  # a decision reopened before collection
        V.DONATED: (V.NOT_COLLECTED,),  # the unit amended: no blood was drawn after all
        V.NOT_COLLECTED: (),
        V.LEFT: (),
        V.VOIDED: (),
    }),
)  # fmt: skip

D = DonationOutcome
DONATIONS = StateMachine(
    "donation",
    "outcome",
    DonationOutcome,
    _moves({
        D.COMPLETE: (D.INCOMPLETE, D.NOT_COLLECTED),
        D.INCOMPLETE: (D.COMPLETE, D.NOT_COLLECTED),
        D.NOT_COLLECTED: (),  # nothing was drawn: record a new donation instead
    }),
)  # fmt: skip

STARTED_DONATIONS = StateMachine(
    "started_donation",
    "status",
    StartedStatus,
    _moves({
        StartedStatus.STARTED: (StartedStatus.RECORDED, StartedStatus.ABANDONED),
        StartedStatus.RECORDED: (),
        StartedStatus.ABANDONED: (),
    }),
)  # fmt: skip

DINS = StateMachine(
    "din",
    "status",
    DinStatus,
    _moves({
        DinStatus.ALLOCATED: (DinStatus.USED, DinStatus.VOIDED),
        DinStatus.USED: (DinStatus.VOIDED,),  # its bag held no blood: never given again
        DinStatus.VOIDED: (),
    }),
)  # fmt: skip

C = CertificateStatus
CERTIFICATES = StateMachine(
    "certificate",
    "status",
    CertificateStatus,
    _moves({
        C.RESERVED: (C.ISSUED, C.VOIDED),  # the pages came out, or never did
        C.ISSUED: (C.VOIDED,),
        C.VOIDED: (),  # the serial stays used
    }),
)  # fmt: skip
CERTIFICATE_IN_FORCE = (C.RESERVED, C.ISSUED)  # at most one a donation

DRIVES = StateMachine(
    "drive",
    "status",
    DriveStatus,
    _moves({DriveStatus.OPEN: (DriveStatus.CLOSED,), DriveStatus.CLOSED: ()}),
)

IMPORTS = StateMachine(
    "registry_import",
    "status",
    ImportStatus,
    _moves({
        ImportStatus.STAGING: (ImportStatus.APPLIED, ImportStatus.ABANDONED),
        ImportStatus.APPLIED: (),  # its donors are visible: never removed as a leftover
        ImportStatus.ABANDONED: (),
    }),
)  # fmt: skip

MACHINES = (VISITS, DONATIONS, STARTED_DONATIONS, DINS, CERTIFICATES, DRIVES, IMPORTS)
