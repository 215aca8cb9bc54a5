"""Registry databases for the search and start-up benchmarks, built in minutes by a raw
bulk loader instead of the import under test.

The database is what the app makes, then filled from the generated registry CSV of that
size (``common.registry_csv``):

1. ``access.create_administrator`` makes it encrypted with the benchmark key
   (``common.KEY``), its key file beside it and an administrator who can sign in
   (``ADMIN``: the start-up probe types its name and password), holding every site role;
   the site is set up (``SiteSetupService.save``) and a drive is open today, so the app
   starts straight to the check-in screen;
2. the donor table's own indexes and its name-index triggers are dropped, every line is
   checked by the registry reader's own checker and mapped by the import's own
   ``merge.new_donor``, with the bookkeeping columns the import's ``Writer`` stamps, and
   inserted in 50,000-row transactions (``synchronous=OFF``: a half-built file is thrown
   away);
3. the indexes are built again from their own SQL, the name index (FTS5) is filled in
   one statement and its triggers put back; the WAL is checkpointed and truncated;
4. the rows carry an import's batch, registered (``Staging.start``) and switched on
   (``IMPORTS.move`` to applied) as ``RegistryImporter`` leaves them, so the searches
   see the same view of them (``donor_visible``) as after a real import.

Checked against a real import of the same 3,000 lines: every column of every donor
equal but the ids and time stamps; the same indexes, triggers and name index.

Built under a temporary name and renamed when complete, and kept by size and code
version: a change to the schema, the reader, the row mapping or this loader gives a new
file name (the old one is removed), so a schema change rebuilds them.

Standalone: ``python -m benchmarks.fixtures DONORS [--fresh]``.
"""

import hashlib
import sys
import time
from pathlib import Path

from benchmarks.common import DATA_DIR, KEY, bench_drive, donor_structures_dropped, registry_csv
from db import registry_imports as import_queries
from db.open_files import remove_database
from db.origins import REGISTRY
from db.records import write_transaction
from db.stamps import new_id, utc_now
from desktop.core import access
from desktop.core.domain.vocabulary import ImportStatus
from desktop.core.foundation.key_file import key_file_path
from desktop.core.lifecycle.machines import IMPORTS
from desktop.core.registry import merge, reader
from desktop.core.registry.staging import Staging
from desktop.core.stations.site_setup import SiteSetupForm
from desktop.demo.builder import SITE_ROLES

ROOT = Path(__file__).resolve().parent.parent
ADMIN = ("Quản Trị Benchmark", "bench", "benchmark2026", "1234")  # name, user, password, PIN
CHUNK = 50_000
# What the built file depends on: a change to any of these builds it again.
SOURCES = ("db/schema.py", "db/donors.py", "desktop/core/registry/reader.py",
           "desktop/core/registry/merge.py", "benchmarks/fixtures.py")  # fmt: skip


def code_version() -> str:
    digest = hashlib.sha256()
    for name in SOURCES:
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()[:10]


def registry_database(donors: int, fresh: bool = False) -> Path:
    """The encrypted registry database of ``donors`` rows, built once per code version."""
    path = DATA_DIR / f"fixture-{donors}-{code_version()}.sqlite3"
    if path.exists() and key_file_path(path).exists() and not fresh:
        return path
    for old in DATA_DIR.glob(f"fixture-{donors}-*.sqlite3"):
        remove_database(old)
        key_file_path(old).unlink(missing_ok=True)
    csv_path = registry_csv(donors)
    started = time.perf_counter()
    partial = path.with_name(path.name + ".partial")
    remove_database(partial)
    key_file_path(partial).unlink(missing_ok=True)
    loaded = _build(partial, csv_path)
    key_file_path(partial).replace(key_file_path(path))  # first: never a file without it
    partial.replace(path)
    print(f"  built {path.name}: {loaded:,} donors in {time.perf_counter() - started:.0f} s,"
          f" {path.stat().st_size / 1e6:.0f} MB", flush=True)  # fmt: skip
    return path


def _build(path: Path, csv_path: Path) -> int:
    """Make the database, load the registry and switch it on, as an import would."""
    name, user, password, pin = ADMIN
    services = access.create_administrator(path, name, user, password, pin, create=True, key=KEY)
    try:
        admin = services.staff.get(services.session.actor.staff_id or "")
        services.staff.update(admin.id, admin.full_name, SITE_ROLES)
        services.staff.sign_in(services.staff.get(admin.id))
        services.setup.save(
            SiteSetupForm(facility="Bệnh viện Benchmark", contact="024 0000 0000",
                          site_code="HMTN-BENCH", fin="A9999", doctor="BS. Lê Văn Khám",
                          nurse="Phạm Thị Lấy")
        )  # fmt: skip
        bench_drive(services)
        actor = services.session.actor
        # The import's own record (batch, file, SHA-256), its rows staged under its batch
        # and then switched on, as RegistryImporter leaves them.
        staging = Staging(services.db, actor, csv_path.name, _sha256(csv_path))
        staging.start()
        loaded = _load(services.db.conn, csv_path, staging.batch)
        with write_transaction(services.db, actor) as w:
            import_queries.record_staged(services.db, staging.import_id, w.now, loaded,
                                         (1, loaded))  # fmt: skip
            IMPORTS.move(w, import_queries.get(services.db, staging.import_id),
                         ImportStatus.APPLIED)  # fmt: skip
        services.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        services.close()
    return loaded


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while block := file.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _load(conn, csv_path: Path, batch: int) -> int:
    """The rows inserted with the donor table's indexes and name-index triggers dropped,
    then these built again and the name index filled; how many."""
    conn.execute("PRAGMA synchronous = OFF")
    with donor_structures_dropped(conn):
        loaded = _insert_rows(conn, csv_path, batch)
    conn.execute("PRAGMA synchronous = FULL")
    return loaded


def _insert_rows(conn, csv_path: Path, batch: int) -> int:
    now = utc_now()
    stamps = {"created_at": now, "updated_at": now, "device_id": REGISTRY.device_id,
              "change_seq": REGISTRY.change_seq, "staged_import": batch}  # fmt: skip
    columns: list[str] = []
    loaded = 0
    for rows in checked_rows(csv_path):
        values = []
        for row in rows:
            donor = merge.new_donor(row, now)
            donor.update(stamps, id=donor.get("id") or new_id())
            values.append(donor)
        if not columns:
            columns = list(values[0])
            names = ", ".join(f'"{c}"' for c in columns)
            insert = f"INSERT INTO donor ({names}) VALUES ({', '.join('?' * len(columns))})"
        conn.execute("BEGIN")
        conn.executemany(insert, ([v[c] for c in columns] for v in values))
        conn.execute("COMMIT")
        loaded += len(values)
    return loaded


def checked_rows(csv_path: Path, chunk: int = CHUNK):
    """The registry file's lines, checked and cleaned by the import's own streaming
    reader, a chunk of donor values at a time."""
    outcome = reader.ReadOutcome()
    for rows in reader.read_chunks(csv_path, outcome, reader.SeenInMemory(), chunk_rows=chunk):
        yield [values for _line, values in rows]
    if outcome.error_count:
        raise RuntimeError(f"the generated registry has errors: {outcome.errors[:3]}")


if __name__ == "__main__":
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    print(registry_database(int(sys.argv[1]), fresh="--fresh" in sys.argv))
