"""``hmtn center package --db CENTER.sqlite3 --device DEVICE --out DIR
[--passphrase-file FILE]``: a laptop's drive package and its signature written to DIR,
what it holds said in words, the package's path printed last (for scripts). Status 0
done, 2 refused (the reason said, nothing written)."""

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli_exchange import PassphraseRefused, _with_services, read_passphrase
from desktop.core.exchange.packages import PackageWritten
from ui.formatting import number_text
from ui.messages import translate

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

    return _with_services(db_path, work)


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
    print(translate("Cli", "Signature: {path}").format(path=written.signature_path))
    print(written.path)
