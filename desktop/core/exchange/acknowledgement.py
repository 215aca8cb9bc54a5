"""What the center acknowledged of this laptop: the mark the export starts from.

The export sends every change this laptop made after the mark (the setting
``center_acknowledged_seq``, 0 until an acknowledgement came back): the highest change
sequence the center holds of this laptop's current incarnation. Only this module
reads or moves it. A drive package carries the center's acknowledgements, one per
incarnation it received files from; installing the package moves the mark forward
(never back) with the one of the current incarnation, and one of an earlier
incarnation changes nothing. The ``package_install`` row keeps what it acknowledged,
so the export dialog can say up to when everything is at the center.

An acknowledgement of this incarnation beyond the last change this database holds
means the database is a copy older than what it exported (restored from a backup on
another computer, where the restore marker is not): it starts a new incarnation, so
its next changes never reuse numbers the center holds with other content.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from db import installation
from db import package_installs as package_queries
from db import settings as settings_queries
from db.records import Actor, Writer
from desktop.core.domain.audit_notes import AuditNote as N
from desktop.core.domain.audit_notes import audit_note
from desktop.core.exchange.incarnation import new_incarnation
from desktop.core.exchange.package_contents import Acknowledgement
from desktop.core.foundation.settings import put_setting

ACKNOWLEDGED_KEY = "center_acknowledged_seq"


@dataclass(frozen=True)
class AtCenter:
    """Every change of this incarnation up to ``through_seq`` is at the center: those of
    the exports up to ``export_number``, the last written at ``exported_at`` (UTC)."""

    through_seq: int
    export_number: int
    exported_at: str


@dataclass(frozen=True)
class Acknowledged:
    """What a package's acknowledgements did here: the one of this incarnation (None:
    it had none), and whether it moved the mark."""

    current: Acknowledgement | None = None
    moved: bool = False


def acknowledged_seq(db: Database) -> int:
    """The mark: the export sends this laptop's changes after it."""
    row = settings_queries.setting(db, ACKNOWLEDGED_KEY)
    return int(row["value"] or 0) if row else 0


def at_center(db: Database) -> AtCenter | None:
    """Up to when everything of this incarnation is at the center, as the last package
    that moved the mark said (None before one did)."""
    incarnation = installation.current(db)["incarnation"]
    row = package_queries.acknowledging(db, incarnation, acknowledged_seq(db))
    if row is None or row["acknowledged_at"] is None:
        return None
    return AtCenter(row["acknowledged_seq"], row["acknowledged_export"], row["acknowledged_at"])


def behind_the_center(
    db: Database, actor: Actor, acknowledgements: Iterable[Acknowledgement]
) -> bool:
    """Before a package writes anything: an acknowledgement of this incarnation beyond
    this database's last change means it is a restored copy (see the module docstring);
    it starts a new incarnation (audited) at once, as opening a restored copy does, and
    True is returned."""
    device = installation.current(db)
    current = _of_incarnation(acknowledgements, device["incarnation"])
    if current is None or current.through_seq <= device["last_change_seq"]:
        return False
    note = audit_note(
        N.RESTORED_COPY_CENTER, through=current.through_seq, incarnation=current.incarnation,
        export=current.export_number, local=device["last_change_seq"],
    )  # fmt: skip
    new_incarnation(db, actor, note)
    return True


def acknowledge(w: Writer, acknowledgements: Iterable[Acknowledgement]) -> Acknowledged:
    """Inside the package's transaction: move the mark forward with the acknowledgement
    of the current incarnation (one of another incarnation changes nothing)."""
    device = installation.current(w.db)
    current = _of_incarnation(acknowledgements, device["incarnation"])
    if current is None or current.through_seq > device["last_change_seq"]:
        return Acknowledged()
    if current.through_seq <= acknowledged_seq(w.db):
        return Acknowledged(current)
    note = audit_note(N.ACKNOWLEDGED, export=current.export_number, at=current.exported_at)
    put_setting(w, ACKNOWLEDGED_KEY, str(current.through_seq), note)
    return Acknowledged(current, moved=True)


def _of_incarnation(
    acknowledgements: Iterable[Acknowledgement], incarnation: str
) -> Acknowledgement | None:
    return next((a for a in acknowledgements if a.incarnation == incarnation), None)
