"""What a unit's results do at the center, kept in step whenever they change (an
import, a person's decision): the unit held in quarantine for a reactive or a positive
marker, and the donor on the list to notify for a confirmed positive one.

Results waiting for a person's decision (``pending``: other results for a unit that has
some) hold the unit too: until a person keeps the first results, the strictest word of
the laboratory stands. The donor is listed to notify only once results are current.

Quarantine entries nobody decided on follow the results (a reason no longer found is
withdrawn, as the safety re-checks do for theirs); a notice is never deleted: it is
withdrawn (audited) when the results a person took are not positive after all.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from db import lab as lab_queries
from db import quarantine as quarantine_queries
from db.merge_lists import derived_id
from db.records import Writer
from desktop.core.domain.vocabulary import (
    LabResultStatus,
    NoticeStatus,
    QuarantineReason,
    QuarantineStatus,
)
from desktop.core.exchange.lab_facts import positive_markers, reactive_markers

LAB_REASONS = frozenset({QuarantineReason.LAB_REACTIVE, QuarantineReason.LAB_POSITIVE})


@dataclass(frozen=True)
class Effects:
    quarantined: list[tuple[str, str]]  # (unit, reason) newly held
    notices: list[str]  # units whose donor was put on the list to notify


def apply_results(w: Writer, donation_ids: Sequence[str]) -> Effects:
    """Quarantine and notices of these units as their current and pending results say."""
    db = w.db
    ids = sorted(set(donation_ids))
    found: dict[tuple[str, str], dict] = {}
    positive: dict[str, str] = {}  # unit -> DIN, of current results
    for status in (LabResultStatus.CURRENT, LabResultStatus.PENDING):
        for result in lab_queries.results_of_donations(db, ids, status):
            unit = result["donation_id"]
            if markers := positive_markers(result):
                _hold(found, unit, QuarantineReason.LAB_POSITIVE, markers)
                if status == LabResultStatus.CURRENT:
                    positive[unit] = result["din"]
            if markers := reactive_markers(result):
                _hold(found, unit, QuarantineReason.LAB_REACTIVE, markers)
    held = quarantine_queries.sync(
        db, ids, found, QuarantineStatus.HELD, (w.now, w.device_id), reasons=LAB_REASONS
    )
    return Effects(held, _sync_notices(w, ids, positive))


def _hold(found: dict[tuple[str, str], dict], unit: str, reason: str, markers: list[str]) -> None:
    """The unit held for ``reason``, naming every marker any of its results gives."""
    held = found.setdefault((unit, reason), {"markers": []})["markers"]
    held.extend(marker for marker in markers if marker not in held)


def _sync_notices(w: Writer, ids: list[str], positive: dict[str, str]) -> list[str]:
    existing = lab_queries.notices_of(w.db, ids)
    added = []
    for donation_id in ids:
        notice = existing.get(donation_id)
        if donation_id in positive and notice is None:
            values = {
                "id": derived_id("lab_notice", donation_id),
                "donation_id": donation_id,
                "din": positive[donation_id],
                "status": NoticeStatus.TO_NOTIFY,
            }
            w.insert("lab_notice", values, action="lab_notice")
            added.append(donation_id)
        elif donation_id in positive and notice["status"] == NoticeStatus.WITHDRAWN:
            w.update("lab_notice", notice["id"], {"status": NoticeStatus.TO_NOTIFY},
                     action="lab_notice")  # fmt: skip
            added.append(donation_id)
        elif donation_id not in positive and notice and notice["status"] == NoticeStatus.TO_NOTIFY:
            w.update("lab_notice", notice["id"], {"status": NoticeStatus.WITHDRAWN},
                     action="lab_notice_withdrawn")  # fmt: skip
    return added
