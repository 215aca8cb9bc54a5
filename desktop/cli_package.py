"""Drive packages on the command line.

``hmtn center package --db CENTER.sqlite3 --device DEVICE --out DIR
[--passphrase-file FILE]``: a laptop's drive package and its signature written to DIR,
what it holds said in words, the package's path printed last (for scripts). Status 0
done, 2 refused (the reason said, nothing written).

``hmtn package import FILE --db SITE``: the package installed at its laptop (``run_install``).
"""

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli import _open_services
from desktop.cli_exchange import PassphraseRefused, _with_services, read_passphrase
from desktop.cli_progress import console_progress
from desktop.core.domain.problems import UserError
from desktop.core.exchange.package_checks import PackageRefused
from desktop.core.exchange.packages import PackageWritten
from desktop.core.foundation.base_service import STORAGE_PROBLEMS
from ui.formatting import number_text
from ui.messages import line_error_text, problems_text, translate
from ui.package_report import package_report_lines

if TYPE_CHECKING:
    from desktop.core.services import Services


def run_package(args: argparse.Namespace, db_path: Path | None) -> int:
    def work(services: "Services") -> int:
        device = services.center_keys.find_device(args.device)
        services.packages.check_ready(device.id, args.out)  # before the passphrase is asked
        try:
            passphrase = read_passphrase(
                args.passphrase_file, translate("Cli", "Passphrase of the center's keys: ")
            )
        except PassphraseRefused as refused:
            print(refused, file=sys.stderr)
            return 2
        signer = services.packages.unlock(passphrase)
        written = services.packages.write(device.id, args.out, signer)
        _print_written(written, device.site_code, device.device_name)
        return 0

    return _with_services(args, db_path, work)


def _print_written(written: PackageWritten, site: str, name: str) -> None:
    counts = written.counts
    deferred = counts["deferred_permanently"] + counts["deferred_until"]
    line = translate(
        "Cli",
        "Package {number} for {device} ({site}, {name}): {persons} people ({deferred}"
        " deferred), {drives} planned drives, {blocks} number blocks.",
    )
    print(line.format(number=written.number, device=written.device_id, site=site,
                      name=name or "-", persons=number_text(counts["persons"]),
                      deferred=number_text(deferred), drives=counts["drives"],
                      blocks=counts["blocks"]))  # fmt: skip
    if counts["left_out"]:
        left = translate(
            "Cli",
            "{count} people are left out: no CCCD or old CMND of theirs can go on a registry"
            " line (a number missing, or one another person carries too). Put their records"
            " right at the center.",
        )
        print(left.format(count=number_text(counts["left_out"])))
    if counts.get("left_out_deferred"):
        deferred_left = translate(
            "Cli",
            "Of them, {count} are deferred: no laptop learns of their deferral until their"
            " records carry a CCCD or an old CMND. Put these first.",
        )
        print(deferred_left.format(count=number_text(counts["left_out_deferred"])))
    print(translate("Cli", "Signature: {path}").format(path=written.signature_path))
    print(written.path)


# What stops ``package import`` from running at all, rather than refuses the package.
COULD_NOT_RUN = {"package_center_keys_missing", "import_running", *STORAGE_PROBLEMS.values()}


def run_install(args: argparse.Namespace, db_path: Path | None) -> int:
    """``hmtn package import FILE --db SITE``: this laptop's drive package installed, all of
    it or nothing, with progress on stderr and a report in words. Status 0 installed (or
    installed already), 1 the package refused (why said, nothing changed), 2 the command
    could not run (no such file, no center keys here, the database refused or busy)."""
    if args.file.is_dir():
        text = translate(
            "Cli", "{path} is a folder: choose the package file (.hmtn.age) inside it."
        )
        print(text.format(path=args.file), file=sys.stderr)
        return 2
    if not args.file.is_file():
        print(translate("Cli", "File not found: {path}").format(path=args.file), file=sys.stderr)
        return 2
    services = _open_services(args, db_path)
    progress = console_progress({
        "open": translate("Cli", "Checking the center's signature and opening the package"),
        "read": translate("Cli", "Checking the package's registry"),
        "write": translate("Cli", "Storing the new donors"),
    })  # fmt: skip
    try:
        report = services.package_installer.install_file(args.file, progress)
    except UserError as error:
        print(problems_text(error.problems), file=sys.stderr)
        if isinstance(error, PackageRefused):
            for line_error in error.line_errors:
                text = line_error_text(line_error.line, line_error.column, line_error.problem)
                print(text, file=sys.stderr)
        codes = {problem.code for problem in error.problems}
        return 2 if codes & COULD_NOT_RUN else 1
    finally:
        services.close()
    for line in package_report_lines(report):
        print(line)
    return 0
