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
from desktop.core.domain.vocabulary import AuditAction, CenterImportStatus
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
    audit_head: dict | None = None  # the manifest's head of the device's audit chain


def record_accepted(w: Writer, file: ImportedFile, report: MergeReport) -> None:
    """Inside the merge's transaction."""
    totals = report.totals
    counts = {
        "new": totals.new,
        "unchanged": totals.unchanged,
        "updated": totals.updated,
        "conflicting": totals.conflicting,
    }
    chain = None if report.audit_chain is None else report.audit_chain.stored()
    _record(w, file, CenterImportStatus.ACCEPTED, None, counts, flags=len(report.flags),
            audit_chain=chain)  # fmt: skip


def record_rejected(db: Database, actor: Actor, file: ImportedFile, reason: str) -> None:
    """The one row a rejected file leaves (``reason``: the problem code and its words)."""
    with write_transaction(db, actor) as w:
        _record(w, file, CenterImportStatus.REJECTED, reason, {})


def _record(
    w: Writer,
    file: ImportedFile,
    status: str,
    reason: str | None,
    counts: dict,
    *,
    flags: int = 0,
    audit_chain: str | None = None,
) -> None:
    row_id = new_id()
    described = {k: v for k, v in asdict(file).items() if k != "audit_head"}
    import_queries.record(
        w.db,
        {
            **described,
            "audit_chain": audit_chain,
            "id": row_id,
            "status": status,
            "reason": reason,
            "counts": counts,
            "flags": flags,
            "imported_at": w.now,
            "imported_by": w.actor.name,
        },
    )
    action = AuditAction.IMPORT_ACCEPTED if status == "accepted" else AuditAction.IMPORT_REJECTED
    w.log(action, "center_import", row_id, f"{file.file_name} {reason or ''}".strip())


def acknowledged(db: Database) -> dict[tuple[str, str], int]:
    """(device, incarnation) -> the highest change sequence the center received."""
    return import_queries.highest_received(db, CenterImportStatus.ACCEPTED)
