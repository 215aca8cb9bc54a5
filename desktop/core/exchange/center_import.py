"""The center's record of every file it was given, and what it acknowledges.

An accepted file's row is written in the merge's own transaction (all of it or none);
a rejected file writes its row alone. The highest change sequence received per
(device, incarnation) is derived from the accepted rows: the acknowledgement the next
issue carries back to the sites.
"""

from dataclasses import asdict, dataclass

from sqlite_utils import Database

from db import center_imports as import_queries
from db.records import Actor, Writer, write_transaction
from db.stamps import new_id
from desktop.core.domain.vocabulary import CenterImportStatus
from desktop.core.exchange.report import MergeReport


@dataclass(frozen=True)
class ImportedFile:
    """What the center knows of a file: its name and hash, and once its manifest was
    read, where it comes from and what it covers."""

    file_name: str
    sha256: str
    source_device_id: str | None = None
    incarnation: str | None = None
    epoch: int | None = None
    export_number: int | None = None
    seq_from: int | None = None
    seq_to: int | None = None
    exported_at: str | None = None  # the laptop's clock when it made the file (UTC)


def record_accepted(w: Writer, file: ImportedFile, report: MergeReport) -> None:
    """Inside the merge's transaction."""
    totals = report.totals
    counts = {
        "new": totals.new,
        "unchanged": totals.unchanged,
        "updated": totals.updated,
        "conflicting": totals.conflicting,
    }
    _record(w, file, CenterImportStatus.ACCEPTED, None, counts, flags=len(report.flags))


def record_rejected(db: Database, actor: Actor, file: ImportedFile, reason: str) -> None:
    """The one row a rejected file leaves (``reason``: the problem code and its words)."""
    with write_transaction(db, actor) as w:
        _record(w, file, CenterImportStatus.REJECTED, reason, {})


def _record(
    w: Writer, file: ImportedFile, status: str, reason: str | None, counts: dict, *, flags: int = 0
) -> None:
    row_id = new_id()
    import_queries.record(
        w.db,
        {
            **asdict(file),
            "id": row_id,
            "status": status,
            "reason": reason,
            "counts": counts,
            "flags": flags,
            "imported_at": w.now,
            "imported_by": w.actor.name,
        },
    )
    w.log(f"import_{status}", "center_import", row_id, f"{file.file_name} {reason or ''}".strip())


def acknowledged(db: Database) -> dict[tuple[str, str], int]:
    """(device, incarnation) -> the highest change sequence the center received."""
    return import_queries.highest_received(db, CenterImportStatus.ACCEPTED)
