"""A registry import never holds the database for long: check-ins go on while it runs,
its new donors appear all at once, and a cancel or a crash leaves nothing behind."""

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from db import donors as donor_queries
from db.registry_imports import staging_ranges
from db.stamps import utc_now
from desktop.core.domain.problems import UserError
from desktop.core.foundation.progress import Cancelled, Progress
from desktop.core.registry.staging import STAGE_CHUNK
from desktop.core.stations.donors import DonorForm
from tests.factories import MALE, qr_for, registry_row, write_registry
from tests.people import open_signed_in
from tests.test_registry_import import database_digest, rows_for

ROOT = Path(__file__).resolve().parent.parent
ROWS = 7 * STAGE_CHUNK  # three staging transactions at least (chunks at most double)


def test_check_ins_go_on_while_the_new_donors_are_stored(services, drive, donors, tmp_path):
    walk_ins = [donors.register("Phạm Minh Tuấn", dt.date(1995, 7, 7) + dt.timedelta(days=i),
                                MALE) for i in range(7)]  # fmt: skip
    rows = rows_for(ROWS, start=1000)
    path = write_registry(tmp_path / "registry.csv", rows)
    services.db.execute("PRAGMA busy_timeout = 0")  # a lock met would fail at once
    seen = []

    def meanwhile(phase: str, done: int, total: int) -> None:
        if phase == "write" and done < total:
            ticket = services.checkin.check_in(drive, walk_ins[len(seen)])
            found = services.donors.lookup(rows[0]["national_id"]).exact
            seen.append((ticket.created, services.donors.count(), found))

    report = services.registry.import_file(path, Progress(meanwhile))
    assert report.ok and report.inserted == ROWS
    # every check-in between two staging transactions went through at once, and the
    # import's donors were not seen yet
    assert len(seen) >= 2 and set(seen) == {(True, 7, None)}
    assert services.donors.count() == ROWS + 7
    assert services.donors.lookup(rows[0]["national_id"]).exact is not None
    assert len(services.donors.lookup("tran van binh").donors) > 0
    assert len(services.checkin.waiting_for_screening(drive)) == len(seen)
    # data received from the center is no local change: the registry's stamp
    stamps = services.db.execute(
        "SELECT device_id, change_seq, count(*) FROM donor WHERE staged_import = ? GROUP BY 1, 2",
        [report.batch],
    ).fetchall()
    assert stamps == [("registry", 0, ROWS)]


def test_a_donor_changed_during_the_import_is_merged_as_it_is_now(services, donors, tmp_path):
    """The screening doctor defers a donor while the registry is being stored: the
    deferral recorded here is kept, and the center's new phone number is taken."""
    walk_in = donors.register("Lê Thị Mai", dt.date(1992, 2, 2), "F")
    row = registry_row(national_id=walk_in.national_id, full_name="Lê Thị Mai",
                       birth_date="02/02/1992", phone="0987654321")  # fmt: skip
    path = write_registry(tmp_path / "r.csv", [row, *rows_for(ROWS, start=1000)])

    def meanwhile(phase: str, done: int, total: int) -> None:
        if phase == "write" and done == STAGE_CHUNK:
            from db.records import write_transaction

            with write_transaction(services.db, services.session.actor) as w:  # as screening
                w.update("donor", walk_in.id, {"deferral_until": "2027-01-10",
                         "deferral_reason": "Hb thấp", "local_changed_at": w.now})  # fmt: skip

    report = services.registry.import_file(path, Progress(meanwhile))
    assert report.ok and (report.inserted, report.updated) == (ROWS, 1)
    donor = services.donors.get(walk_in.id)
    assert donor.deferral_until == dt.date(2027, 1, 10)
    assert donor.phone == "0987654321"


def test_a_number_being_imported_waits_for_the_import(services, donors, tmp_path):
    rows = rows_for(ROWS, start=1000)
    path = write_registry(tmp_path / "r.csv", rows)
    refused = []

    def meanwhile(phase: str, done: int, total: int) -> None:
        if phase == "write" and done == STAGE_CHUNK:
            form = DonorForm(national_id=rows[0]["national_id"], full_name="Trần Văn Bình",
                             birth_date="09/03/1988", sex=MALE)  # fmt: skip
            with pytest.raises(UserError) as error:
                services.donors.register(form, not_a_duplicate=True)
            refused.append(error.value.problems[0].code)

    assert services.registry.import_file(path, Progress(meanwhile)).ok
    assert refused == ["id_in_import"]
    assert services.donors.count() == ROWS


def test_a_card_whose_number_is_being_imported_waits_for_the_import(services, tmp_path):
    """The card of a donor known by old CMND carries a CCCD that the running import
    brings: the scan says to wait instead of failing."""
    walk_in = DonorForm(old_id="123456789", full_name="Trần Văn Bình",
                        birth_date="09/03/1988", sex=MALE)  # fmt: skip
    services.donors.register(walk_in, not_a_duplicate=True)
    rows = rows_for(ROWS, start=1000)
    path = write_registry(tmp_path / "r.csv", rows)
    found = []

    def meanwhile(phase: str, done: int, total: int) -> None:
        if phase == "write" and done == STAGE_CHUNK:
            qr = qr_for(rows[0]["national_id"], "TRẦN VĂN BÌNH", dt.date(1988, 3, 9), MALE,
                        old_id="123456789")  # fmt: skip
            found.append(services.donors.lookup(qr))

    assert services.registry.import_file(path, Progress(meanwhile)).ok
    [result] = found
    assert [p.code for p in result.problems] == ["id_in_import"]
    assert result.exact is None and result.card is None
    assert services.donors.lookup("123456789").donors[0].national_id is None


def test_a_number_registered_before_its_line_is_stored_refuses_the_file(services, donors, tmp_path):
    rows = rows_for(ROWS, start=1000)
    path = write_registry(tmp_path / "r.csv", rows)

    def meanwhile(phase: str, done: int, total: int) -> None:
        if phase == "write" and done == STAGE_CHUNK:  # a line of the last chunk, not stored yet
            donors.register("Trần Văn Bình", dt.date(1988, 3, 9), MALE,
                            national_id=rows[-1]["national_id"])  # fmt: skip

    report = services.registry.import_file(path, Progress(meanwhile))
    assert [e.problem.code for e in report.errors] == ["registered_during_import"]
    assert services.donors.count() == 1  # only the donor registered at the desk
    assert services.db.execute("SELECT count(*) FROM donor").fetchone()[0] == 1
    assert services.db.execute("SELECT count(*) FROM donor_name_fts").fetchone()[0] == 1


def test_a_cancel_while_storing_leaves_nothing_behind(services, tmp_path):
    services.registry.import_file(write_registry(tmp_path / "first.csv", rows_for(2)))
    before = database_digest(services)
    steps = []

    def cancel_after_a_chunk() -> bool:
        return len(steps) > 0

    with pytest.raises(Cancelled):
        services.registry.import_file(
            write_registry(tmp_path / "big.csv", rows_for(ROWS, start=1000)),
            Progress(lambda phase, *_: steps.append(phase) if phase == "write" else None,
                     cancel_after_a_chunk),
        )  # fmt: skip
    assert database_digest(services) == before
    assert services.db.execute("SELECT count(*) FROM donor_name_fts").fetchone()[0] == 2


def test_a_crash_while_storing_changes_nothing_and_the_next_import_cleans_up(services, tmp_path):
    rows = rows_for(ROWS, start=1000)
    path = write_registry(tmp_path / "r.csv", rows)
    services.close()  # the other process is the one importing
    crash = (
        "import os, sys\n"
        "from desktop.core.foundation.progress import Progress\n"
        "from tests.people import open_signed_in\n"
        "services = open_signed_in(sys.argv[1])\n"
        "def die(phase, done, total):\n"
        "    if phase == 'write':\n"
        "        os._exit(3)  # the power cut: no cleanup of any kind\n"
        "services.registry.import_file(sys.argv[2], Progress(die))\n"
    )
    result = subprocess.run([sys.executable, "-c", crash, str(services.path), str(path)],
                            cwd=ROOT, check=False)  # fmt: skip
    assert result.returncode == 3

    again = open_signed_in(services.path)
    try:
        assert again.donors.count() == 0
        assert again.donors.lookup(rows[0]["national_id"]).exact is None
        assert again.db.execute("SELECT count(*) FROM donor").fetchone()[0] == STAGE_CHUNK  # unseen
        # a minute later the silent import counts as dead; the next import cleans it up
        again.db.execute("UPDATE registry_import SET heartbeat_at = '2000-01-01T00:00:00Z'")
        again.db.conn.commit()
        report = again.registry.import_file(path)
        assert report.ok and report.inserted == ROWS
        assert again.db.execute("SELECT count(*) FROM donor").fetchone()[0] == ROWS
        assert again.db.execute("SELECT count(*) FROM donor_name_fts").fetchone()[0] == ROWS
    finally:
        again.close()


def test_a_rename_keeps_the_name_index_right(services, donors):
    donor = donors.register("Đỗ Văn Nam", dt.date(1990, 1, 1), MALE)
    from db.records import write_transaction

    with write_transaction(services.db, services.session.actor) as w:
        w.update("donor", donor.id, {"full_name": "Đỗ Văn Bắc", "name_folded": "do van bac"})
    assert services.donors.lookup("do van bac").donors[0].id == donor.id
    assert services.donors.lookup("van nam").donors == []
    assert services.db.execute("SELECT count(*) FROM donor_name_fts").fetchone()[0] == 1


def test_an_import_switched_on_is_never_abandoned_afterwards(services, tmp_path):
    """Whatever fails after the switch committed, its donors stay: only an import still
    staging can be abandoned (registry_import.status goes through its state machine)."""
    from desktop.core.domain.vocabulary import ImportStatus
    from desktop.core.registry.staging import Staging

    rows = rows_for(3)
    assert services.registry.import_file(write_registry(tmp_path / "r.csv", rows)).ok
    applied = services.db.execute("SELECT id, batch FROM registry_import").fetchone()
    late = Staging(services.db, services.session.actor, "r.csv", "", applied[0], applied[1])
    late.abandon()  # e.g. an interrupt between the switch and the end of the import
    status = services.db.execute("SELECT status FROM registry_import").fetchone()[0]
    assert status == ImportStatus.APPLIED
    assert services.donors.count() == 3
    assert services.donors.lookup(rows[0]["national_id"]).exact is not None


def test_a_chunk_is_as_many_rows_as_fit_in_the_lock_time():
    from desktop.core.registry.staging import LOCK_S, MAX_CHUNK, _next_size

    assert _next_size(STAGE_CHUNK, LOCK_S / 10) == 2 * STAGE_CHUNK  # at most twice
    assert _next_size(8000, LOCK_S * 2) == 4000  # at the last one's pace
    assert _next_size(2000, LOCK_S * 4) == STAGE_CHUNK  # never fewer
    assert _next_size(40_000, LOCK_S / 2) == MAX_CHUNK  # never more


def test_the_desk_gets_its_turns_while_a_registry_is_imported(services, tmp_path):
    """Reading, matching and staging run on the window's worker thread: meanwhile the
    interpreter hands over to the desk's thread every half millisecond and holds no
    full garbage collection; the process's settings come back after, also when the
    import is cancelled."""
    import gc

    from desktop.core.foundation import shared_interpreter as shared

    before = (gc.get_threshold(), sys.getswitchinterval())
    during = set()

    def meanwhile(phase: str, done: int, total: int) -> None:
        during.add((phase, gc.get_threshold()[2], sys.getswitchinterval()))

    path = write_registry(tmp_path / "r.csv", rows_for(ROWS, start=1000))
    assert services.registry.import_file(path, Progress(meanwhile)).ok
    shared_settings = (shared.FULL_COLLECTIONS_PAUSED, shared.SWITCH_INTERVAL_S)
    assert {phase for phase, *_ in during} == {"read", "write"}
    assert {(full, switch) for _, full, switch in during} == {shared_settings}
    assert (gc.get_threshold(), sys.getswitchinterval()) == before

    with pytest.raises(Cancelled):
        services.registry.import_file(path, Progress(cancel_requested=lambda: True))
    assert (gc.get_threshold(), sys.getswitchinterval()) == before


def test_a_staging_registry_keeps_to_its_own_rowids_and_searches_skip_them(
    services, donors, tmp_path
):
    """The first chunk reserves rowids for every row of the import, above all others, and
    the chunks fill them from the top down: a walk-in registered meanwhile gets a rowid
    above them. So a search leaves the import's rows out by their rowid range alone
    (a family name typed alone matched every staged donor bearing it, row by row), and
    still finds the walk-in."""
    rows = rows_for(ROWS, start=1000)  # all "Trần Văn ..."
    path = write_registry(tmp_path / "r.csv", rows)
    during = []

    def meanwhile(phase: str, done: int, total: int) -> None:
        if phase == "write" and done < total:
            walk_in = donors.register("Trần Thị Mai", dt.date(1993, 3, 3) + dt.timedelta(days=done),
                                      "F")  # fmt: skip
            imports = services.db.execute(
                "SELECT batch, first_rowid, last_rowid FROM registry_import WHERE status = ?",
                ["staging"],
            ).fetchall()
            rowid = services.db.execute("SELECT rowid FROM donor WHERE id = ?", [walk_in.id])
            found = services.donors.lookup("Trần").donors
            ranges = staging_ranges(services.db, utc_now(), "staging")
            starting = donor_queries.with_prefix(
                services.db, "name_folded", "tran", 50, ranges, seen=[]
            )
            assert walk_in.id in {row["id"] for row in starting}  # by name, first
            during.append((imports, rowid.fetchone()[0], {d.id for d in found}, walk_in.id))

    report = services.registry.import_file(path, Progress(meanwhile))
    assert report.ok and len(during) >= 2
    walk_ins = {walk_in for *_, walk_in in during}
    for [(batch, _first, last)], walk_in_rowid, found, walk_in in during:
        assert batch == report.batch and walk_in_rowid > last
        assert walk_in in found and found <= walk_ins  # no staged donor, the walk-ins
    first, last = services.db.execute(
        "SELECT first_rowid, last_rowid FROM registry_import WHERE batch = ?", [report.batch]
    ).fetchone()
    inside = services.db.execute(
        "SELECT count(*), min(staged_import), max(staged_import) FROM donor"
        " WHERE rowid BETWEEN ? AND ?",
        [first, last],
    ).fetchone()
    assert inside == (ROWS, report.batch, report.batch)  # the import's rows only
    from desktop.core.stations.donors import SEARCH_LIMIT

    assert len(services.donors.lookup("Trần").donors) == SEARCH_LIMIT  # staged ones too, now


def test_the_wal_does_not_stay_at_the_size_of_the_import(services, tmp_path):
    """The desk's connection stays open (as in the window) and has read just before: the
    import's pages leave the WAL once it is switched on, and the file shrinks."""
    assert services.donors.count() == 0  # the desk has read: its connection is live
    report = services.registry.import_file(write_registry(tmp_path / "r.csv", rows_for(3000)))
    assert report.ok and report.inserted == 3000
    wal = Path(f"{services.path}-wal")
    database = services.path.stat().st_size
    assert database > 1_000_000  # the import wrote far more than a few pages
    assert wal.stat().st_size < database / 20


def test_an_import_reading_its_file_keeps_its_heartbeat(services, tmp_path, monkeypatch):
    """Reading and matching millions of lines takes minutes before a row is staged: the
    import keeps telling it is alive, or other connections would take it for dead (and
    abandon it) after a minute."""
    from desktop.core.registry import importer

    monkeypatch.setattr(importer, "BEAT_S", 0.0)  # at every step
    beats = []

    def reading(phase: str, done: int, total: int) -> None:
        if phase == "read":
            beats.append(services.db.execute(
                "SELECT created_at, heartbeat_at FROM registry_import").fetchone())  # fmt: skip

    path = write_registry(tmp_path / "registry.csv", rows_for(1500))
    assert services.registry.import_file(path, Progress(reading)).ok
    assert len(beats) >= 2
    assert beats[-1][1] > beats[0][0]  # heard from since it was registered
