"""Run the benchmarks: ``python -m benchmarks`` (or ``python3 tasks.py bench``).

    --donors N        size of the generated registry (default 1,000,000)
    --large           also 10,000,000 donors for the import, look-ups and start-up
                      (minutes each; the data about 10 GB)
    --only NAME       import | importlock | lookup | startup | guigaps | labels |
                      printing | certificates | export | centermerge | centerimport |
                      centergui | packageinstall | lab | package | auditchain |
                      backup | backupcost | encryption
                      (default: all)
    --fresh           regenerate the data even if a previous run left it

Data goes to benchmarks/data/ (not committed), or to the folder ``HMTN_BENCH_DATA``
names. The registry CSV is generated once per size and seed and reused; the search and
start-up databases are built from it once per size and code version
(``benchmarks.fixtures``); the import always starts from an empty database.
"""

import argparse
import sys
from collections.abc import Callable

from benchmarks import (
    audit_chain,
    backup,
    backup_wait,
    center_import,
    center_import_gui,
    center_merge,
    certificates,
    encryption,
    export,
    gui_gaps,
    import_lock,
    lab_import,
    label_printing,
    labels,
    lookup,
    package_build,
    package_install,
    registry_import,
    startup,
)
from benchmarks.common import DATA_DIR, machine_load, machine_summary

LARGE = 10_000_000
LARGE_QUERIES = 300  # per kind at 10 M (a no-match name takes about 0.3 s there today)


def _sizes(a: argparse.Namespace) -> list[int]:
    return [a.donors, *([LARGE] if a.large and a.donors != LARGE else [])]


def _each_size(a: argparse.Namespace, run: Callable[[int], bool]) -> bool:
    results = [run(size) for size in _sizes(a)]  # every size, even after a miss
    return all(results)


# Each benchmark by its --only name, in the order a full run takes them.
BENCHMARKS: dict[str, Callable[[argparse.Namespace], bool]] = {
    "import": lambda a: _each_size(a, lambda n: registry_import.run(n, fresh=a.fresh)),
    "importlock": lambda a: import_lock.run(min(a.donors, import_lock.DONORS), fresh=a.fresh),
    "lookup": lambda a: _each_size(
        a, lambda n: lookup.run(n, LARGE_QUERIES if n >= LARGE else 1000, fresh=a.fresh)
    ),
    "startup": lambda a: startup.run(_sizes(a), fresh=a.fresh),
    "guigaps": lambda a: gui_gaps.run(a.donors),
    "labels": lambda a: labels.run(),
    "printing": lambda a: label_printing.run(),
    "certificates": lambda a: certificates.run(),
    "export": lambda a: export.run(fresh=a.fresh),
    "centermerge": lambda a: center_merge.run(),
    "centerimport": lambda a: center_import.run(),
    "centergui": lambda a: center_import_gui.run(),
    "packageinstall": lambda a: package_install.run(a.donors, fresh=a.fresh),
    "lab": lambda a: lab_import.run(),
    "package": lambda a: package_build.run(a.donors, fresh=a.fresh),
    "auditchain": lambda a: audit_chain.run(fresh=a.fresh),
    "backup": lambda a: backup_wait.run(a.donors, fresh=a.fresh),
    "backupcost": lambda a: backup.run(a.donors, fresh=a.fresh),
    "encryption": lambda a: encryption.run(a.donors, fresh=a.fresh),
}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--donors", type=int, default=1_000_000)
    parser.add_argument("--only", choices=tuple(BENCHMARKS))
    parser.add_argument("--large", action="store_true")
    parser.add_argument("--fresh", action="store_true")
    args = parser.parse_args(argv)
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    print(f"{machine_summary()}; {machine_load()}", flush=True)
    ok = True
    for name, run in BENCHMARKS.items():
        if args.only in (None, name):
            ok &= run(args)
    print("\nAll targets met." if ok else "\nSome targets were MISSED (see above).")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
