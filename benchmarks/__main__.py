"""Run the benchmarks: ``python -m benchmarks`` (or ``python3 tasks.py bench``).

    --donors N        size of the generated registry (default 1,000,000)
    --only NAME       import | importlock | lookup | startup | labels | printing |
                      certificates | export | centermerge | centerimport |
                      centergui | packageinstall | lab | package | auditchain |
                      backup | encryption
                      (default: all)
    --fresh           regenerate the data even if a previous run left it

Data goes to benchmarks/data/ (not committed). The registry CSV is generated once per
size and seed and reused; the import always starts from an empty database.
"""

import argparse
import sys
from collections.abc import Callable

from benchmarks import (
    audit_chain,
    backup_wait,
    center_import,
    center_import_gui,
    center_merge,
    certificates,
    encryption,
    export,
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
from benchmarks.common import DATA_DIR, machine_summary

# Each benchmark by its --only name, in the order a full run takes them.
BENCHMARKS: dict[str, Callable[[argparse.Namespace], bool]] = {
    "import": lambda a: registry_import.run(a.donors, fresh=a.fresh),
    "importlock": lambda a: import_lock.run(min(a.donors, import_lock.DONORS), fresh=a.fresh),
    "lookup": lambda a: lookup.run(a.donors, fresh=a.fresh),
    "startup": lambda a: startup.run(fresh=a.fresh),
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
    "encryption": lambda a: encryption.run(a.donors, fresh=a.fresh),
}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--donors", type=int, default=1_000_000)
    parser.add_argument("--only", choices=tuple(BENCHMARKS))
    parser.add_argument("--fresh", action="store_true")
    args = parser.parse_args(argv)
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    print(machine_summary(), flush=True)
    ok = True
    for name, run in BENCHMARKS.items():
        if args.only in (None, name):
            ok &= run(args)
    print("\nAll targets met." if ok else "\nSome targets were MISSED (see above).")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
