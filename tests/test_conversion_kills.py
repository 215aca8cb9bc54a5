"""Killed while it encrypts a plain database (the first run after the upgrade), the
conversion leaves a file that opens at the old state (plain, everything in it) or the
new (encrypted, the administrator signs in, everything in it), never a broken one; a
conversion killed before its switch can be done again.

The moments are seeded: most at a random call of the application's code (the same
moments on a fast or a slow machine), the others at a random time (inside SQLite's
long steps, which no call of ours interrupts)."""

import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db.connection import open_database
from db.driver import sqlite3
from desktop.core import access
from desktop.core.access import AccessState, database_state
from desktop.core.services import open_services
from desktop.demo.donors import DonorGenerator, write_registry_csv
from tests.people import everyone
from tests.signin import ADMIN, PASSWORD, encrypted

AT_CALLS, AT_TIMES = 14, 6  # 20 kills
REDONE = 3  # conversions killed before their switch that are done again
SEED = 13
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def plain_source(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    """A plain database (from before sign-in) with a registry of 3,000 donors and its
    staff."""
    folder = tmp_path_factory.mktemp("plain")
    path = folder / "source.sqlite3"
    services = open_services(path)
    everyone(services)  # the test person holding every role
    services.staff.add("Lê Thị Hồng", "nurse")
    registry = folder / "registry.csv"
    write_registry_csv(registry, DonorGenerator(SEED).rows(3_000))
    assert services.registry.import_file(registry).ok
    counts = _counts(services.db)
    services.close()
    return path, counts


def _copy(source: Path, target: Path) -> None:
    """Through SQLite's backup API (never a file copy)."""
    with sqlite3.connect(str(source)) as a, sqlite3.connect(str(target)) as b:
        a.backup(b)
    a.close()
    b.close()


def _counts(db) -> dict[str, int]:
    tables = ("donor", "staff", "visit", "screening", "donation", "certificate", "audit_log")
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def _run_child(path: Path, *, step: int | None = None, after: float | None = None) -> str:
    """Convert ``path`` in a child process killed at its ``step``-th call or ``after``
    seconds (neither: it finishes); what it said last."""
    argv = [sys.executable, "-m", "tests.conversion_child", str(path)]
    with subprocess.Popen(
        [*argv, *([str(step)] if step is not None else [])],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    ) as child:  # fmt: skip
        assert child.stdout.readline().strip() == "ready"
        started = time.monotonic()
        if after is not None:
            time.sleep(after)
            child.kill()
        last = child.stdout.read().strip()
        child.wait()
        return last or f"killed after {time.monotonic() - started:.3f} s"


def test_a_conversion_killed_at_any_moment_leaves_the_old_or_the_new_file(plain_source, tmp_path):
    source, counts = plain_source
    timed = tmp_path / "timed.sqlite3"
    _copy(source, timed)
    started = time.monotonic()
    calls = int(_run_child(timed, step=-1).split()[1])  # counted, not killed
    duration = time.monotonic() - started
    rng = random.Random(SEED)
    kills = [{"step": rng.randrange(1, calls + 1)} for _ in range(AT_CALLS)]
    kills += [{"after": rng.uniform(0, duration)} for _ in range(AT_TIMES)]
    seen, redone = {AccessState.PLAIN: 0, AccessState.ENCRYPTED: 0}, 0
    for trial, kill in enumerate(kills):
        path = tmp_path / f"trial-{trial}.sqlite3"
        _copy(source, path)
        _run_child(path, **kill)
        state = database_state(path)
        seen[state] += 1
        if state == AccessState.PLAIN:
            db = open_database(path, create=False)
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert _counts(db) == counts  # the old state, whole
            db.close()
            if redone >= REDONE:
                continue
            redone += 1
            services = encrypted(path, create=False)  # done again, to the end
        else:
            services = access.sign_in(path, ADMIN, PASSWORD)
        assert services.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        after = _counts(services.db)
        services.close()
        assert after["donor"] == counts["donor"] and after["visit"] == counts["visit"]
        assert after["staff"] == counts["staff"] + 1  # the administrator, once
        assert not list(tmp_path.glob(f"trial-{trial}.before-encryption*"))  # no plain copy
        assert database_state(path) == AccessState.ENCRYPTED
    assert all(seen.values())  # both sides of the switch were hit
    print(f"\n{len(kills)} kills ({calls} calls, {duration:.2f} s): {dict(seen)}")
