"""Run the benchmarks: ``python -m benchmarks`` (or ``python3 tasks.py bench``).

    --donors N        size of the generated registry (default 1,000,000)
    --only NAME       import | importlock | lookup | startup | labels | printing |
                      certificates | export | centermerge | centerimport |
                      centergui | package
                      (default: all)
    --fresh           regenerate the data even if a previous run left it

Data goes to benchmarks/data/ (not committed). The registry CSV is generated once per
size and seed and reused; the import always starts from an empty database.
"""

import argparse
import sys

from benchmarks import (
    center_import,
    center_import_gui,
    center_merge,
    certificates,
    export,
    import_lock,
    label_printing,
    labels,
    lookup,
    package_build,
    registry_import,
    startup,
)
from benchmarks.common import DATA_DIR, machine_summary


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--donors", type=int, default=1_000_000)
    parser.add_argument(
        "--only",
        choices=(
            "import",
            "importlock",
            "lookup",
            "startup",
            "labels",
            "printing",
            "certificates",
            "export",
            "centermerge",
            "centerimport",
            "centergui",
            "package",
        ),
    )
    parser.add_argument("--fresh", action="store_true")
    args = parser.parse_args(argv)
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    print(machine_summary(), flush=True)
    ok = True
    if args.only in (None, "import"):
        ok &= registry_import.run(args.donors, fresh=args.fresh)
    if args.only in (None, "importlock"):
        ok &= import_lock.run(min(args.donors, import_lock.DONORS), fresh=args.fresh)
    if args.only in (None, "lookup"):
        ok &= lookup.run(args.donors, fresh=args.fresh)
    if args.only in (None, "startup"):
        ok &= startup.run(fresh=args.fresh)
    if args.only in (None, "labels"):
        ok &= labels.run()
    if args.only in (None, "printing"):
        ok &= label_printing.run()
    if args.only in (None, "certificates"):
        ok &= certificates.run()
    if args.only in (None, "export"):
        ok &= export.run(fresh=args.fresh)
    if args.only in (None, "centermerge"):
        ok &= center_merge.run()
    if args.only in (None, "centerimport"):
        ok &= center_import.run()
    if args.only in (None, "centergui"):
        ok &= center_import_gui.run()
    if args.only in (None, "package"):
        ok &= package_build.run(args.donors, fresh=args.fresh)
    print("\nAll targets met." if ok else "\nSome targets were MISSED (see above).")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
