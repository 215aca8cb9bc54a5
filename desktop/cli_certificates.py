"""Checking certificates on the command line.

``hmtn certificates verify "QR TEXT" (--db CENTER | --keys FILE --center-key PUB)``:
what the QR text proves, in words, with an exit status per verdict
(``ui.certificate_verdict.EXIT_STATUS``; 2: the check could not run).

``hmtn center certificate-keys --db CENTER --out FILE [--passphrase-file F]``: the
published keys file and its signature ``FILE.minisig`` by the center's key.
"""

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli_exchange import PassphraseRefused, _with_services, read_passphrase
from desktop.core.domain.problems import UserError
from desktop.core.exchange.certificate_check import CertificateCheck
from desktop.core.exchange.certificate_keys import read_keys_file
from ui.certificate_verdict import EXIT_STATUS, verdict_lines
from ui.messages import problems_text, translate

if TYPE_CHECKING:
    from desktop.core.services import Services


def run_verify(args: argparse.Namespace) -> int:
    text = args.text if args.text != "-" else sys.stdin.readline()
    db_path = getattr(args, "sub_db", None) or args.db
    if args.keys is not None:
        return _verify_offline(text, args.keys, args.center_key)
    if db_path is None:
        print(
            translate(
                "Cli",
                "Say what to check against: --db with the center's database, or --keys with"
                " the center's published keys file and --center-key with its public key.",
            ),
            file=sys.stderr,
        )
        return 2
    return _with_services(
        args, db_path, lambda services: _say(services.certificate_checks.check(text))
    )


def _verify_offline(text: str, keys: Path, center_key: Path | None) -> int:
    if center_key is None:
        print(
            translate(
                "Cli",
                "--keys needs --center-key: the center's public key (center.minisign.pub),"
                " as the center published it, which must have signed the keys file.",
            ),
            file=sys.stderr,
        )
        return 2
    try:
        published = read_keys_file(keys, center_key)
    except UserError as error:
        print(problems_text(error.problems), file=sys.stderr)
        return 2
    status = _say(published.check(text))
    line = translate("Cli", "Checked against the center's keys file of {date}: {path}")
    print(line.format(date=published.written_at[:10], path=keys))
    return status


def _say(check: CertificateCheck) -> int:
    for line in verdict_lines(check):
        print(line)
    return EXIT_STATUS[check.verdict]


def run_keys(args: argparse.Namespace, db_path: Path | None) -> int:
    def work(services: "Services") -> int:
        checks = services.certificate_checks
        checks.check_out(args.out)  # before the passphrase is asked
        try:
            passphrase = read_passphrase(
                args.passphrase_file, translate("Cli", "Passphrase of the center's keys: ")
            )
        except PassphraseRefused as refused:
            print(refused, file=sys.stderr)
            return 2
        written = checks.write_keys(args.out, passphrase)
        line = translate(
            "Cli",
            "The keys of {devices} devices ({revoked} revoked) and {voided} voided"
            " certificates, signed by the center.",
        )
        print(line.format(devices=written.devices, revoked=written.revoked,
                          voided=written.voided))  # fmt: skip
        print(translate("Cli", "Signature: {path}").format(path=written.signature_path))
        print(written.path)
        return 0

    return _with_services(args, db_path, work)
