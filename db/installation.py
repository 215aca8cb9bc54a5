"""This installation: the one row of table ``installation`` (its device id, incarnation,
epoch, role, site code, name and change sequence). Every reader of "this device" comes
here; the devices a database knows are in ``db.devices``."""

from sqlite_utils import Database

from db.origins import EPOCH_SPAN
from db.stamps import new_id, utc_now


def current(db: Database) -> dict:
    """The installation's row (made when the database was opened)."""
    return next(db.query("SELECT * FROM installation"))


def device_id(db: Database) -> str:
    return db.execute("SELECT device_id FROM installation").fetchone()[0]


def ensure(db: Database) -> None:
    """Give a new database its installation row, with a new device id, on first run."""
    if db.execute("SELECT 1 FROM installation").fetchone() is not None:
        return
    device = new_id()
    now = utc_now()
    with db.atomic():
        db.execute(
            "INSERT INTO installation (id, created_at, updated_at, device_id, change_seq,"
            " last_change_seq, incarnation) VALUES (?, ?, ?, ?, 1, 1, ?)",
            [device, now, now, device, new_id()],
        )


def reserve_seqs(db: Database, count: int) -> int:
    """Reserve ``count`` change sequence numbers (inside a write transaction); returns
    the first."""
    last = db.execute(
        "UPDATE installation SET last_change_seq = last_change_seq + ? RETURNING last_change_seq",
        [count],
    ).fetchall()[0][0]
    return last - count + 1


def start_epoch(db: Database, epoch: int) -> None:
    """Move the change sequence to the start of ``epoch`` (inside the write transaction
    that records the new incarnation): its numbers never meet an earlier epoch's."""
    db.execute("UPDATE installation SET last_change_seq = ?", [epoch * EPOCH_SPAN])
