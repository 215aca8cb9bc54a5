"""Removing an abandoned registry stage: the rows of a laptop's first registry, staged in
bulk and then not switched on (the switch refused, or the process died before it), as
the next import's ``remove_abandoned`` removes them: in chunks of ``REMOVE_CHUNK`` rows
through every index (``chunked``: what every leftover had before), or in one
transaction with the donor table's indexes dropped and built again (``bulk``).

The abandoned stage is made once per size (kept as a template, in the scratch folder):
a new encrypted database, a few thousand donors imported first (the last lines of the
10 M registry: none of them in the smaller files, which are its first lines; at 10 M
the registry imported is the file without them), then the registry of the size
imported with its switch refused (``on_switch`` raises) and the removal held back, so
that its rows stay staged and abandoned. Each measurement removes them from a copy of
the template, in a child process of its own: wall and CPU time of the removal, the
process's peak resident memory during it (reset after the database was opened), the
WAL's size right after it.

Standalone: ``python -m benchmarks.registry_remove SCRATCH [DONORS ...]``
(``--way chunked|bulk`` one way only; ``HMTN_BENCH_DATA`` names the registry files).
"""

import json
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import (
    DATA_DIR,
    KEY,
    machine_load,
    open_signed_in,
    peak_memory_kb,
    registry_csv,
    reset_peak_memory,
    wal_mb,
)
from db.open_files import remove_database
from desktop.core.foundation.progress import Progress
from desktop.core.registry import staging

KNOWN = 2000  # donors the laptop had before its first registry
WAYS = ("chunked", "bulk")


class _SwitchRefused(Exception):
    pass


def _refuse(_writer: object) -> None:
    raise _SwitchRefused


def template(scratch: Path, donors: int) -> Path:
    """The database holding ``donors`` abandoned staged rows beside KNOWN donors."""
    path = scratch / f"abandoned-{donors}.sqlite3"
    if path.exists():
        return path
    known_csv = scratch / f"known-{KNOWN}.csv"
    large = registry_csv(10_000_000)
    with large.open(encoding="utf-8") as file:
        header = file.readline()
    tail = subprocess.run(["tail", "-n", str(KNOWN), str(large)], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    known_csv.write_text(header + tail, encoding="utf-8")
    registry, staged = registry_csv(donors), donors
    if registry == large:  # without the known donors' lines
        registry, staged = scratch / f"registry-{donors - KNOWN}.csv", donors - KNOWN
        if not registry.exists():
            with registry.open("wb") as out:
                subprocess.run(["head", "-n", str(1 + staged), str(large)], stdout=out,
                               check=True)  # fmt: skip
    partial = path.with_suffix(".partial")
    remove_database(partial)
    services = open_signed_in(partial, key=KEY)
    quiet = Progress(lambda *_: None)
    if not services.registry.import_file(known_csv, quiet).ok:
        raise RuntimeError("the known donors were refused")
    held_back = staging.remove_abandoned
    staging.remove_abandoned = lambda _db, _actor: None  # the rows stay, abandoned
    try:
        services.registry.import_file(registry, quiet, on_switch=_refuse)
    except _SwitchRefused:
        pass
    finally:
        staging.remove_abandoned = held_back
    left = services.db.execute(
        "SELECT status, staged_rows FROM registry_import ORDER BY batch DESC"
    ).fetchone()
    services.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    services.close()
    if tuple(left) != ("abandoned", staged):
        raise RuntimeError(f"the template holds {tuple(left)}")
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{partial}{suffix}")
        if source.exists():
            source.replace(f"{path}{suffix}")
    return path


def _child(way: str, path: Path) -> None:
    """In the child: the removal from ``path``; its figures as JSON on stdout."""
    if way == "chunked":
        staging.BULK_FROM_ROWS = 1 << 62  # every leftover in chunks, as before
    services = open_signed_in(path, create=False, key=KEY)
    reset_peak_memory()
    before = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    staging.remove_abandoned(services.db, services.session.actor)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF)
    left = services.db.execute("SELECT value FROM tally").fetchone()[0]
    wal = wal_mb(path)  # the removal's connection still open
    services.close()
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mb": peak_memory_kb() / 1024,
                      "left": left, "wal_mb": wal}))  # fmt: skip


def measure(scratch: Path, donors: int, way: str) -> dict:
    source = template(scratch, donors)
    copy = scratch / f"removing-{donors}.sqlite3"
    remove_database(copy)
    shutil.copyfile(source, copy)  # the template is closed, its WAL emptied
    if (keys := source.with_name(source.name + ".keys")).exists():
        shutil.copyfile(keys, copy.with_name(copy.name + ".keys"))
    try:
        result = subprocess.run(
            [sys.executable, "-m", "benchmarks.registry_remove", "--child", way, str(copy)],
            capture_output=True, text=True, check=False,
            cwd=Path(__file__).resolve().parent.parent,
        )  # fmt: skip
    finally:
        remove_database(copy)
    if result.returncode != 0:
        raise RuntimeError(f"the {way} removal failed: {result.stderr[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def run(scratch: Path, sizes: list[int], ways: tuple[str, ...] = WAYS) -> None:
    scratch.mkdir(parents=True, exist_ok=True)
    for donors in sizes:
        template(scratch, donors)
        print(f"\n== Removing an abandoned bulk stage of {donors:,} rows ({KNOWN:,} donors"
              f" stay; registries from {DATA_DIR}) ==", flush=True)  # fmt: skip
        for way in ways:
            load = machine_load()
            figures = measure(scratch, donors, way)
            if figures["left"] != KNOWN:
                raise RuntimeError(f"{way}: {figures['left']} donors left, not {KNOWN}")
            print(f"  {way}: {figures['seconds']:.1f} s (CPU {figures['cpu']:.1f} s), peak"
                  f" {figures['peak_mb']:.0f} MB, WAL {figures['wal_mb']:.0f} MB after;"
                  f" before: {load}, after: {machine_load()}",
                  flush=True)  # fmt: skip


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        _child(sys.argv[2], Path(sys.argv[3]))
        sys.exit(0)
    arguments = sys.argv[1:]
    chosen = WAYS
    if "--way" in arguments:
        at = arguments.index("--way")
        chosen = (arguments[at + 1],)
        del arguments[at : at + 2]
    run(Path(arguments[0]), [int(a) for a in arguments[1:]] or [200_000, 1_000_000], chosen)
