"""Donations in the chair: what the collection station knows of a donation it has
started and not yet recorded.

One laptop follows several chairs. As soon as the bag's DIN is scanned or the start
time set, the donation is written (``started_donation``), so opening another donor,
closing the window or a crash loses nothing; the station lists the donations in the
chair and reopening one restores its DIN and start time. Recording the donation ends
it (``lifecycle.donations.after_recording``); abandoning it needs a reason, and so does
a ticket leaving the queue another way (``lifecycle.donations.leave_chair``).
"""

from dataclasses import dataclass, field

from desktop.core.domain.problems import Problem
from desktop.core.domain.records import QueueEntry
from desktop.core.stations.collection_times import local_hhmm


@dataclass(frozen=True)
class StartedDonation:
    """A donation in the chair: the donor's ticket, the DIN on the bag, the start."""

    id: str
    entry: QueueEntry
    din: str | None
    started: str  # HH:MM on the drive date, "" while not set
    here: bool  # last written on this laptop

    @classmethod
    def from_row(cls, row: dict, entry: QueueEntry, device_id: str) -> "StartedDonation":
        return cls(
            id=row["id"],
            entry=entry,
            din=row["din"],
            started=local_hhmm(row["started_at"]),
            here=row["device_id"] == device_id,
        )


@dataclass(frozen=True)
class Started:
    """What starting (or updating) a donation in the chair gave: the donation as it is
    now (None when nothing was given to write) and the scan's warnings."""

    donation: StartedDonation | None
    warnings: list[Problem] = field(default_factory=list)
