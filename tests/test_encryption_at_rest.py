"""The database encrypted at rest: a copied file and its -wal expose nothing without the
key, nothing else reads them, a wrong key is refused, the copies keep the encryption
and every file is the owner's alone."""

import sqlite3 as stock_sqlite3  # the standard library's: what a thief would try
import stat
import subprocess
from pathlib import Path

import pytest

from db.connection import (
    DatabaseRefused,
    backup,
    connect,
    encrypt_database,
    open_database,
    read_only,
)
from db.schema import MIGRATION_NAMES
from desktop.core import access
from desktop.core.access import AccessState, database_state
from desktop.core.domain.answers import Answer
from desktop.core.domain.vocabulary import ScreeningDecision, StaffRole
from desktop.core.foundation.key_file import new_database_key
from desktop.core.services import Services, open_services
from desktop.core.stations.screening import DoctorDecision
from tests.factories import DonorFactory
from tests.people import acting, everyone, person
from tests.signin import ADMIN, PASSWORD, encrypted, stock_reads
from tests.test_collection import HEALTHY
from tests.test_desk_numbers import _old_database

DONOR = "Trần Thị Bí Mật"


def _defer_for_hiv(services: Services, drive_form_drive) -> None:
    everyone(services)  # reception's steps
    donor = DonorFactory(services).register(DONOR)
    doctor = person(services, "BS. Lê Văn Khám", StaffRole.DOCTOR)
    visit = services.checkin.check_in(drive_form_drive, services.donors.get(donor.id)).visit
    with acting(services, doctor):
        services.screening.decide(
            visit.id, HEALTHY, DoctorDecision(ScreeningDecision.DEFER_PERMANENT),
            answers={"hiv": Answer(True)},
        )  # fmt: skip


def _bytes_of(path: Path) -> bytes:
    """The file's bytes as another program copying it sees them (this process never
    opens a live database outside SQLite: closing it would drop SQLite's locks)."""
    return subprocess.run(["cat", str(path)], capture_output=True, check=True).stdout


def _with_hiv_deferral(path: Path, services: Services, drive) -> tuple[bytes, bytes]:
    _defer_for_hiv(services, drive)
    wal = Path(f"{path}-wal")
    assert wal.exists()  # the saves sit in the -wal until a checkpoint
    return _bytes_of(path), _bytes_of(wal)


def _new_drive(services: Services):
    from desktop.core.domain import places
    from desktop.core.stations.drives import DriveForm

    hanoi = places.province("1")
    ward = next(w for w in places.wards(hanoi.code) if w.name == "Phường Láng")
    return services.drives.create(
        DriveForm(code="HM261124", drive_date="24/11/2026", place_name="Trường THPT",
                  province_code=hanoi.code, ward_code=ward.code, organizer="Hội CTĐ",
                  campaign="chu_nhat_do", target_units="250")
    )  # fmt: skip


def test_a_plain_database_shows_the_health_data_the_encrypted_one_hides(tmp_path):
    plain_path = tmp_path / "plain.sqlite3"
    plain = open_services(plain_path)
    everyone(plain)  # the test person holding every role
    main, wal = _with_hiv_deferral(plain_path, plain, _new_drive(plain))
    plain.close()
    seen = main + wal
    assert DONOR.encode() in seen and b"q.hiv" in seen  # what the probe found before

    path = tmp_path / "site.sqlite3"
    services = encrypted(path)
    main, wal = _with_hiv_deferral(path, services, _new_drive(services))
    thief = tmp_path / "copied"
    thief.mkdir()
    subprocess.run(["cp", str(path), f"{path}-wal", str(thief)], check=True)
    services.close()
    for content in (main, wal):
        assert DONOR.encode() not in content
        assert "Bí Mật".encode() not in content and b"q.hiv" not in content
        assert not content.startswith(b"SQLite format 3")
    copy = stock_sqlite3.connect(thief / path.name)
    with pytest.raises(stock_sqlite3.DatabaseError):
        copy.execute("SELECT count(*) FROM sqlite_master").fetchone()
    copy.close()
    with pytest.raises(DatabaseRefused) as refused:
        open_database(thief / path.name, create=False)
    assert refused.value.reason == "not_sqlite"


def test_a_wrong_key_is_refused_and_changes_nothing(tmp_path):
    path = tmp_path / "site.sqlite3"
    key = new_database_key()
    open_services(path, key=key).close()
    before = _bytes_of(path)
    with pytest.raises(DatabaseRefused) as refused:
        open_database(path, key=new_database_key(), create=False)
    assert refused.value.reason == "wrong_key"
    with pytest.raises(DatabaseRefused) as refused:  # a plain database given a key
        open_database(tmp_path / "other.sqlite3", create=True).close()
        open_database(tmp_path / "other.sqlite3", key=key, create=False)
    assert refused.value.reason == "wrong_key"
    assert _bytes_of(path) == before
    assert database_state(path) == AccessState.ENCRYPTED
    assert database_state(tmp_path / "other.sqlite3") == AccessState.PLAIN
    assert database_state(tmp_path / "none.sqlite3") == AccessState.NEW


def test_the_worker_connections_and_a_backup_are_keyed_the_same(tmp_path):
    path, key = tmp_path / "site.sqlite3", new_database_key()
    services = open_services(path, key=key)
    everyone(services)  # the test person holding every role
    assert services.database_key == key
    worker = services.registry.connect()  # what a worker thread opens
    assert worker.execute("SELECT count(*) FROM staff").fetchone()[0] >= 1
    worker.close()
    copy = tmp_path / "backups" / "copy.sqlite3"
    backup(services.db, copy)
    services.close()
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    with pytest.raises(DatabaseRefused):
        open_database(copy, create=False)  # without the key
    reopened = connect(copy, key)
    assert reopened.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert reopened.execute("SELECT count(*) FROM staff").fetchone()[0] >= 1
    reopened.close()


def test_the_files_and_the_folder_made_are_the_owners_alone(tmp_path):
    folder = tmp_path / "new-folder" / "inner"
    path = folder / "site.sqlite3"
    services = encrypted(path)
    _defer_for_hiv(services, _new_drive(services))  # the -wal and -shm exist now
    names = [path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}.keys")]
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in names}
    services.close()
    assert modes == dict.fromkeys(modes, 0o600)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(folder.parent.stat().st_mode) == 0o700


def test_a_plain_database_encrypted_in_place_keeps_everything(tmp_path):
    path = tmp_path / "old.sqlite3"
    plain = open_services(path)
    everyone(plain)  # the test person holding every role
    _defer_for_hiv(plain, _new_drive(plain))
    counts = _counts(plain)
    plain.close()
    key = new_database_key()
    encrypt_database(path, key)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.sqlite3"]  # the copy went
    assert b"q.hiv" not in _bytes_of(path)
    services = open_services(path, key=key, create=False)
    everyone(services)  # the test person holding every role
    assert _counts(services) == counts
    assert services.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    services.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_database_held_by_another_connection_is_not_converted(tmp_path):
    path = tmp_path / "busy.sqlite3"
    open_services(path).close()
    other = subprocess.Popen(  # another program keeps it open in WAL
        ["python3", "-c", "import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1]);"
         " c.execute('SELECT count(*) FROM staff').fetchone(); print('open', flush=True);"
         " sys.stdin.readline()", str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert other.stdout.readline().strip() == "open"
        with pytest.raises(DatabaseRefused) as refused:
            encrypt_database(path, new_database_key())
        assert refused.value.reason == "locked"
    finally:
        other.communicate("\n")
    assert database_state(path) == AccessState.PLAIN
    assert not list(tmp_path.glob("*.encrypting*"))


def _counts(services: Services) -> dict[str, int]:
    tables = ("staff", "donor", "visit", "screening", "audit_log", "drive")
    return {t: services.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def _upgrade_copies(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.stem}.before-upgrade-*{path.suffix}"))


def test_no_plain_copy_remains_once_an_upgraded_database_is_encrypted(tmp_path):
    path = tmp_path / "hmtn.sqlite3"
    _old_database(path)  # the previous version's plain file: its upgrade copies it first
    services = encrypted(path)  # the first administrator: upgraded, then converted
    key = services.db.key
    services.close()
    (copy,) = _upgrade_copies(path)
    assert not stock_reads(copy)  # no longer plain...
    kept = read_only(copy, key)  # ...but whole, with the same key, at the old version
    try:
        assert kept.execute("SELECT count(*) FROM donor").fetchone()[0] == 2
        applied = kept.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
        assert applied < len(MIGRATION_NAMES)
    finally:
        kept.close()
    names = {p.name for p in tmp_path.iterdir()}
    assert names - {copy.name} <= {"hmtn.sqlite3", "hmtn.sqlite3.keys", "hmtn.sqlite3-wal",
                                   "hmtn.sqlite3-shm"}  # fmt: skip

    # a conversion killed after its switch left a plain copy and half of its encryption:
    # the next sign-in encrypts it
    left = path.with_name("hmtn.before-upgrade-20260101-000000.sqlite3")
    _old_database(left)
    Path(f"{left}.encrypting").write_bytes(b"half")
    assert stock_reads(left)
    access.sign_in(path, ADMIN, PASSWORD).close()
    assert not stock_reads(left) and not Path(f"{left}.encrypting").exists()
    assert [p for p in _upgrade_copies(path) if stock_reads(p)] == []
