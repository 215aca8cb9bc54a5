"""What depends on many records, recomputed after a merge for every person it touched:
donor counters, the safety re-checks (quarantine) and the collection-day flags."""

from collections.abc import Callable
from typing import TYPE_CHECKING

from db import merge as merge_queries
from db import merge_lists
from db import quarantine as quarantine_queries
from desktop.core.domain.audit_notes import AuditNote as N
from desktop.core.domain.audit_notes import audit_note
from desktop.core.domain.vocabulary import FlagKind, QuarantineStatus
from desktop.core.exchange import people
from desktop.core.exchange.counters import recomputed_counters
from desktop.core.exchange.flags import outside_drive_day
from desktop.core.exchange.safety_checks import SAFETY_REASONS, recheck

if TYPE_CHECKING:
    from desktop.core.exchange.materialize import Materializer


def recheck_touched(m: "Materializer", interval_for: Callable[[str | None], int]) -> None:
    db = m.db
    t = {table: sorted(ids) for table, ids in m.touched.items()}
    donors = set(t["donor"])
    donors |= quarantine_queries.donors_of_visits(db, t["visit"])
    donors |= quarantine_queries.donors_at_drives(db, t["drive"])
    donors |= quarantine_queries.donors_of_screenings(db, t["screening"])
    donations = set(t["donation"])
    donations |= quarantine_queries.donations_of_certificates(db, t["certificate"])
    donors |= quarantine_queries.donors_of_donations(db, sorted(donations))
    persons = sorted(set(people.roots(db, donors).values()))
    _recount(m, persons)
    their_donations = quarantine_queries.donations_of(db, persons)
    scope = [d["id"] for d in their_donations]
    _, found = recheck(db, persons, interval_for)
    stamp = (m.now, m.w.device_id)
    m.report.quarantined += quarantine_queries.sync(
        db, scope, found, QuarantineStatus.HELD, stamp, reasons=SAFETY_REASONS
    )
    flagged = outside_drive_day(their_donations)
    merge_lists.set_flags(db, FlagKind.OUTSIDE_DRIVE_DAY, scope, flagged, m.now)
    m.report.flags += [("donation", rid, FlagKind.OUTSIDE_DRIVE_DAY) for rid in flagged]


def _recount(m: "Materializer", persons: list[str]) -> None:
    """Counters are written in place (the row keeps its stamp), audited as the merge."""
    counters = recomputed_counters(m.db, persons)
    current = merge_queries.rows_by_id(m.db, "donor", sorted(counters))
    entries = []
    for donor_id, values in sorted(counters.items()):
        before = current.get(donor_id)
        if before is None:
            continue
        changed = {c: v for c, v in values.items() if before.get(c) != v}
        if changed:
            merge_queries.set_columns(m.db, "donor", donor_id, changed)
            entries.append(
                m.w._audit_entry(
                    "merge", "donor", record_id=donor_id,
                    before={c: before.get(c) for c in changed}, after=changed,
                    note=audit_note(N.COUNTERS_RECOMPUTED, source=m.source), seq=m.seq,
                )
            )  # fmt: skip
    m.w._audit_rows(entries)
