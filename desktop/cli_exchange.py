"""The ``hmtn center`` and ``hmtn device`` commands: the center's keys and devices, a
site's center keys, enrolment and incarnation (see ``desktop.cli`` for the rules every
command keeps: no traceback, a plain sentence and status 2 when refused)."""

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli import _open_services, _print_table
from desktop.core.domain.problems import UserError
from desktop.core.domain.vocabulary import DeviceStatus
from desktop.core.exchange.center_keys import check_init
from desktop.core.exchange.keys import fingerprint
from desktop.core.exchange.site import CenterKeys, read_center_keys
from ui.messages import problems_text, translate

if TYPE_CHECKING:
    from desktop.core.services import Services


def run_center(args: argparse.Namespace, db_path: Path | None) -> int:
    if args.center_command == "init":
        return _center_init(args, db_path)

    handlers = {"add": _device_add, "revoke": _device_revoke, "list": _device_list}
    handler = handlers[args.devices_command or "list"]  # alone: the list
    return _with_services(args, db_path, lambda services: handler(args, services))


def run_device(args: argparse.Namespace, db_path: Path | None) -> int:
    handlers = {"set-center": _set_center, "enrol": _enrol, "new-incarnation": _new_incarnation}
    handler = handlers[args.device_command]
    return _with_services(args, db_path, lambda services: handler(args, services))


def _with_services(
    args: argparse.Namespace, db_path: Path | None, work, *, create: bool = False
) -> int:
    """Open the database (an existing one unless ``create``) signed in as ``--user``,
    run ``work``, turn a refusal into its sentence on stderr and status 2."""
    services = _open_services(args, db_path, create)
    try:
        return work(services)
    except UserError as error:
        print(problems_text(error.problems), file=sys.stderr)
        return 2
    except OSError as error:  # a folder that cannot be made or written to
        line = translate("Cli", "{path} cannot be written ({error}).")
        print(line.format(path=error.filename, error=error.strerror or error), file=sys.stderr)
        return 2
    finally:
        services.close()


class PassphraseRefused(Exception):
    """The passphrase could not be read, or its two entries differ; says why."""


def read_passphrase(file: Path | None, prompt: str, *, confirm: bool = False) -> str:
    """The first line of ``file``, or typed at the terminal (twice with ``confirm``)."""
    if file is not None:
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError as error:  # said in words: the system's text is English
            text = translate("Cli", "There is no passphrase file {path}.")
            raise PassphraseRefused(text.format(path=file)) from error
        except IsADirectoryError as error:
            text = translate("Cli", "{path} is a folder, not a passphrase file.")
            raise PassphraseRefused(text.format(path=file)) from error
        except (OSError, UnicodeDecodeError) as error:
            raise PassphraseRefused(
                translate("Cli", "{path} cannot be read ({error}).").format(path=file, error=error)
            ) from error
        return lines[0] if lines else ""
    typed = getpass.getpass(prompt)
    if confirm and getpass.getpass(translate("Cli", "Type it again: ")) != typed:
        raise PassphraseRefused(translate("Cli", "The two passphrases differ; nothing was done."))
    return typed


def _center_init(args: argparse.Namespace, db_path: Path | None) -> int:
    try:
        passphrase = read_passphrase(
            args.passphrase_file,
            translate("Cli", "Passphrase of the center's keys: "),
            confirm=True,
        )
        if args.escrow_passphrase_file is None and args.passphrase_file is not None:
            escrow = passphrase
        else:
            escrow = (
                read_passphrase(
                    args.escrow_passphrase_file,
                    translate("Cli", "Passphrase of the escrow key (Enter: the same): "),
                    confirm=True,
                )
                or passphrase
            )
        check_init(args.keys, passphrase, escrow)  # before a new database is made
    except PassphraseRefused as refused:
        print(refused, file=sys.stderr)
        return 2
    except UserError as error:
        print(problems_text(error.problems), file=sys.stderr)
        return 2

    def init(services: "Services") -> int:
        keys = services.center_keys.init(args.keys, passphrase, escrow)
        print(translate("Cli", "Center database: {path}").format(path=services.path))
        _print_fingerprints(keys)
        print(
            translate(
                "Cli",
                "Keep escrow-key.age and its passphrase offline, away from this computer:"
                " the center database does not hold the escrow key.",
            )
        )
        print(translate("Cli", "Keys written to {path}").format(path=args.keys))
        return 0

    return _with_services(args, db_path, init, create=True)


def _print_fingerprints(keys: CenterKeys) -> None:
    for name, value in keys.fingerprints().items():
        print(f"  {name:<20} {value}")


def _device_add(args: argparse.Namespace, services: "Services") -> int:
    keys = services.center_keys
    enrolment = keys.enrolment_in(args.folder)
    again = any(known.id == enrolment.device_id for known in keys.devices())
    d = keys.add_device(args.folder)
    if again:
        line = translate(
            "Cli",
            "Device {device} enrolled again: {name}, desk {letter} (its name, desk letter and"
            " age key as the new file says).",
        )
    else:
        line = translate(
            "Cli",
            "Device {device} enrolled: site {site}, {name}, desk {letter}, FIN {fin},"
            " DINs {first} to {last}.",
        )
    print(line.format(device=d.id, site=d.site_code, name=d.device_name or "-",
                      letter=d.desk_letter, fin=d.fin, first=d.din_block_first,
                      last=d.din_block_last))  # fmt: skip
    _print_key(d.key_id, d.signing_key)
    if not d.recipient:
        print(
            translate(
                "Cli",
                "Its enrolment file is of an older version, without the laptop's age key: the"
                " center writes it no drive package until it enrols again (hmtn device enrol).",
            )
        )
    return 0


def _print_key(key_id: str, signing_key: str) -> None:
    line = translate("Cli", "Signing key {key_id}, fingerprint {fingerprint}")
    print(line.format(key_id=key_id, fingerprint=fingerprint(signing_key)))


def _device_revoke(args: argparse.Namespace, services: "Services") -> int:
    device = services.center_keys.revoke(args.device, _revoke_reason(args.reason))
    line = translate("Cli", "Device {device} revoked: its files are rejected from now on.")
    print(line.format(device=device.id))
    return 0


def _revoke_reason(given: str | None) -> str:
    """The reason given; asked at a terminal; from a script without one, a revocation
    still goes through (it protects the center) and says that no reason was given."""
    if given is not None:
        return given
    if sys.stdin.isatty():
        return input(translate("Cli", "Why is the device revoked (lost, stolen, retired…)? "))
    return translate("Cli", "no reason given (revoked from the command line)")


def _device_list(args: argparse.Namespace, services: "Services") -> int:
    devices = services.center_keys.devices()
    if not devices:
        print(translate("Cli", "No devices enrolled yet."))
        return 0
    statuses = {
        DeviceStatus.ACTIVE: translate("Cli", "active"),
        DeviceStatus.REVOKED: translate("Cli", "revoked"),
    }
    headers = (
        translate("Cli", "Device"),
        translate("Cli", "Site"),
        translate("Cli", "Name"),
        translate("Cli", "Desk"),
        translate("Cli", "FIN"),
        translate("Cli", "DIN block"),
        translate("Cli", "Key fingerprint"),
        translate("Cli", "Status"),
    )
    rows = [
        (d.id, d.site_code, d.device_name, d.desk_letter, d.fin,
         f"{d.din_block_first}-{d.din_block_last}", d.fingerprint, statuses[d.status])
        for d in devices
    ]  # fmt: skip
    _print_table(headers, rows)
    return 0


def _set_center(args: argparse.Namespace, services: "Services") -> int:
    keys = read_center_keys(args.folder)
    services.identity.set_center(keys)
    print(
        translate(
            "Cli", "The center's keys are installed; compare their fingerprints with the center's:"
        )
    )
    _print_fingerprints(keys)
    return 0


def _enrol(args: argparse.Namespace, services: "Services") -> int:
    e = services.identity.enrol(args.out)
    line = translate(
        "Cli", "Device {device} of site {site}, desk {letter}, DINs {first} to {last}."
    )
    print(line.format(device=e.device_id, site=e.site_code, letter=e.desk_letter,
                      first=e.din_block_first, last=e.din_block_last))  # fmt: skip
    _print_key(e.key_id, e.signing_key)
    print(translate("Cli", "Enrolment written to {path}").format(path=args.out))
    return 0


def _new_incarnation(args: argparse.Namespace, services: "Services") -> int:
    check = services.identity.new_incarnation()
    line = translate(
        "Cli",
        "New incarnation {incarnation}, epoch {epoch}; the next export is number {number}"
        " or later.",
    )
    print(line.format(incarnation=check.incarnation, epoch=check.epoch,
                      number=check.first_export_number))  # fmt: skip
    return 0
