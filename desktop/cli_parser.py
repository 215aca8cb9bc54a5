"""The ``hmtn`` command line: its commands and options (``desktop.cli`` runs them)."""

import argparse
from pathlib import Path

from desktop.core.domain.vocabulary import CertificateMode
from desktop.core.foundation.settings import LANGUAGES
from printing.label_layouts import LABEL_LAYOUTS

CREATE_HELP = (
    "create the database if the file does not exist (or encrypt a plain one), with"
    " --user as its administrator"
)
USER_HELP = "user name to sign in with (the password is asked at the terminal)"
PASSWORD_FILE_HELP = "read the password from the first line of this file (for scripts)"
FULL_NAME_HELP = "full name of the administrator a new database gets (default: the user name)"
PDF_HELP = "PDF file to write"
STICK_HELP = "folder to write into (a USB stick)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hmtn", description="HMTN Desk: voluntary blood drive desk application"
    )
    parser.add_argument("--db", type=Path, help="database file (default: the user data folder)")
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language")
    parser.add_argument("--demo", action="store_true", help="open the demo database")
    parser.add_argument("--drive", help="code of the drive to open")
    parser.add_argument("--create", action="store_true", help=CREATE_HELP)
    _sign_in(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in (
        _drives,
        _demo,
        _registry,
        _rules,
        _labels,
        _certificates,
        _export,
        _package_import,
        _center,
        _device,
        _audit,
        _backup,
        _restore,
    ):
        add(commands)
    return parser


def _database(command: argparse.ArgumentParser, *, create: bool = False) -> None:
    """The database a command works on (the window's ``--db`` works too) and who signs
    in to it; ``create``: the command may make it (``--create``)."""
    command.add_argument("--db", type=Path, dest="sub_db", metavar="PATH", help="database file")
    if create:
        command.add_argument("--create", action="store_true", dest="sub_create", help=CREATE_HELP)
    _sign_in(command, create=create)


def _sign_in(
    command: argparse.ArgumentParser, *, create: bool = True, suppress: bool = True
) -> None:
    """``--user`` and ``--password-file``, before the command or after it (after it,
    argparse must not let the command's default replace what was given before)."""
    default = argparse.SUPPRESS if suppress else None
    command.add_argument("--user", metavar="NAME", default=default, help=USER_HELP)
    command.add_argument(
        "--password-file", type=Path, metavar="FILE", default=default, help=PASSWORD_FILE_HELP
    )
    if create:
        command.add_argument("--full-name", metavar="NAME", default=default, help=FULL_NAME_HELP)


def _group(
    commands: argparse._SubParsersAction, name: str, help: str
) -> argparse._SubParsersAction:
    """``hmtn NAME COMMAND``: a command made of commands (``args.NAME_command`` says
    which)."""
    group = commands.add_parser(name, help=help)
    return group.add_subparsers(dest=f"{name}_command", required=True)


def _out(command: argparse.ArgumentParser, help: str, **options) -> None:
    """``--out``: the file or folder a command writes (always given)."""
    command.add_argument("--out", type=Path, required=True, help=help, **options)


def _passphrase_file(command: argparse.ArgumentParser) -> None:
    """``--passphrase-file`` of a command that unlocks the center's keys."""
    command.add_argument("--passphrase-file", type=Path, help="read the passphrase from a file")


def _drives(commands: argparse._SubParsersAction) -> None:
    drives = commands.add_parser("drives", help="list the drives of the database")
    _database(drives, create=True)
    drive_commands = drives.add_subparsers(dest="drives_command")
    report = drive_commands.add_parser("report", help="write a drive's end-of-day report (PDF)")
    report.add_argument("--drive", dest="report_drive", required=True, help="drive code")
    _out(report, PDF_HELP)
    _database(report)


def _demo(commands: argparse._SubParsersAction) -> None:
    demo = commands.add_parser("demo", help="write the demo database without opening a window")
    demo.add_argument(
        "--db",
        type=Path,
        dest="sub_db",
        metavar="PATH",
        help="file to write (default: the app's demo database)",
    )
    demo.add_argument(
        "--reset", action="store_true", help="rebuild an existing demo database in place"
    )
    demo.add_argument("--donors", type=int, default=None, help="registry size (default 20000)")
    demo.add_argument("--seed", type=int, default=None, help="random seed")


def _registry(commands: argparse._SubParsersAction) -> None:
    registry = _group(commands, "registry", "the donor registry from the center")
    registry_import = registry.add_parser("import", help="import a registry CSV file")
    registry_import.add_argument("file", type=Path)
    _database(registry_import, create=True)


def _rules(commands: argparse._SubParsersAction) -> None:
    rules = _group(commands, "rules", "the eligibility rule set")
    rules_test = rules.add_parser(
        "test", help="evaluate every case of a CSV file against a rule set"
    )
    rules_test.add_argument("cases", type=Path, help="cases file (CSV, see the README)")
    rules_test.add_argument(
        "--rules", type=Path, help="rule-set file (default: the rule set shipped with the app)"
    )


def _labels(commands: argparse._SubParsersAction) -> None:
    labels = _group(commands, "labels", "donation identification number labels")
    labels_print = labels.add_parser(
        "print", help="allocate DINs to a drive and write their label sets as PDF"
    )
    labels_print.add_argument("--drive", dest="label_drive", required=True, help="drive code")
    labels_print.add_argument("--count", type=int, required=True, help="number of label sets")
    _out(labels_print, PDF_HELP)
    labels_print.add_argument("--layout", choices=LABEL_LAYOUTS, default="70x30", help="label size")
    labels_print.add_argument("--tubes", type=int, help="sample tube labels per set")
    labels_print.add_argument("--fin", help="facility identification number, if not set yet")
    _database(labels_print, create=True)


def _certificates(commands: argparse._SubParsersAction) -> None:
    certificates = _group(commands, "certificates", "donation certificates")
    printing = certificates.add_parser(
        "print", help="write the drive's certificates as PDF and enter them in the register"
    )
    printing.add_argument("--drive", dest="certificate_drive", required=True)
    printing.add_argument("--mode", choices=tuple(CertificateMode), required=True)
    which = printing.add_mutually_exclusive_group()
    which.add_argument("--all", action="store_true", help="every complete donation")
    which.add_argument("--pending", action="store_true", help="not yet issued (default)")
    printing.add_argument("--first-serial", help="serial of the first form (overlay)")
    printing.add_argument("--printer", help="use this printer's saved offsets")
    printing.add_argument("--preview", action="store_true", help="write the pages, record nothing")
    _out(printing, PDF_HELP)
    _database(printing, create=True)
    verify = certificates.add_parser(
        "verify",
        help="say what a certificate's QR text proves (exit status: README, Certificates)",
    )
    verify.add_argument("text", metavar="QR_TEXT", help='the QR text, quoted; "-" reads a line')
    source = verify.add_mutually_exclusive_group()
    source.add_argument(
        "--db", type=Path, dest="sub_db", metavar="CENTER.sqlite3",
        help="check against this database: the center's devices and register",
    )  # fmt: skip
    source.add_argument(
        "--keys", type=Path, metavar="FILE",
        help="check offline against the center's published keys file (FILE.minisig beside it)",
    )  # fmt: skip
    verify.add_argument(
        "--center-key", type=Path, metavar="center.minisign.pub",
        help="the center's public key, which must have signed the --keys file",
    )  # fmt: skip
    _sign_in(verify, create=False)  # with --db


def _export(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser(
        "export", help="write the export file for the provincial center (and its signature)"
    )
    _out(export, STICK_HELP)
    _database(export)


def _audit(commands: argparse._SubParsersAction) -> None:
    audit = _group(commands, "audit", "the audit trail")
    verify = audit.add_parser(
        "verify",
        help="check the audit trail's hash chain (exit 0 intact, 1 broken, 2 not checked)",
    )
    _database(verify)


def _package_import(commands: argparse._SubParsersAction) -> None:
    package = _group(commands, "package", "drive packages from the provincial center")
    install = package.add_parser(
        "import", help="install this laptop's drive package (all of it or nothing)"
    )
    install.add_argument("file", type=Path, help="the <...>-package-<n>.hmtn.age file")
    _database(install)


def _center(commands: argparse._SubParsersAction) -> None:
    center = _group(commands, "center", "the provincial center: its keys and devices")
    init = center.add_parser(
        "init", help="make a new database the center's and write its keys to a folder"
    )
    init.add_argument("--keys", type=Path, required=True, help="folder to write the keys to")
    _passphrase_file(init)
    init.add_argument(
        "--escrow-passphrase-file",
        type=Path,
        help="the escrow key's passphrase (default: the same as the center's)",
    )
    init.add_argument(  # never the default database: that is the laptop's own
        "--db",
        type=Path,
        dest="sub_db",
        required=True,
        metavar="CENTER.sqlite3",
        help="the center's database file",
    )
    _sign_in(init)
    _recover_key(center)
    imports = center.add_parser("import", help="merge the sites' export files (a report per file)")
    imports.add_argument("files", type=Path, nargs="+", metavar="FILE", help="<...>.hmtn.age files")
    _passphrase_file(imports)
    _database(imports)
    lab = _group(center, "lab", "the laboratory's results")
    lab_import = lab.add_parser(
        "import", help="import results files (CSV or .xlsx; a report per file)"
    )
    lab_import.add_argument("files", type=Path, nargs="+", metavar="FILE", help="results files")
    _database(lab_import)
    _package(center)
    certificate_keys = center.add_parser(
        "certificate-keys",
        help="write every device's public key and the voided certificates, signed by the"
        " center, for checking certificates offline",
    )
    _out(certificate_keys, "the file to write")
    _passphrase_file(certificate_keys)
    _database(certificate_keys)
    _devices(center)


def _devices(center: argparse._SubParsersAction) -> None:
    devices = center.add_parser(
        "devices", help="the devices the center knows (alone: list them with their ids)"
    )
    _database_kept(devices)
    device_commands = devices.add_subparsers(dest="devices_command", metavar="COMMAND")
    add = device_commands.add_parser("add", help="enrol a device from its enrolment folder")
    add.add_argument("folder", type=Path, help="folder holding enrolment.json")
    _database_kept(add)
    revoke = device_commands.add_parser("revoke", help="revoke a device (its files are rejected)")
    revoke.add_argument(
        "device",
        help="device id, or at least 8 of its first or last characters (the last 8 name"
        " it in its export files)",
    )
    revoke.add_argument(
        "--reason",
        help="why (lost, stolen, retired...); asked at the terminal when not given, and"
        " recorded as not given from a script",
    )
    _database_kept(revoke)
    _database_kept(device_commands.add_parser("list", help="list the devices"))


def _database_kept(command: argparse.ArgumentParser, *, center: bool = True) -> None:
    """``--db`` of a command with commands of its own (``center devices``, ``backup``)
    and of those: given before or after the command, it is kept (argparse would let
    the command's default replace it)."""
    metavar, help = ("CENTER.sqlite3", "the center's database file") if center else (
        "PATH", "database file")  # fmt: skip
    command.add_argument(
        "--db", type=Path, dest="sub_db", metavar=metavar, default=argparse.SUPPRESS, help=help
    )
    _sign_in(command, create=False)


def _recover_key(center: argparse._SubParsersAction) -> None:
    recover = center.add_parser(
        "recover-key",
        help="a laptop whose staff forgot their passwords: a new key file with a new"
        " password for one of its users, made with the escrow key",
    )
    recover.add_argument(
        "--escrow-key", type=Path, required=True, metavar="escrow-key.age",
        help="the center's escrow key file (hmtn center init wrote it)",
    )  # fmt: skip
    recover.add_argument(
        "--escrow-passphrase-file", type=Path, metavar="FILE",
        help="read the escrow key's passphrase from a file (default: asked)",
    )  # fmt: skip
    recover.add_argument(
        "--keys", type=Path, required=True, metavar="LAPTOP.sqlite3.keys",
        help="the laptop's key file (beside its database)",
    )  # fmt: skip
    recover.add_argument(
        "--user", required=True, metavar="NAME", help="one of the laptop's user names"
    )
    recover.add_argument(
        "--password-file", type=Path, metavar="FILE",
        help="read the user's new password from a file (default: asked twice)",
    )  # fmt: skip
    _out(recover, "the new key file to write", metavar="FILE")


def _package(center: argparse._SubParsersAction) -> None:
    package = center.add_parser(
        "package",
        help="write a device's drive package (registry, rule set, drives, number blocks)",
    )
    package.add_argument(
        "--device", required=True,
        help="device id, or at least 8 of its first or last characters",
    )  # fmt: skip
    _out(package, STICK_HELP)
    _passphrase_file(package)
    _database(package)


def _device(commands: argparse._SubParsersAction) -> None:
    device = _group(commands, "device", "this laptop's identity for the center")
    set_center = device.add_parser(
        "set-center", help="install the center's public keys from a folder"
    )
    set_center.add_argument("folder", type=Path, help="folder holding center.pub and the rest")
    _database(set_center)
    enrol = device.add_parser("enrol", help="write this device's enrolment file")
    _out(enrol, "folder to write it to")
    _database(enrol)
    _database(
        device.add_parser(
            "new-incarnation", help="start a new incarnation (after restoring a backup)"
        )
    )


def _backup(commands: argparse._SubParsersAction) -> None:
    backup = commands.add_parser(
        "backup",
        help="back up the database: into the rotation in the user data folder, or (--to)"
        " one encrypted file for a USB stick",
    )
    backup.add_argument(
        "--to", type=Path, metavar="FOLDER", help="write the encrypted backup file into FOLDER"
    )
    _database_kept(backup, center=False)
    backup_commands = backup.add_subparsers(dest="backup_command", metavar="COMMAND")
    _database_kept(
        backup_commands.add_parser("list", help="list the rotation's backups"), center=False
    )
    key = backup_commands.add_parser(
        "key", help="make the administrator's backup key (its secret half goes to FOLDER)"
    )
    _out(key, "where to write it", metavar="FOLDER")
    _database_kept(key, center=False)


def _restore(commands: argparse._SubParsersAction) -> None:
    restore = commands.add_parser(
        "restore", help="check a backup, show what it holds and restore it into the database"
    )
    restore.add_argument("file", type=Path, help="a backup (.sqlite3 of the rotation, or .tar.age)")
    restore.add_argument(
        "--identity", type=Path, metavar="KEYFILE",
        help="the backup key that opens a .tar.age file (the administrator's or the center's)",
    )  # fmt: skip
    restore.add_argument(
        "--yes", action="store_true", help="restore without asking (scripts); the file before"
        " it is kept aside all the same",
    )  # fmt: skip
    _database_kept(restore, center=False)
